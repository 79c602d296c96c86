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

/** Inclusive of both days, in the hall's time zone; at most 366 days (MAX_PERIOD_DAYS in the service kit). */
export type Period = {
  from: string;
  to: string;
};

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
  | 'LOOP'
  | 'THIRD_HANDOFF';

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


export type DashboardQuery = { caseStats: { accepted: number, completed: number, completionRate: number | null, completedOnTime: number, onTimeRate: number | null, instantCount: number, oneVisitRate: number | null, twoVisitRate: number | null, threeVisitRate: number | null, preWarnings: number, yellowCards: number, redCards: number } | null, evaluationStats: { total: number, satisfactionRate: number | null, goodRate: number | null, badRate: number | null, evaluationRate: number | null, byLevel: Array<{ level: number, count: number }> } | null, dutyStats: { shifts: number, attended: number, attendanceRate: number | null, late: number, absent: number, unattendedIncidents: number } | null, queueStats: { tickets: number, served: number, noShows: number, averageWaitMinutes: number | null, p90WaitMinutes: number | null, averageServiceMinutes: number | null, waitsAboveServiceLevel: number, serviceLevelMinutes: number } | null, inspectionStats: { inspections: number, averageScore: number | null, findings: number, openRectifications: number, overdueRectifications: number } | null, complaintStats: { received: number, answered: number, answeredOnTime: number, onTimeRate: number | null, overdueOpen: number, closed: number, satisfied: number, satisfactionRate: number | null } | null, badReviewStats: { reviews: number, rectified: number, rectifiedOnTime: number, onTimeRate: number | null, callbacksDue: number, callbacksDone: number, callbackRate: number | null, appeals: number, appealsUpheld: number, byTag: Array<{ tag: BadReviewTag, count: number }> } | null, escalationStats: { raised: number, automatic: number, responded: number, respondedOnTime: number, climbed: number, open: number } | null, departments: Array<{ id: string, code: string, name: string, shortName: string, parent: { id: string } | null, caseStats: { accepted: number, completed: number, completionRate: number | null, completedOnTime: number, onTimeRate: number | null, instantCount: number, oneVisitRate: number | null, twoVisitRate: number | null, threeVisitRate: number | null, preWarnings: number, yellowCards: number, redCards: number } | null, evaluationStats: { total: number, satisfactionRate: number | null, goodRate: number | null, badRate: number | null, evaluationRate: number | null, byLevel: Array<{ level: number, count: number }> } | null, dutyStats: { shifts: number, attended: number, attendanceRate: number | null, late: number, absent: number, unattendedIncidents: number } | null, inspectionStats: { inspections: number, averageScore: number | null, findings: number, openRectifications: number, overdueRectifications: number } | null }> | null, warningCases: Array<{ id: string, number: string, status: CaseStatus, warning: Warning, dueAt: string | null, supervisionDueAt: string | null, department: { id: string, shortName: string } | null, matter: { id: string, name: string } | null }> | null, rectifications: Array<{ id: string, status: RectificationStatus, overdue: boolean, dueOn: string, openedAt: string, belowThreshold: boolean, department: { id: string, shortName: string } | null, window: { id: string, number: string, name: string } | null }> | null, unattendedIncidents: Array<{ id: string, date: string, half: HalfDay, since: string, window: { id: string, number: string, name: string }, staff: { id: string, name: string } }> | null, referralFlags: Array<{ kind: ReferralFlagKind, cases: Array<{ id: string, number: string }>, departments: Array<{ id: string, shortName: string } | null> }> | null, dailyCaseSeries: Array<{ day: string, accepted: number, completed: number, warnings: number }> | null, queueWaitsByHour: Array<{ hour: number, tickets: number, averageWaitMinutes: number | null }> | null, rankingWeights: { completion: number, onTime: number, satisfaction: number, attendance: number, inspection: number } | null };

export type ReportServiceRecordFragment = { subjectId: string, evaluations: number, verySatisfied: number, satisfactionRate: number | null, badReviews: number, invalidBadReviews: number, completed: number, evaluationRate: number | null, overdueCases: number, complaints: number, longestVerySatisfiedStreak: number };

export type MonthlyReportQueryVariables = Exact<{
  period: Period;
  month: string;
}>;


export type MonthlyReportQuery = { caseStats: { accepted: number, completed: number, completionRate: number | null, completedOnTime: number, onTimeRate: number | null, instantCount: number, oneVisitRate: number | null, twoVisitRate: number | null, threeVisitRate: number | null, preWarnings: number, yellowCards: number, redCards: number } | null, evaluationStats: { total: number, satisfactionRate: number | null, goodRate: number | null, badRate: number | null, evaluationRate: number | null, byLevel: Array<{ level: number, count: number }> } | null, dutyStats: { shifts: number, attended: number, attendanceRate: number | null, late: number, absent: number, unattendedIncidents: number } | null, inspectionStats: { inspections: number, averageScore: number | null, findings: number, openRectifications: number, overdueRectifications: number } | null, badReviewStats: { reviews: number, rectified: number, rectifiedOnTime: number, onTimeRate: number | null, callbacksDue: number, callbacksDone: number, callbackRate: number | null, appeals: number, appealsUpheld: number, byTag: Array<{ tag: BadReviewTag, count: number }> } | null, complaintStats: { received: number, answered: number, answeredOnTime: number, onTimeRate: number | null, overdueOpen: number, closed: number, satisfied: number, satisfactionRate: number | null } | null, escalationStats: { raised: number, automatic: number, responded: number, respondedOnTime: number, climbed: number, open: number } | null, departments: Array<{ id: string, code: string, name: string, shortName: string, parent: { id: string } | null, caseStats: { accepted: number, completed: number, completionRate: number | null, completedOnTime: number, onTimeRate: number | null, instantCount: number, oneVisitRate: number | null, twoVisitRate: number | null, threeVisitRate: number | null, preWarnings: number, yellowCards: number, redCards: number } | null, evaluationStats: { total: number, satisfactionRate: number | null, goodRate: number | null, badRate: number | null, evaluationRate: number | null, byLevel: Array<{ level: number, count: number }> } | null, dutyStats: { shifts: number, attended: number, attendanceRate: number | null, late: number, absent: number, unattendedIncidents: number } | null, inspectionStats: { inspections: number, averageScore: number | null, findings: number, openRectifications: number, overdueRectifications: number } | null }> | null, rankingWeights: { completion: number, onTime: number, satisfaction: number, attendance: number, inspection: number } | null, overdueCases: Array<{ id: string, number: string, status: CaseStatus, dueAt: string | null, completedAt: string | null, department: { shortName: string } | null, matter: { name: string } | null }> | null, badReviews: Array<{ id: string, level: number, comment: string | null, evaluatedAt: string, rectificationStatus: BadReviewStatus | null, department: { id: string, shortName: string } | null, window: { number: string } | null, case: { number: string } | null }> | null, inspections: Array<{ id: string, visitedAt: string | null, score: number | null, findings: Array<{ id: string, counts: boolean }>, window: { id: string, number: string, name: string } | null, department: { shortName: string } | null }> | null, inspectionSettings: { passThreshold: number } | null, staffRecords: Array<{ subjectId: string, evaluations: number, verySatisfied: number, satisfactionRate: number | null, badReviews: number, invalidBadReviews: number, completed: number, evaluationRate: number | null, overdueCases: number, complaints: number, longestVerySatisfiedStreak: number, staff: { id: string, name: string, department: { id: string, shortName: string } | null } | null }> | null, windowRecords: Array<{ subjectId: string, evaluations: number, verySatisfied: number, satisfactionRate: number | null, badReviews: number, invalidBadReviews: number, completed: number, evaluationRate: number | null, overdueCases: number, complaints: number, longestVerySatisfiedStreak: number, window: { id: string, number: string, name: string } | null }> | null, unattendedIncidents: Array<{ window: { id: string } }> | null, recognitions: Array<{ id: string, kind: RecognitionKind, subjectId: string, note: string, confirmedBy: string, confirmedAt: string }> | null };

export type ReportConfirmRecognitionMutationVariables = Exact<{
  input: ConfirmRecognitionInput;
}>;


export type ReportConfirmRecognitionMutation = { confirmRecognition: { id: string } };

export type DashboardCaseStatsFragment = { accepted: number, completed: number, completionRate: number | null, completedOnTime: number, onTimeRate: number | null, instantCount: number, oneVisitRate: number | null, twoVisitRate: number | null, threeVisitRate: number | null, preWarnings: number, yellowCards: number, redCards: number };

export type DashboardEvaluationStatsFragment = { total: number, satisfactionRate: number | null, goodRate: number | null, badRate: number | null, evaluationRate: number | null, byLevel: Array<{ level: number, count: number }> };

export type DashboardDutyStatsFragment = { shifts: number, attended: number, attendanceRate: number | null, late: number, absent: number, unattendedIncidents: number };

export type DashboardInspectionStatsFragment = { inspections: number, averageScore: number | null, findings: number, openRectifications: number, overdueRectifications: number };

export type DashboardComplaintStatsFragment = { received: number, answered: number, answeredOnTime: number, onTimeRate: number | null, overdueOpen: number, closed: number, satisfied: number, satisfactionRate: number | null };

export type DashboardBadReviewStatsFragment = { reviews: number, rectified: number, rectifiedOnTime: number, onTimeRate: number | null, callbacksDue: number, callbacksDone: number, callbackRate: number | null, appeals: number, appealsUpheld: number, byTag: Array<{ tag: BadReviewTag, count: number }> };

export type DashboardEscalationStatsFragment = { raised: number, automatic: number, responded: number, respondedOnTime: number, climbed: number, open: number };

export type DashboardDepartmentFragment = { id: string, code: string, name: string, shortName: string, parent: { id: string } | null, caseStats: { accepted: number, completed: number, completionRate: number | null, completedOnTime: number, onTimeRate: number | null, instantCount: number, oneVisitRate: number | null, twoVisitRate: number | null, threeVisitRate: number | null, preWarnings: number, yellowCards: number, redCards: number } | null, evaluationStats: { total: number, satisfactionRate: number | null, goodRate: number | null, badRate: number | null, evaluationRate: number | null, byLevel: Array<{ level: number, count: number }> } | null, dutyStats: { shifts: number, attended: number, attendanceRate: number | null, late: number, absent: number, unattendedIncidents: number } | null, inspectionStats: { inspections: number, averageScore: number | null, findings: number, openRectifications: number, overdueRectifications: number } | null };

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
export const ReportServiceRecordFragmentDoc = new TypedDocumentString(`
    fragment ReportServiceRecord on ServiceRecord {
  subjectId
  evaluations
  verySatisfied
  satisfactionRate
  badReviews
  invalidBadReviews
  completed
  evaluationRate
  overdueCases
  complaints
  longestVerySatisfiedStreak
}
    `, {"fragmentName":"ReportServiceRecord"}) as unknown as TypedDocumentString<ReportServiceRecordFragment, unknown>;
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
export const DashboardCaseStatsFragmentDoc = new TypedDocumentString(`
    fragment DashboardCaseStats on CaseStats {
  accepted
  completed
  completionRate
  completedOnTime
  onTimeRate
  instantCount
  oneVisitRate
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
export const DashboardDepartmentFragmentDoc = new TypedDocumentString(`
    fragment DashboardDepartment on Department {
  id
  code
  name
  shortName
  parent {
    id
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
}
    fragment DashboardCaseStats on CaseStats {
  accepted
  completed
  completionRate
  completedOnTime
  onTimeRate
  instantCount
  oneVisitRate
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
}`, {"fragmentName":"DashboardDepartment"}) as unknown as TypedDocumentString<DashboardDepartmentFragment, unknown>;
export const DashboardRankingWeightsFragmentDoc = new TypedDocumentString(`
    fragment DashboardRankingWeights on RankingWeights {
  completion
  onTime
  satisfaction
  attendance
  inspection
}
    `, {"fragmentName":"DashboardRankingWeights"}) as unknown as TypedDocumentString<DashboardRankingWeightsFragment, unknown>;
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
  departments {
    ...DashboardDepartment
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
  rankingWeights {
    ...DashboardRankingWeights
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
fragment DashboardDepartment on Department {
  id
  code
  name
  shortName
  parent {
    id
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
  departments {
    ...DashboardDepartment
  }
  rankingWeights {
    ...DashboardRankingWeights
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
      id
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
      id
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
  staffRecords: serviceRecords(period: $period, by: STAFF) {
    ...ReportServiceRecord
    staff {
      id
      name
      department {
        id
        shortName
      }
    }
  }
  windowRecords: serviceRecords(period: $period, by: WINDOW) {
    ...ReportServiceRecord
    window {
      id
      number
      name
    }
  }
  unattendedIncidents(period: $period) {
    window {
      id
    }
  }
  recognitions(month: $month) {
    id
    kind
    subjectId
    note
    confirmedBy
    confirmedAt
  }
}
    fragment ReportServiceRecord on ServiceRecord {
  subjectId
  evaluations
  verySatisfied
  satisfactionRate
  badReviews
  invalidBadReviews
  completed
  evaluationRate
  overdueCases
  complaints
  longestVerySatisfiedStreak
}
fragment DashboardCaseStats on CaseStats {
  accepted
  completed
  completionRate
  completedOnTime
  onTimeRate
  instantCount
  oneVisitRate
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
fragment DashboardDepartment on Department {
  id
  code
  name
  shortName
  parent {
    id
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