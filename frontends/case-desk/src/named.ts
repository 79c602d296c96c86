/** Something the desk picks by id and shows by name (a department to refer to). */
export interface Named {
  id: string;
  name: string;
}
