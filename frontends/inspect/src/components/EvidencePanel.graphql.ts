import { graphql } from '../gql';
import type { InspectEvidenceFragment } from '../gql/graphql';

export const EvidenceFields = graphql(`
  fragment InspectEvidence on Evidence {
    id
    kind
    mimeType
    fileName
    size
    contentBase64
  }
`);

export const AddEvidenceMutation = graphql(`
  mutation InspectAddEvidence($inspectionId: ID!, $file: EvidenceUpload!) {
    addInspectionEvidence(inspectionId: $inspectionId, file: $file) {
      ...InspectEvidence
    }
  }
`);

export const RemoveEvidenceMutation = graphql(`
  mutation InspectRemoveEvidence($id: ID!) {
    removeInspectionEvidence(id: $id)
  }
`);

export type Evidence = InspectEvidenceFragment;
