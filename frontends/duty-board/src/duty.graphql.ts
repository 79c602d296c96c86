import { graphql } from './gql';
import type { DutyBoardHallSettingsFragment, DutyBoardShiftFragment, DutyBoardWindowFragment } from './gql/graphql';

/** The pieces of the duty schema several screens share. */
export const WindowFields = graphql(`
  fragment DutyBoardWindow on Window {
    id
    number
    name
    hallZone
  }
`);

export const ShiftFields = graphql(`
  fragment DutyBoardShift on Shift {
    id
    date
    period
    startsAt
    endsAt
    checkedInAt
    checkedOutAt
    attendance
    window {
      ...DutyBoardWindow
    }
    staff {
      id
      name
      post
      partyMember
      department {
        id
        shortName
      }
    }
  }
`);

export const HallSettingsFields = graphql(`
  fragment DutyBoardHallSettings on HallSettings {
    timeZone
    morningStart
    morningEnd
    afternoonStart
    afternoonEnd
    swapNoticeWorkingDays
    minimumPostingMonths
  }
`);

export type WindowSummary = DutyBoardWindowFragment;
export type RosterShift = DutyBoardShiftFragment;
export type StaffBadge = RosterShift['staff'];
export type HallSettings = DutyBoardHallSettingsFragment;
