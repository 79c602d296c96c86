/** The inspect app's gateway operations and the shapes they return. */

export type InspectionStatus = 'PLANNED' | 'DRAFT' | 'SUBMITTED';
export type ItemOutcome = 'PASS' | 'FAIL' | 'NOT_APPLICABLE';
export type { EvidenceKind } from '@hall/styleguide';
import type { EvidenceKind } from '@hall/styleguide';
export type RectificationStatus = 'OPEN' | 'RESPONDED' | 'VERIFIED' | 'CANCELLED';

export interface ChecklistItem {
  key: string;
  text: string;
  points: number;
  deductionRule: string;
  allowNotApplicable: boolean;
  serious: boolean;
}

export interface ChecklistSection {
  key: string;
  norm: string;
  title: string;
  weight: number;
  items: ChecklistItem[];
}

export interface ItemResult {
  itemKey: string;
  outcome: ItemOutcome;
  comment: string | null;
}

export interface Evidence {
  id: string;
  kind: EvidenceKind;
  mimeType: string;
  fileName: string;
  size: number;
  contentBase64: string;
}

export interface StaffOption {
  id: string;
  name: string;
}

export interface AssignmentSummary {
  id: string;
  status: InspectionStatus;
  plannedFor: string;
  visitedAt: string | null;
  submittedAt: string | null;
  score: number | null;
  window: { id: string; number: string; name: string } | null;
  department: { id: string; name: string } | null;
}

export interface InspectionDetail extends AssignmentSummary {
  scenario: string | null;
  staff: { id: string; name: string } | null;
  window: { id: string; number: string; name: string; departments: Array<{ id: string; name: string; staff: StaffOption[] | null }> } | null;
  template: { id: string; name: string; version: number; sections: ChecklistSection[] } | null;
  items: ItemResult[];
  evidence: Evidence[];
  findings: Array<{ id: string; description: string; comment: string | null; serious: boolean; counts: boolean }>;
  rectification: { id: string; status: RectificationStatus; dueOn: string } | null;
}

export const ASSIGNMENTS_QUERY = /* GraphQL */ `
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
`;
export interface AssignmentsResult {
  inspections: AssignmentSummary[];
}

const EVIDENCE_FIELDS = /* GraphQL */ `
  fragment InspectEvidence on Evidence {
    id
    kind
    mimeType
    fileName
    size
    contentBase64
  }
`;

export const INSPECTION_QUERY = /* GraphQL */ `
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
  ${EVIDENCE_FIELDS}
`;
export interface InspectionResult {
  inspection: InspectionDetail | null;
  inspectionSettings: { passThreshold: number };
}

export interface DraftInput {
  visitedAt?: string;
  staffId?: string;
  scenario?: string;
  items?: ItemResult[];
}

export const SAVE_DRAFT = /* GraphQL */ `
  mutation InspectSaveDraft($id: ID!, $input: InspectionDraftInput!) {
    saveInspectionDraft(id: $id, input: $input) {
      id
      status
    }
  }
`;

export const ADD_EVIDENCE = /* GraphQL */ `
  mutation InspectAddEvidence($inspectionId: ID!, $file: EvidenceUpload!) {
    addInspectionEvidence(inspectionId: $inspectionId, file: $file) {
      ...InspectEvidence
    }
  }
  ${EVIDENCE_FIELDS}
`;
export interface AddEvidenceResult {
  addInspectionEvidence: Evidence;
}

export const REMOVE_EVIDENCE = /* GraphQL */ `
  mutation InspectRemoveEvidence($id: ID!) {
    removeInspectionEvidence(id: $id)
  }
`;

export const SUBMIT_INSPECTION = /* GraphQL */ `
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
`;
export interface SubmitResult {
  submitInspection: { id: string; status: InspectionStatus; score: number | null; rectification: { id: string; dueOn: string } | null };
}
