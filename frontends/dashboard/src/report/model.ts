/** The monthly report's query and shapes (月度通报): one gateway query across the four subgraphs for one month. */
import type { CaseStats, DepartmentRow, DutyStats, EvaluationStats, InspectionStats, RankingWeights } from '../api';

export interface ServiceRecord {
  subjectId: string;
  evaluations: number;
  verySatisfied: number;
  satisfactionRate: number | null;
  badReviews: number;
  invalidBadReviews: number;
  completed: number;
  evaluationRate: number | null;
  overdueCases: number;
  complaints: number;
  longestVerySatisfiedStreak: number;
}

export interface StaffRecord extends ServiceRecord {
  staff: { id: string; name: string; department: { id: string; shortName: string } | null } | null;
}

export interface WindowRecord extends ServiceRecord {
  window: { id: string; number: string; name: string } | null;
}

export interface OverdueCase {
  id: string;
  number: string;
  status: string;
  dueAt: string | null;
  completedAt: string | null;
  department: { shortName: string } | null;
  matter: { name: string } | null;
}

export interface BadReview {
  id: string;
  level: number;
  comment: string | null;
  evaluatedAt: string;
  rectificationStatus: string | null;
  department: { id: string; shortName: string } | null;
  window: { number: string } | null;
  case: { number: string } | null;
}

export interface InspectionRow {
  id: string;
  visitedAt: string | null;
  score: number | null;
  findings: Array<{ id: string; counts: boolean }>;
  window: { id: string; number: string; name: string } | null;
  department: { shortName: string } | null;
}

export interface Recognition {
  id: string;
  kind: 'SERVICE_STAR' | 'RED_FLAG_WINDOW';
  subjectId: string;
  note: string;
  confirmedBy: string;
  confirmedAt: string;
}

export interface ReportData {
  caseStats: CaseStats | null;
  evaluationStats: EvaluationStats | null;
  dutyStats: DutyStats | null;
  inspectionStats: InspectionStats | null;
  departments: DepartmentRow[] | null;
  rankingWeights: RankingWeights | null;
  overdueCases: OverdueCase[] | null;
  badReviews: BadReview[] | null;
  inspections: InspectionRow[] | null;
  inspectionSettings: { passThreshold: number } | null;
  staffRecords: StaffRecord[] | null;
  windowRecords: WindowRecord[] | null;
  unattendedIncidents: Array<{ window: { id: string } }> | null;
  recognitions: Recognition[] | null;
}

const RECORD = 'subjectId evaluations verySatisfied satisfactionRate badReviews invalidBadReviews completed evaluationRate overdueCases complaints longestVerySatisfiedStreak';
const CASE_STATS = 'accepted completed completionRate completedOnTime onTimeRate instantCount oneVisitRate twoVisitRate threeVisitRate preWarnings yellowCards redCards';
const EVALUATION_STATS = 'total byLevel { level count } satisfactionRate goodRate badRate evaluationRate';
const DUTY_STATS = 'shifts attended attendanceRate late absent unattendedIncidents';
const INSPECTION_STATS = 'inspections averageScore findings openRectifications overdueRectifications';

export const REPORT_QUERY = /* GraphQL */ `
  query MonthlyReport($period: Period!, $month: String!) {
    caseStats(period: $period) { ${CASE_STATS} }
    evaluationStats(period: $period) { ${EVALUATION_STATS} }
    dutyStats(period: $period) { ${DUTY_STATS} }
    inspectionStats(period: $period) { ${INSPECTION_STATS} }
    departments {
      id code name shortName
      caseStats(period: $period) { ${CASE_STATS} }
      evaluationStats(period: $period) { ${EVALUATION_STATS} }
      dutyStats(period: $period) { ${DUTY_STATS} }
      inspectionStats(period: $period) { ${INSPECTION_STATS} }
    }
    rankingWeights { completion onTime satisfaction attendance inspection }
    overdueCases(period: $period) { id number status dueAt completedAt department { shortName } matter { name } }
    badReviews { id level comment evaluatedAt rectificationStatus department { id shortName } window { number } case { number } }
    inspections(status: SUBMITTED) { id visitedAt score findings { id counts } window { id number name } department { shortName } }
    inspectionSettings { passThreshold }
    staffRecords: serviceRecords(period: $period, by: STAFF) { ${RECORD} staff { id name department { id shortName } } }
    windowRecords: serviceRecords(period: $period, by: WINDOW) { ${RECORD} window { id number name } }
    unattendedIncidents(period: $period) { window { id } }
    recognitions(month: $month) { id kind subjectId note confirmedBy confirmedAt }
  }
`;
