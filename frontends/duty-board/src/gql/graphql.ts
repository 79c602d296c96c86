/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AttendanceStatus =
  /** Over without a check-in. */
  | 'ABSENT'
  /** Checked in after the start plus the grace minutes. */
  | 'LATE'
  /** Started, nobody checked in yet, not over. */
  | 'NOT_CHECKED_IN'
  /** Checked in by the start plus the grace minutes. */
  | 'ON_TIME'
  /** Not started yet, nobody checked in. */
  | 'SCHEDULED';

export type HalfDay =
  | 'AFTERNOON'
  | 'MORNING';

/** Inclusive of both days, in the hall's time zone; at most 366 days (MAX_PERIOD_DAYS in the service kit). */
export type Period = {
  from: string;
  to: string;
};

export type ShiftInput = {
  date: string;
  period: ShiftPeriod;
  staffId: string;
  windowId: string;
};

/** A half day or a full day of the hall's hours (see HallSettings). */
export type ShiftPeriod =
  | 'AFTERNOON'
  /** Both halves: it overlaps a MORNING and an AFTERNOON shift. */
  | 'FULL_DAY'
  | 'MORNING';

export type StaffPost =
  | 'ACCEPTANCE'
  | 'APPROVAL'
  /** 首席代表 */
  | 'CHIEF_REPRESENTATIVE'
  | 'CONSULTATION';

export type SwapFlag =
  /** Filed as an emergency (allowed with less than the notice period). */
  | 'EMERGENCY'
  /** Someone in the request has been posted to the hall for less than the minimum (two years) at its first day. */
  | 'RECENT_POSTING'
  /** Filed with less than the notice period (HallSettings.swapNoticeWorkingDays); only emergencies may be. */
  | 'SHORT_NOTICE';

export type SwapKind =
  /** Two people of the department exchange their shifts. */
  | 'EXCHANGE'
  /** Another person of the department takes the rostered person's shifts. */
  | 'REPLACEMENT';

export type SwapRequestInput = {
  documentNo?: string | null | undefined;
  effectiveFrom: string;
  effectiveTo?: string | null | undefined;
  /** Allows less than the notice period; the request is flagged. */
  emergency?: boolean;
  kind: SwapKind;
  otherStaffId: string;
  /** The written request (书面申请): why. */
  reason: string;
  staffId: string;
};

export type SwapStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED'
  | 'WITHDRAWN';

export type DutyBoardSetupQueryVariables = Exact<{ [key: string]: never; }>;


export type DutyBoardSetupQuery = { hallSettings: { timeZone: string, morningStart: string, morningEnd: string, afternoonStart: string, afternoonEnd: string, swapNoticeWorkingDays: number, minimumPostingMonths: number }, windows: Array<{ id: string, number: string, name: string, hallZone: string }> };

export type DutyBoardApproveSwapMutationVariables = Exact<{
  id: string;
  note?: string | null | undefined;
}>;


export type DutyBoardApproveSwapMutation = { approveSwapRequest: { id: string, status: SwapStatus, shiftsChanged: number | null } };

export type DutyBoardRejectSwapMutationVariables = Exact<{
  id: string;
  note: string;
}>;


export type DutyBoardRejectSwapMutation = { rejectSwapRequest: { id: string, status: SwapStatus } };

export type DutyBoardRosterQueryVariables = Exact<{
  period: Period;
}>;


export type DutyBoardRosterQuery = { roster: Array<{ id: string, date: string, period: ShiftPeriod, startsAt: string, endsAt: string, checkedInAt: string | null, checkedOutAt: string | null, attendance: AttendanceStatus, window: { id: string, number: string, name: string, hallZone: string }, staff: { id: string, name: string, post: StaffPost, partyMember: boolean, department: { id: string, shortName: string } | null } }> };

export type DutyBoardRemoveShiftMutationVariables = Exact<{
  id: string;
}>;


export type DutyBoardRemoveShiftMutation = { removeShift: string };

export type DutyBoardCopyWeekMutationVariables = Exact<{
  fromWeek: string;
  toWeek: string;
}>;


export type DutyBoardCopyWeekMutation = { copyRosterWeek: { copied: number } };

export type DutyBoardWindowStaffQueryVariables = Exact<{
  id: string;
}>;


export type DutyBoardWindowStaffQuery = { window: { id: string, departments: Array<{ id: string, name: string, staff: Array<{ id: string, name: string, post: StaffPost, partyMember: boolean, postedSince: string | null }> | null }> } | null };

export type DutyBoardScheduleShiftMutationVariables = Exact<{
  input: ShiftInput;
}>;


export type DutyBoardScheduleShiftMutation = { scheduleShift: { id: string } };

export type DutyBoardDepartmentStaffQueryVariables = Exact<{
  id: string;
}>;


export type DutyBoardDepartmentStaffQuery = { department: { id: string, name: string, staff: Array<{ id: string, name: string, post: StaffPost, partyMember: boolean, postedSince: string | null }> | null } | null };

export type DutyBoardFileSwapMutationVariables = Exact<{
  input: SwapRequestInput;
}>;


export type DutyBoardFileSwapMutation = { fileSwapRequest: { id: string, flags: Array<SwapFlag> } };

export type DutyBoardSwapFragment = { id: string, kind: SwapKind, status: SwapStatus, emergency: boolean, flags: Array<SwapFlag>, reason: string, documentNo: string | null, effectiveFrom: string, effectiveTo: string | null, noticeWorkingDays: number, filedAt: string, decidedAt: string | null, decisionNote: string | null, shiftsChanged: number | null, department: { id: string, name: string } | null, staff: { id: string, name: string, post: StaffPost }, otherStaff: { id: string, name: string, post: StaffPost }, recentlyPosted: Array<{ id: string, name: string, postedSince: string | null }> };

export type DutyBoardSwapsQueryVariables = Exact<{ [key: string]: never; }>;


export type DutyBoardSwapsQuery = { swapRequests: Array<{ id: string, kind: SwapKind, status: SwapStatus, emergency: boolean, flags: Array<SwapFlag>, reason: string, documentNo: string | null, effectiveFrom: string, effectiveTo: string | null, noticeWorkingDays: number, filedAt: string, decidedAt: string | null, decisionNote: string | null, shiftsChanged: number | null, department: { id: string, name: string } | null, staff: { id: string, name: string, post: StaffPost }, otherStaff: { id: string, name: string, post: StaffPost }, recentlyPosted: Array<{ id: string, name: string, postedSince: string | null }> }> };

export type DutyBoardWithdrawSwapMutationVariables = Exact<{
  id: string;
}>;


export type DutyBoardWithdrawSwapMutation = { withdrawSwapRequest: { id: string, status: SwapStatus } };

export type DutyBoardTodayQueryVariables = Exact<{
  period: Period;
}>;


export type DutyBoardTodayQuery = { roster: Array<{ id: string, date: string, period: ShiftPeriod, startsAt: string, endsAt: string, checkedInAt: string | null, checkedOutAt: string | null, attendance: AttendanceStatus, window: { id: string, number: string, name: string, hallZone: string }, staff: { id: string, name: string, post: StaffPost, partyMember: boolean, department: { id: string, shortName: string } | null } }>, unattendedIncidents: Array<{ id: string, date: string, half: HalfDay, since: string, window: { id: string } }> | null };

export type DutyBoardWindowFragment = { id: string, number: string, name: string, hallZone: string };

export type DutyBoardShiftFragment = { id: string, date: string, period: ShiftPeriod, startsAt: string, endsAt: string, checkedInAt: string | null, checkedOutAt: string | null, attendance: AttendanceStatus, window: { id: string, number: string, name: string, hallZone: string }, staff: { id: string, name: string, post: StaffPost, partyMember: boolean, department: { id: string, shortName: string } | null } };

export type DutyBoardHallSettingsFragment = { timeZone: string, morningStart: string, morningEnd: string, afternoonStart: string, afternoonEnd: string, swapNoticeWorkingDays: number, minimumPostingMonths: number };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const DutyBoardSwapFragmentDoc = new TypedDocumentString(`
    fragment DutyBoardSwap on SwapRequest {
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
    `, {"fragmentName":"DutyBoardSwap"}) as unknown as TypedDocumentString<DutyBoardSwapFragment, unknown>;
export const DutyBoardWindowFragmentDoc = new TypedDocumentString(`
    fragment DutyBoardWindow on Window {
  id
  number
  name
  hallZone
}
    `, {"fragmentName":"DutyBoardWindow"}) as unknown as TypedDocumentString<DutyBoardWindowFragment, unknown>;
export const DutyBoardShiftFragmentDoc = new TypedDocumentString(`
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
    fragment DutyBoardWindow on Window {
  id
  number
  name
  hallZone
}`, {"fragmentName":"DutyBoardShift"}) as unknown as TypedDocumentString<DutyBoardShiftFragment, unknown>;
export const DutyBoardHallSettingsFragmentDoc = new TypedDocumentString(`
    fragment DutyBoardHallSettings on HallSettings {
  timeZone
  morningStart
  morningEnd
  afternoonStart
  afternoonEnd
  swapNoticeWorkingDays
  minimumPostingMonths
}
    `, {"fragmentName":"DutyBoardHallSettings"}) as unknown as TypedDocumentString<DutyBoardHallSettingsFragment, unknown>;
export const DutyBoardSetupDocument = new TypedDocumentString(`
    query DutyBoardSetup {
  hallSettings {
    ...DutyBoardHallSettings
  }
  windows {
    ...DutyBoardWindow
  }
}
    fragment DutyBoardWindow on Window {
  id
  number
  name
  hallZone
}
fragment DutyBoardHallSettings on HallSettings {
  timeZone
  morningStart
  morningEnd
  afternoonStart
  afternoonEnd
  swapNoticeWorkingDays
  minimumPostingMonths
}`) as unknown as TypedDocumentString<DutyBoardSetupQuery, DutyBoardSetupQueryVariables>;
export const DutyBoardApproveSwapDocument = new TypedDocumentString(`
    mutation DutyBoardApproveSwap($id: ID!, $note: String) {
  approveSwapRequest(id: $id, note: $note) {
    id
    status
    shiftsChanged
  }
}
    `) as unknown as TypedDocumentString<DutyBoardApproveSwapMutation, DutyBoardApproveSwapMutationVariables>;
export const DutyBoardRejectSwapDocument = new TypedDocumentString(`
    mutation DutyBoardRejectSwap($id: ID!, $note: String!) {
  rejectSwapRequest(id: $id, note: $note) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DutyBoardRejectSwapMutation, DutyBoardRejectSwapMutationVariables>;
export const DutyBoardRosterDocument = new TypedDocumentString(`
    query DutyBoardRoster($period: Period!) {
  roster(period: $period) {
    ...DutyBoardShift
  }
}
    fragment DutyBoardWindow on Window {
  id
  number
  name
  hallZone
}
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
}`) as unknown as TypedDocumentString<DutyBoardRosterQuery, DutyBoardRosterQueryVariables>;
export const DutyBoardRemoveShiftDocument = new TypedDocumentString(`
    mutation DutyBoardRemoveShift($id: ID!) {
  removeShift(id: $id)
}
    `) as unknown as TypedDocumentString<DutyBoardRemoveShiftMutation, DutyBoardRemoveShiftMutationVariables>;
export const DutyBoardCopyWeekDocument = new TypedDocumentString(`
    mutation DutyBoardCopyWeek($fromWeek: Date!, $toWeek: Date!) {
  copyRosterWeek(fromWeek: $fromWeek, toWeek: $toWeek) {
    copied
  }
}
    `) as unknown as TypedDocumentString<DutyBoardCopyWeekMutation, DutyBoardCopyWeekMutationVariables>;
export const DutyBoardWindowStaffDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<DutyBoardWindowStaffQuery, DutyBoardWindowStaffQueryVariables>;
export const DutyBoardScheduleShiftDocument = new TypedDocumentString(`
    mutation DutyBoardScheduleShift($input: ShiftInput!) {
  scheduleShift(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<DutyBoardScheduleShiftMutation, DutyBoardScheduleShiftMutationVariables>;
export const DutyBoardDepartmentStaffDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<DutyBoardDepartmentStaffQuery, DutyBoardDepartmentStaffQueryVariables>;
export const DutyBoardFileSwapDocument = new TypedDocumentString(`
    mutation DutyBoardFileSwap($input: SwapRequestInput!) {
  fileSwapRequest(input: $input) {
    id
    flags
  }
}
    `) as unknown as TypedDocumentString<DutyBoardFileSwapMutation, DutyBoardFileSwapMutationVariables>;
export const DutyBoardSwapsDocument = new TypedDocumentString(`
    query DutyBoardSwaps {
  swapRequests {
    ...DutyBoardSwap
  }
}
    fragment DutyBoardSwap on SwapRequest {
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
}`) as unknown as TypedDocumentString<DutyBoardSwapsQuery, DutyBoardSwapsQueryVariables>;
export const DutyBoardWithdrawSwapDocument = new TypedDocumentString(`
    mutation DutyBoardWithdrawSwap($id: ID!) {
  withdrawSwapRequest(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DutyBoardWithdrawSwapMutation, DutyBoardWithdrawSwapMutationVariables>;
export const DutyBoardTodayDocument = new TypedDocumentString(`
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
    fragment DutyBoardWindow on Window {
  id
  number
  name
  hallZone
}
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
}`) as unknown as TypedDocumentString<DutyBoardTodayQuery, DutyBoardTodayQueryVariables>;