/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** One lifecycle step of a case, each one mutation: a decision (decideCase) is APPROVE or DENY. Declared main step first. */
export type CaseAction =
  /** acceptCase */
  | 'ACCEPT'
  /** decideCase(approved: true) */
  | 'APPROVE'
  /** completeCase */
  | 'COMPLETE'
  /** deliverCase */
  | 'DELIVER'
  /** decideCase(approved: false), with a written reason */
  | 'DENY'
  /** referCase (转办) */
  | 'REFER'
  /** rejectCase (不予受理) */
  | 'REJECT'
  /** requestSupplement (一次性告知) */
  | 'REQUEST_SUPPLEMENT'
  /** resubmitCase */
  | 'RESUBMIT'
  /** resumeCase */
  | 'RESUME'
  /** startReview */
  | 'START_REVIEW'
  /** suspendCase */
  | 'SUSPEND'
  /** withdrawCase (撤回) */
  | 'WITHDRAW';

/** The clock of an accepted case in each status (src/lifecycle.ts). */
export type CaseClockState =
  /** A supplement awaited after acceptance, or a suspension: the paused working days are added back. */
  | 'PAUSED'
  | 'RUNNING'
  /** Not started (not accepted) or over. */
  | 'STOPPED';

export type CaseFilter = {
  departmentId?: string | null | undefined;
  status?: CaseStatus | null | undefined;
  /** The warning the case carries now (NONE: no warning, including cases whose clock does not run). */
  warning?: Warning | null | undefined;
};

export type CaseStatus =
  | 'ACCEPTED'
  | 'APPROVED'
  | 'COMPLETED'
  | 'DELIVERED'
  | 'DENIED'
  | 'NOT_ACCEPTED'
  | 'REFERRED'
  | 'RESUBMITTED'
  | 'SUBMITTED'
  | 'SUPPLEMENT_REQUESTED'
  | 'SUSPENDED'
  | 'UNDER_REVIEW'
  | 'WITHDRAWN';

export type CaseTimeLeftKind =
  | 'DAYS'
  | 'HOURS'
  | 'OVERDUE_DAYS'
  | 'OVERDUE_HOURS'
  /** The clock stands still (state PAUSED). */
  | 'PAUSED';

export type Channel =
  | 'APPOINTMENT'
  | 'MAIL'
  | 'ONLINE'
  | 'WINDOW';

export type CollectiveReviewInput = {
  conclusion?: string | null | undefined;
  date: string;
  /** At least two distinct reviewers. */
  reviewers: Array<string>;
};

export type DeliveryMethod =
  | 'MAIL'
  | 'PICKUP';

/** Who must answer an escalation. */
export type EscalationTier =
  /** The case's handling department. */
  | 'DEPARTMENT'
  /** Hall leadership: the department let the deadline pass unanswered. */
  | 'LEADERSHIP';

/** 许可 permit, 变更 change, 延续 renewal, 备案 filing, 确认 confirmation, 其他 other. */
export type MatterCategory =
  | 'CHANGE'
  | 'CONFIRMATION'
  | 'FILING'
  | 'OTHER'
  | 'PERMIT'
  | 'RENEWAL';

export type MatterFilter = {
  category?: MatterCategory | null | undefined;
  /** Matters offered through this channel. */
  channel?: Channel | null | undefined;
  departmentId?: string | null | undefined;
  kind?: MatterKind | null | undefined;
  /**
   * Finds matters by name, code, keyword or material name; Chinese words of any length, several words separated by
   * spaces must all be found. Results are ranked: the name equals the query, starts with it, contains it; then keywords;
   * then materials and code.
   */
  search?: string | null | undefined;
  /** PUBLISHED by default. Only the manager and the department's own admin may ask for DRAFT or WITHDRAWN. */
  status?: MatterStatus | null | undefined;
};

/** 即办件 (done on the spot) or 承诺件 (done within a committed number of working days). */
export type MatterKind =
  | 'COMMITTED'
  | 'INSTANT';

/**
 * DRAFT → PUBLISHED → WITHDRAWN. At most one version of a code is PUBLISHED at any time (the guide's version); a version
 * replaced by a newer one is WITHDRAWN with `supersededBy` set.
 */
export type MatterStatus =
  | 'DRAFT'
  | 'PUBLISHED'
  | 'WITHDRAWN';

export type RecordVisitInput = {
  id: string;
  purpose: string;
  windowId?: string | null | undefined;
};

export type RegisterCaseInput = {
  applicantIdNumber: string;
  applicantName: string;
  applicantPhone: string;
  /** Instant matters only: accepted and completed on the spot (即来即办). */
  completeOnTheSpot?: boolean | null | undefined;
  /** Defaults to the staff member registering the case. */
  firstOwnerStaffId?: string | null | undefined;
  matterId: string;
  /** Submitted online: no window, no visit. */
  online?: boolean | null | undefined;
  /** The case another department referred here (转办). */
  referredFromCaseId?: string | null | undefined;
  windowId?: string | null | undefined;
};

/** The stages of a property registration, in order; a registration moves forward one stage at a time. */
export type RegistrationStage =
  /** 受理: the application is accepted and the unit is named. */
  | 'ACCEPTED'
  /** 缮证: the certificate is made out; its number is recorded from here on. */
  | 'CERTIFIED'
  /** 发证: the certificate is handed to the applicant. */
  | 'ISSUED'
  /** 登簿: entered in the register (不动产登记簿). */
  | 'RECORDED'
  /** 审核: the registry has reviewed the application. */
  | 'REVIEWED';

/** The warning ladder (电子监察): pre-warning, yellow card (deadline passed), red card (supervision deadline passed). */
export type Warning =
  | 'NONE'
  | 'PRE'
  | 'RED'
  | 'YELLOW';

export type DeskCaseRowFragment = { id: string, number: string, status: CaseStatus, applicantName: string, submittedAt: string, acceptedAt: string | null, dueAt: string | null, pausedSince: string | null, warning: Warning, instant: boolean, version: number, clock: { state: CaseClockState, timeLeft: { kind: CaseTimeLeftKind, days: number | null, hours: number | null } | null }, matter: { id: string, name: string } | null, matterSnapshot: { name: string } | null };

export type DeskCaseDetailFragment = { applicantIdNumber: string, applicantPhone: string, completedAt: string | null, decidedAt: string | null, deliveredAt: string | null, evaluationCode: string | null, evaluationUrl: string | null, preWarningAt: string | null, supervisionDueAt: string | null, pausedWorkingDays: number, visits: number, repeatNotices: number, availableActions: Array<CaseAction>, id: string, number: string, status: CaseStatus, applicantName: string, submittedAt: string, acceptedAt: string | null, dueAt: string | null, pausedSince: string | null, warning: Warning, instant: boolean, version: number, department: { id: string, name: string, shortName: string } | null, referredTo: { id: string, name: string } | null, firstOwner: { id: string, name: string } | null, window: { id: string, number: string } | null, matterSnapshot: { name: string, code: string, version: number, kind: string, committedLimitDays: number, materials: Array<string> } | null, events: Array<{ at: string, from: CaseStatus | null, to: CaseStatus, actorId: string | null, actorRole: string, reason: string | null, data: unknown }>, visitLog: Array<{ at: string, purpose: string }>, supplementNotices: Array<{ at: string, receivedMaterials: Array<string>, missingMaterials: Array<string>, note: string, repeat: boolean }>, escalations: Array<{ id: string, level: Warning, tier: EscalationTier, automatic: boolean, raisedAt: string, dueAt: string, note: string, response: string | null, respondedAt: string | null, climbedAt: string | null, overdue: boolean, case: { id: string, number: string, matter: { id: string, name: string } | null } | null }>, clock: { state: CaseClockState, timeLeft: { kind: CaseTimeLeftKind, days: number | null, hours: number | null } | null }, matter: { id: string, name: string } | null };

export type CaseDeskCaseQueryVariables = Exact<{
  id: string;
}>;


export type CaseDeskCaseQuery = { case: { applicantIdNumber: string, applicantPhone: string, completedAt: string | null, decidedAt: string | null, deliveredAt: string | null, evaluationCode: string | null, evaluationUrl: string | null, preWarningAt: string | null, supervisionDueAt: string | null, pausedWorkingDays: number, visits: number, repeatNotices: number, availableActions: Array<CaseAction>, id: string, number: string, status: CaseStatus, applicantName: string, submittedAt: string, acceptedAt: string | null, dueAt: string | null, pausedSince: string | null, warning: Warning, instant: boolean, version: number, registration: { stage: RegistrationStage, nextStage: RegistrationStage | null, nextStageNeedsCertificate: boolean, unitNumber: string, certificateNumber: string | null, updatedAt: string, steps: Array<{ stage: RegistrationStage, at: string, by: string, byRole: string }> } | null, department: { id: string, name: string, shortName: string } | null, referredTo: { id: string, name: string } | null, firstOwner: { id: string, name: string } | null, window: { id: string, number: string } | null, matterSnapshot: { name: string, code: string, version: number, kind: string, committedLimitDays: number, materials: Array<string> } | null, events: Array<{ at: string, from: CaseStatus | null, to: CaseStatus, actorId: string | null, actorRole: string, reason: string | null, data: unknown }>, visitLog: Array<{ at: string, purpose: string }>, supplementNotices: Array<{ at: string, receivedMaterials: Array<string>, missingMaterials: Array<string>, note: string, repeat: boolean }>, escalations: Array<{ id: string, level: Warning, tier: EscalationTier, automatic: boolean, raisedAt: string, dueAt: string, note: string, response: string | null, respondedAt: string | null, climbedAt: string | null, overdue: boolean, case: { id: string, number: string, matter: { id: string, name: string } | null } | null }>, clock: { state: CaseClockState, timeLeft: { kind: CaseTimeLeftKind, days: number | null, hours: number | null } | null }, matter: { id: string, name: string } | null } | null };

export type CaseDeskCasesQueryVariables = Exact<{
  filter?: CaseFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CaseDeskCasesQuery = { cases: { endCursor: string | null, hasNextPage: boolean, nodes: Array<{ id: string, number: string, status: CaseStatus, applicantName: string, submittedAt: string, acceptedAt: string | null, dueAt: string | null, pausedSince: string | null, warning: Warning, instant: boolean, version: number, clock: { state: CaseClockState, timeLeft: { kind: CaseTimeLeftKind, days: number | null, hours: number | null } | null }, matter: { id: string, name: string } | null, matterSnapshot: { name: string } | null }> } };

export type CaseDeskWarningsQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseDeskWarningsQuery = { warningCases: Array<{ id: string, number: string, status: CaseStatus, applicantName: string, submittedAt: string, acceptedAt: string | null, dueAt: string | null, pausedSince: string | null, warning: Warning, instant: boolean, version: number, clock: { state: CaseClockState, timeLeft: { kind: CaseTimeLeftKind, days: number | null, hours: number | null } | null }, matter: { id: string, name: string } | null, matterSnapshot: { name: string } | null }> | null };

export type CaseDeskDepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseDeskDepartmentsQuery = { departments: Array<{ id: string, name: string, shortName: string }> | null };

export type CaseDeskRecordVisitMutationVariables = Exact<{
  input: RecordVisitInput;
}>;


export type CaseDeskRecordVisitMutation = { recordVisit: { applicantIdNumber: string, applicantPhone: string, completedAt: string | null, decidedAt: string | null, deliveredAt: string | null, evaluationCode: string | null, evaluationUrl: string | null, preWarningAt: string | null, supervisionDueAt: string | null, pausedWorkingDays: number, visits: number, repeatNotices: number, availableActions: Array<CaseAction>, id: string, number: string, status: CaseStatus, applicantName: string, submittedAt: string, acceptedAt: string | null, dueAt: string | null, pausedSince: string | null, warning: Warning, instant: boolean, version: number, department: { id: string, name: string, shortName: string } | null, referredTo: { id: string, name: string } | null, firstOwner: { id: string, name: string } | null, window: { id: string, number: string } | null, matterSnapshot: { name: string, code: string, version: number, kind: string, committedLimitDays: number, materials: Array<string> } | null, events: Array<{ at: string, from: CaseStatus | null, to: CaseStatus, actorId: string | null, actorRole: string, reason: string | null, data: unknown }>, visitLog: Array<{ at: string, purpose: string }>, supplementNotices: Array<{ at: string, receivedMaterials: Array<string>, missingMaterials: Array<string>, note: string, repeat: boolean }>, escalations: Array<{ id: string, level: Warning, tier: EscalationTier, automatic: boolean, raisedAt: string, dueAt: string, note: string, response: string | null, respondedAt: string | null, climbedAt: string | null, overdue: boolean, case: { id: string, number: string, matter: { id: string, name: string } | null } | null }>, clock: { state: CaseClockState, timeLeft: { kind: CaseTimeLeftKind, days: number | null, hours: number | null } | null }, matter: { id: string, name: string } | null } };

export type DeskReferralFragment = { id: string, number: string, submittedAt: string, matter: { id: string, name: string } | null, department: { id: string, name: string } | null, referredTo: { id: string, name: string } | null, firstOwner: { id: string, name: string } | null, events: Array<{ at: string, to: CaseStatus, reason: string | null }> };

export type CaseDeskReferralInboxQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseDeskReferralInboxQuery = { referralInbox: Array<{ id: string, number: string, submittedAt: string, matter: { id: string, name: string } | null, department: { id: string, name: string } | null, referredTo: { id: string, name: string } | null, firstOwner: { id: string, name: string } | null, events: Array<{ at: string, to: CaseStatus, reason: string | null }> }> | null };

export type CaseDeskMattersQueryVariables = Exact<{
  filter?: MatterFilter | null | undefined;
}>;


export type CaseDeskMattersQuery = { matters: Array<{ id: string, name: string, code: string, kind: MatterKind, committedLimitDays: number, materials: Array<{ name: string, required: boolean, condition: string | null }> }> };

export type CaseDeskRegisterMutationVariables = Exact<{
  input: RegisterCaseInput;
}>;


export type CaseDeskRegisterMutation = { registerCase: { applicantIdNumber: string, applicantPhone: string, completedAt: string | null, decidedAt: string | null, deliveredAt: string | null, evaluationCode: string | null, evaluationUrl: string | null, preWarningAt: string | null, supervisionDueAt: string | null, pausedWorkingDays: number, visits: number, repeatNotices: number, availableActions: Array<CaseAction>, id: string, number: string, status: CaseStatus, applicantName: string, submittedAt: string, acceptedAt: string | null, dueAt: string | null, pausedSince: string | null, warning: Warning, instant: boolean, version: number, department: { id: string, name: string, shortName: string } | null, referredTo: { id: string, name: string } | null, firstOwner: { id: string, name: string } | null, window: { id: string, number: string } | null, matterSnapshot: { name: string, code: string, version: number, kind: string, committedLimitDays: number, materials: Array<string> } | null, events: Array<{ at: string, from: CaseStatus | null, to: CaseStatus, actorId: string | null, actorRole: string, reason: string | null, data: unknown }>, visitLog: Array<{ at: string, purpose: string }>, supplementNotices: Array<{ at: string, receivedMaterials: Array<string>, missingMaterials: Array<string>, note: string, repeat: boolean }>, escalations: Array<{ id: string, level: Warning, tier: EscalationTier, automatic: boolean, raisedAt: string, dueAt: string, note: string, response: string | null, respondedAt: string | null, climbedAt: string | null, overdue: boolean, case: { id: string, number: string, matter: { id: string, name: string } | null } | null }>, clock: { state: CaseClockState, timeLeft: { kind: CaseTimeLeftKind, days: number | null, hours: number | null } | null }, matter: { id: string, name: string } | null } };

export type CaseDeskOnDutyQueryVariables = Exact<{
  at: string;
}>;


export type CaseDeskOnDutyQuery = { onDuty: Array<{ window: { id: string, number: string, name: string } }> };

export type DeskEscalationFragment = { id: string, level: Warning, tier: EscalationTier, automatic: boolean, raisedAt: string, dueAt: string, note: string, response: string | null, respondedAt: string | null, climbedAt: string | null, overdue: boolean, case: { id: string, number: string, matter: { id: string, name: string } | null } | null };

export type CaseDeskEscalationsQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseDeskEscalationsQuery = { escalations: Array<{ id: string, level: Warning, tier: EscalationTier, automatic: boolean, raisedAt: string, dueAt: string, note: string, response: string | null, respondedAt: string | null, climbedAt: string | null, overdue: boolean, case: { id: string, number: string, matter: { id: string, name: string } | null } | null }> | null };

export type CaseDeskRespondEscalationMutationVariables = Exact<{
  id: string;
  response: string;
}>;


export type CaseDeskRespondEscalationMutation = { respondEscalation: { id: string, level: Warning, tier: EscalationTier, automatic: boolean, raisedAt: string, dueAt: string, note: string, response: string | null, respondedAt: string | null, climbedAt: string | null, overdue: boolean, case: { id: string, number: string, matter: { id: string, name: string } | null } | null } };

export type DeskRegistrationFragment = { stage: RegistrationStage, nextStage: RegistrationStage | null, nextStageNeedsCertificate: boolean, unitNumber: string, certificateNumber: string | null, updatedAt: string, steps: Array<{ stage: RegistrationStage, at: string, by: string, byRole: string }> };

export type CaseDeskRecordRegistrationStageMutationVariables = Exact<{
  caseId: string;
  stage: RegistrationStage;
  certificateNumber?: string | null | undefined;
}>;


export type CaseDeskRecordRegistrationStageMutation = { recordRegistrationStage: { stage: RegistrationStage, nextStage: RegistrationStage | null, nextStageNeedsCertificate: boolean, unitNumber: string, certificateNumber: string | null, updatedAt: string, steps: Array<{ stage: RegistrationStage, at: string, by: string, byRole: string }> } };

export type DeskStaffNameFragment = { id: string, name: string };

export type CaseDeskSupplementMutationVariables = Exact<{
  id: string;
  expectedVersion: number;
  receivedMaterials: Array<string> | string;
  missingMaterials: Array<string> | string;
  note: string;
}>;


export type CaseDeskSupplementMutation = { requestSupplement: { applicantIdNumber: string, applicantPhone: string, completedAt: string | null, decidedAt: string | null, deliveredAt: string | null, evaluationCode: string | null, evaluationUrl: string | null, preWarningAt: string | null, supervisionDueAt: string | null, pausedWorkingDays: number, visits: number, repeatNotices: number, availableActions: Array<CaseAction>, id: string, number: string, status: CaseStatus, applicantName: string, submittedAt: string, acceptedAt: string | null, dueAt: string | null, pausedSince: string | null, warning: Warning, instant: boolean, version: number, department: { id: string, name: string, shortName: string } | null, referredTo: { id: string, name: string } | null, firstOwner: { id: string, name: string } | null, window: { id: string, number: string } | null, matterSnapshot: { name: string, code: string, version: number, kind: string, committedLimitDays: number, materials: Array<string> } | null, events: Array<{ at: string, from: CaseStatus | null, to: CaseStatus, actorId: string | null, actorRole: string, reason: string | null, data: unknown }>, visitLog: Array<{ at: string, purpose: string }>, supplementNotices: Array<{ at: string, receivedMaterials: Array<string>, missingMaterials: Array<string>, note: string, repeat: boolean }>, escalations: Array<{ id: string, level: Warning, tier: EscalationTier, automatic: boolean, raisedAt: string, dueAt: string, note: string, response: string | null, respondedAt: string | null, climbedAt: string | null, overdue: boolean, case: { id: string, number: string, matter: { id: string, name: string } | null } | null }>, clock: { state: CaseClockState, timeLeft: { kind: CaseTimeLeftKind, days: number | null, hours: number | null } | null }, matter: { id: string, name: string } | null } };

export type CaseDeskResubmitMutationVariables = Exact<{
  id: string;
  expectedVersion: number;
  atWindow: boolean;
  note?: string | null | undefined;
}>;


export type CaseDeskResubmitMutation = { resubmitCase: { applicantIdNumber: string, applicantPhone: string, completedAt: string | null, decidedAt: string | null, deliveredAt: string | null, evaluationCode: string | null, evaluationUrl: string | null, preWarningAt: string | null, supervisionDueAt: string | null, pausedWorkingDays: number, visits: number, repeatNotices: number, availableActions: Array<CaseAction>, id: string, number: string, status: CaseStatus, applicantName: string, submittedAt: string, acceptedAt: string | null, dueAt: string | null, pausedSince: string | null, warning: Warning, instant: boolean, version: number, department: { id: string, name: string, shortName: string } | null, referredTo: { id: string, name: string } | null, firstOwner: { id: string, name: string } | null, window: { id: string, number: string } | null, matterSnapshot: { name: string, code: string, version: number, kind: string, committedLimitDays: number, materials: Array<string> } | null, events: Array<{ at: string, from: CaseStatus | null, to: CaseStatus, actorId: string | null, actorRole: string, reason: string | null, data: unknown }>, visitLog: Array<{ at: string, purpose: string }>, supplementNotices: Array<{ at: string, receivedMaterials: Array<string>, missingMaterials: Array<string>, note: string, repeat: boolean }>, escalations: Array<{ id: string, level: Warning, tier: EscalationTier, automatic: boolean, raisedAt: string, dueAt: string, note: string, response: string | null, respondedAt: string | null, climbedAt: string | null, overdue: boolean, case: { id: string, number: string, matter: { id: string, name: string } | null } | null }>, clock: { state: CaseClockState, timeLeft: { kind: CaseTimeLeftKind, days: number | null, hours: number | null } | null }, matter: { id: string, name: string } | null } };

export type CaseDeskAcceptMutationVariables = Exact<{
  id: string;
  expectedVersion: number;
  note?: string | null | undefined;
}>;


export type CaseDeskAcceptMutation = { acceptCase: { applicantIdNumber: string, applicantPhone: string, completedAt: string | null, decidedAt: string | null, deliveredAt: string | null, evaluationCode: string | null, evaluationUrl: string | null, preWarningAt: string | null, supervisionDueAt: string | null, pausedWorkingDays: number, visits: number, repeatNotices: number, availableActions: Array<CaseAction>, id: string, number: string, status: CaseStatus, applicantName: string, submittedAt: string, acceptedAt: string | null, dueAt: string | null, pausedSince: string | null, warning: Warning, instant: boolean, version: number, department: { id: string, name: string, shortName: string } | null, referredTo: { id: string, name: string } | null, firstOwner: { id: string, name: string } | null, window: { id: string, number: string } | null, matterSnapshot: { name: string, code: string, version: number, kind: string, committedLimitDays: number, materials: Array<string> } | null, events: Array<{ at: string, from: CaseStatus | null, to: CaseStatus, actorId: string | null, actorRole: string, reason: string | null, data: unknown }>, visitLog: Array<{ at: string, purpose: string }>, supplementNotices: Array<{ at: string, receivedMaterials: Array<string>, missingMaterials: Array<string>, note: string, repeat: boolean }>, escalations: Array<{ id: string, level: Warning, tier: EscalationTier, automatic: boolean, raisedAt: string, dueAt: string, note: string, response: string | null, respondedAt: string | null, climbedAt: string | null, overdue: boolean, case: { id: string, number: string, matter: { id: string, name: string } | null } | null }>, clock: { state: CaseClockState, timeLeft: { kind: CaseTimeLeftKind, days: number | null, hours: number | null } | null }, matter: { id: string, name: string } | null } };

export type CaseDeskRejectMutationVariables = Exact<{
  id: string;
  expectedVersion: number;
  reason: string;
  policyBasis: string;
  appealRoute: string;
  review: CollectiveReviewInput;
}>;


export type CaseDeskRejectMutation = { rejectCase: { applicantIdNumber: string, applicantPhone: string, completedAt: string | null, decidedAt: string | null, deliveredAt: string | null, evaluationCode: string | null, evaluationUrl: string | null, preWarningAt: string | null, supervisionDueAt: string | null, pausedWorkingDays: number, visits: number, repeatNotices: number, availableActions: Array<CaseAction>, id: string, number: string, status: CaseStatus, applicantName: string, submittedAt: string, acceptedAt: string | null, dueAt: string | null, pausedSince: string | null, warning: Warning, instant: boolean, version: number, department: { id: string, name: string, shortName: string } | null, referredTo: { id: string, name: string } | null, firstOwner: { id: string, name: string } | null, window: { id: string, number: string } | null, matterSnapshot: { name: string, code: string, version: number, kind: string, committedLimitDays: number, materials: Array<string> } | null, events: Array<{ at: string, from: CaseStatus | null, to: CaseStatus, actorId: string | null, actorRole: string, reason: string | null, data: unknown }>, visitLog: Array<{ at: string, purpose: string }>, supplementNotices: Array<{ at: string, receivedMaterials: Array<string>, missingMaterials: Array<string>, note: string, repeat: boolean }>, escalations: Array<{ id: string, level: Warning, tier: EscalationTier, automatic: boolean, raisedAt: string, dueAt: string, note: string, response: string | null, respondedAt: string | null, climbedAt: string | null, overdue: boolean, case: { id: string, number: string, matter: { id: string, name: string } | null } | null }>, clock: { state: CaseClockState, timeLeft: { kind: CaseTimeLeftKind, days: number | null, hours: number | null } | null }, matter: { id: string, name: string } | null } };

export type CaseDeskReferMutationVariables = Exact<{
  id: string;
  expectedVersion: number;
  toDepartmentId: string;
  reason: string;
}>;


export type CaseDeskReferMutation = { referCase: { applicantIdNumber: string, applicantPhone: string, completedAt: string | null, decidedAt: string | null, deliveredAt: string | null, evaluationCode: string | null, evaluationUrl: string | null, preWarningAt: string | null, supervisionDueAt: string | null, pausedWorkingDays: number, visits: number, repeatNotices: number, availableActions: Array<CaseAction>, id: string, number: string, status: CaseStatus, applicantName: string, submittedAt: string, acceptedAt: string | null, dueAt: string | null, pausedSince: string | null, warning: Warning, instant: boolean, version: number, department: { id: string, name: string, shortName: string } | null, referredTo: { id: string, name: string } | null, firstOwner: { id: string, name: string } | null, window: { id: string, number: string } | null, matterSnapshot: { name: string, code: string, version: number, kind: string, committedLimitDays: number, materials: Array<string> } | null, events: Array<{ at: string, from: CaseStatus | null, to: CaseStatus, actorId: string | null, actorRole: string, reason: string | null, data: unknown }>, visitLog: Array<{ at: string, purpose: string }>, supplementNotices: Array<{ at: string, receivedMaterials: Array<string>, missingMaterials: Array<string>, note: string, repeat: boolean }>, escalations: Array<{ id: string, level: Warning, tier: EscalationTier, automatic: boolean, raisedAt: string, dueAt: string, note: string, response: string | null, respondedAt: string | null, climbedAt: string | null, overdue: boolean, case: { id: string, number: string, matter: { id: string, name: string } | null } | null }>, clock: { state: CaseClockState, timeLeft: { kind: CaseTimeLeftKind, days: number | null, hours: number | null } | null }, matter: { id: string, name: string } | null } };

export type CaseDeskStartReviewMutationVariables = Exact<{
  id: string;
  expectedVersion: number;
  note?: string | null | undefined;
}>;


export type CaseDeskStartReviewMutation = { startReview: { applicantIdNumber: string, applicantPhone: string, completedAt: string | null, decidedAt: string | null, deliveredAt: string | null, evaluationCode: string | null, evaluationUrl: string | null, preWarningAt: string | null, supervisionDueAt: string | null, pausedWorkingDays: number, visits: number, repeatNotices: number, availableActions: Array<CaseAction>, id: string, number: string, status: CaseStatus, applicantName: string, submittedAt: string, acceptedAt: string | null, dueAt: string | null, pausedSince: string | null, warning: Warning, instant: boolean, version: number, department: { id: string, name: string, shortName: string } | null, referredTo: { id: string, name: string } | null, firstOwner: { id: string, name: string } | null, window: { id: string, number: string } | null, matterSnapshot: { name: string, code: string, version: number, kind: string, committedLimitDays: number, materials: Array<string> } | null, events: Array<{ at: string, from: CaseStatus | null, to: CaseStatus, actorId: string | null, actorRole: string, reason: string | null, data: unknown }>, visitLog: Array<{ at: string, purpose: string }>, supplementNotices: Array<{ at: string, receivedMaterials: Array<string>, missingMaterials: Array<string>, note: string, repeat: boolean }>, escalations: Array<{ id: string, level: Warning, tier: EscalationTier, automatic: boolean, raisedAt: string, dueAt: string, note: string, response: string | null, respondedAt: string | null, climbedAt: string | null, overdue: boolean, case: { id: string, number: string, matter: { id: string, name: string } | null } | null }>, clock: { state: CaseClockState, timeLeft: { kind: CaseTimeLeftKind, days: number | null, hours: number | null } | null }, matter: { id: string, name: string } | null } };

export type CaseDeskSuspendMutationVariables = Exact<{
  id: string;
  expectedVersion: number;
  reason: string;
}>;


export type CaseDeskSuspendMutation = { suspendCase: { applicantIdNumber: string, applicantPhone: string, completedAt: string | null, decidedAt: string | null, deliveredAt: string | null, evaluationCode: string | null, evaluationUrl: string | null, preWarningAt: string | null, supervisionDueAt: string | null, pausedWorkingDays: number, visits: number, repeatNotices: number, availableActions: Array<CaseAction>, id: string, number: string, status: CaseStatus, applicantName: string, submittedAt: string, acceptedAt: string | null, dueAt: string | null, pausedSince: string | null, warning: Warning, instant: boolean, version: number, department: { id: string, name: string, shortName: string } | null, referredTo: { id: string, name: string } | null, firstOwner: { id: string, name: string } | null, window: { id: string, number: string } | null, matterSnapshot: { name: string, code: string, version: number, kind: string, committedLimitDays: number, materials: Array<string> } | null, events: Array<{ at: string, from: CaseStatus | null, to: CaseStatus, actorId: string | null, actorRole: string, reason: string | null, data: unknown }>, visitLog: Array<{ at: string, purpose: string }>, supplementNotices: Array<{ at: string, receivedMaterials: Array<string>, missingMaterials: Array<string>, note: string, repeat: boolean }>, escalations: Array<{ id: string, level: Warning, tier: EscalationTier, automatic: boolean, raisedAt: string, dueAt: string, note: string, response: string | null, respondedAt: string | null, climbedAt: string | null, overdue: boolean, case: { id: string, number: string, matter: { id: string, name: string } | null } | null }>, clock: { state: CaseClockState, timeLeft: { kind: CaseTimeLeftKind, days: number | null, hours: number | null } | null }, matter: { id: string, name: string } | null } };

export type CaseDeskResumeMutationVariables = Exact<{
  id: string;
  expectedVersion: number;
  note?: string | null | undefined;
}>;


export type CaseDeskResumeMutation = { resumeCase: { applicantIdNumber: string, applicantPhone: string, completedAt: string | null, decidedAt: string | null, deliveredAt: string | null, evaluationCode: string | null, evaluationUrl: string | null, preWarningAt: string | null, supervisionDueAt: string | null, pausedWorkingDays: number, visits: number, repeatNotices: number, availableActions: Array<CaseAction>, id: string, number: string, status: CaseStatus, applicantName: string, submittedAt: string, acceptedAt: string | null, dueAt: string | null, pausedSince: string | null, warning: Warning, instant: boolean, version: number, department: { id: string, name: string, shortName: string } | null, referredTo: { id: string, name: string } | null, firstOwner: { id: string, name: string } | null, window: { id: string, number: string } | null, matterSnapshot: { name: string, code: string, version: number, kind: string, committedLimitDays: number, materials: Array<string> } | null, events: Array<{ at: string, from: CaseStatus | null, to: CaseStatus, actorId: string | null, actorRole: string, reason: string | null, data: unknown }>, visitLog: Array<{ at: string, purpose: string }>, supplementNotices: Array<{ at: string, receivedMaterials: Array<string>, missingMaterials: Array<string>, note: string, repeat: boolean }>, escalations: Array<{ id: string, level: Warning, tier: EscalationTier, automatic: boolean, raisedAt: string, dueAt: string, note: string, response: string | null, respondedAt: string | null, climbedAt: string | null, overdue: boolean, case: { id: string, number: string, matter: { id: string, name: string } | null } | null }>, clock: { state: CaseClockState, timeLeft: { kind: CaseTimeLeftKind, days: number | null, hours: number | null } | null }, matter: { id: string, name: string } | null } };

export type CaseDeskDecideMutationVariables = Exact<{
  id: string;
  expectedVersion: number;
  approved: boolean;
  reason?: string | null | undefined;
}>;


export type CaseDeskDecideMutation = { decideCase: { applicantIdNumber: string, applicantPhone: string, completedAt: string | null, decidedAt: string | null, deliveredAt: string | null, evaluationCode: string | null, evaluationUrl: string | null, preWarningAt: string | null, supervisionDueAt: string | null, pausedWorkingDays: number, visits: number, repeatNotices: number, availableActions: Array<CaseAction>, id: string, number: string, status: CaseStatus, applicantName: string, submittedAt: string, acceptedAt: string | null, dueAt: string | null, pausedSince: string | null, warning: Warning, instant: boolean, version: number, department: { id: string, name: string, shortName: string } | null, referredTo: { id: string, name: string } | null, firstOwner: { id: string, name: string } | null, window: { id: string, number: string } | null, matterSnapshot: { name: string, code: string, version: number, kind: string, committedLimitDays: number, materials: Array<string> } | null, events: Array<{ at: string, from: CaseStatus | null, to: CaseStatus, actorId: string | null, actorRole: string, reason: string | null, data: unknown }>, visitLog: Array<{ at: string, purpose: string }>, supplementNotices: Array<{ at: string, receivedMaterials: Array<string>, missingMaterials: Array<string>, note: string, repeat: boolean }>, escalations: Array<{ id: string, level: Warning, tier: EscalationTier, automatic: boolean, raisedAt: string, dueAt: string, note: string, response: string | null, respondedAt: string | null, climbedAt: string | null, overdue: boolean, case: { id: string, number: string, matter: { id: string, name: string } | null } | null }>, clock: { state: CaseClockState, timeLeft: { kind: CaseTimeLeftKind, days: number | null, hours: number | null } | null }, matter: { id: string, name: string } | null } };

export type CaseDeskCompleteMutationVariables = Exact<{
  id: string;
  expectedVersion: number;
  note?: string | null | undefined;
}>;


export type CaseDeskCompleteMutation = { completeCase: { applicantIdNumber: string, applicantPhone: string, completedAt: string | null, decidedAt: string | null, deliveredAt: string | null, evaluationCode: string | null, evaluationUrl: string | null, preWarningAt: string | null, supervisionDueAt: string | null, pausedWorkingDays: number, visits: number, repeatNotices: number, availableActions: Array<CaseAction>, id: string, number: string, status: CaseStatus, applicantName: string, submittedAt: string, acceptedAt: string | null, dueAt: string | null, pausedSince: string | null, warning: Warning, instant: boolean, version: number, department: { id: string, name: string, shortName: string } | null, referredTo: { id: string, name: string } | null, firstOwner: { id: string, name: string } | null, window: { id: string, number: string } | null, matterSnapshot: { name: string, code: string, version: number, kind: string, committedLimitDays: number, materials: Array<string> } | null, events: Array<{ at: string, from: CaseStatus | null, to: CaseStatus, actorId: string | null, actorRole: string, reason: string | null, data: unknown }>, visitLog: Array<{ at: string, purpose: string }>, supplementNotices: Array<{ at: string, receivedMaterials: Array<string>, missingMaterials: Array<string>, note: string, repeat: boolean }>, escalations: Array<{ id: string, level: Warning, tier: EscalationTier, automatic: boolean, raisedAt: string, dueAt: string, note: string, response: string | null, respondedAt: string | null, climbedAt: string | null, overdue: boolean, case: { id: string, number: string, matter: { id: string, name: string } | null } | null }>, clock: { state: CaseClockState, timeLeft: { kind: CaseTimeLeftKind, days: number | null, hours: number | null } | null }, matter: { id: string, name: string } | null } };

export type CaseDeskDeliverMutationVariables = Exact<{
  id: string;
  expectedVersion: number;
  method: DeliveryMethod;
  carrier?: string | null | undefined;
  trackingNumber?: string | null | undefined;
}>;


export type CaseDeskDeliverMutation = { deliverCase: { applicantIdNumber: string, applicantPhone: string, completedAt: string | null, decidedAt: string | null, deliveredAt: string | null, evaluationCode: string | null, evaluationUrl: string | null, preWarningAt: string | null, supervisionDueAt: string | null, pausedWorkingDays: number, visits: number, repeatNotices: number, availableActions: Array<CaseAction>, id: string, number: string, status: CaseStatus, applicantName: string, submittedAt: string, acceptedAt: string | null, dueAt: string | null, pausedSince: string | null, warning: Warning, instant: boolean, version: number, department: { id: string, name: string, shortName: string } | null, referredTo: { id: string, name: string } | null, firstOwner: { id: string, name: string } | null, window: { id: string, number: string } | null, matterSnapshot: { name: string, code: string, version: number, kind: string, committedLimitDays: number, materials: Array<string> } | null, events: Array<{ at: string, from: CaseStatus | null, to: CaseStatus, actorId: string | null, actorRole: string, reason: string | null, data: unknown }>, visitLog: Array<{ at: string, purpose: string }>, supplementNotices: Array<{ at: string, receivedMaterials: Array<string>, missingMaterials: Array<string>, note: string, repeat: boolean }>, escalations: Array<{ id: string, level: Warning, tier: EscalationTier, automatic: boolean, raisedAt: string, dueAt: string, note: string, response: string | null, respondedAt: string | null, climbedAt: string | null, overdue: boolean, case: { id: string, number: string, matter: { id: string, name: string } | null } | null }>, clock: { state: CaseClockState, timeLeft: { kind: CaseTimeLeftKind, days: number | null, hours: number | null } | null }, matter: { id: string, name: string } | null } };

export type CaseDeskWithdrawMutationVariables = Exact<{
  id: string;
  expectedVersion: number;
  reason: string;
}>;


export type CaseDeskWithdrawMutation = { withdrawCase: { applicantIdNumber: string, applicantPhone: string, completedAt: string | null, decidedAt: string | null, deliveredAt: string | null, evaluationCode: string | null, evaluationUrl: string | null, preWarningAt: string | null, supervisionDueAt: string | null, pausedWorkingDays: number, visits: number, repeatNotices: number, availableActions: Array<CaseAction>, id: string, number: string, status: CaseStatus, applicantName: string, submittedAt: string, acceptedAt: string | null, dueAt: string | null, pausedSince: string | null, warning: Warning, instant: boolean, version: number, department: { id: string, name: string, shortName: string } | null, referredTo: { id: string, name: string } | null, firstOwner: { id: string, name: string } | null, window: { id: string, number: string } | null, matterSnapshot: { name: string, code: string, version: number, kind: string, committedLimitDays: number, materials: Array<string> } | null, events: Array<{ at: string, from: CaseStatus | null, to: CaseStatus, actorId: string | null, actorRole: string, reason: string | null, data: unknown }>, visitLog: Array<{ at: string, purpose: string }>, supplementNotices: Array<{ at: string, receivedMaterials: Array<string>, missingMaterials: Array<string>, note: string, repeat: boolean }>, escalations: Array<{ id: string, level: Warning, tier: EscalationTier, automatic: boolean, raisedAt: string, dueAt: string, note: string, response: string | null, respondedAt: string | null, climbedAt: string | null, overdue: boolean, case: { id: string, number: string, matter: { id: string, name: string } | null } | null }>, clock: { state: CaseClockState, timeLeft: { kind: CaseTimeLeftKind, days: number | null, hours: number | null } | null }, matter: { id: string, name: string } | null } };

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
export const DeskCaseRowFragmentDoc = new TypedDocumentString(`
    fragment DeskCaseRow on Case {
  id
  number
  status
  applicantName
  submittedAt
  acceptedAt
  dueAt
  pausedSince
  warning
  clock {
    state
    timeLeft {
      kind
      days
      hours
    }
  }
  instant
  version
  matter {
    id
    name
  }
  matterSnapshot {
    name
  }
}
    `, {"fragmentName":"DeskCaseRow"}) as unknown as TypedDocumentString<DeskCaseRowFragment, unknown>;
export const DeskEscalationFragmentDoc = new TypedDocumentString(`
    fragment DeskEscalation on Escalation {
  id
  level
  tier
  automatic
  raisedAt
  dueAt
  note
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
}
    `, {"fragmentName":"DeskEscalation"}) as unknown as TypedDocumentString<DeskEscalationFragment, unknown>;
export const DeskCaseDetailFragmentDoc = new TypedDocumentString(`
    fragment DeskCaseDetail on Case {
  ...DeskCaseRow
  applicantIdNumber
  applicantPhone
  completedAt
  decidedAt
  deliveredAt
  evaluationCode
  evaluationUrl
  preWarningAt
  supervisionDueAt
  pausedWorkingDays
  visits
  repeatNotices
  department {
    id
    name
    shortName
  }
  referredTo {
    id
    name
  }
  firstOwner {
    id
    name
  }
  window {
    id
    number
  }
  matterSnapshot {
    name
    code
    version
    kind
    committedLimitDays
    materials
  }
  events {
    at
    from
    to
    actorId
    actorRole
    reason
    data
  }
  visitLog {
    at
    purpose
  }
  supplementNotices {
    at
    receivedMaterials
    missingMaterials
    note
    repeat
  }
  availableActions
  escalations {
    ...DeskEscalation
  }
}
    fragment DeskCaseRow on Case {
  id
  number
  status
  applicantName
  submittedAt
  acceptedAt
  dueAt
  pausedSince
  warning
  clock {
    state
    timeLeft {
      kind
      days
      hours
    }
  }
  instant
  version
  matter {
    id
    name
  }
  matterSnapshot {
    name
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
}`, {"fragmentName":"DeskCaseDetail"}) as unknown as TypedDocumentString<DeskCaseDetailFragment, unknown>;
export const DeskReferralFragmentDoc = new TypedDocumentString(`
    fragment DeskReferral on Case {
  id
  number
  submittedAt
  matter {
    id
    name
  }
  department {
    id
    name
  }
  referredTo {
    id
    name
  }
  firstOwner {
    id
    name
  }
  events {
    at
    to
    reason
  }
}
    `, {"fragmentName":"DeskReferral"}) as unknown as TypedDocumentString<DeskReferralFragment, unknown>;
export const DeskRegistrationFragmentDoc = new TypedDocumentString(`
    fragment DeskRegistration on PropertyRegistration {
  stage
  nextStage
  nextStageNeedsCertificate
  unitNumber
  certificateNumber
  updatedAt
  steps {
    stage
    at
    by
    byRole
  }
}
    `, {"fragmentName":"DeskRegistration"}) as unknown as TypedDocumentString<DeskRegistrationFragment, unknown>;
export const DeskStaffNameFragmentDoc = new TypedDocumentString(`
    fragment DeskStaffName on Staff {
  id
  name
}
    `, {"fragmentName":"DeskStaffName"}) as unknown as TypedDocumentString<DeskStaffNameFragment, unknown>;
export const CaseDeskCaseDocument = new TypedDocumentString(`
    query CaseDeskCase($id: ID!) {
  case(id: $id) {
    ...DeskCaseDetail
    registration {
      ...DeskRegistration
    }
  }
}
    fragment DeskCaseRow on Case {
  id
  number
  status
  applicantName
  submittedAt
  acceptedAt
  dueAt
  pausedSince
  warning
  clock {
    state
    timeLeft {
      kind
      days
      hours
    }
  }
  instant
  version
  matter {
    id
    name
  }
  matterSnapshot {
    name
  }
}
fragment DeskCaseDetail on Case {
  ...DeskCaseRow
  applicantIdNumber
  applicantPhone
  completedAt
  decidedAt
  deliveredAt
  evaluationCode
  evaluationUrl
  preWarningAt
  supervisionDueAt
  pausedWorkingDays
  visits
  repeatNotices
  department {
    id
    name
    shortName
  }
  referredTo {
    id
    name
  }
  firstOwner {
    id
    name
  }
  window {
    id
    number
  }
  matterSnapshot {
    name
    code
    version
    kind
    committedLimitDays
    materials
  }
  events {
    at
    from
    to
    actorId
    actorRole
    reason
    data
  }
  visitLog {
    at
    purpose
  }
  supplementNotices {
    at
    receivedMaterials
    missingMaterials
    note
    repeat
  }
  availableActions
  escalations {
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
}
fragment DeskRegistration on PropertyRegistration {
  stage
  nextStage
  nextStageNeedsCertificate
  unitNumber
  certificateNumber
  updatedAt
  steps {
    stage
    at
    by
    byRole
  }
}`) as unknown as TypedDocumentString<CaseDeskCaseQuery, CaseDeskCaseQueryVariables>;
export const CaseDeskCasesDocument = new TypedDocumentString(`
    query CaseDeskCases($filter: CaseFilter, $first: Int, $after: String) {
  cases(filter: $filter, first: $first, after: $after) {
    nodes {
      ...DeskCaseRow
    }
    endCursor
    hasNextPage
  }
}
    fragment DeskCaseRow on Case {
  id
  number
  status
  applicantName
  submittedAt
  acceptedAt
  dueAt
  pausedSince
  warning
  clock {
    state
    timeLeft {
      kind
      days
      hours
    }
  }
  instant
  version
  matter {
    id
    name
  }
  matterSnapshot {
    name
  }
}`) as unknown as TypedDocumentString<CaseDeskCasesQuery, CaseDeskCasesQueryVariables>;
export const CaseDeskWarningsDocument = new TypedDocumentString(`
    query CaseDeskWarnings {
  warningCases {
    ...DeskCaseRow
  }
}
    fragment DeskCaseRow on Case {
  id
  number
  status
  applicantName
  submittedAt
  acceptedAt
  dueAt
  pausedSince
  warning
  clock {
    state
    timeLeft {
      kind
      days
      hours
    }
  }
  instant
  version
  matter {
    id
    name
  }
  matterSnapshot {
    name
  }
}`) as unknown as TypedDocumentString<CaseDeskWarningsQuery, CaseDeskWarningsQueryVariables>;
export const CaseDeskDepartmentsDocument = new TypedDocumentString(`
    query CaseDeskDepartments {
  departments {
    id
    name
    shortName
  }
}
    `) as unknown as TypedDocumentString<CaseDeskDepartmentsQuery, CaseDeskDepartmentsQueryVariables>;
export const CaseDeskRecordVisitDocument = new TypedDocumentString(`
    mutation CaseDeskRecordVisit($input: RecordVisitInput!) {
  recordVisit(input: $input) {
    ...DeskCaseDetail
  }
}
    fragment DeskCaseRow on Case {
  id
  number
  status
  applicantName
  submittedAt
  acceptedAt
  dueAt
  pausedSince
  warning
  clock {
    state
    timeLeft {
      kind
      days
      hours
    }
  }
  instant
  version
  matter {
    id
    name
  }
  matterSnapshot {
    name
  }
}
fragment DeskCaseDetail on Case {
  ...DeskCaseRow
  applicantIdNumber
  applicantPhone
  completedAt
  decidedAt
  deliveredAt
  evaluationCode
  evaluationUrl
  preWarningAt
  supervisionDueAt
  pausedWorkingDays
  visits
  repeatNotices
  department {
    id
    name
    shortName
  }
  referredTo {
    id
    name
  }
  firstOwner {
    id
    name
  }
  window {
    id
    number
  }
  matterSnapshot {
    name
    code
    version
    kind
    committedLimitDays
    materials
  }
  events {
    at
    from
    to
    actorId
    actorRole
    reason
    data
  }
  visitLog {
    at
    purpose
  }
  supplementNotices {
    at
    receivedMaterials
    missingMaterials
    note
    repeat
  }
  availableActions
  escalations {
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
}`) as unknown as TypedDocumentString<CaseDeskRecordVisitMutation, CaseDeskRecordVisitMutationVariables>;
export const CaseDeskReferralInboxDocument = new TypedDocumentString(`
    query CaseDeskReferralInbox {
  referralInbox {
    ...DeskReferral
  }
}
    fragment DeskReferral on Case {
  id
  number
  submittedAt
  matter {
    id
    name
  }
  department {
    id
    name
  }
  referredTo {
    id
    name
  }
  firstOwner {
    id
    name
  }
  events {
    at
    to
    reason
  }
}`) as unknown as TypedDocumentString<CaseDeskReferralInboxQuery, CaseDeskReferralInboxQueryVariables>;
export const CaseDeskMattersDocument = new TypedDocumentString(`
    query CaseDeskMatters($filter: MatterFilter) {
  matters(filter: $filter, first: 50) {
    id
    name
    code
    kind
    committedLimitDays
    materials {
      name
      required
      condition
    }
  }
}
    `) as unknown as TypedDocumentString<CaseDeskMattersQuery, CaseDeskMattersQueryVariables>;
export const CaseDeskRegisterDocument = new TypedDocumentString(`
    mutation CaseDeskRegister($input: RegisterCaseInput!) {
  registerCase(input: $input) {
    ...DeskCaseDetail
  }
}
    fragment DeskCaseRow on Case {
  id
  number
  status
  applicantName
  submittedAt
  acceptedAt
  dueAt
  pausedSince
  warning
  clock {
    state
    timeLeft {
      kind
      days
      hours
    }
  }
  instant
  version
  matter {
    id
    name
  }
  matterSnapshot {
    name
  }
}
fragment DeskCaseDetail on Case {
  ...DeskCaseRow
  applicantIdNumber
  applicantPhone
  completedAt
  decidedAt
  deliveredAt
  evaluationCode
  evaluationUrl
  preWarningAt
  supervisionDueAt
  pausedWorkingDays
  visits
  repeatNotices
  department {
    id
    name
    shortName
  }
  referredTo {
    id
    name
  }
  firstOwner {
    id
    name
  }
  window {
    id
    number
  }
  matterSnapshot {
    name
    code
    version
    kind
    committedLimitDays
    materials
  }
  events {
    at
    from
    to
    actorId
    actorRole
    reason
    data
  }
  visitLog {
    at
    purpose
  }
  supplementNotices {
    at
    receivedMaterials
    missingMaterials
    note
    repeat
  }
  availableActions
  escalations {
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
}`) as unknown as TypedDocumentString<CaseDeskRegisterMutation, CaseDeskRegisterMutationVariables>;
export const CaseDeskOnDutyDocument = new TypedDocumentString(`
    query CaseDeskOnDuty($at: DateTime!) {
  onDuty(at: $at) {
    window {
      id
      number
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CaseDeskOnDutyQuery, CaseDeskOnDutyQueryVariables>;
export const CaseDeskEscalationsDocument = new TypedDocumentString(`
    query CaseDeskEscalations {
  escalations(openOnly: true) {
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
}`) as unknown as TypedDocumentString<CaseDeskEscalationsQuery, CaseDeskEscalationsQueryVariables>;
export const CaseDeskRespondEscalationDocument = new TypedDocumentString(`
    mutation CaseDeskRespondEscalation($id: ID!, $response: String!) {
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
}`) as unknown as TypedDocumentString<CaseDeskRespondEscalationMutation, CaseDeskRespondEscalationMutationVariables>;
export const CaseDeskRecordRegistrationStageDocument = new TypedDocumentString(`
    mutation CaseDeskRecordRegistrationStage($caseId: ID!, $stage: RegistrationStage!, $certificateNumber: String) {
  recordRegistrationStage(
    caseId: $caseId
    stage: $stage
    certificateNumber: $certificateNumber
  ) {
    ...DeskRegistration
  }
}
    fragment DeskRegistration on PropertyRegistration {
  stage
  nextStage
  nextStageNeedsCertificate
  unitNumber
  certificateNumber
  updatedAt
  steps {
    stage
    at
    by
    byRole
  }
}`) as unknown as TypedDocumentString<CaseDeskRecordRegistrationStageMutation, CaseDeskRecordRegistrationStageMutationVariables>;
export const CaseDeskSupplementDocument = new TypedDocumentString(`
    mutation CaseDeskSupplement($id: ID!, $expectedVersion: Int!, $receivedMaterials: [String!]!, $missingMaterials: [String!]!, $note: String!) {
  requestSupplement(
    id: $id
    expectedVersion: $expectedVersion
    receivedMaterials: $receivedMaterials
    missingMaterials: $missingMaterials
    note: $note
  ) {
    ...DeskCaseDetail
  }
}
    fragment DeskCaseRow on Case {
  id
  number
  status
  applicantName
  submittedAt
  acceptedAt
  dueAt
  pausedSince
  warning
  clock {
    state
    timeLeft {
      kind
      days
      hours
    }
  }
  instant
  version
  matter {
    id
    name
  }
  matterSnapshot {
    name
  }
}
fragment DeskCaseDetail on Case {
  ...DeskCaseRow
  applicantIdNumber
  applicantPhone
  completedAt
  decidedAt
  deliveredAt
  evaluationCode
  evaluationUrl
  preWarningAt
  supervisionDueAt
  pausedWorkingDays
  visits
  repeatNotices
  department {
    id
    name
    shortName
  }
  referredTo {
    id
    name
  }
  firstOwner {
    id
    name
  }
  window {
    id
    number
  }
  matterSnapshot {
    name
    code
    version
    kind
    committedLimitDays
    materials
  }
  events {
    at
    from
    to
    actorId
    actorRole
    reason
    data
  }
  visitLog {
    at
    purpose
  }
  supplementNotices {
    at
    receivedMaterials
    missingMaterials
    note
    repeat
  }
  availableActions
  escalations {
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
}`) as unknown as TypedDocumentString<CaseDeskSupplementMutation, CaseDeskSupplementMutationVariables>;
export const CaseDeskResubmitDocument = new TypedDocumentString(`
    mutation CaseDeskResubmit($id: ID!, $expectedVersion: Int!, $atWindow: Boolean!, $note: String) {
  resubmitCase(
    id: $id
    expectedVersion: $expectedVersion
    atWindow: $atWindow
    note: $note
  ) {
    ...DeskCaseDetail
  }
}
    fragment DeskCaseRow on Case {
  id
  number
  status
  applicantName
  submittedAt
  acceptedAt
  dueAt
  pausedSince
  warning
  clock {
    state
    timeLeft {
      kind
      days
      hours
    }
  }
  instant
  version
  matter {
    id
    name
  }
  matterSnapshot {
    name
  }
}
fragment DeskCaseDetail on Case {
  ...DeskCaseRow
  applicantIdNumber
  applicantPhone
  completedAt
  decidedAt
  deliveredAt
  evaluationCode
  evaluationUrl
  preWarningAt
  supervisionDueAt
  pausedWorkingDays
  visits
  repeatNotices
  department {
    id
    name
    shortName
  }
  referredTo {
    id
    name
  }
  firstOwner {
    id
    name
  }
  window {
    id
    number
  }
  matterSnapshot {
    name
    code
    version
    kind
    committedLimitDays
    materials
  }
  events {
    at
    from
    to
    actorId
    actorRole
    reason
    data
  }
  visitLog {
    at
    purpose
  }
  supplementNotices {
    at
    receivedMaterials
    missingMaterials
    note
    repeat
  }
  availableActions
  escalations {
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
}`) as unknown as TypedDocumentString<CaseDeskResubmitMutation, CaseDeskResubmitMutationVariables>;
export const CaseDeskAcceptDocument = new TypedDocumentString(`
    mutation CaseDeskAccept($id: ID!, $expectedVersion: Int!, $note: String) {
  acceptCase(id: $id, expectedVersion: $expectedVersion, note: $note) {
    ...DeskCaseDetail
  }
}
    fragment DeskCaseRow on Case {
  id
  number
  status
  applicantName
  submittedAt
  acceptedAt
  dueAt
  pausedSince
  warning
  clock {
    state
    timeLeft {
      kind
      days
      hours
    }
  }
  instant
  version
  matter {
    id
    name
  }
  matterSnapshot {
    name
  }
}
fragment DeskCaseDetail on Case {
  ...DeskCaseRow
  applicantIdNumber
  applicantPhone
  completedAt
  decidedAt
  deliveredAt
  evaluationCode
  evaluationUrl
  preWarningAt
  supervisionDueAt
  pausedWorkingDays
  visits
  repeatNotices
  department {
    id
    name
    shortName
  }
  referredTo {
    id
    name
  }
  firstOwner {
    id
    name
  }
  window {
    id
    number
  }
  matterSnapshot {
    name
    code
    version
    kind
    committedLimitDays
    materials
  }
  events {
    at
    from
    to
    actorId
    actorRole
    reason
    data
  }
  visitLog {
    at
    purpose
  }
  supplementNotices {
    at
    receivedMaterials
    missingMaterials
    note
    repeat
  }
  availableActions
  escalations {
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
}`) as unknown as TypedDocumentString<CaseDeskAcceptMutation, CaseDeskAcceptMutationVariables>;
export const CaseDeskRejectDocument = new TypedDocumentString(`
    mutation CaseDeskReject($id: ID!, $expectedVersion: Int!, $reason: String!, $policyBasis: String!, $appealRoute: String!, $review: CollectiveReviewInput!) {
  rejectCase(
    id: $id
    expectedVersion: $expectedVersion
    reason: $reason
    policyBasis: $policyBasis
    appealRoute: $appealRoute
    review: $review
  ) {
    ...DeskCaseDetail
  }
}
    fragment DeskCaseRow on Case {
  id
  number
  status
  applicantName
  submittedAt
  acceptedAt
  dueAt
  pausedSince
  warning
  clock {
    state
    timeLeft {
      kind
      days
      hours
    }
  }
  instant
  version
  matter {
    id
    name
  }
  matterSnapshot {
    name
  }
}
fragment DeskCaseDetail on Case {
  ...DeskCaseRow
  applicantIdNumber
  applicantPhone
  completedAt
  decidedAt
  deliveredAt
  evaluationCode
  evaluationUrl
  preWarningAt
  supervisionDueAt
  pausedWorkingDays
  visits
  repeatNotices
  department {
    id
    name
    shortName
  }
  referredTo {
    id
    name
  }
  firstOwner {
    id
    name
  }
  window {
    id
    number
  }
  matterSnapshot {
    name
    code
    version
    kind
    committedLimitDays
    materials
  }
  events {
    at
    from
    to
    actorId
    actorRole
    reason
    data
  }
  visitLog {
    at
    purpose
  }
  supplementNotices {
    at
    receivedMaterials
    missingMaterials
    note
    repeat
  }
  availableActions
  escalations {
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
}`) as unknown as TypedDocumentString<CaseDeskRejectMutation, CaseDeskRejectMutationVariables>;
export const CaseDeskReferDocument = new TypedDocumentString(`
    mutation CaseDeskRefer($id: ID!, $expectedVersion: Int!, $toDepartmentId: ID!, $reason: String!) {
  referCase(
    id: $id
    expectedVersion: $expectedVersion
    toDepartmentId: $toDepartmentId
    reason: $reason
  ) {
    ...DeskCaseDetail
  }
}
    fragment DeskCaseRow on Case {
  id
  number
  status
  applicantName
  submittedAt
  acceptedAt
  dueAt
  pausedSince
  warning
  clock {
    state
    timeLeft {
      kind
      days
      hours
    }
  }
  instant
  version
  matter {
    id
    name
  }
  matterSnapshot {
    name
  }
}
fragment DeskCaseDetail on Case {
  ...DeskCaseRow
  applicantIdNumber
  applicantPhone
  completedAt
  decidedAt
  deliveredAt
  evaluationCode
  evaluationUrl
  preWarningAt
  supervisionDueAt
  pausedWorkingDays
  visits
  repeatNotices
  department {
    id
    name
    shortName
  }
  referredTo {
    id
    name
  }
  firstOwner {
    id
    name
  }
  window {
    id
    number
  }
  matterSnapshot {
    name
    code
    version
    kind
    committedLimitDays
    materials
  }
  events {
    at
    from
    to
    actorId
    actorRole
    reason
    data
  }
  visitLog {
    at
    purpose
  }
  supplementNotices {
    at
    receivedMaterials
    missingMaterials
    note
    repeat
  }
  availableActions
  escalations {
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
}`) as unknown as TypedDocumentString<CaseDeskReferMutation, CaseDeskReferMutationVariables>;
export const CaseDeskStartReviewDocument = new TypedDocumentString(`
    mutation CaseDeskStartReview($id: ID!, $expectedVersion: Int!, $note: String) {
  startReview(id: $id, expectedVersion: $expectedVersion, note: $note) {
    ...DeskCaseDetail
  }
}
    fragment DeskCaseRow on Case {
  id
  number
  status
  applicantName
  submittedAt
  acceptedAt
  dueAt
  pausedSince
  warning
  clock {
    state
    timeLeft {
      kind
      days
      hours
    }
  }
  instant
  version
  matter {
    id
    name
  }
  matterSnapshot {
    name
  }
}
fragment DeskCaseDetail on Case {
  ...DeskCaseRow
  applicantIdNumber
  applicantPhone
  completedAt
  decidedAt
  deliveredAt
  evaluationCode
  evaluationUrl
  preWarningAt
  supervisionDueAt
  pausedWorkingDays
  visits
  repeatNotices
  department {
    id
    name
    shortName
  }
  referredTo {
    id
    name
  }
  firstOwner {
    id
    name
  }
  window {
    id
    number
  }
  matterSnapshot {
    name
    code
    version
    kind
    committedLimitDays
    materials
  }
  events {
    at
    from
    to
    actorId
    actorRole
    reason
    data
  }
  visitLog {
    at
    purpose
  }
  supplementNotices {
    at
    receivedMaterials
    missingMaterials
    note
    repeat
  }
  availableActions
  escalations {
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
}`) as unknown as TypedDocumentString<CaseDeskStartReviewMutation, CaseDeskStartReviewMutationVariables>;
export const CaseDeskSuspendDocument = new TypedDocumentString(`
    mutation CaseDeskSuspend($id: ID!, $expectedVersion: Int!, $reason: String!) {
  suspendCase(id: $id, expectedVersion: $expectedVersion, reason: $reason) {
    ...DeskCaseDetail
  }
}
    fragment DeskCaseRow on Case {
  id
  number
  status
  applicantName
  submittedAt
  acceptedAt
  dueAt
  pausedSince
  warning
  clock {
    state
    timeLeft {
      kind
      days
      hours
    }
  }
  instant
  version
  matter {
    id
    name
  }
  matterSnapshot {
    name
  }
}
fragment DeskCaseDetail on Case {
  ...DeskCaseRow
  applicantIdNumber
  applicantPhone
  completedAt
  decidedAt
  deliveredAt
  evaluationCode
  evaluationUrl
  preWarningAt
  supervisionDueAt
  pausedWorkingDays
  visits
  repeatNotices
  department {
    id
    name
    shortName
  }
  referredTo {
    id
    name
  }
  firstOwner {
    id
    name
  }
  window {
    id
    number
  }
  matterSnapshot {
    name
    code
    version
    kind
    committedLimitDays
    materials
  }
  events {
    at
    from
    to
    actorId
    actorRole
    reason
    data
  }
  visitLog {
    at
    purpose
  }
  supplementNotices {
    at
    receivedMaterials
    missingMaterials
    note
    repeat
  }
  availableActions
  escalations {
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
}`) as unknown as TypedDocumentString<CaseDeskSuspendMutation, CaseDeskSuspendMutationVariables>;
export const CaseDeskResumeDocument = new TypedDocumentString(`
    mutation CaseDeskResume($id: ID!, $expectedVersion: Int!, $note: String) {
  resumeCase(id: $id, expectedVersion: $expectedVersion, note: $note) {
    ...DeskCaseDetail
  }
}
    fragment DeskCaseRow on Case {
  id
  number
  status
  applicantName
  submittedAt
  acceptedAt
  dueAt
  pausedSince
  warning
  clock {
    state
    timeLeft {
      kind
      days
      hours
    }
  }
  instant
  version
  matter {
    id
    name
  }
  matterSnapshot {
    name
  }
}
fragment DeskCaseDetail on Case {
  ...DeskCaseRow
  applicantIdNumber
  applicantPhone
  completedAt
  decidedAt
  deliveredAt
  evaluationCode
  evaluationUrl
  preWarningAt
  supervisionDueAt
  pausedWorkingDays
  visits
  repeatNotices
  department {
    id
    name
    shortName
  }
  referredTo {
    id
    name
  }
  firstOwner {
    id
    name
  }
  window {
    id
    number
  }
  matterSnapshot {
    name
    code
    version
    kind
    committedLimitDays
    materials
  }
  events {
    at
    from
    to
    actorId
    actorRole
    reason
    data
  }
  visitLog {
    at
    purpose
  }
  supplementNotices {
    at
    receivedMaterials
    missingMaterials
    note
    repeat
  }
  availableActions
  escalations {
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
}`) as unknown as TypedDocumentString<CaseDeskResumeMutation, CaseDeskResumeMutationVariables>;
export const CaseDeskDecideDocument = new TypedDocumentString(`
    mutation CaseDeskDecide($id: ID!, $expectedVersion: Int!, $approved: Boolean!, $reason: String) {
  decideCase(
    id: $id
    expectedVersion: $expectedVersion
    approved: $approved
    reason: $reason
  ) {
    ...DeskCaseDetail
  }
}
    fragment DeskCaseRow on Case {
  id
  number
  status
  applicantName
  submittedAt
  acceptedAt
  dueAt
  pausedSince
  warning
  clock {
    state
    timeLeft {
      kind
      days
      hours
    }
  }
  instant
  version
  matter {
    id
    name
  }
  matterSnapshot {
    name
  }
}
fragment DeskCaseDetail on Case {
  ...DeskCaseRow
  applicantIdNumber
  applicantPhone
  completedAt
  decidedAt
  deliveredAt
  evaluationCode
  evaluationUrl
  preWarningAt
  supervisionDueAt
  pausedWorkingDays
  visits
  repeatNotices
  department {
    id
    name
    shortName
  }
  referredTo {
    id
    name
  }
  firstOwner {
    id
    name
  }
  window {
    id
    number
  }
  matterSnapshot {
    name
    code
    version
    kind
    committedLimitDays
    materials
  }
  events {
    at
    from
    to
    actorId
    actorRole
    reason
    data
  }
  visitLog {
    at
    purpose
  }
  supplementNotices {
    at
    receivedMaterials
    missingMaterials
    note
    repeat
  }
  availableActions
  escalations {
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
}`) as unknown as TypedDocumentString<CaseDeskDecideMutation, CaseDeskDecideMutationVariables>;
export const CaseDeskCompleteDocument = new TypedDocumentString(`
    mutation CaseDeskComplete($id: ID!, $expectedVersion: Int!, $note: String) {
  completeCase(id: $id, expectedVersion: $expectedVersion, note: $note) {
    ...DeskCaseDetail
  }
}
    fragment DeskCaseRow on Case {
  id
  number
  status
  applicantName
  submittedAt
  acceptedAt
  dueAt
  pausedSince
  warning
  clock {
    state
    timeLeft {
      kind
      days
      hours
    }
  }
  instant
  version
  matter {
    id
    name
  }
  matterSnapshot {
    name
  }
}
fragment DeskCaseDetail on Case {
  ...DeskCaseRow
  applicantIdNumber
  applicantPhone
  completedAt
  decidedAt
  deliveredAt
  evaluationCode
  evaluationUrl
  preWarningAt
  supervisionDueAt
  pausedWorkingDays
  visits
  repeatNotices
  department {
    id
    name
    shortName
  }
  referredTo {
    id
    name
  }
  firstOwner {
    id
    name
  }
  window {
    id
    number
  }
  matterSnapshot {
    name
    code
    version
    kind
    committedLimitDays
    materials
  }
  events {
    at
    from
    to
    actorId
    actorRole
    reason
    data
  }
  visitLog {
    at
    purpose
  }
  supplementNotices {
    at
    receivedMaterials
    missingMaterials
    note
    repeat
  }
  availableActions
  escalations {
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
}`) as unknown as TypedDocumentString<CaseDeskCompleteMutation, CaseDeskCompleteMutationVariables>;
export const CaseDeskDeliverDocument = new TypedDocumentString(`
    mutation CaseDeskDeliver($id: ID!, $expectedVersion: Int!, $method: DeliveryMethod!, $carrier: String, $trackingNumber: String) {
  deliverCase(
    id: $id
    expectedVersion: $expectedVersion
    method: $method
    carrier: $carrier
    trackingNumber: $trackingNumber
  ) {
    ...DeskCaseDetail
  }
}
    fragment DeskCaseRow on Case {
  id
  number
  status
  applicantName
  submittedAt
  acceptedAt
  dueAt
  pausedSince
  warning
  clock {
    state
    timeLeft {
      kind
      days
      hours
    }
  }
  instant
  version
  matter {
    id
    name
  }
  matterSnapshot {
    name
  }
}
fragment DeskCaseDetail on Case {
  ...DeskCaseRow
  applicantIdNumber
  applicantPhone
  completedAt
  decidedAt
  deliveredAt
  evaluationCode
  evaluationUrl
  preWarningAt
  supervisionDueAt
  pausedWorkingDays
  visits
  repeatNotices
  department {
    id
    name
    shortName
  }
  referredTo {
    id
    name
  }
  firstOwner {
    id
    name
  }
  window {
    id
    number
  }
  matterSnapshot {
    name
    code
    version
    kind
    committedLimitDays
    materials
  }
  events {
    at
    from
    to
    actorId
    actorRole
    reason
    data
  }
  visitLog {
    at
    purpose
  }
  supplementNotices {
    at
    receivedMaterials
    missingMaterials
    note
    repeat
  }
  availableActions
  escalations {
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
}`) as unknown as TypedDocumentString<CaseDeskDeliverMutation, CaseDeskDeliverMutationVariables>;
export const CaseDeskWithdrawDocument = new TypedDocumentString(`
    mutation CaseDeskWithdraw($id: ID!, $expectedVersion: Int!, $reason: String!) {
  withdrawCase(id: $id, expectedVersion: $expectedVersion, reason: $reason) {
    ...DeskCaseDetail
  }
}
    fragment DeskCaseRow on Case {
  id
  number
  status
  applicantName
  submittedAt
  acceptedAt
  dueAt
  pausedSince
  warning
  clock {
    state
    timeLeft {
      kind
      days
      hours
    }
  }
  instant
  version
  matter {
    id
    name
  }
  matterSnapshot {
    name
  }
}
fragment DeskCaseDetail on Case {
  ...DeskCaseRow
  applicantIdNumber
  applicantPhone
  completedAt
  decidedAt
  deliveredAt
  evaluationCode
  evaluationUrl
  preWarningAt
  supervisionDueAt
  pausedWorkingDays
  visits
  repeatNotices
  department {
    id
    name
    shortName
  }
  referredTo {
    id
    name
  }
  firstOwner {
    id
    name
  }
  window {
    id
    number
  }
  matterSnapshot {
    name
    code
    version
    kind
    committedLimitDays
    materials
  }
  events {
    at
    from
    to
    actorId
    actorRole
    reason
    data
  }
  visitLog {
    at
    purpose
  }
  supplementNotices {
    at
    receivedMaterials
    missingMaterials
    note
    repeat
  }
  availableActions
  escalations {
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
}`) as unknown as TypedDocumentString<CaseDeskWithdrawMutation, CaseDeskWithdrawMutationVariables>;