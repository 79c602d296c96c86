/** The monthly report's one gateway query (月度通报) across the four subgraphs for one month. */
import { graphql } from '../gql';

export const ReportRulesFields = graphql(`
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
`);

/** The report the cases subgraph writes (monthlyReport): ranking, candidates and flags by its rules, frozen once published. */
export const ReportWritten = graphql(`
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
`);

export const MonthlyReportQuery = graphql(`
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
`);

export const ReportConfirmRecognition = graphql(`
  mutation ReportConfirmRecognition($input: ConfirmRecognitionInput!) {
    confirmRecognition(input: $input) {
      id
    }
  }
`);

export const ReportPublish = graphql(`
  mutation ReportPublish($month: String!) {
    publishMonthlyReport(month: $month) {
      month
      publishedAt
    }
  }
`);

export const ReportSetRules = graphql(`
  mutation ReportSetRules($input: ReportRulesInput!) {
    setReportRules(input: $input) {
      ...ReportRulesFields
    }
  }
`);
