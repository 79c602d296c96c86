/** The figures the board and the monthly report both ask for, hall-wide and per department. */
import { graphql } from './gql';

export const DashboardCaseStats = graphql(`
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
`);

export const DashboardEvaluationStats = graphql(`
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
`);

export const DashboardDutyStats = graphql(`
  fragment DashboardDutyStats on DutyStats {
    shifts
    attended
    attendanceRate
    late
    absent
    unattendedIncidents
  }
`);

export const DashboardInspectionStats = graphql(`
  fragment DashboardInspectionStats on InspectionStats {
    inspections
    averageScore
    findings
    openRectifications
    overdueRectifications
  }
`);

export const DashboardComplaintStats = graphql(`
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
`);

export const DashboardBadReviewStats = graphql(`
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
`);

export const DashboardEscalationStats = graphql(`
  fragment DashboardEscalationStats on EscalationStats {
    raised
    automatic
    responded
    respondedOnTime
    climbed
    open
  }
`);

export const DashboardDepartment = graphql(`
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
`);

export const DashboardRankingWeights = graphql(`
  fragment DashboardRankingWeights on RankingWeights {
    completion
    onTime
    satisfaction
    attendance
    inspection
  }
`);

export type {
  DashboardBadReviewStatsFragment as BadReviewStats,
  DashboardCaseStatsFragment as CaseStats,
  DashboardComplaintStatsFragment as ComplaintStats,
  DashboardEscalationStatsFragment as EscalationStats,
  DashboardDepartmentFragment as DepartmentRow,
  DashboardDutyStatsFragment as DutyStats,
  DashboardEvaluationStatsFragment as EvaluationStats,
  DashboardInspectionStatsFragment as InspectionStats,
  DashboardRankingWeightsFragment as RankingWeights,
  Period,
} from './gql/graphql';
