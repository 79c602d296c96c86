import { graphql } from '../gql';
import type { WindowScreensShiftFragment, WindowScreensTicketFragment } from '../gql/graphql';

export const DeskSettingsQuery = graphql(`
  query WindowScreensSettings {
    hallSettings {
      timeZone
      checkInOpensMinutes
    }
  }
`);

export const ShiftFields = graphql(`
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
`);

export const TicketFields = graphql(`
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
`);

export const DeskQuery = graphql(`
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
`);

export const CheckInMutation = graphql(`
  mutation WindowScreensCheckIn($windowId: ID!) {
    checkIn(windowId: $windowId) {
      id
      checkedInAt
      attendance
    }
  }
`);

export const CheckOutMutation = graphql(`
  mutation WindowScreensCheckOut($windowId: ID!) {
    checkOut(windowId: $windowId) {
      id
      checkedOutAt
    }
  }
`);

export const CallNextMutation = graphql(`
  mutation WindowScreensCallNext($windowId: ID!) {
    callNextTicket(windowId: $windowId) {
      ...WindowScreensTicket
    }
  }
`);

export const StartServiceMutation = graphql(`
  mutation WindowScreensStartService($ticketId: ID!) {
    startService(ticketId: $ticketId) {
      id
      status
    }
  }
`);

export const EndServiceMutation = graphql(`
  mutation WindowScreensEndService($ticketId: ID!) {
    endService(ticketId: $ticketId) {
      id
      status
    }
  }
`);

export const NoShowMutation = graphql(`
  mutation WindowScreensNoShow($ticketId: ID!) {
    markNoShow(ticketId: $ticketId) {
      id
      status
    }
  }
`);

export type DeskShift = WindowScreensShiftFragment;
export type DeskTicket = WindowScreensTicketFragment;
