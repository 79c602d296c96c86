import { graphql } from '../gql';
import type { WindowScreensKioskQuery, WindowScreensKioskTicketFragment } from '../gql/graphql';

export const KioskQuery = graphql(`
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
`);

export const KioskTicketFields = graphql(`
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
`);

export const IssueTicketMutation = graphql(`
  mutation WindowScreensIssueTicket($departmentId: ID!, $category: MatterCategory!) {
    issueTicket(departmentId: $departmentId, category: $category) {
      ...WindowScreensKioskTicket
    }
  }
`);

export type KioskOption = WindowScreensKioskQuery['queueKiosk'][number];
export type KioskTicket = WindowScreensKioskTicketFragment;
