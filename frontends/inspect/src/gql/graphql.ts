/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type EvidenceKind =
  | 'AUDIO'
  | 'PHOTO';

export type EvidenceUpload = {
  contentBase64: string;
  fileName: string;
};

export type InspectionDraftInput = {
  /** Answers to merge into the draft (an item answered again is replaced). */
  items?: Array<ItemResultInput> | null | undefined;
  scenario?: string | null | undefined;
  staffId?: string | null | undefined;
  visitedAt?: string | null | undefined;
};

export type InspectionStatus =
  | 'DRAFT'
  | 'PLANNED'
  | 'SUBMITTED';

export type ItemOutcome =
  | 'FAIL'
  | 'NOT_APPLICABLE'
  | 'PASS';

export type ItemResultInput = {
  comment?: string | null | undefined;
  itemKey: string;
  outcome: ItemOutcome;
};

export type Norm =
  | 'ATTITUDE'
  | 'BEHAVIOUR'
  | 'DISCIPLINE'
  | 'EFFICIENCY'
  | 'FACILITIES'
  | 'FOUR_ZEROS'
  | 'LANGUAGE';

export type RectificationStatus =
  | 'CANCELLED'
  | 'OPEN'
  | 'RESPONDED'
  | 'VERIFIED';

export type InspectAssignmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type InspectAssignmentsQuery = { inspections: Array<{ id: string, status: InspectionStatus, plannedFor: string, visitedAt: string | null, submittedAt: string | null, score: number | null, window: { id: string, number: string, name: string } | null, department: { id: string, name: string } | null }> | null };

export type InspectEvidenceFragment = { id: string, kind: EvidenceKind, mimeType: string, fileName: string, size: number, contentBase64: string };

export type InspectAddEvidenceMutationVariables = Exact<{
  inspectionId: string;
  file: EvidenceUpload;
}>;


export type InspectAddEvidenceMutation = { addInspectionEvidence: { id: string, kind: EvidenceKind, mimeType: string, fileName: string, size: number, contentBase64: string } };

export type InspectRemoveEvidenceMutationVariables = Exact<{
  id: string;
}>;


export type InspectRemoveEvidenceMutation = { removeInspectionEvidence: boolean };

export type InspectSaveDraftMutationVariables = Exact<{
  id: string;
  input: InspectionDraftInput;
}>;


export type InspectSaveDraftMutation = { saveInspectionDraft: { id: string, status: InspectionStatus } };

export type InspectSubmitMutationVariables = Exact<{
  id: string;
}>;


export type InspectSubmitMutation = { submitInspection: { id: string, status: InspectionStatus, score: number | null, rectification: { id: string, dueOn: string } | null } };

export type InspectChecklistSectionFragment = { key: string, norm: Norm, title: string, weight: number, items: Array<{ key: string, text: string, points: number, deductionRule: string, allowNotApplicable: boolean, serious: boolean }> };

export type InspectInspectionQueryVariables = Exact<{
  id: string;
}>;


export type InspectInspectionQuery = { inspection: { id: string, status: InspectionStatus, plannedFor: string, visitedAt: string | null, submittedAt: string | null, score: number | null, scenario: string | null, staff: { id: string, name: string } | null, window: { id: string, number: string, name: string, departments: Array<{ id: string, name: string, staff: Array<{ id: string, name: string }> | null }> } | null, department: { id: string, name: string } | null, template: { id: string, name: string, version: number, sections: Array<{ key: string, norm: Norm, title: string, weight: number, items: Array<{ key: string, text: string, points: number, deductionRule: string, allowNotApplicable: boolean, serious: boolean }> }> } | null, items: Array<{ itemKey: string, outcome: ItemOutcome, comment: string | null }>, evidence: Array<{ id: string, kind: EvidenceKind, mimeType: string, fileName: string, size: number, contentBase64: string }>, findings: Array<{ id: string, description: string, comment: string | null, serious: boolean, counts: boolean }>, rectification: { id: string, status: RectificationStatus, dueOn: string } | null } | null, inspectionSettings: { passThreshold: number } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const InspectEvidenceFragmentDoc = new TypedDocumentString(`
    fragment InspectEvidence on Evidence {
  id
  kind
  mimeType
  fileName
  size
  contentBase64
}
    `, {"fragmentName":"InspectEvidence"}) as unknown as TypedDocumentString<InspectEvidenceFragment, unknown>;
export const InspectChecklistSectionFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"InspectChecklistSection"}) as unknown as TypedDocumentString<InspectChecklistSectionFragment, unknown>;
export const InspectAssignmentsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<InspectAssignmentsQuery, InspectAssignmentsQueryVariables>;
export const InspectAddEvidenceDocument = new TypedDocumentString(`
    mutation InspectAddEvidence($inspectionId: ID!, $file: EvidenceUpload!) {
  addInspectionEvidence(inspectionId: $inspectionId, file: $file) {
    ...InspectEvidence
  }
}
    fragment InspectEvidence on Evidence {
  id
  kind
  mimeType
  fileName
  size
  contentBase64
}`) as unknown as TypedDocumentString<InspectAddEvidenceMutation, InspectAddEvidenceMutationVariables>;
export const InspectRemoveEvidenceDocument = new TypedDocumentString(`
    mutation InspectRemoveEvidence($id: ID!) {
  removeInspectionEvidence(id: $id)
}
    `) as unknown as TypedDocumentString<InspectRemoveEvidenceMutation, InspectRemoveEvidenceMutationVariables>;
export const InspectSaveDraftDocument = new TypedDocumentString(`
    mutation InspectSaveDraft($id: ID!, $input: InspectionDraftInput!) {
  saveInspectionDraft(id: $id, input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<InspectSaveDraftMutation, InspectSaveDraftMutationVariables>;
export const InspectSubmitDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<InspectSubmitMutation, InspectSubmitMutationVariables>;
export const InspectInspectionDocument = new TypedDocumentString(`
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
    fragment InspectEvidence on Evidence {
  id
  kind
  mimeType
  fileName
  size
  contentBase64
}
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
}`) as unknown as TypedDocumentString<InspectInspectionQuery, InspectInspectionQueryVariables>;