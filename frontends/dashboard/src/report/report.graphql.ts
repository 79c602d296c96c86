/** The monthly report's one gateway query (月度通报) across the four subgraphs for one month. */
import { graphql } from '../gql';

export const ReportServiceRecord = graphql(`
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
`);

export const MonthlyReportQuery = graphql(`
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
`);

export const ReportConfirmRecognition = graphql(`
  mutation ReportConfirmRecognition($input: ConfirmRecognitionInput!) {
    confirmRecognition(input: $input) {
      id
    }
  }
`);
