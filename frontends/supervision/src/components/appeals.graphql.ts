import { graphql } from '../gql';
import type { SupervisionAppealsQuery } from '../gql/graphql';

export const SupervisionAppeals = graphql(`
  query SupervisionAppeals {
    inspections(status: SUBMITTED) {
      id
      submittedAt
      window {
        id
        number
        name
      }
      department {
        id
        name
      }
      findings {
        id
      }
    }
    appeals {
      id
      reason
      status
      decisionNote
      filedAt
      decidedAt
      finding {
        id
        description
        comment
        serious
      }
    }
  }
`);

export const SupervisionDecideAppeal = graphql(`
  mutation SupervisionDecideAppeal($id: ID!, $decision: AppealDecision!, $note: String!) {
    decideAppeal(id: $id, decision: $decision, note: $note) {
      id
      status
    }
  }
`);

export type Appeal = NonNullable<SupervisionAppealsQuery['appeals']>[number];
