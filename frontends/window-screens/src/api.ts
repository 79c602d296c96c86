/** The window screens' gateway operations and the shapes they return. */

export type ShiftPeriod = 'MORNING' | 'AFTERNOON' | 'FULL_DAY';
export type StaffPost = 'ACCEPTANCE' | 'APPROVAL' | 'CONSULTATION' | 'CHIEF_REPRESENTATIVE';
export type AttendanceStatus = 'SCHEDULED' | 'NOT_CHECKED_IN' | 'ON_TIME' | 'LATE' | 'ABSENT';
export type TicketStatus = 'WAITING' | 'CALLED' | 'SERVING' | 'DONE' | 'NO_SHOW';
export type MatterCategory = 'PERMIT' | 'CHANGE' | 'RENEWAL' | 'FILING' | 'CONFIRMATION' | 'OTHER';

export interface QueueCall {
  ticketNumber: string;
  calledAt: string;
  window: { id: string; number: string; name: string };
  staff: { name: string } | null;
}

export interface QueueDisplayData {
  date: string;
  waiting: number;
  calls: QueueCall[];
}

export const QUEUE_DISPLAY_QUERY = /* GraphQL */ `
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
`;
export interface QueueDisplayResult {
  hallSettings: { timeZone: string };
  queueDisplay: QueueDisplayData;
}

export const DESK_SETTINGS_QUERY = /* GraphQL */ `
  query WindowScreensSettings {
    hallSettings {
      timeZone
      checkInOpensMinutes
    }
  }
`;
export interface DeskSettingsResult {
  hallSettings: { timeZone: string; checkInOpensMinutes: number };
}

export interface DeskShift {
  id: string;
  date: string;
  period: ShiftPeriod;
  startsAt: string;
  endsAt: string;
  checkedInAt: string | null;
  checkedOutAt: string | null;
  attendance: AttendanceStatus;
  window: { id: string; number: string; name: string; hallZone: string };
  staff: {
    id: string;
    name: string;
    employeeNo: string | null;
    post: StaffPost;
    partyMember: boolean;
    photoUrl: string | null;
    department: { id: string; name: string } | null;
  };
}

export interface DeskTicket {
  id: string;
  number: string;
  category: MatterCategory;
  status: TicketStatus;
  issuedAt: string;
  calledAt: string | null;
  serviceStartedAt: string | null;
  waitMinutes: number | null;
  window: { id: string } | null;
}

const TICKET_FIELDS = /* GraphQL */ `
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
`;

export const DESK_QUERY = /* GraphQL */ `
  query WindowScreensDesk($period: Period!) {
    roster(period: $period) {
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
    tickets {
      ...WindowScreensTicket
    }
    queueDisplay {
      waiting
    }
  }
  ${TICKET_FIELDS}
`;
export interface DeskVariables extends Record<string, unknown> {
  period: { from: string; to: string };
}
export interface DeskResult {
  roster: DeskShift[];
  tickets: DeskTicket[];
  queueDisplay: { waiting: number };
}

export const CHECK_IN = /* GraphQL */ `
  mutation WindowScreensCheckIn($windowId: ID!) {
    checkIn(windowId: $windowId) {
      id
      checkedInAt
      attendance
    }
  }
`;

export const CHECK_OUT = /* GraphQL */ `
  mutation WindowScreensCheckOut($windowId: ID!) {
    checkOut(windowId: $windowId) {
      id
      checkedOutAt
    }
  }
`;

export const CALL_NEXT = /* GraphQL */ `
  mutation WindowScreensCallNext($windowId: ID!) {
    callNextTicket(windowId: $windowId) {
      ...WindowScreensTicket
    }
  }
  ${TICKET_FIELDS}
`;
export interface CallNextResult {
  callNextTicket: DeskTicket | null;
}

export const START_SERVICE = /* GraphQL */ `
  mutation WindowScreensStartService($ticketId: ID!) {
    startService(ticketId: $ticketId) {
      id
      status
    }
  }
`;

export const END_SERVICE = /* GraphQL */ `
  mutation WindowScreensEndService($ticketId: ID!) {
    endService(ticketId: $ticketId) {
      id
      status
    }
  }
`;

export const MARK_NO_SHOW = /* GraphQL */ `
  mutation WindowScreensNoShow($ticketId: ID!) {
    markNoShow(ticketId: $ticketId) {
      id
      status
    }
  }
`;
