import { graphql } from '../gql';
import type { InspectAssignmentsQuery } from '../gql/graphql';

export const AssignmentsQuery = graphql(`
  query InspectAssignments {
    inspections {
      id
      status
      plannedFor
      visitedAt
      submittedAt
      score
      window {
        id
        number
        name
      }
      department {
        id
        name
      }
    }
  }
`);

export type AssignmentSummary = NonNullable<InspectAssignmentsQuery['inspections']>[number];
