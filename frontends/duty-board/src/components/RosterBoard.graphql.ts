import { graphql } from '../gql';

export const RosterQuery = graphql(`
  query DutyBoardRoster($period: Period!) {
    roster(period: $period) {
      ...DutyBoardShift
    }
  }
`);

export const RemoveShiftMutation = graphql(`
  mutation DutyBoardRemoveShift($id: ID!) {
    removeShift(id: $id)
  }
`);

export const CopyWeekMutation = graphql(`
  mutation DutyBoardCopyWeek($fromWeek: Date!, $toWeek: Date!) {
    copyRosterWeek(fromWeek: $fromWeek, toWeek: $toWeek) {
      copied
    }
  }
`);
