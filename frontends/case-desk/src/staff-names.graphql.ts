import { graphql } from './gql';

/** One staff member of a trail; the query asking for several at once is built per trail (staff-names.ts). */
export const StaffNameFields = graphql(`
  fragment DeskStaffName on Staff {
    id
    name
  }
`);

/** One query for the names of `count` staff members: one alias per id (`$s0` … `$s<count-1>`). */
export function staffNamesQuery(count: number): string {
  const params = Array.from({ length: count }, (_, index) => `$s${index}: ID!`).join(', ');
  const fields = Array.from({ length: count }, (_, index) => `s${index}: staffMember(id: $s${index}) { ...DeskStaffName }`).join('\n');
  return `query CaseDeskStaffNames(${params}) {\n${fields}\n}\n${StaffNameFields.toString()}`;
}
