import { graphql } from '../gql';

export const ApproveSwapMutation = graphql(`
  mutation DutyBoardApproveSwap($id: ID!, $note: String) {
    approveSwapRequest(id: $id, note: $note) {
      id
      status
      shiftsChanged
    }
  }
`);

export const RejectSwapMutation = graphql(`
  mutation DutyBoardRejectSwap($id: ID!, $note: String!) {
    rejectSwapRequest(id: $id, note: $note) {
      id
      status
    }
  }
`);
