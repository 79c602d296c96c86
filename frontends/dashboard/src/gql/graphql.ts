/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export type ConfirmRecognitionInput = {
  kind: RecognitionKind;
  /** YYYY-MM. */
  month: string;
  note: string;
  /** The staff member (SERVICE_STAR) or the window (RED_FLAG_WINDOW): one of the month's candidates (MonthlyReport.candidates). */
  subjectId: string;
};

export type HalfDay =
  | 'AFTERNOON'
  | 'MORNING';

export type IntegrityFlagKind =
  | 'IMPLAUSIBLE_STREAK'
  | 'LOW_EVALUATION_RATE'
  | 'MANY_INVALID'
  | 'QUIET_INSPECTIONS';

/** Inclusive of both days, in the hall's time zone; at most 366 days (MAX_PERIOD_DAYS in the service kit). */
export type Period = {
  from: string;
  to: string;
};

/**
 * Where a department stands in the ranking: RANKED (a place); FEW_CASES (样本不足: fewer cases than
 * DepartmentRanking.minimumCases, listed not ranked); NO_BUSINESS (本期无业务: no case accepted or completed, no
 * evaluation); NO_SCORE (none of the ranked figures).
 */
export type RankingStanding =
  | 'FEW_CASES'
  | 'NO_BUSINESS'
  | 'NO_SCORE'
  | 'RANKED';

export type RankingWeightsInput = {
  attendance: number;
  completion: number;
  inspection: number;
  onTime: number;
  satisfaction: number;
};

export type RecognitionKind =
  /** 流动红旗: one window a month. */
  | 'RED_FLAG_WINDOW'
  /** 服务明星: two staff members a month. */
  | 'SERVICE_STAR';

export type RectificationStatus =
  | 'CANCELLED'
  | 'OPEN'
  | 'RESPONDED'
  | 'VERIFIED';

export type ReferralFlagKind =
  /** The chain came back to a department it had passed (A → B → A). */
  | 'LOOP'
  /** A third hand-off or more. */
  | 'THIRD_HANDOFF'
  /**
   * A case the applicant withdrew (no decision, no written refusal, not referred), then the same applicant's case at another
   * department within CASES_EPISODE_DAYS, not registered from a referral of it: turned away without a written refusal.
   */
  | 'TURNED_AWAY';

export type ReportRulesInput = {
  implausibleStreak: number;
  invalidShare: number;
  minBadReviews: number;
  minCompletedForRate: number;
  minEvaluationRate: number;
  minEvaluations: number;
  minRankedCases: number;
  quietInspections: number;
};

/** The warning ladder (电子监察): pre-warning, yellow card (deadline passed), red card (supervision deadline passed). */
export type Warning =
  | 'NONE'
  | 'PRE'
  | 'RED'
  | 'YELLOW';

export type DashboardSetRankingWeightsMutationVariables = Exact<{
  input: RankingWeightsInput;
}>;


export type DashboardSetRankingWeightsMutation = { setRankingWeights: { completion: number } };

export type DashboardQueryVariables = Exact<{
  period: Period;
  today: Period;
}>;


export type DashboardQuery = { caseStats: { accepted: number, completed: number, completionRate: number | null, completedOnTime: number, onTimeRate: number | null, instantCount: number, oneVisitRate: number | null, episodes: number, honestOneVisitRate: number | null, twoVisitRate: number | null, threeVisitRate: number | null, preWarnings: number, yellowCards: number, redCards: number } | null, evaluationStats: { total: number, satisfactionRate: number | null, goodRate: number | null, badRate: number | null, evaluationRate: number | null, byLevel: Array<{ level: number, count: number }> } | null, dutyStats: { shifts: number, attended: number, attendanceRate: number | null, late: number, absent: number, unattendedIncidents: number } | null, queueStats: { tickets: number, served: number, noShows: number, averageWaitMinutes: number | null, p90WaitMinutes: number | null, averageServiceMinutes: number | null, waitsAboveServiceLevel: number, serviceLevelMinutes: number } | null, inspectionStats: { inspections: number, averageScore: number | null, findings: number, openRectifications: number, overdueRectifications: number } | null, complaintStats: { received: number, answered: number, answeredOnTime: number, onTimeRate: number | null, overdueOpen: number, closed: number, satisfied: number, satisfactionRate: number | null } | null, badReviewStats: { reviews: number, rectified: number, rectifiedOnTime: number, onTimeRate: number | null, callbacksDue: number, callbacksDone: number, callbackRate: number | null, appeals: number, appealsUpheld: number, byTag: Array<{ tag: BadReviewTag, count: number }> } | null, escalationStats: { raised: number, automatic: number, responded: number, respondedOnTime: number, climbed: number, open: number } | null, departmentRanking: { minimumCases: number, unavailable: Array<string>, weights: { completion: number, onTime: number, satisfaction: number, attendance: number, inspection: number }, entries: Array<{ standing: RankingStanding, place: number | null, score: number | null, previousPlace: number | null, previousScore: number | null, accepted: number, completed: number, completionRate: number | null, onTimeRate: number | null, satisfactionRate: number | null, attendanceRate: number | null, inspectionScore: number | null, department: { id: string, code: string, name: string, shortName: string, parent: { id: string } | null, inspectionStats: { openRectifications: number } | null } }> } | null, warningCases: Array<{ id: string, number: string, status: CaseStatus, warning: Warning, dueAt: string | null, supervisionDueAt: string | null, department: { id: string, shortName: string } | null, matter: { id: string, name: string } | null }> | null, rectifications: Array<{ id: string, status: RectificationStatus, overdue: boolean, dueOn: string, openedAt: string, belowThreshold: boolean, department: { id: string, shortName: string } | null, window: { id: string, number: string, name: string } | null }> | null, unattendedIncidents: Array<{ id: string, date: string, half: HalfDay, since: string, window: { id: string, number: string, name: string }, staff: { id: string, name: string } }> | null, referralFlags: Array<{ kind: ReferralFlagKind, cases: Array<{ id: string, number: string }>, departments: Array<{ id: string, shortName: string } | null> }> | null, dailyCaseSeries: Array<{ day: string, accepted: number, completed: number, warnings: number }> | null, queueWaitsByHour: Array<{ hour: number, tickets: number, averageWaitMinutes: number | null }> | null };

export type ReportRulesFieldsFragment = { minRankedCases: number, minEvaluations: number, minCompletedForRate: number, minEvaluationRate: number, implausibleStreak: number, minBadReviews: number, invalidShare: number, quietInspections: number };

export type ReportWrittenFragment = { month: string, publishedAt: string | null, publishedBy: string | null, comparedWith: string, unavailable: Array<string>, rules: { minRankedCases: number, minEvaluations: number, minCompletedForRate: number, minEvaluationRate: number, implausibleStreak: number, minBadReviews: number, invalidShare: number, quietInspections: number }, ranking: { minimumCases: number, unavailable: Array<string>, weights: { completion: number, onTime: number, satisfaction: number, attendance: number, inspection: number }, entries: Array<{ standing: RankingStanding, place: number | null, score: number | null, previousPlace: number | null, previousScore: number | null, accepted: number, completed: number, completionRate: number | null, onTimeRate: number | null, satisfactionRate: number | null, attendanceRate: number | null, inspectionScore: number | null, department: { id: string, code: string, name: string, shortName: string, parent: { id: string } | null, inspectionStats: { openRectifications: number } | null } }> }, candidates: Array<{ kind: RecognitionKind, subjectId: string, proposed: boolean, evaluations: number, verySatisfied: number, satisfactionRate: number, staff: { id: string, name: string } | null, window: { id: string, number: string, name: string } | null, department: { id: string, shortName: string } | null, confirmed: { id: string, confirmedBy: string, confirmedAt: string } | null }>, buckPassing: Array<{ loops: number, thirdHandOffs: number, turnedAway: number, department: { id: string, name: string } }>, flags: Array<{ kind: IntegrityFlagKind, value: number, threshold: number, basis: number, department: { id: string, name: string } | null, window: { id: string, number: string, name: string } | null }> };

export type MonthlyReportQueryVariables = Exact<{
  period: Period;
  month: string;
}>;


export type MonthlyReportQuery = { monthlyReport: { month: string, publishedAt: string | null, publishedBy: string | null, comparedWith: string, unavailable: Array<string>, rules: { minRankedCases: number, minEvaluations: number, minCompletedForRate: number, minEvaluationRate: number, implausibleStreak: number, minBadReviews: number, invalidShare: number, quietInspections: number }, ranking: { minimumCases: number, unavailable: Array<string>, weights: { completion: number, onTime: number, satisfaction: number, attendance: number, inspection: number }, entries: Array<{ standing: RankingStanding, place: number | null, score: number | null, previousPlace: number | null, previousScore: number | null, accepted: number, completed: number, completionRate: number | null, onTimeRate: number | null, satisfactionRate: number | null, attendanceRate: number | null, inspectionScore: number | null, department: { id: string, code: string, name: string, shortName: string, parent: { id: string } | null, inspectionStats: { openRectifications: number } | null } }> }, candidates: Array<{ kind: RecognitionKind, subjectId: string, proposed: boolean, evaluations: number, verySatisfied: number, satisfactionRate: number, staff: { id: string, name: string } | null, window: { id: string, number: string, name: string } | null, department: { id: string, shortName: string } | null, confirmed: { id: string, confirmedBy: string, confirmedAt: string } | null }>, buckPassing: Array<{ loops: number, thirdHandOffs: number, turnedAway: number, department: { id: string, name: string } }>, flags: Array<{ kind: IntegrityFlagKind, value: number, threshold: number, basis: number, department: { id: string, name: string } | null, window: { id: string, number: string, name: string } | null }> } | null, caseStats: { accepted: number, completed: number, completionRate: number | null, completedOnTime: number, onTimeRate: number | null, instantCount: number, oneVisitRate: number | null, episodes: number, honestOneVisitRate: number | null, twoVisitRate: number | null, threeVisitRate: number | null, preWarnings: number, yellowCards: number, redCards: number } | null, evaluationStats: { total: number, satisfactionRate: number | null, goodRate: number | null, badRate: number | null, evaluationRate: number | null, byLevel: Array<{ level: number, count: number }> } | null, dutyStats: { shifts: number, attended: number, attendanceRate: number | null, late: number, absent: number, unattendedIncidents: number } | null, inspectionStats: { inspections: number, averageScore: number | null, findings: number, openRectifications: number, overdueRectifications: number } | null, badReviewStats: { reviews: number, rectified: number, rectifiedOnTime: number, onTimeRate: number | null, callbacksDue: number, callbacksDone: number, callbackRate: number | null, appeals: number, appealsUpheld: number, byTag: Array<{ tag: BadReviewTag, count: number }> } | null, complaintStats: { received: number, answered: number, answeredOnTime: number, onTimeRate: number | null, overdueOpen: number, closed: number, satisfied: number, satisfactionRate: number | null } | null, escalationStats: { raised: number, automatic: number, responded: number, respondedOnTime: number, climbed: number, open: number } | null, visitEpisodes: Array<{ trips: number, cases: Array<{ number: string, department: { shortName: string } | null }> }> | null, overdueCases: Array<{ id: string, number: string, status: CaseStatus, dueAt: string | null, completedAt: string | null, department: { shortName: string } | null, matter: { name: string } | null }> | null, badReviews: Array<{ id: string, level: number, comment: string | null, evaluatedAt: string, rectificationStatus: BadReviewStatus | null, department: { shortName: string } | null, window: { number: string } | null, case: { number: string } | null }> | null, inspections: Array<{ id: string, visitedAt: string | null, score: number | null, findings: Array<{ id: string, counts: boolean }>, window: { number: string, name: string } | null, department: { shortName: string } | null }> | null, inspectionSettings: { passThreshold: number } | null };

export type ReportConfirmRecognitionMutationVariables = Exact<{
  input: ConfirmRecognitionInput;
}>;


export type ReportConfirmRecognitionMutation = { confirmRecognition: { id: string } };

export type ReportPublishMutationVariables = Exact<{
  month: string;
}>;


export type ReportPublishMutation = { publishMonthlyReport: { month: string, publishedAt: string | null } };

export type ReportSetRulesMutationVariables = Exact<{
  input: ReportRulesInput;
}>;


export type ReportSetRulesMutation = { setReportRules: { minRankedCases: number, minEvaluations: number, minCompletedForRate: number, minEvaluationRate: number, implausibleStreak: number, minBadReviews: number, invalidShare: number, quietInspections: number } };

export type DashboardCaseStatsFragment = { accepted: number, completed: number, completionRate: number | null, completedOnTime: number, onTimeRate: number | null, instantCount: number, oneVisitRate: number | null, episodes: number, honestOneVisitRate: number | null, twoVisitRate: number | null, threeVisitRate: number | null, preWarnings: number, yellowCards: number, redCards: number };

export type DashboardEvaluationStatsFragment = { total: number, satisfactionRate: number | null, goodRate: number | null, badRate: number | null, evaluationRate: number | null, byLevel: Array<{ level: number, count: number }> };

export type DashboardDutyStatsFragment = { shifts: number, attended: number, attendanceRate: number | null, late: number, absent: number, unattendedIncidents: number };

export type DashboardInspectionStatsFragment = { inspections: number, averageScore: number | null, findings: number, openRectifications: number, overdueRectifications: number };

export type DashboardComplaintStatsFragment = { received: number, answered: number, answeredOnTime: number, onTimeRate: number | null, overdueOpen: number, closed: number, satisfied: number, satisfactionRate: number | null };

export type DashboardBadReviewStatsFragment = { reviews: number, rectified: number, rectifiedOnTime: number, onTimeRate: number | null, callbacksDue: number, callbacksDone: number, callbackRate: number | null, appeals: number, appealsUpheld: number, byTag: Array<{ tag: BadReviewTag, count: number }> };

export type DashboardEscalationStatsFragment = { raised: number, automatic: number, responded: number, respondedOnTime: number, climbed: number, open: number };

export type DashboardRankedDepartmentFragment = { standing: RankingStanding, place: number | null, score: number | null, previousPlace: number | null, previousScore: number | null, accepted: number, completed: number, completionRate: number | null, onTimeRate: number | null, satisfactionRate: number | null, attendanceRate: number | null, inspectionScore: number | null, department: { id: string, code: string, name: string, shortName: string, parent: { id: string } | null, inspectionStats: { openRectifications: number } | null } };

export type DashboardDepartmentRankingFragment = { minimumCases: number, unavailable: Array<string>, weights: { completion: number, onTime: number, satisfaction: number, attendance: number, inspection: number }, entries: Array<{ standing: RankingStanding, place: number | null, score: number | null, previousPlace: number | null, previousScore: number | null, accepted: number, completed: number, completionRate: number | null, onTimeRate: number | null, satisfactionRate: number | null, attendanceRate: number | null, inspectionScore: number | null, department: { id: string, code: string, name: string, shortName: string, parent: { id: string } | null, inspectionStats: { openRectifications: number } | null } }> };

export type DashboardRankingWeightsFragment = { completion: number, onTime: number, satisfaction: number, attendance: number, inspection: number };

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
export const ReportRulesFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReportRulesFields on ReportRules {
  minRankedCases
  minEvaluations
  minCompletedForRate
  minEvaluationRate
  implausibleStreak
  minBadReviews
  invalidShare
  quietInspections
}
    `, {"fragmentName":"ReportRulesFields"}) as unknown as TypedDocumentString<ReportRulesFieldsFragment, unknown>;
export const DashboardRankingWeightsFragmentDoc = new TypedDocumentString(`
    fragment DashboardRankingWeights on RankingWeights {
  completion
  onTime
  satisfaction
  attendance
  inspection
}
    `, {"fragmentName":"DashboardRankingWeights"}) as unknown as TypedDocumentString<DashboardRankingWeightsFragment, unknown>;
export const DashboardRankedDepartmentFragmentDoc = new TypedDocumentString(`
    fragment DashboardRankedDepartment on RankedDepartment {
  standing
  place
  score
  previousPlace
  previousScore
  accepted
  completed
  completionRate
  onTimeRate
  satisfactionRate
  attendanceRate
  inspectionScore
  department {
    id
    code
    name
    shortName
    parent {
      id
    }
    inspectionStats(period: $period) {
      openRectifications
    }
  }
}
    `, {"fragmentName":"DashboardRankedDepartment"}) as unknown as TypedDocumentString<DashboardRankedDepartmentFragment, unknown>;
export const DashboardDepartmentRankingFragmentDoc = new TypedDocumentString(`
    fragment DashboardDepartmentRanking on DepartmentRanking {
  weights {
    ...DashboardRankingWeights
  }
  minimumCases
  unavailable
  entries {
    ...DashboardRankedDepartment
  }
}
    fragment DashboardRankedDepartment on RankedDepartment {
  standing
  place
  score
  previousPlace
  previousScore
  accepted
  completed
  completionRate
  onTimeRate
  satisfactionRate
  attendanceRate
  inspectionScore
  department {
    id
    code
    name
    shortName
    parent {
      id
    }
    inspectionStats(period: $period) {
      openRectifications
    }
  }
}
fragment DashboardRankingWeights on RankingWeights {
  completion
  onTime
  satisfaction
  attendance
  inspection
}`, {"fragmentName":"DashboardDepartmentRanking"}) as unknown as TypedDocumentString<DashboardDepartmentRankingFragment, unknown>;
export const ReportWrittenFragmentDoc = new TypedDocumentString(`
    fragment ReportWritten on MonthlyReport {
  month
  publishedAt
  publishedBy
  comparedWith
  unavailable
  rules {
    ...ReportRulesFields
  }
  ranking {
    ...DashboardDepartmentRanking
  }
  candidates {
    kind
    subjectId
    proposed
    evaluations
    verySatisfied
    satisfactionRate
    staff {
      id
      name
    }
    window {
      id
      number
      name
    }
    department {
      id
      shortName
    }
    confirmed {
      id
      confirmedBy
      confirmedAt
    }
  }
  buckPassing {
    loops
    thirdHandOffs
    turnedAway
    department {
      id
      name
    }
  }
  flags {
    kind
    value
    threshold
    basis
    department {
      id
      name
    }
    window {
      id
      number
      name
    }
  }
}
    fragment ReportRulesFields on ReportRules {
  minRankedCases
  minEvaluations
  minCompletedForRate
  minEvaluationRate
  implausibleStreak
  minBadReviews
  invalidShare
  quietInspections
}
fragment DashboardRankedDepartment on RankedDepartment {
  standing
  place
  score
  previousPlace
  previousScore
  accepted
  completed
  completionRate
  onTimeRate
  satisfactionRate
  attendanceRate
  inspectionScore
  department {
    id
    code
    name
    shortName
    parent {
      id
    }
    inspectionStats(period: $period) {
      openRectifications
    }
  }
}
fragment DashboardDepartmentRanking on DepartmentRanking {
  weights {
    ...DashboardRankingWeights
  }
  minimumCases
  unavailable
  entries {
    ...DashboardRankedDepartment
  }
}
fragment DashboardRankingWeights on RankingWeights {
  completion
  onTime
  satisfaction
  attendance
  inspection
}`, {"fragmentName":"ReportWritten"}) as unknown as TypedDocumentString<ReportWrittenFragment, unknown>;
export const DashboardCaseStatsFragmentDoc = new TypedDocumentString(`
    fragment DashboardCaseStats on CaseStats {
  accepted
  completed
  completionRate
  completedOnTime
  onTimeRate
  instantCount
  oneVisitRate
  episodes
  honestOneVisitRate
  twoVisitRate
  threeVisitRate
  preWarnings
  yellowCards
  redCards
}
    `, {"fragmentName":"DashboardCaseStats"}) as unknown as TypedDocumentString<DashboardCaseStatsFragment, unknown>;
export const DashboardEvaluationStatsFragmentDoc = new TypedDocumentString(`
    fragment DashboardEvaluationStats on EvaluationStats {
  total
  byLevel {
    level
    count
  }
  satisfactionRate
  goodRate
  badRate
  evaluationRate
}
    `, {"fragmentName":"DashboardEvaluationStats"}) as unknown as TypedDocumentString<DashboardEvaluationStatsFragment, unknown>;
export const DashboardDutyStatsFragmentDoc = new TypedDocumentString(`
    fragment DashboardDutyStats on DutyStats {
  shifts
  attended
  attendanceRate
  late
  absent
  unattendedIncidents
}
    `, {"fragmentName":"DashboardDutyStats"}) as unknown as TypedDocumentString<DashboardDutyStatsFragment, unknown>;
export const DashboardInspectionStatsFragmentDoc = new TypedDocumentString(`
    fragment DashboardInspectionStats on InspectionStats {
  inspections
  averageScore
  findings
  openRectifications
  overdueRectifications
}
    `, {"fragmentName":"DashboardInspectionStats"}) as unknown as TypedDocumentString<DashboardInspectionStatsFragment, unknown>;
export const DashboardComplaintStatsFragmentDoc = new TypedDocumentString(`
    fragment DashboardComplaintStats on ComplaintStats {
  received
  answered
  answeredOnTime
  onTimeRate
  overdueOpen
  closed
  satisfied
  satisfactionRate
}
    `, {"fragmentName":"DashboardComplaintStats"}) as unknown as TypedDocumentString<DashboardComplaintStatsFragment, unknown>;
export const DashboardBadReviewStatsFragmentDoc = new TypedDocumentString(`
    fragment DashboardBadReviewStats on BadReviewStats {
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
    `, {"fragmentName":"DashboardBadReviewStats"}) as unknown as TypedDocumentString<DashboardBadReviewStatsFragment, unknown>;
export const DashboardEscalationStatsFragmentDoc = new TypedDocumentString(`
    fragment DashboardEscalationStats on EscalationStats {
  raised
  automatic
  responded
  respondedOnTime
  climbed
  open
}
    `, {"fragmentName":"DashboardEscalationStats"}) as unknown as TypedDocumentString<DashboardEscalationStatsFragment, unknown>;
export const DashboardSetRankingWeightsDocument = new TypedDocumentString(`
    mutation DashboardSetRankingWeights($input: RankingWeightsInput!) {
  setRankingWeights(input: $input) {
    completion
  }
}
    `) as unknown as TypedDocumentString<DashboardSetRankingWeightsMutation, DashboardSetRankingWeightsMutationVariables>;
export const DashboardDocument = new TypedDocumentString(`
    query Dashboard($period: Period!, $today: Period!) {
  caseStats(period: $period) {
    ...DashboardCaseStats
  }
  evaluationStats(period: $period) {
    ...DashboardEvaluationStats
  }
  dutyStats(period: $period) {
    ...DashboardDutyStats
  }
  queueStats(period: $period) {
    tickets
    served
    noShows
    averageWaitMinutes
    p90WaitMinutes
    averageServiceMinutes
    waitsAboveServiceLevel
    serviceLevelMinutes
  }
  inspectionStats(period: $period) {
    ...DashboardInspectionStats
  }
  complaintStats(period: $period) {
    ...DashboardComplaintStats
  }
  badReviewStats(period: $period) {
    ...DashboardBadReviewStats
  }
  escalationStats(period: $period) {
    ...DashboardEscalationStats
  }
  departmentRanking(period: $period) {
    ...DashboardDepartmentRanking
  }
  warningCases {
    id
    number
    status
    warning
    dueAt
    supervisionDueAt
    department {
      id
      shortName
    }
    matter {
      id
      name
    }
  }
  rectifications {
    id
    status
    overdue
    dueOn
    openedAt
    belowThreshold
    department {
      id
      shortName
    }
    window {
      id
      number
      name
    }
  }
  unattendedIncidents(period: $today) {
    id
    date
    half
    since
    window {
      id
      number
      name
    }
    staff {
      id
      name
    }
  }
  referralFlags {
    kind
    cases {
      id
      number
    }
    departments {
      id
      shortName
    }
  }
  dailyCaseSeries(period: $period) {
    day
    accepted
    completed
    warnings
  }
  queueWaitsByHour(period: $period) {
    hour
    tickets
    averageWaitMinutes
  }
}
    fragment DashboardCaseStats on CaseStats {
  accepted
  completed
  completionRate
  completedOnTime
  onTimeRate
  instantCount
  oneVisitRate
  episodes
  honestOneVisitRate
  twoVisitRate
  threeVisitRate
  preWarnings
  yellowCards
  redCards
}
fragment DashboardEvaluationStats on EvaluationStats {
  total
  byLevel {
    level
    count
  }
  satisfactionRate
  goodRate
  badRate
  evaluationRate
}
fragment DashboardDutyStats on DutyStats {
  shifts
  attended
  attendanceRate
  late
  absent
  unattendedIncidents
}
fragment DashboardInspectionStats on InspectionStats {
  inspections
  averageScore
  findings
  openRectifications
  overdueRectifications
}
fragment DashboardComplaintStats on ComplaintStats {
  received
  answered
  answeredOnTime
  onTimeRate
  overdueOpen
  closed
  satisfied
  satisfactionRate
}
fragment DashboardBadReviewStats on BadReviewStats {
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
fragment DashboardEscalationStats on EscalationStats {
  raised
  automatic
  responded
  respondedOnTime
  climbed
  open
}
fragment DashboardRankedDepartment on RankedDepartment {
  standing
  place
  score
  previousPlace
  previousScore
  accepted
  completed
  completionRate
  onTimeRate
  satisfactionRate
  attendanceRate
  inspectionScore
  department {
    id
    code
    name
    shortName
    parent {
      id
    }
    inspectionStats(period: $period) {
      openRectifications
    }
  }
}
fragment DashboardDepartmentRanking on DepartmentRanking {
  weights {
    ...DashboardRankingWeights
  }
  minimumCases
  unavailable
  entries {
    ...DashboardRankedDepartment
  }
}
fragment DashboardRankingWeights on RankingWeights {
  completion
  onTime
  satisfaction
  attendance
  inspection
}`) as unknown as TypedDocumentString<DashboardQuery, DashboardQueryVariables>;
export const MonthlyReportDocument = new TypedDocumentString(`
    query MonthlyReport($period: Period!, $month: String!) {
  monthlyReport(month: $month) {
    ...ReportWritten
  }
  caseStats(period: $period) {
    ...DashboardCaseStats
  }
  evaluationStats(period: $period) {
    ...DashboardEvaluationStats
  }
  dutyStats(period: $period) {
    ...DashboardDutyStats
  }
  inspectionStats(period: $period) {
    ...DashboardInspectionStats
  }
  badReviewStats(period: $period) {
    ...DashboardBadReviewStats
  }
  complaintStats(period: $period) {
    ...DashboardComplaintStats
  }
  escalationStats(period: $period) {
    ...DashboardEscalationStats
  }
  visitEpisodes(period: $period) {
    trips
    cases {
      number
      department {
        shortName
      }
    }
  }
  overdueCases(period: $period) {
    id
    number
    status
    dueAt
    completedAt
    department {
      shortName
    }
    matter {
      name
    }
  }
  badReviews {
    id
    level
    comment
    evaluatedAt
    rectificationStatus
    department {
      shortName
    }
    window {
      number
    }
    case {
      number
    }
  }
  inspections(status: SUBMITTED) {
    id
    visitedAt
    score
    findings {
      id
      counts
    }
    window {
      number
      name
    }
    department {
      shortName
    }
  }
  inspectionSettings {
    passThreshold
  }
}
    fragment ReportRulesFields on ReportRules {
  minRankedCases
  minEvaluations
  minCompletedForRate
  minEvaluationRate
  implausibleStreak
  minBadReviews
  invalidShare
  quietInspections
}
fragment ReportWritten on MonthlyReport {
  month
  publishedAt
  publishedBy
  comparedWith
  unavailable
  rules {
    ...ReportRulesFields
  }
  ranking {
    ...DashboardDepartmentRanking
  }
  candidates {
    kind
    subjectId
    proposed
    evaluations
    verySatisfied
    satisfactionRate
    staff {
      id
      name
    }
    window {
      id
      number
      name
    }
    department {
      id
      shortName
    }
    confirmed {
      id
      confirmedBy
      confirmedAt
    }
  }
  buckPassing {
    loops
    thirdHandOffs
    turnedAway
    department {
      id
      name
    }
  }
  flags {
    kind
    value
    threshold
    basis
    department {
      id
      name
    }
    window {
      id
      number
      name
    }
  }
}
fragment DashboardCaseStats on CaseStats {
  accepted
  completed
  completionRate
  completedOnTime
  onTimeRate
  instantCount
  oneVisitRate
  episodes
  honestOneVisitRate
  twoVisitRate
  threeVisitRate
  preWarnings
  yellowCards
  redCards
}
fragment DashboardEvaluationStats on EvaluationStats {
  total
  byLevel {
    level
    count
  }
  satisfactionRate
  goodRate
  badRate
  evaluationRate
}
fragment DashboardDutyStats on DutyStats {
  shifts
  attended
  attendanceRate
  late
  absent
  unattendedIncidents
}
fragment DashboardInspectionStats on InspectionStats {
  inspections
  averageScore
  findings
  openRectifications
  overdueRectifications
}
fragment DashboardComplaintStats on ComplaintStats {
  received
  answered
  answeredOnTime
  onTimeRate
  overdueOpen
  closed
  satisfied
  satisfactionRate
}
fragment DashboardBadReviewStats on BadReviewStats {
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
fragment DashboardEscalationStats on EscalationStats {
  raised
  automatic
  responded
  respondedOnTime
  climbed
  open
}
fragment DashboardRankedDepartment on RankedDepartment {
  standing
  place
  score
  previousPlace
  previousScore
  accepted
  completed
  completionRate
  onTimeRate
  satisfactionRate
  attendanceRate
  inspectionScore
  department {
    id
    code
    name
    shortName
    parent {
      id
    }
    inspectionStats(period: $period) {
      openRectifications
    }
  }
}
fragment DashboardDepartmentRanking on DepartmentRanking {
  weights {
    ...DashboardRankingWeights
  }
  minimumCases
  unavailable
  entries {
    ...DashboardRankedDepartment
  }
}
fragment DashboardRankingWeights on RankingWeights {
  completion
  onTime
  satisfaction
  attendance
  inspection
}`) as unknown as TypedDocumentString<MonthlyReportQuery, MonthlyReportQueryVariables>;
export const ReportConfirmRecognitionDocument = new TypedDocumentString(`
    mutation ReportConfirmRecognition($input: ConfirmRecognitionInput!) {
  confirmRecognition(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReportConfirmRecognitionMutation, ReportConfirmRecognitionMutationVariables>;
export const ReportPublishDocument = new TypedDocumentString(`
    mutation ReportPublish($month: String!) {
  publishMonthlyReport(month: $month) {
    month
    publishedAt
  }
}
    `) as unknown as TypedDocumentString<ReportPublishMutation, ReportPublishMutationVariables>;
export const ReportSetRulesDocument = new TypedDocumentString(`
    mutation ReportSetRules($input: ReportRulesInput!) {
  setReportRules(input: $input) {
    ...ReportRulesFields
  }
}
    fragment ReportRulesFields on ReportRules {
  minRankedCases
  minEvaluations
  minCompletedForRate
  minEvaluationRate
  implausibleStreak
  minBadReviews
  invalidShare
  quietInspections
}`) as unknown as TypedDocumentString<ReportSetRulesMutation, ReportSetRulesMutationVariables>;