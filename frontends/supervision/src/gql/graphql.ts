/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AppealDecision =
  | 'OVERTURN'
  | 'UPHOLD';

export type AppealStatus =
  | 'OVERTURNED'
  | 'PENDING'
  | 'UPHELD';

export type EvidenceKind =
  | 'AUDIO'
  | 'PHOTO';

export type EvidenceUpload = {
  contentBase64: string;
  fileName: string;
};

export type InspectionPlanInput = {
  name: string;
  period: Period;
  /** Defaults to a random seed; recorded either way. */
  seed?: string | null | undefined;
  /** Defaults to one per window. */
  visits?: number | null | undefined;
  windows: Array<PlanWindowInput>;
};

export type InspectionStatus =
  | 'DRAFT'
  | 'PLANNED'
  | 'SUBMITTED';

/** Inclusive of both days, in the hall's time zone; at most 366 days (MAX_PERIOD_DAYS in the service kit). */
export type Period = {
  from: string;
  to: string;
};

export type PlanWindowInput = {
  /** Every department the window serves. */
  departmentIds: Array<string>;
  windowId: string;
};

export type RectificationResponseInput = {
  actions: string;
  evidence?: Array<EvidenceUpload> | null | undefined;
};

export type RectificationStatus =
  | 'CANCELLED'
  | 'OPEN'
  | 'RESPONDED'
  | 'VERIFIED';

export type SupervisionAppealsQueryVariables = Exact<{ [key: string]: never; }>;


export type SupervisionAppealsQuery = { inspections: Array<{ id: string, submittedAt: string | null, window: { id: string, number: string, name: string } | null, department: { id: string, name: string } | null, findings: Array<{ id: string }> }> | null, appeals: Array<{ id: string, reason: string, status: AppealStatus, decisionNote: string | null, filedAt: string, decidedAt: string | null, finding: { id: string, description: string, comment: string | null, serious: boolean } }> | null };

export type SupervisionDecideAppealMutationVariables = Exact<{
  id: string;
  decision: AppealDecision;
  note: string;
}>;


export type SupervisionDecideAppealMutation = { decideAppeal: { id: string, status: AppealStatus } };

export type SupervisionPlanFragment = { id: string, name: string, from: string, to: string, seed: string | null, reproducible: boolean | null, createdAt: string, template: { name: string, version: number }, inspections: Array<{ id: string, status: InspectionStatus, plannedFor: string, score: number | null, window: { id: string, number: string, name: string } | null, department: { id: string, name: string } | null, supervisor: { id: string, name: string } | null }> };

export type SupervisionPlansQueryVariables = Exact<{ [key: string]: never; }>;


export type SupervisionPlansQuery = { inspectionPlans: Array<{ id: string, name: string, from: string, to: string, seed: string | null, reproducible: boolean | null, createdAt: string, template: { name: string, version: number }, inspections: Array<{ id: string, status: InspectionStatus, plannedFor: string, score: number | null, window: { id: string, number: string, name: string } | null, department: { id: string, name: string } | null, supervisor: { id: string, name: string } | null }> }> | null };

export type SupervisionWindowsQueryVariables = Exact<{ [key: string]: never; }>;


export type SupervisionWindowsQuery = { windows: Array<{ id: string, number: string, name: string, hallZone: string, active: boolean, departments: Array<{ id: string, name: string }> }> };

export type SupervisionCreatePlanMutationVariables = Exact<{
  input: InspectionPlanInput;
}>;


export type SupervisionCreatePlanMutation = { createInspectionPlan: { id: string, name: string, from: string, to: string, seed: string | null, reproducible: boolean | null, createdAt: string, template: { name: string, version: number }, inspections: Array<{ id: string, status: InspectionStatus, plannedFor: string, score: number | null, window: { id: string, number: string, name: string } | null, department: { id: string, name: string } | null, supervisor: { id: string, name: string } | null }> } };

export type SupervisionRectificationFragment = { id: string, status: RectificationStatus, belowThreshold: boolean, dueOn: string, overdue: boolean, response: string | null, respondedAt: string | null, openedAt: string, closedAt: string | null, department: { id: string, name: string } | null, window: { id: string, number: string, name: string } | null, seriousFindings: Array<{ id: string, description: string, comment: string | null, serious: boolean, counts: boolean, appealableUntil: string | null, canAppeal: boolean, appeal: { id: string, status: AppealStatus, reason: string, decisionNote: string | null } | null }>, evidence: Array<{ id: string, kind: EvidenceKind, mimeType: string, fileName: string, size: number, contentBase64: string }>, events: Array<{ from: RectificationStatus | null, to: RectificationStatus, actorRole: string, note: string | null, dueOn: string | null, at: string }>, inspection: { id: string, visitedAt: string | null, submittedAt: string | null, score: number | null, findings: Array<{ id: string, description: string, comment: string | null, serious: boolean, counts: boolean, appealableUntil: string | null, canAppeal: boolean, appeal: { id: string, status: AppealStatus, reason: string, decisionNote: string | null } | null }> } | null };

export type SupervisionRectificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type SupervisionRectificationsQuery = { rectifications: Array<{ id: string, status: RectificationStatus, belowThreshold: boolean, dueOn: string, overdue: boolean, response: string | null, respondedAt: string | null, openedAt: string, closedAt: string | null, department: { id: string, name: string } | null, window: { id: string, number: string, name: string } | null, seriousFindings: Array<{ id: string, description: string, comment: string | null, serious: boolean, counts: boolean, appealableUntil: string | null, canAppeal: boolean, appeal: { id: string, status: AppealStatus, reason: string, decisionNote: string | null } | null }>, evidence: Array<{ id: string, kind: EvidenceKind, mimeType: string, fileName: string, size: number, contentBase64: string }>, events: Array<{ from: RectificationStatus | null, to: RectificationStatus, actorRole: string, note: string | null, dueOn: string | null, at: string }>, inspection: { id: string, visitedAt: string | null, submittedAt: string | null, score: number | null, findings: Array<{ id: string, description: string, comment: string | null, serious: boolean, counts: boolean, appealableUntil: string | null, canAppeal: boolean, appeal: { id: string, status: AppealStatus, reason: string, decisionNote: string | null } | null }> } | null }> | null };

export type SupervisionRespondMutationVariables = Exact<{
  id: string;
  input: RectificationResponseInput;
}>;


export type SupervisionRespondMutation = { respondToRectification: { id: string, status: RectificationStatus } };

export type SupervisionVerifyMutationVariables = Exact<{
  id: string;
  note?: string | null | undefined;
}>;


export type SupervisionVerifyMutation = { verifyRectification: { id: string, status: RectificationStatus } };

export type SupervisionReopenMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type SupervisionReopenMutation = { reopenRectification: { id: string, status: RectificationStatus, dueOn: string } };

export type SupervisionAppealMutationVariables = Exact<{
  findingId: string;
  reason: string;
}>;


export type SupervisionAppealMutation = { appealFinding: { id: string, status: AppealStatus } };

export type SupervisionResultsQueryVariables = Exact<{ [key: string]: never; }>;


export type SupervisionResultsQuery = { inspections: Array<{ id: string, plannedFor: string, visitedAt: string | null, submittedAt: string | null, score: number | null, scenario: string | null, window: { id: string, number: string, name: string } | null, department: { id: string, name: string } | null, supervisor: { id: string, name: string } | null, staff: { id: string, name: string } | null, findings: Array<{ id: string, description: string, comment: string | null, serious: boolean, counts: boolean, appealableUntil: string | null, canAppeal: boolean, appeal: { id: string, status: AppealStatus, reason: string, decisionNote: string | null } | null }>, evidence: Array<{ id: string, kind: EvidenceKind, mimeType: string, fileName: string, size: number, contentBase64: string }>, rectification: { id: string, status: RectificationStatus, dueOn: string, overdue: boolean } | null }> | null, inspectionSettings: { passThreshold: number } | null };

export type SupervisionEvidenceFragment = { id: string, kind: EvidenceKind, mimeType: string, fileName: string, size: number, contentBase64: string };

export type SupervisionFindingFragment = { id: string, description: string, comment: string | null, serious: boolean, counts: boolean, appealableUntil: string | null, canAppeal: boolean, appeal: { id: string, status: AppealStatus, reason: string, decisionNote: string | null } | null };

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
export const SupervisionPlanFragmentDoc = new TypedDocumentString(`
    fragment SupervisionPlan on InspectionPlan {
  id
  name
  from
  to
  seed
  reproducible
  createdAt
  template {
    name
    version
  }
  inspections {
    id
    status
    plannedFor
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
    supervisor {
      id
      name
    }
  }
}
    `, {"fragmentName":"SupervisionPlan"}) as unknown as TypedDocumentString<SupervisionPlanFragment, unknown>;
export const SupervisionFindingFragmentDoc = new TypedDocumentString(`
    fragment SupervisionFinding on Finding {
  id
  description
  comment
  serious
  counts
  appealableUntil
  canAppeal
  appeal {
    id
    status
    reason
    decisionNote
  }
}
    `, {"fragmentName":"SupervisionFinding"}) as unknown as TypedDocumentString<SupervisionFindingFragment, unknown>;
export const SupervisionEvidenceFragmentDoc = new TypedDocumentString(`
    fragment SupervisionEvidence on Evidence {
  id
  kind
  mimeType
  fileName
  size
  contentBase64
}
    `, {"fragmentName":"SupervisionEvidence"}) as unknown as TypedDocumentString<SupervisionEvidenceFragment, unknown>;
export const SupervisionRectificationFragmentDoc = new TypedDocumentString(`
    fragment SupervisionRectification on Rectification {
  id
  status
  belowThreshold
  dueOn
  overdue
  response
  respondedAt
  openedAt
  closedAt
  department {
    id
    name
  }
  window {
    id
    number
    name
  }
  seriousFindings {
    ...SupervisionFinding
  }
  evidence {
    ...SupervisionEvidence
  }
  events {
    from
    to
    actorRole
    note
    dueOn
    at
  }
  inspection {
    id
    visitedAt
    submittedAt
    score
    findings {
      ...SupervisionFinding
    }
  }
}
    fragment SupervisionEvidence on Evidence {
  id
  kind
  mimeType
  fileName
  size
  contentBase64
}
fragment SupervisionFinding on Finding {
  id
  description
  comment
  serious
  counts
  appealableUntil
  canAppeal
  appeal {
    id
    status
    reason
    decisionNote
  }
}`, {"fragmentName":"SupervisionRectification"}) as unknown as TypedDocumentString<SupervisionRectificationFragment, unknown>;
export const SupervisionAppealsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<SupervisionAppealsQuery, SupervisionAppealsQueryVariables>;
export const SupervisionDecideAppealDocument = new TypedDocumentString(`
    mutation SupervisionDecideAppeal($id: ID!, $decision: AppealDecision!, $note: String!) {
  decideAppeal(id: $id, decision: $decision, note: $note) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SupervisionDecideAppealMutation, SupervisionDecideAppealMutationVariables>;
export const SupervisionPlansDocument = new TypedDocumentString(`
    query SupervisionPlans {
  inspectionPlans {
    ...SupervisionPlan
  }
}
    fragment SupervisionPlan on InspectionPlan {
  id
  name
  from
  to
  seed
  reproducible
  createdAt
  template {
    name
    version
  }
  inspections {
    id
    status
    plannedFor
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
    supervisor {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<SupervisionPlansQuery, SupervisionPlansQueryVariables>;
export const SupervisionWindowsDocument = new TypedDocumentString(`
    query SupervisionWindows {
  windows {
    id
    number
    name
    hallZone
    active
    departments {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<SupervisionWindowsQuery, SupervisionWindowsQueryVariables>;
export const SupervisionCreatePlanDocument = new TypedDocumentString(`
    mutation SupervisionCreatePlan($input: InspectionPlanInput!) {
  createInspectionPlan(input: $input) {
    ...SupervisionPlan
  }
}
    fragment SupervisionPlan on InspectionPlan {
  id
  name
  from
  to
  seed
  reproducible
  createdAt
  template {
    name
    version
  }
  inspections {
    id
    status
    plannedFor
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
    supervisor {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<SupervisionCreatePlanMutation, SupervisionCreatePlanMutationVariables>;
export const SupervisionRectificationsDocument = new TypedDocumentString(`
    query SupervisionRectifications {
  rectifications {
    ...SupervisionRectification
  }
}
    fragment SupervisionRectification on Rectification {
  id
  status
  belowThreshold
  dueOn
  overdue
  response
  respondedAt
  openedAt
  closedAt
  department {
    id
    name
  }
  window {
    id
    number
    name
  }
  seriousFindings {
    ...SupervisionFinding
  }
  evidence {
    ...SupervisionEvidence
  }
  events {
    from
    to
    actorRole
    note
    dueOn
    at
  }
  inspection {
    id
    visitedAt
    submittedAt
    score
    findings {
      ...SupervisionFinding
    }
  }
}
fragment SupervisionEvidence on Evidence {
  id
  kind
  mimeType
  fileName
  size
  contentBase64
}
fragment SupervisionFinding on Finding {
  id
  description
  comment
  serious
  counts
  appealableUntil
  canAppeal
  appeal {
    id
    status
    reason
    decisionNote
  }
}`) as unknown as TypedDocumentString<SupervisionRectificationsQuery, SupervisionRectificationsQueryVariables>;
export const SupervisionRespondDocument = new TypedDocumentString(`
    mutation SupervisionRespond($id: ID!, $input: RectificationResponseInput!) {
  respondToRectification(id: $id, input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SupervisionRespondMutation, SupervisionRespondMutationVariables>;
export const SupervisionVerifyDocument = new TypedDocumentString(`
    mutation SupervisionVerify($id: ID!, $note: String) {
  verifyRectification(id: $id, note: $note) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SupervisionVerifyMutation, SupervisionVerifyMutationVariables>;
export const SupervisionReopenDocument = new TypedDocumentString(`
    mutation SupervisionReopen($id: ID!, $reason: String!) {
  reopenRectification(id: $id, reason: $reason) {
    id
    status
    dueOn
  }
}
    `) as unknown as TypedDocumentString<SupervisionReopenMutation, SupervisionReopenMutationVariables>;
export const SupervisionAppealDocument = new TypedDocumentString(`
    mutation SupervisionAppeal($findingId: ID!, $reason: String!) {
  appealFinding(findingId: $findingId, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SupervisionAppealMutation, SupervisionAppealMutationVariables>;
export const SupervisionResultsDocument = new TypedDocumentString(`
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
    fragment SupervisionEvidence on Evidence {
  id
  kind
  mimeType
  fileName
  size
  contentBase64
}
fragment SupervisionFinding on Finding {
  id
  description
  comment
  serious
  counts
  appealableUntil
  canAppeal
  appeal {
    id
    status
    reason
    decisionNote
  }
}`) as unknown as TypedDocumentString<SupervisionResultsQuery, SupervisionResultsQueryVariables>;