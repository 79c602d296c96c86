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

/**
 * The steps of a bad review's workflow: the reviewed department rectifies (COMPLETE) and may appeal (APPEAL); the hall (the
 * manager) verifies, calls back and decides. OPEN and OVERDUE are the system's and are refused from advanceBadReview.
 */
export type BadReviewAction =
  /** 申诉复核: the reviewed department (not the manager) finds the review malicious or mistaken; PENDING or IN_PROGRESS → APPEALED, once per review. */
  | 'APPEAL'
  /** 回访 by the hall: the callback to the applicant, required before a real-name bad review is closed. */
  | 'CALLBACK'
  /** 整改完成 by the department (or the manager): IN_PROGRESS → DONE. */
  | 'COMPLETE'
  /** 无效差评: the manager's decision. */
  | 'DECLARE_INVALID'
  /** 无法整改: the manager's decision. */
  | 'DECLARE_UNRECTIFIABLE'
  /** The review was given: the workflow opens (the system's). */
  | 'OPEN'
  /** The sweep found the review open past its deadline (the system's, once per review). */
  | 'OVERDUE'
  /** The hall rejects the appeal: APPEALED → IN_PROGRESS. */
  | 'REJECT_APPEAL'
  /** 核实 by the hall: the review is verified and rectification starts (PENDING → IN_PROGRESS). */
  | 'START'
  /** The hall upholds the appeal: APPEALED → INVALID. */
  | 'UPHOLD_APPEAL';

/** A bad review's workflow: 待整改 PENDING → 整改中 IN_PROGRESS → 整改完成 DONE; 无效差评 INVALID and 无法整改 UNRECTIFIABLE by the manager; 申诉复核中 APPEALED while the hall decides a department's appeal. */
export type BadReviewStatus =
  | 'APPEALED'
  | 'DONE'
  | 'INVALID'
  | 'IN_PROGRESS'
  | 'PENDING'
  | 'UNRECTIFIABLE';

/**
 * 差评 content tags, modelled on GB/T 39734's bad-review content: chosen by the reviewer (level 1–2 only) or at
 * verification (START).
 */
export type BadReviewTag =
  /** 服务态度 */
  | 'ATTITUDE'
  /** 增设办理条件 */
  | 'EXTRA_CONDITIONS'
  /** 要求额外材料 */
  | 'EXTRA_MATERIALS'
  /** 未一次性告知 */
  | 'NOT_TOLD_AT_ONCE'
  | 'OTHER'
  /** 超时办理 */
  | 'OVER_TIME_LIMIT'
  /** 多次跑动 */
  | 'REPEATED_TRIPS'
  /** 系统故障 */
  | 'SYSTEM_FAILURE';

export type ComplaintChannel =
  | 'BOX'
  | 'HOTLINE'
  | 'LETTER'
  | 'MOBILE'
  | 'WEB'
  | 'WINDOW';

/** How satisfied the complainant is with the answer (recorded when the complaint is closed). */
export type ComplaintSatisfaction =
  | 'BASICALLY_SATISFIED'
  | 'DISSATISFIED'
  | 'SATISFIED';

/** received → assigned → answered → closed. */
export type ComplaintStatus =
  | 'ANSWERED'
  | 'ASSIGNED'
  | 'CLOSED'
  | 'RECEIVED';

export type ComplaintSubject =
  | 'DEPARTMENT'
  | 'MATTER'
  | 'STAFF'
  | 'WINDOW';

/** Who must answer an escalation. */
export type EscalationTier =
  /** The case's handling department. */
  | 'DEPARTMENT'
  /** Hall leadership: the department let the deadline pass unanswered. */
  | 'LEADERSHIP';

/** 好差评 channels (GB/T 39734-2020). */
export type EvaluationChannel =
  | 'HOTLINE'
  | 'MOBILE'
  | 'PC'
  | 'QR_CODE'
  | 'SMS'
  | 'WINDOW_TABLET';

export type EvidenceKind =
  | 'AUDIO'
  | 'PHOTO';

export type EvidenceUpload = {
  contentBase64: string;
  fileName: string;
};

export type FileComplaintInput = {
  channel: ComplaintChannel;
  complainantName?: string | null | undefined;
  complainantPhone?: string | null | undefined;
  content: string;
  /** Required for a DEPARTMENT complaint; the others name their window, staff or matter. */
  departmentId?: string | null | undefined;
  matterId?: string | null | undefined;
  staffId?: string | null | undefined;
  subject: ComplaintSubject;
  windowId?: string | null | undefined;
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

/** The warning ladder (电子监察): pre-warning, yellow card (deadline passed), red card (supervision deadline passed). */
export type Warning =
  | 'NONE'
  | 'PRE'
  | 'RED'
  | 'YELLOW';

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

export type DeskBadReviewFragment = { id: string, level: number, channel: EvaluationChannel, comment: string | null, evaluatedAt: string, realName: boolean, rectificationStatus: BadReviewStatus | null, rectificationDueAt: string | null, callbackAt: string | null, callbackNote: string | null, version: number, tags: Array<BadReviewTag> | null, overdue: boolean, department: { id: string, name: string } | null, window: { id: string, number: string, name: string } | null, staff: { id: string, name: string } | null, case: { id: string, number: string } | null, appeal: { reason: string, filedAt: string, decidedAt: string | null, upheld: boolean | null, decisionNote: string | null } | null, history: Array<{ at: string, action: BadReviewAction, fromStatus: BadReviewStatus | null, toStatus: BadReviewStatus | null, actorRole: string, note: string | null }> | null };

export type DeskBadReviewsQueryVariables = Exact<{
  status?: BadReviewStatus | null | undefined;
  overdueOnly?: boolean | null | undefined;
  tag?: BadReviewTag | null | undefined;
}>;


export type DeskBadReviewsQuery = { badReviews: Array<{ id: string, level: number, channel: EvaluationChannel, comment: string | null, evaluatedAt: string, realName: boolean, rectificationStatus: BadReviewStatus | null, rectificationDueAt: string | null, callbackAt: string | null, callbackNote: string | null, version: number, tags: Array<BadReviewTag> | null, overdue: boolean, department: { id: string, name: string } | null, window: { id: string, number: string, name: string } | null, staff: { id: string, name: string } | null, case: { id: string, number: string } | null, appeal: { reason: string, filedAt: string, decidedAt: string | null, upheld: boolean | null, decisionNote: string | null } | null, history: Array<{ at: string, action: BadReviewAction, fromStatus: BadReviewStatus | null, toStatus: BadReviewStatus | null, actorRole: string, note: string | null }> | null }> | null };

export type DeskBadReviewStatsQueryVariables = Exact<{
  period: Period;
}>;


export type DeskBadReviewStatsQuery = { badReviewStats: { reviews: number, rectified: number, rectifiedOnTime: number, onTimeRate: number | null, callbacksDue: number, callbacksDone: number, callbackRate: number | null, appeals: number, appealsUpheld: number, byTag: Array<{ tag: BadReviewTag, count: number }> } | null };

export type DeskAdvanceBadReviewMutationVariables = Exact<{
  id: string;
  expectedVersion: number;
  action: BadReviewAction;
  note: string;
  tags?: Array<BadReviewTag> | BadReviewTag | null | undefined;
}>;


export type DeskAdvanceBadReviewMutation = { advanceBadReview: { id: string, level: number, channel: EvaluationChannel, comment: string | null, evaluatedAt: string, realName: boolean, rectificationStatus: BadReviewStatus | null, rectificationDueAt: string | null, callbackAt: string | null, callbackNote: string | null, version: number, tags: Array<BadReviewTag> | null, overdue: boolean, department: { id: string, name: string } | null, window: { id: string, number: string, name: string } | null, staff: { id: string, name: string } | null, case: { id: string, number: string } | null, appeal: { reason: string, filedAt: string, decidedAt: string | null, upheld: boolean | null, decisionNote: string | null } | null, history: Array<{ at: string, action: BadReviewAction, fromStatus: BadReviewStatus | null, toStatus: BadReviewStatus | null, actorRole: string, note: string | null }> | null } };

export type DeskComplaintFragment = { id: string, number: string, channel: ComplaintChannel, subject: ComplaintSubject, content: string, complainantName: string | null, complainantPhone: string | null, status: ComplaintStatus, receivedAt: string, answerDueAt: string, assignedAt: string | null, answeredAt: string | null, answer: string | null, closedAt: string | null, satisfaction: ComplaintSatisfaction | null, overdue: boolean, department: { id: string, name: string } | null, window: { id: string, number: string, name: string } | null, staff: { id: string, name: string } | null, matter: { id: string, name: string } | null };

export type DeskComplaintsQueryVariables = Exact<{
  status?: ComplaintStatus | null | undefined;
  overdueOnly?: boolean | null | undefined;
}>;


export type DeskComplaintsQuery = { complaints: Array<{ id: string, number: string, channel: ComplaintChannel, subject: ComplaintSubject, content: string, complainantName: string | null, complainantPhone: string | null, status: ComplaintStatus, receivedAt: string, answerDueAt: string, assignedAt: string | null, answeredAt: string | null, answer: string | null, closedAt: string | null, satisfaction: ComplaintSatisfaction | null, overdue: boolean, department: { id: string, name: string } | null, window: { id: string, number: string, name: string } | null, staff: { id: string, name: string } | null, matter: { id: string, name: string } | null }> };

export type DeskComplaintStatsQueryVariables = Exact<{
  period: Period;
}>;


export type DeskComplaintStatsQuery = { complaintStats: { received: number, answered: number, answeredOnTime: number, onTimeRate: number | null, overdueOpen: number, closed: number, satisfied: number, satisfactionRate: number | null } | null };

export type DeskComplaintSubjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type DeskComplaintSubjectsQuery = { departments: Array<{ id: string, name: string, staff: Array<{ id: string, name: string }> | null, matters: Array<{ id: string, name: string }> }> | null, windows: Array<{ id: string, number: string, name: string, active: boolean }> };

export type DeskFileComplaintMutationVariables = Exact<{
  input: FileComplaintInput;
}>;


export type DeskFileComplaintMutation = { fileComplaint: { id: string, number: string } };

export type DeskAssignComplaintMutationVariables = Exact<{
  id: string;
  departmentId: string;
}>;


export type DeskAssignComplaintMutation = { assignComplaint: { id: string, number: string, channel: ComplaintChannel, subject: ComplaintSubject, content: string, complainantName: string | null, complainantPhone: string | null, status: ComplaintStatus, receivedAt: string, answerDueAt: string, assignedAt: string | null, answeredAt: string | null, answer: string | null, closedAt: string | null, satisfaction: ComplaintSatisfaction | null, overdue: boolean, department: { id: string, name: string } | null, window: { id: string, number: string, name: string } | null, staff: { id: string, name: string } | null, matter: { id: string, name: string } | null } };

export type DeskAnswerComplaintMutationVariables = Exact<{
  id: string;
  answer: string;
}>;


export type DeskAnswerComplaintMutation = { answerComplaint: { id: string, number: string, channel: ComplaintChannel, subject: ComplaintSubject, content: string, complainantName: string | null, complainantPhone: string | null, status: ComplaintStatus, receivedAt: string, answerDueAt: string, assignedAt: string | null, answeredAt: string | null, answer: string | null, closedAt: string | null, satisfaction: ComplaintSatisfaction | null, overdue: boolean, department: { id: string, name: string } | null, window: { id: string, number: string, name: string } | null, staff: { id: string, name: string } | null, matter: { id: string, name: string } | null } };

export type DeskCloseComplaintMutationVariables = Exact<{
  id: string;
  satisfaction: ComplaintSatisfaction;
}>;


export type DeskCloseComplaintMutation = { closeComplaint: { id: string, number: string, channel: ComplaintChannel, subject: ComplaintSubject, content: string, complainantName: string | null, complainantPhone: string | null, status: ComplaintStatus, receivedAt: string, answerDueAt: string, assignedAt: string | null, answeredAt: string | null, answer: string | null, closedAt: string | null, satisfaction: ComplaintSatisfaction | null, overdue: boolean, department: { id: string, name: string } | null, window: { id: string, number: string, name: string } | null, staff: { id: string, name: string } | null, matter: { id: string, name: string } | null } };

export type DeskEscalationFragment = { id: string, level: Warning, tier: EscalationTier, automatic: boolean, raisedAt: string, dueAt: string, note: string, resolvedAt: string | null, response: string | null, respondedAt: string | null, climbedAt: string | null, overdue: boolean, case: { id: string, number: string, matter: { id: string, name: string } | null } | null, department: { id: string, name: string } | null };

export type DeskEscalationsQueryVariables = Exact<{
  openOnly?: boolean | null | undefined;
  overdueOnly?: boolean | null | undefined;
}>;


export type DeskEscalationsQuery = { escalations: Array<{ id: string, level: Warning, tier: EscalationTier, automatic: boolean, raisedAt: string, dueAt: string, note: string, resolvedAt: string | null, response: string | null, respondedAt: string | null, climbedAt: string | null, overdue: boolean, case: { id: string, number: string, matter: { id: string, name: string } | null } | null, department: { id: string, name: string } | null }> | null };

export type DeskEscalationStatsQueryVariables = Exact<{
  period: Period;
}>;


export type DeskEscalationStatsQuery = { escalationStats: { raised: number, automatic: number, responded: number, respondedOnTime: number, climbed: number, open: number } | null };

export type DeskRespondEscalationMutationVariables = Exact<{
  id: string;
  response: string;
}>;


export type DeskRespondEscalationMutation = { respondEscalation: { id: string, level: Warning, tier: EscalationTier, automatic: boolean, raisedAt: string, dueAt: string, note: string, resolvedAt: string | null, response: string | null, respondedAt: string | null, climbedAt: string | null, overdue: boolean, case: { id: string, number: string, matter: { id: string, name: string } | null } | null, department: { id: string, name: string } | null } };

export type DeskCardedCasesQueryVariables = Exact<{ [key: string]: never; }>;


export type DeskCardedCasesQuery = { yellow: { nodes: Array<{ id: string, number: string, warning: Warning, matter: { id: string, name: string } | null, department: { id: string, name: string } | null }> }, red: { nodes: Array<{ id: string, number: string, warning: Warning, matter: { id: string, name: string } | null, department: { id: string, name: string } | null }> } };

export type DeskCardedCaseFragment = { id: string, number: string, warning: Warning, matter: { id: string, name: string } | null, department: { id: string, name: string } | null };

export type DeskEscalateCaseMutationVariables = Exact<{
  id: string;
  note: string;
}>;


export type DeskEscalateCaseMutation = { escalateCase: { id: string, level: Warning, tier: EscalationTier, automatic: boolean, raisedAt: string, dueAt: string, note: string, resolvedAt: string | null, response: string | null, respondedAt: string | null, climbedAt: string | null, overdue: boolean, case: { id: string, number: string, matter: { id: string, name: string } | null } | null, department: { id: string, name: string } | null } };

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
export const DeskBadReviewFragmentDoc = new TypedDocumentString(`
    fragment DeskBadReview on Evaluation {
  id
  level
  channel
  comment
  evaluatedAt
  realName
  rectificationStatus
  rectificationDueAt
  callbackAt
  callbackNote
  version
  tags
  overdue
  department {
    id
    name
  }
  window {
    id
    number
    name
  }
  staff {
    id
    name
  }
  case {
    id
    number
  }
  appeal {
    reason
    filedAt
    decidedAt
    upheld
    decisionNote
  }
  history {
    at
    action
    fromStatus
    toStatus
    actorRole
    note
  }
}
    `, {"fragmentName":"DeskBadReview"}) as unknown as TypedDocumentString<DeskBadReviewFragment, unknown>;
export const DeskComplaintFragmentDoc = new TypedDocumentString(`
    fragment DeskComplaint on Complaint {
  id
  number
  channel
  subject
  content
  complainantName
  complainantPhone
  status
  receivedAt
  answerDueAt
  assignedAt
  answeredAt
  answer
  closedAt
  satisfaction
  overdue
  department {
    id
    name
  }
  window {
    id
    number
    name
  }
  staff {
    id
    name
  }
  matter {
    id
    name
  }
}
    `, {"fragmentName":"DeskComplaint"}) as unknown as TypedDocumentString<DeskComplaintFragment, unknown>;
export const DeskEscalationFragmentDoc = new TypedDocumentString(`
    fragment DeskEscalation on Escalation {
  id
  level
  tier
  automatic
  raisedAt
  dueAt
  note
  resolvedAt
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
  department {
    id
    name
  }
}
    `, {"fragmentName":"DeskEscalation"}) as unknown as TypedDocumentString<DeskEscalationFragment, unknown>;
export const DeskCardedCaseFragmentDoc = new TypedDocumentString(`
    fragment DeskCardedCase on Case {
  id
  number
  warning
  matter {
    id
    name
  }
  department {
    id
    name
  }
}
    `, {"fragmentName":"DeskCardedCase"}) as unknown as TypedDocumentString<DeskCardedCaseFragment, unknown>;
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
export const DeskBadReviewsDocument = new TypedDocumentString(`
    query DeskBadReviews($status: BadReviewStatus, $overdueOnly: Boolean, $tag: BadReviewTag) {
  badReviews(status: $status, overdueOnly: $overdueOnly, tag: $tag) {
    ...DeskBadReview
  }
}
    fragment DeskBadReview on Evaluation {
  id
  level
  channel
  comment
  evaluatedAt
  realName
  rectificationStatus
  rectificationDueAt
  callbackAt
  callbackNote
  version
  tags
  overdue
  department {
    id
    name
  }
  window {
    id
    number
    name
  }
  staff {
    id
    name
  }
  case {
    id
    number
  }
  appeal {
    reason
    filedAt
    decidedAt
    upheld
    decisionNote
  }
  history {
    at
    action
    fromStatus
    toStatus
    actorRole
    note
  }
}`) as unknown as TypedDocumentString<DeskBadReviewsQuery, DeskBadReviewsQueryVariables>;
export const DeskBadReviewStatsDocument = new TypedDocumentString(`
    query DeskBadReviewStats($period: Period!) {
  badReviewStats(period: $period) {
    reviews
    rectified
    rectifiedOnTime
    onTimeRate
    callbacksDue
    callbacksDone
    callbackRate
    appeals
    appealsUpheld
    byTag {
      tag
      count
    }
  }
}
    `) as unknown as TypedDocumentString<DeskBadReviewStatsQuery, DeskBadReviewStatsQueryVariables>;
export const DeskAdvanceBadReviewDocument = new TypedDocumentString(`
    mutation DeskAdvanceBadReview($id: ID!, $expectedVersion: Int!, $action: BadReviewAction!, $note: String!, $tags: [BadReviewTag!]) {
  advanceBadReview(
    id: $id
    expectedVersion: $expectedVersion
    action: $action
    note: $note
    tags: $tags
  ) {
    ...DeskBadReview
  }
}
    fragment DeskBadReview on Evaluation {
  id
  level
  channel
  comment
  evaluatedAt
  realName
  rectificationStatus
  rectificationDueAt
  callbackAt
  callbackNote
  version
  tags
  overdue
  department {
    id
    name
  }
  window {
    id
    number
    name
  }
  staff {
    id
    name
  }
  case {
    id
    number
  }
  appeal {
    reason
    filedAt
    decidedAt
    upheld
    decisionNote
  }
  history {
    at
    action
    fromStatus
    toStatus
    actorRole
    note
  }
}`) as unknown as TypedDocumentString<DeskAdvanceBadReviewMutation, DeskAdvanceBadReviewMutationVariables>;
export const DeskComplaintsDocument = new TypedDocumentString(`
    query DeskComplaints($status: ComplaintStatus, $overdueOnly: Boolean) {
  complaints(status: $status, overdueOnly: $overdueOnly) {
    ...DeskComplaint
  }
}
    fragment DeskComplaint on Complaint {
  id
  number
  channel
  subject
  content
  complainantName
  complainantPhone
  status
  receivedAt
  answerDueAt
  assignedAt
  answeredAt
  answer
  closedAt
  satisfaction
  overdue
  department {
    id
    name
  }
  window {
    id
    number
    name
  }
  staff {
    id
    name
  }
  matter {
    id
    name
  }
}`) as unknown as TypedDocumentString<DeskComplaintsQuery, DeskComplaintsQueryVariables>;
export const DeskComplaintStatsDocument = new TypedDocumentString(`
    query DeskComplaintStats($period: Period!) {
  complaintStats(period: $period) {
    received
    answered
    answeredOnTime
    onTimeRate
    overdueOpen
    closed
    satisfied
    satisfactionRate
  }
}
    `) as unknown as TypedDocumentString<DeskComplaintStatsQuery, DeskComplaintStatsQueryVariables>;
export const DeskComplaintSubjectsDocument = new TypedDocumentString(`
    query DeskComplaintSubjects {
  departments {
    id
    name
    staff {
      id
      name
    }
    matters(first: 200) {
      id
      name
    }
  }
  windows {
    id
    number
    name
    active
  }
}
    `) as unknown as TypedDocumentString<DeskComplaintSubjectsQuery, DeskComplaintSubjectsQueryVariables>;
export const DeskFileComplaintDocument = new TypedDocumentString(`
    mutation DeskFileComplaint($input: FileComplaintInput!) {
  fileComplaint(input: $input) {
    id
    number
  }
}
    `) as unknown as TypedDocumentString<DeskFileComplaintMutation, DeskFileComplaintMutationVariables>;
export const DeskAssignComplaintDocument = new TypedDocumentString(`
    mutation DeskAssignComplaint($id: ID!, $departmentId: ID!) {
  assignComplaint(id: $id, departmentId: $departmentId) {
    ...DeskComplaint
  }
}
    fragment DeskComplaint on Complaint {
  id
  number
  channel
  subject
  content
  complainantName
  complainantPhone
  status
  receivedAt
  answerDueAt
  assignedAt
  answeredAt
  answer
  closedAt
  satisfaction
  overdue
  department {
    id
    name
  }
  window {
    id
    number
    name
  }
  staff {
    id
    name
  }
  matter {
    id
    name
  }
}`) as unknown as TypedDocumentString<DeskAssignComplaintMutation, DeskAssignComplaintMutationVariables>;
export const DeskAnswerComplaintDocument = new TypedDocumentString(`
    mutation DeskAnswerComplaint($id: ID!, $answer: String!) {
  answerComplaint(id: $id, answer: $answer) {
    ...DeskComplaint
  }
}
    fragment DeskComplaint on Complaint {
  id
  number
  channel
  subject
  content
  complainantName
  complainantPhone
  status
  receivedAt
  answerDueAt
  assignedAt
  answeredAt
  answer
  closedAt
  satisfaction
  overdue
  department {
    id
    name
  }
  window {
    id
    number
    name
  }
  staff {
    id
    name
  }
  matter {
    id
    name
  }
}`) as unknown as TypedDocumentString<DeskAnswerComplaintMutation, DeskAnswerComplaintMutationVariables>;
export const DeskCloseComplaintDocument = new TypedDocumentString(`
    mutation DeskCloseComplaint($id: ID!, $satisfaction: ComplaintSatisfaction!) {
  closeComplaint(id: $id, satisfaction: $satisfaction) {
    ...DeskComplaint
  }
}
    fragment DeskComplaint on Complaint {
  id
  number
  channel
  subject
  content
  complainantName
  complainantPhone
  status
  receivedAt
  answerDueAt
  assignedAt
  answeredAt
  answer
  closedAt
  satisfaction
  overdue
  department {
    id
    name
  }
  window {
    id
    number
    name
  }
  staff {
    id
    name
  }
  matter {
    id
    name
  }
}`) as unknown as TypedDocumentString<DeskCloseComplaintMutation, DeskCloseComplaintMutationVariables>;
export const DeskEscalationsDocument = new TypedDocumentString(`
    query DeskEscalations($openOnly: Boolean, $overdueOnly: Boolean) {
  escalations(openOnly: $openOnly, overdueOnly: $overdueOnly) {
    ...DeskEscalation
  }
}
    fragment DeskEscalation on Escalation {
  id
  level
  tier
  automatic
  raisedAt
  dueAt
  note
  resolvedAt
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
  department {
    id
    name
  }
}`) as unknown as TypedDocumentString<DeskEscalationsQuery, DeskEscalationsQueryVariables>;
export const DeskEscalationStatsDocument = new TypedDocumentString(`
    query DeskEscalationStats($period: Period!) {
  escalationStats(period: $period) {
    raised
    automatic
    responded
    respondedOnTime
    climbed
    open
  }
}
    `) as unknown as TypedDocumentString<DeskEscalationStatsQuery, DeskEscalationStatsQueryVariables>;
export const DeskRespondEscalationDocument = new TypedDocumentString(`
    mutation DeskRespondEscalation($id: ID!, $response: String!) {
  respondEscalation(id: $id, response: $response) {
    ...DeskEscalation
  }
}
    fragment DeskEscalation on Escalation {
  id
  level
  tier
  automatic
  raisedAt
  dueAt
  note
  resolvedAt
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
  department {
    id
    name
  }
}`) as unknown as TypedDocumentString<DeskRespondEscalationMutation, DeskRespondEscalationMutationVariables>;
export const DeskCardedCasesDocument = new TypedDocumentString(`
    query DeskCardedCases {
  yellow: cases(first: 100, filter: {warning: YELLOW}) {
    nodes {
      ...DeskCardedCase
    }
  }
  red: cases(first: 100, filter: {warning: RED}) {
    nodes {
      ...DeskCardedCase
    }
  }
}
    fragment DeskCardedCase on Case {
  id
  number
  warning
  matter {
    id
    name
  }
  department {
    id
    name
  }
}`) as unknown as TypedDocumentString<DeskCardedCasesQuery, DeskCardedCasesQueryVariables>;
export const DeskEscalateCaseDocument = new TypedDocumentString(`
    mutation DeskEscalateCase($id: ID!, $note: String!) {
  escalateCase(id: $id, note: $note) {
    ...DeskEscalation
  }
}
    fragment DeskEscalation on Escalation {
  id
  level
  tier
  automatic
  raisedAt
  dueAt
  note
  resolvedAt
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
  department {
    id
    name
  }
}`) as unknown as TypedDocumentString<DeskEscalateCaseMutation, DeskEscalateCaseMutationVariables>;