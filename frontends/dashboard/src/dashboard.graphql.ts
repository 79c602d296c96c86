/** The dashboard's one gateway query: it crosses all four subgraphs; a subgraph that is down nulls only its own fields (ADR 0003). */
import { graphql } from './gql';
import type { DashboardQuery as DashboardAnswer } from './gql/graphql';

export const DashboardQuery = graphql(`
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
`);

/** The answer, and the rows of its lists, as the generated types give them. */
export type DashboardData = DashboardAnswer;
type Row<List> = NonNullable<List> extends ReadonlyArray<infer Item> ? Item : never;
export type WarningCase = Row<DashboardAnswer['warningCases']>;
export type OpenRectification = Row<DashboardAnswer['rectifications']>;
export type EmptyWindow = Row<DashboardAnswer['unattendedIncidents']>;
export type ReferralFlag = Row<DashboardAnswer['referralFlags']>;
export type DailyCasePoint = Row<DashboardAnswer['dailyCaseSeries']>;
export type HourlyWait = Row<DashboardAnswer['queueWaitsByHour']>;
