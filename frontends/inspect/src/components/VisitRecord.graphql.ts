import { graphql } from '../gql';
import type { InspectChecklistSectionFragment, InspectInspectionQuery } from '../gql/graphql';

export const ChecklistSectionFields = graphql(`
  fragment InspectChecklistSection on ChecklistSection {
    key
    norm
    title
    weight
    items {
      key
      text
      points
      deductionRule
      allowNotApplicable
      serious
    }
  }
`);

export const InspectionQuery = graphql(`
  query InspectInspection($id: ID!) {
    inspection(id: $id) {
      id
      status
      plannedFor
      visitedAt
      submittedAt
      score
      scenario
      staff {
        id
        name
      }
      window {
        id
        number
        name
        departments {
          id
          name
          staff {
            id
            name
          }
        }
      }
      department {
        id
        name
      }
      template {
        id
        name
        version
        sections {
          ...InspectChecklistSection
        }
      }
      items {
        itemKey
        outcome
        comment
      }
      evidence {
        ...InspectEvidence
      }
      findings {
        id
        description
        comment
        serious
        counts
      }
      rectification {
        id
        status
        dueOn
      }
    }
    inspectionSettings {
      passThreshold
    }
  }
`);

export type InspectionDetail = NonNullable<InspectInspectionQuery['inspection']>;
export type ChecklistSection = InspectChecklistSectionFragment;
export type ChecklistItem = ChecklistSection['items'][number];
export type ItemResult = InspectionDetail['items'][number];
