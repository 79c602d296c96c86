import { graphql } from '../gql';
import type { DutyBoardSwapFragment } from '../gql/graphql';

export const SwapFields = graphql(`
  fragment DutyBoardSwap on SwapRequest {
    id
    kind
    status
    emergency
    flags
    reason
    documentNo
    effectiveFrom
    effectiveTo
    noticeWorkingDays
    filedAt
    decidedAt
    decisionNote
    shiftsChanged
    department {
      id
      name
    }
    staff {
      id
      name
      post
    }
    otherStaff {
      id
      name
      post
    }
    recentlyPosted {
      id
      name
      postedSince
    }
  }
`);

export const SwapsQuery = graphql(`
  query DutyBoardSwaps {
    swapRequests {
      ...DutyBoardSwap
    }
  }
`);

export const WithdrawSwapMutation = graphql(`
  mutation DutyBoardWithdrawSwap($id: ID!) {
    withdrawSwapRequest(id: $id) {
      id
      status
    }
  }
`);

export type SwapRequest = DutyBoardSwapFragment;
