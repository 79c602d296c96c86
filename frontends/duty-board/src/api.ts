/** The duty board's gateway operations and the shapes they return. */

export type ShiftPeriod = 'MORNING' | 'AFTERNOON' | 'FULL_DAY';
export type HalfDay = 'MORNING' | 'AFTERNOON';
export type StaffPost = 'ACCEPTANCE' | 'APPROVAL' | 'CONSULTATION' | 'CHIEF_REPRESENTATIVE';
export type AttendanceStatus = 'SCHEDULED' | 'NOT_CHECKED_IN' | 'ON_TIME' | 'LATE' | 'ABSENT';
export type SwapKind = 'REPLACEMENT' | 'EXCHANGE';
export type SwapStatus = 'PENDING' | 'APPROVED' | 'REJECTED' | 'WITHDRAWN';
export type SwapFlag = 'EMERGENCY' | 'SHORT_NOTICE' | 'RECENT_POSTING';

export interface HallSettings {
  timeZone: string;
  morningStart: string;
  morningEnd: string;
  afternoonStart: string;
  afternoonEnd: string;
  swapNoticeWorkingDays: number;
  minimumPostingMonths: number;
}

export interface WindowSummary {
  id: string;
  number: string;
  name: string;
  hallZone: string;
}

export interface StaffBadge {
  id: string;
  name: string;
  post: StaffPost;
  partyMember: boolean;
  department: { id: string; shortName: string } | null;
}

export interface RosterShift {
  id: string;
  date: string;
  period: ShiftPeriod;
  startsAt: string;
  endsAt: string;
  checkedInAt: string | null;
  checkedOutAt: string | null;
  attendance: AttendanceStatus;
  window: WindowSummary;
  staff: StaffBadge;
}

const SHIFT_FIELDS = /* GraphQL */ `
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
      id
      number
      name
      hallZone
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
`;

export const SETUP_QUERY = /* GraphQL */ `
  query DutyBoardSetup {
    hallSettings {
      timeZone
      morningStart
      morningEnd
      afternoonStart
      afternoonEnd
      swapNoticeWorkingDays
      minimumPostingMonths
    }
    windows {
      id
      number
      name
      hallZone
    }
  }
`;
export interface SetupResult {
  hallSettings: HallSettings;
  windows: WindowSummary[];
}

export interface PeriodVariables extends Record<string, unknown> {
  period: { from: string; to: string };
}

export const ROSTER_QUERY = /* GraphQL */ `
  query DutyBoardRoster($period: Period!) {
    roster(period: $period) {
      ...DutyBoardShift
    }
  }
  ${SHIFT_FIELDS}
`;
export interface RosterResult {
  roster: RosterShift[];
}

export interface StaffOption {
  id: string;
  name: string;
  post: StaffPost;
  partyMember: boolean;
  postedSince: string | null;
}

export const WINDOW_STAFF_QUERY = /* GraphQL */ `
  query DutyBoardWindowStaff($id: ID!) {
    window(id: $id) {
      id
      departments {
        id
        name
        staff {
          id
          name
          post
          partyMember
          postedSince
        }
      }
    }
  }
`;
export interface WindowStaffResult {
  window: { id: string; departments: Array<{ id: string; name: string; staff: StaffOption[] | null }> } | null;
}

export const SCHEDULE_SHIFT = /* GraphQL */ `
  mutation DutyBoardScheduleShift($input: ShiftInput!) {
    scheduleShift(input: $input) {
      id
    }
  }
`;

export const REMOVE_SHIFT = /* GraphQL */ `
  mutation DutyBoardRemoveShift($id: ID!) {
    removeShift(id: $id)
  }
`;

export const COPY_WEEK = /* GraphQL */ `
  mutation DutyBoardCopyWeek($fromWeek: Date!, $toWeek: Date!) {
    copyRosterWeek(fromWeek: $fromWeek, toWeek: $toWeek) {
      copied
    }
  }
`;
export interface CopyWeekResult {
  copyRosterWeek: { copied: number };
}

export interface UnattendedIncident {
  id: string;
  date: string;
  half: HalfDay;
  since: string;
  window: { id: string };
}

export const TODAY_QUERY = /* GraphQL */ `
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
  ${SHIFT_FIELDS}
`;
export interface TodayResult {
  roster: RosterShift[];
  unattendedIncidents: UnattendedIncident[];
}

export interface SwapPerson {
  id: string;
  name: string;
  post: StaffPost;
}

export interface SwapRequest {
  id: string;
  kind: SwapKind;
  status: SwapStatus;
  emergency: boolean;
  flags: SwapFlag[];
  reason: string;
  documentNo: string | null;
  effectiveFrom: string;
  effectiveTo: string | null;
  noticeWorkingDays: number;
  filedAt: string;
  decidedAt: string | null;
  decisionNote: string | null;
  shiftsChanged: number | null;
  department: { id: string; name: string } | null;
  staff: SwapPerson;
  otherStaff: SwapPerson;
  recentlyPosted: Array<{ id: string; name: string; postedSince: string | null }>;
}

export const SWAPS_QUERY = /* GraphQL */ `
  query DutyBoardSwaps {
    swapRequests {
      id
      kind
      status
      emergency
      flags
      reason
      documentNo
      effectiveFrom
      effectiveTo
      noticeWorkingDays
      filedAt
      decidedAt
      decisionNote
      shiftsChanged
      department {
        id
        name
      }
      staff {
        id
        name
        post
      }
      otherStaff {
        id
        name
        post
      }
      recentlyPosted {
        id
        name
        postedSince
      }
    }
  }
`;
export interface SwapsResult {
  swapRequests: SwapRequest[];
}

export const DEPARTMENT_STAFF_QUERY = /* GraphQL */ `
  query DutyBoardDepartmentStaff($id: ID!) {
    department(id: $id) {
      id
      name
      staff {
        id
        name
        post
        partyMember
        postedSince
      }
    }
  }
`;
export interface DepartmentStaffResult {
  department: { id: string; name: string; staff: StaffOption[] | null } | null;
}

export interface SwapRequestInput extends Record<string, unknown> {
  kind: SwapKind;
  staffId: string;
  otherStaffId: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  reason: string;
  documentNo: string | null;
  emergency: boolean;
}

export const FILE_SWAP = /* GraphQL */ `
  mutation DutyBoardFileSwap($input: SwapRequestInput!) {
    fileSwapRequest(input: $input) {
      id
      flags
    }
  }
`;

export const WITHDRAW_SWAP = /* GraphQL */ `
  mutation DutyBoardWithdrawSwap($id: ID!) {
    withdrawSwapRequest(id: $id) {
      id
      status
    }
  }
`;

export const APPROVE_SWAP = /* GraphQL */ `
  mutation DutyBoardApproveSwap($id: ID!, $note: String) {
    approveSwapRequest(id: $id, note: $note) {
      id
      status
      shiftsChanged
    }
  }
`;

export const REJECT_SWAP = /* GraphQL */ `
  mutation DutyBoardRejectSwap($id: ID!, $note: String!) {
    rejectSwapRequest(id: $id, note: $note) {
      id
      status
    }
  }
`;
