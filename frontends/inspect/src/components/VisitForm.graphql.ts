import { graphql } from '../gql';

export const SaveDraftMutation = graphql(`
  mutation InspectSaveDraft($id: ID!, $input: InspectionDraftInput!) {
    saveInspectionDraft(id: $id, input: $input) {
      id
      status
    }
  }
`);

export const SubmitMutation = graphql(`
  mutation InspectSubmit($id: ID!) {
    submitInspection(id: $id) {
      id
      status
      score
      rectification {
        id
        dueOn
      }
    }
  }
`);
