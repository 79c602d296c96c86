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
    episodes
    honestOneVisitRate
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

/** A department's place in the ranking the cases subgraph computes (departmentRanking), with the figures behind it. */
export const DashboardRankedDepartment = graphql(`
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
`);

export const DashboardDepartmentRanking = graphql(`
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
  DashboardDepartmentRankingFragment as DepartmentRanking,
  DashboardRankedDepartmentFragment as RankedDepartment,
  DashboardDutyStatsFragment as DutyStats,
  DashboardEvaluationStatsFragment as EvaluationStats,
  DashboardInspectionStatsFragment as InspectionStats,
  DashboardRankingWeightsFragment as RankingWeights,
  Period,
} from './gql/graphql';
