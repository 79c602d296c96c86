import { graphql } from '../gql';
import type { DutyBoardTodayQuery } from '../gql/graphql';

export const TodayQuery = graphql(`
  query DutyBoardToday($period: Period!) {
    roster(period: $period) {
      ...DutyBoardShift
    }
    unattendedIncidents(period: $period) {
      id
      date
      half
      since
      window {
        id
      }
    }
  }
`);

export type UnattendedIncident = NonNullable<DutyBoardTodayQuery['unattendedIncidents']>[number];
