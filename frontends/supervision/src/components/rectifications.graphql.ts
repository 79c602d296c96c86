import { graphql } from '../gql';
import type { SupervisionRectificationFragment } from '../gql/graphql';

export const SupervisionRectification = graphql(`
  fragment SupervisionRectification on Rectification {
    id
    status
    belowThreshold
    dueOn
    overdue
    response
    respondedAt
    openedAt
    closedAt
    department {
      id
      name
    }
    window {
      id
      number
      name
    }
    seriousFindings {
      ...SupervisionFinding
    }
    evidence {
      ...SupervisionEvidence
    }
    events {
      from
      to
      actorRole
      note
      dueOn
      at
    }
    inspection {
      id
      visitedAt
      submittedAt
      score
      findings {
        ...SupervisionFinding
      }
    }
  }
`);

export const SupervisionRectifications = graphql(`
  query SupervisionRectifications {
    rectifications {
      ...SupervisionRectification
    }
  }
`);

export const SupervisionRespond = graphql(`
  mutation SupervisionRespond($id: ID!, $input: RectificationResponseInput!) {
    respondToRectification(id: $id, input: $input) {
      id
      status
    }
  }
`);

export const SupervisionVerify = graphql(`
  mutation SupervisionVerify($id: ID!, $note: String) {
    verifyRectification(id: $id, note: $note) {
      id
      status
    }
  }
`);

export const SupervisionReopen = graphql(`
  mutation SupervisionReopen($id: ID!, $reason: String!) {
    reopenRectification(id: $id, reason: $reason) {
      id
      status
      dueOn
    }
  }
`);

export const SupervisionAppeal = graphql(`
  mutation SupervisionAppeal($findingId: ID!, $reason: String!) {
    appealFinding(findingId: $findingId, reason: $reason) {
      id
      status
    }
  }
`);

export type Rectification = SupervisionRectificationFragment;
