import { graphql } from './gql';
import type { DeskEscalationFragment } from './gql/graphql';

/** 督办: an escalation as the desk's panel and a case's drawer show it; level, tier, deadline and overdue come from the API. */
export const EscalationFields = graphql(`
  fragment DeskEscalation on Escalation {
    id
    level
    tier
    automatic
    raisedAt
    dueAt
    note
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
  }
`);

/** The department's open escalations (the API scopes them to the caller's department; the manager sees all). */
export const OpenEscalationsQuery = graphql(`
  query CaseDeskEscalations {
    escalations(openOnly: true) {
      ...DeskEscalation
    }
  }
`);

export const RespondEscalationMutation = graphql(`
  mutation CaseDeskRespondEscalation($id: ID!, $response: String!) {
    respondEscalation(id: $id, response: $response) {
      ...DeskEscalation
    }
  }
`);

export type DeskEscalation = DeskEscalationFragment;
