import { graphql } from '../gql';
import type { SupervisionResultsQuery } from '../gql/graphql';

export const SupervisionResults = graphql(`
  query SupervisionResults {
    inspections(status: SUBMITTED) {
      id
      plannedFor
      visitedAt
      submittedAt
      score
      scenario
      window {
        id
        number
        name
      }
      department {
        id
        name
      }
      supervisor {
        id
        name
      }
      staff {
        id
        name
      }
      findings {
        ...SupervisionFinding
      }
      evidence {
        ...SupervisionEvidence
      }
      rectification {
        id
        status
        dueOn
        overdue
      }
    }
    inspectionSettings {
      passThreshold
    }
  }
`);

export type SubmittedInspection = NonNullable<SupervisionResultsQuery['inspections']>[number];
