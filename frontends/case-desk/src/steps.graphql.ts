import { graphql } from './gql';

/** Every step names the version the desk saw (`expectedVersion`) and answers with the moved case. */
export const SupplementMutation = graphql(`
  mutation CaseDeskSupplement($id: ID!, $expectedVersion: Int!, $receivedMaterials: [String!]!, $missingMaterials: [String!]!, $note: String!) {
    requestSupplement(id: $id, expectedVersion: $expectedVersion, receivedMaterials: $receivedMaterials, missingMaterials: $missingMaterials, note: $note) {
      ...DeskCaseDetail
    }
  }
`);

export const ResubmitMutation = graphql(`
  mutation CaseDeskResubmit($id: ID!, $expectedVersion: Int!, $atWindow: Boolean!, $note: String) {
    resubmitCase(id: $id, expectedVersion: $expectedVersion, atWindow: $atWindow, note: $note) {
      ...DeskCaseDetail
    }
  }
`);

export const AcceptMutation = graphql(`
  mutation CaseDeskAccept($id: ID!, $expectedVersion: Int!, $note: String) {
    acceptCase(id: $id, expectedVersion: $expectedVersion, note: $note) {
      ...DeskCaseDetail
    }
  }
`);

export const RejectMutation = graphql(`
  mutation CaseDeskReject($id: ID!, $expectedVersion: Int!, $reason: String!, $policyBasis: String!, $appealRoute: String!, $review: CollectiveReviewInput!) {
    rejectCase(id: $id, expectedVersion: $expectedVersion, reason: $reason, policyBasis: $policyBasis, appealRoute: $appealRoute, review: $review) {
      ...DeskCaseDetail
    }
  }
`);

export const ReferMutation = graphql(`
  mutation CaseDeskRefer($id: ID!, $expectedVersion: Int!, $toDepartmentId: ID!, $reason: String!) {
    referCase(id: $id, expectedVersion: $expectedVersion, toDepartmentId: $toDepartmentId, reason: $reason) {
      ...DeskCaseDetail
    }
  }
`);

export const StartReviewMutation = graphql(`
  mutation CaseDeskStartReview($id: ID!, $expectedVersion: Int!, $note: String) {
    startReview(id: $id, expectedVersion: $expectedVersion, note: $note) {
      ...DeskCaseDetail
    }
  }
`);

export const SuspendMutation = graphql(`
  mutation CaseDeskSuspend($id: ID!, $expectedVersion: Int!, $reason: String!) {
    suspendCase(id: $id, expectedVersion: $expectedVersion, reason: $reason) {
      ...DeskCaseDetail
    }
  }
`);

export const ResumeMutation = graphql(`
  mutation CaseDeskResume($id: ID!, $expectedVersion: Int!, $note: String) {
    resumeCase(id: $id, expectedVersion: $expectedVersion, note: $note) {
      ...DeskCaseDetail
    }
  }
`);

export const DecideMutation = graphql(`
  mutation CaseDeskDecide($id: ID!, $expectedVersion: Int!, $approved: Boolean!, $reason: String) {
    decideCase(id: $id, expectedVersion: $expectedVersion, approved: $approved, reason: $reason) {
      ...DeskCaseDetail
    }
  }
`);

export const CompleteMutation = graphql(`
  mutation CaseDeskComplete($id: ID!, $expectedVersion: Int!, $note: String) {
    completeCase(id: $id, expectedVersion: $expectedVersion, note: $note) {
      ...DeskCaseDetail
    }
  }
`);

export const DeliverMutation = graphql(`
  mutation CaseDeskDeliver($id: ID!, $expectedVersion: Int!, $method: DeliveryMethod!, $carrier: String, $trackingNumber: String) {
    deliverCase(id: $id, expectedVersion: $expectedVersion, method: $method, carrier: $carrier, trackingNumber: $trackingNumber) {
      ...DeskCaseDetail
    }
  }
`);

export const WithdrawMutation = graphql(`
  mutation CaseDeskWithdraw($id: ID!, $expectedVersion: Int!, $reason: String!) {
    withdrawCase(id: $id, expectedVersion: $expectedVersion, reason: $reason) {
      ...DeskCaseDetail
    }
  }
`);
