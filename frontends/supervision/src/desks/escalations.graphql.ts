import { graphql } from '../gql';
import type { DeskEscalationFragment } from '../gql/graphql';

export const DeskEscalation = graphql(`
  fragment DeskEscalation on Escalation {
    id
    level
    tier
    automatic
    raisedAt
    dueAt
    note
    resolvedAt
    response
    respondedAt
    climbedAt
    overdue
    case {
      id
      number
      matter {
        id
        name
      }
    }
    department {
      id
      name
    }
  }
`);

export const DeskEscalations = graphql(`
  query DeskEscalations($openOnly: Boolean, $overdueOnly: Boolean) {
    escalations(openOnly: $openOnly, overdueOnly: $overdueOnly) {
      ...DeskEscalation
    }
  }
`);

export const DeskEscalationStats = graphql(`
  query DeskEscalationStats($period: Period!) {
    escalationStats(period: $period) {
      raised
      automatic
      responded
      respondedOnTime
      climbed
      open
    }
  }
`);

export const DeskRespondEscalation = graphql(`
  mutation DeskRespondEscalation($id: ID!, $response: String!) {
    respondEscalation(id: $id, response: $response) {
      ...DeskEscalation
    }
  }
`);

/** Cases holding a yellow or red card now: what the manager may escalate by hand. */
export const DeskCardedCases = graphql(`
  query DeskCardedCases {
    yellow: cases(first: 100, filter: { warning: YELLOW }) {
      nodes {
        ...DeskCardedCase
      }
    }
    red: cases(first: 100, filter: { warning: RED }) {
      nodes {
        ...DeskCardedCase
      }
    }
  }
`);

export const DeskCardedCase = graphql(`
  fragment DeskCardedCase on Case {
    id
    number
    warning
    matter {
      id
      name
    }
    department {
      id
      name
    }
  }
`);

export const DeskEscalateCase = graphql(`
  mutation DeskEscalateCase($id: ID!, $note: String!) {
    escalateCase(id: $id, note: $note) {
      ...DeskEscalation
    }
  }
`);

export type Escalation = DeskEscalationFragment;
