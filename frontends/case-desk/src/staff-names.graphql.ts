import { graphql } from './gql';

/** One staff member of a trail; the query asking for several at once is built per trail (staff-names.ts). */
export const StaffNameFields = graphql(`
  fragment DeskStaffName on Staff {
    id
    name
  }
`);
