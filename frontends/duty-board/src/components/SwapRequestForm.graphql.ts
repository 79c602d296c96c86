import { graphql } from '../gql';

export const DepartmentStaffQuery = graphql(`
  query DutyBoardDepartmentStaff($id: ID!) {
    department(id: $id) {
      id
      name
      staff {
        id
        name
        post
        partyMember
        postedSince
      }
    }
  }
`);

export const FileSwapMutation = graphql(`
  mutation DutyBoardFileSwap($input: SwapRequestInput!) {
    fileSwapRequest(input: $input) {
      id
      flags
    }
  }
`);
