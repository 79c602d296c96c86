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

/** 许可 permit, 变更 change, 延续 renewal, 备案 filing, 确认 confirmation, 其他 other. */
export type MatterCategory =
  | 'CHANGE'
  | 'CONFIRMATION'
  | 'FILING'
  | 'OTHER'
  | 'PERMIT'
  | 'RENEWAL';

/** Inclusive of both days, in the hall's time zone; at most 366 days (MAX_PERIOD_DAYS in the service kit). */
export type Period = {
  from: string;
  to: string;
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

export type TicketStatus =
  | 'CALLED'
  | 'DONE'
  | 'NO_SHOW'
  | 'SERVING'
  | 'WAITING';

export type WindowScreensQueueDisplayQueryVariables = Exact<{ [key: string]: never; }>;


export type WindowScreensQueueDisplayQuery = { hallSettings: { timeZone: string }, queueDisplay: { date: string, waiting: number, calls: Array<{ ticketNumber: string, calledAt: string, window: { id: string, number: string, name: string }, staff: { name: string } | null }> } };

export type WindowScreensKioskQueryVariables = Exact<{ [key: string]: never; }>;


export type WindowScreensKioskQuery = { hallSettings: { timeZone: string }, queueKiosk: Array<{ category: MatterCategory, waiting: number, department: { id: string, name: string, hallZone: string } | null }> };

export type WindowScreensKioskTicketFragment = { id: string, number: string, date: string, category: MatterCategory, issuedAt: string, ahead: number | null, department: { id: string, name: string, hallZone: string } | null };

export type WindowScreensIssueTicketMutationVariables = Exact<{
  departmentId: string;
  category: MatterCategory;
}>;


export type WindowScreensIssueTicketMutation = { issueTicket: { id: string, number: string, date: string, category: MatterCategory, issuedAt: string, ahead: number | null, department: { id: string, name: string, hallZone: string } | null } };

export type WindowScreensSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type WindowScreensSettingsQuery = { hallSettings: { timeZone: string, checkInOpensMinutes: number } };

export type WindowScreensShiftFragment = { id: string, date: string, period: ShiftPeriod, startsAt: string, endsAt: string, checkedInAt: string | null, checkedOutAt: string | null, attendance: AttendanceStatus, window: { id: string, number: string, name: string, hallZone: string }, staff: { id: string, name: string, employeeNo: string | null, post: StaffPost, partyMember: boolean, photoUrl: string | null, department: { id: string, name: string } | null } };

export type WindowScreensTicketFragment = { id: string, number: string, category: MatterCategory, status: TicketStatus, issuedAt: string, calledAt: string | null, serviceStartedAt: string | null, waitMinutes: number | null, window: { id: string } | null };

export type WindowScreensDeskQueryVariables = Exact<{
  period: Period;
}>;


export type WindowScreensDeskQuery = { roster: Array<{ id: string, date: string, period: ShiftPeriod, startsAt: string, endsAt: string, checkedInAt: string | null, checkedOutAt: string | null, attendance: AttendanceStatus, window: { id: string, number: string, name: string, hallZone: string }, staff: { id: string, name: string, employeeNo: string | null, post: StaffPost, partyMember: boolean, photoUrl: string | null, department: { id: string, name: string } | null } }>, tickets: Array<{ id: string, number: string, category: MatterCategory, status: TicketStatus, issuedAt: string, calledAt: string | null, serviceStartedAt: string | null, waitMinutes: number | null, window: { id: string } | null }>, queueDisplay: { waiting: number } };

export type WindowScreensCheckInMutationVariables = Exact<{
  windowId: string;
}>;


export type WindowScreensCheckInMutation = { checkIn: { id: string, checkedInAt: string | null, attendance: AttendanceStatus } };

export type WindowScreensCheckOutMutationVariables = Exact<{
  windowId: string;
}>;


export type WindowScreensCheckOutMutation = { checkOut: { id: string, checkedOutAt: string | null } };

export type WindowScreensCallNextMutationVariables = Exact<{
  windowId: string;
}>;


export type WindowScreensCallNextMutation = { callNextTicket: { id: string, number: string, category: MatterCategory, status: TicketStatus, issuedAt: string, calledAt: string | null, serviceStartedAt: string | null, waitMinutes: number | null, window: { id: string } | null } | null };

export type WindowScreensStartServiceMutationVariables = Exact<{
  ticketId: string;
}>;


export type WindowScreensStartServiceMutation = { startService: { id: string, status: TicketStatus } };

export type WindowScreensEndServiceMutationVariables = Exact<{
  ticketId: string;
}>;


export type WindowScreensEndServiceMutation = { endService: { id: string, status: TicketStatus } };

export type WindowScreensNoShowMutationVariables = Exact<{
  ticketId: string;
}>;


export type WindowScreensNoShowMutation = { markNoShow: { id: string, status: TicketStatus } };

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
export const WindowScreensKioskTicketFragmentDoc = new TypedDocumentString(`
    fragment WindowScreensKioskTicket on Ticket {
  id
  number
  date
  category
  issuedAt
  ahead
  department {
    id
    name
    hallZone
  }
}
    `, {"fragmentName":"WindowScreensKioskTicket"}) as unknown as TypedDocumentString<WindowScreensKioskTicketFragment, unknown>;
export const WindowScreensShiftFragmentDoc = new TypedDocumentString(`
    fragment WindowScreensShift on Shift {
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
    employeeNo
    post
    partyMember
    photoUrl
    department {
      id
      name
    }
  }
}
    `, {"fragmentName":"WindowScreensShift"}) as unknown as TypedDocumentString<WindowScreensShiftFragment, unknown>;
export const WindowScreensTicketFragmentDoc = new TypedDocumentString(`
    fragment WindowScreensTicket on Ticket {
  id
  number
  category
  status
  issuedAt
  calledAt
  serviceStartedAt
  waitMinutes
  window {
    id
  }
}
    `, {"fragmentName":"WindowScreensTicket"}) as unknown as TypedDocumentString<WindowScreensTicketFragment, unknown>;
export const WindowScreensQueueDisplayDocument = new TypedDocumentString(`
    query WindowScreensQueueDisplay {
  hallSettings {
    timeZone
  }
  queueDisplay {
    date
    waiting
    calls {
      ticketNumber
      calledAt
      window {
        id
        number
        name
      }
      staff {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WindowScreensQueueDisplayQuery, WindowScreensQueueDisplayQueryVariables>;
export const WindowScreensKioskDocument = new TypedDocumentString(`
    query WindowScreensKiosk {
  hallSettings {
    timeZone
  }
  queueKiosk {
    category
    waiting
    department {
      id
      name
      hallZone
    }
  }
}
    `) as unknown as TypedDocumentString<WindowScreensKioskQuery, WindowScreensKioskQueryVariables>;
export const WindowScreensIssueTicketDocument = new TypedDocumentString(`
    mutation WindowScreensIssueTicket($departmentId: ID!, $category: MatterCategory!) {
  issueTicket(departmentId: $departmentId, category: $category) {
    ...WindowScreensKioskTicket
  }
}
    fragment WindowScreensKioskTicket on Ticket {
  id
  number
  date
  category
  issuedAt
  ahead
  department {
    id
    name
    hallZone
  }
}`) as unknown as TypedDocumentString<WindowScreensIssueTicketMutation, WindowScreensIssueTicketMutationVariables>;
export const WindowScreensSettingsDocument = new TypedDocumentString(`
    query WindowScreensSettings {
  hallSettings {
    timeZone
    checkInOpensMinutes
  }
}
    `) as unknown as TypedDocumentString<WindowScreensSettingsQuery, WindowScreensSettingsQueryVariables>;
export const WindowScreensDeskDocument = new TypedDocumentString(`
    query WindowScreensDesk($period: Period!) {
  roster(period: $period) {
    ...WindowScreensShift
  }
  tickets {
    ...WindowScreensTicket
  }
  queueDisplay {
    waiting
  }
}
    fragment WindowScreensShift on Shift {
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
    employeeNo
    post
    partyMember
    photoUrl
    department {
      id
      name
    }
  }
}
fragment WindowScreensTicket on Ticket {
  id
  number
  category
  status
  issuedAt
  calledAt
  serviceStartedAt
  waitMinutes
  window {
    id
  }
}`) as unknown as TypedDocumentString<WindowScreensDeskQuery, WindowScreensDeskQueryVariables>;
export const WindowScreensCheckInDocument = new TypedDocumentString(`
    mutation WindowScreensCheckIn($windowId: ID!) {
  checkIn(windowId: $windowId) {
    id
    checkedInAt
    attendance
  }
}
    `) as unknown as TypedDocumentString<WindowScreensCheckInMutation, WindowScreensCheckInMutationVariables>;
export const WindowScreensCheckOutDocument = new TypedDocumentString(`
    mutation WindowScreensCheckOut($windowId: ID!) {
  checkOut(windowId: $windowId) {
    id
    checkedOutAt
  }
}
    `) as unknown as TypedDocumentString<WindowScreensCheckOutMutation, WindowScreensCheckOutMutationVariables>;
export const WindowScreensCallNextDocument = new TypedDocumentString(`
    mutation WindowScreensCallNext($windowId: ID!) {
  callNextTicket(windowId: $windowId) {
    ...WindowScreensTicket
  }
}
    fragment WindowScreensTicket on Ticket {
  id
  number
  category
  status
  issuedAt
  calledAt
  serviceStartedAt
  waitMinutes
  window {
    id
  }
}`) as unknown as TypedDocumentString<WindowScreensCallNextMutation, WindowScreensCallNextMutationVariables>;
export const WindowScreensStartServiceDocument = new TypedDocumentString(`
    mutation WindowScreensStartService($ticketId: ID!) {
  startService(ticketId: $ticketId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<WindowScreensStartServiceMutation, WindowScreensStartServiceMutationVariables>;
export const WindowScreensEndServiceDocument = new TypedDocumentString(`
    mutation WindowScreensEndService($ticketId: ID!) {
  endService(ticketId: $ticketId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<WindowScreensEndServiceMutation, WindowScreensEndServiceMutationVariables>;
export const WindowScreensNoShowDocument = new TypedDocumentString(`
    mutation WindowScreensNoShow($ticketId: ID!) {
  markNoShow(ticketId: $ticketId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<WindowScreensNoShowMutation, WindowScreensNoShowMutationVariables>;