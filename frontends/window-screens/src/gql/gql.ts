/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query WindowScreensQueueDisplay {\n    hallSettings {\n      timeZone\n    }\n    queueDisplay {\n      date\n      waiting\n      calls {\n        ticketNumber\n        calledAt\n        window {\n          id\n          number\n          name\n        }\n        staff {\n          name\n        }\n      }\n    }\n  }\n": typeof types.WindowScreensQueueDisplayDocument,
    "\n  query WindowScreensKiosk {\n    hallSettings {\n      timeZone\n    }\n    queueKiosk {\n      category\n      waiting\n      department {\n        id\n        name\n        hallZone\n      }\n    }\n  }\n": typeof types.WindowScreensKioskDocument,
    "\n  fragment WindowScreensKioskTicket on Ticket {\n    id\n    number\n    date\n    category\n    issuedAt\n    ahead\n    department {\n      id\n      name\n      hallZone\n    }\n  }\n": typeof types.WindowScreensKioskTicketFragmentDoc,
    "\n  mutation WindowScreensIssueTicket($departmentId: ID!, $category: MatterCategory!) {\n    issueTicket(departmentId: $departmentId, category: $category) {\n      ...WindowScreensKioskTicket\n    }\n  }\n": typeof types.WindowScreensIssueTicketDocument,
    "\n  query WindowScreensSettings {\n    hallSettings {\n      timeZone\n      checkInOpensMinutes\n    }\n  }\n": typeof types.WindowScreensSettingsDocument,
    "\n  fragment WindowScreensShift on Shift {\n    id\n    date\n    period\n    startsAt\n    endsAt\n    checkedInAt\n    checkedOutAt\n    attendance\n    window {\n      id\n      number\n      name\n      hallZone\n    }\n    staff {\n      id\n      name\n      employeeNo\n      post\n      partyMember\n      photoUrl\n      department {\n        id\n        name\n      }\n    }\n  }\n": typeof types.WindowScreensShiftFragmentDoc,
    "\n  fragment WindowScreensTicket on Ticket {\n    id\n    number\n    category\n    status\n    issuedAt\n    calledAt\n    serviceStartedAt\n    waitMinutes\n    window {\n      id\n    }\n  }\n": typeof types.WindowScreensTicketFragmentDoc,
    "\n  query WindowScreensDesk($period: Period!) {\n    roster(period: $period) {\n      ...WindowScreensShift\n    }\n    tickets {\n      ...WindowScreensTicket\n    }\n    queueDisplay {\n      waiting\n    }\n  }\n": typeof types.WindowScreensDeskDocument,
    "\n  mutation WindowScreensCheckIn($windowId: ID!) {\n    checkIn(windowId: $windowId) {\n      id\n      checkedInAt\n      attendance\n    }\n  }\n": typeof types.WindowScreensCheckInDocument,
    "\n  mutation WindowScreensCheckOut($windowId: ID!) {\n    checkOut(windowId: $windowId) {\n      id\n      checkedOutAt\n    }\n  }\n": typeof types.WindowScreensCheckOutDocument,
    "\n  mutation WindowScreensCallNext($windowId: ID!) {\n    callNextTicket(windowId: $windowId) {\n      ...WindowScreensTicket\n    }\n  }\n": typeof types.WindowScreensCallNextDocument,
    "\n  mutation WindowScreensStartService($ticketId: ID!) {\n    startService(ticketId: $ticketId) {\n      id\n      status\n    }\n  }\n": typeof types.WindowScreensStartServiceDocument,
    "\n  mutation WindowScreensEndService($ticketId: ID!) {\n    endService(ticketId: $ticketId) {\n      id\n      status\n    }\n  }\n": typeof types.WindowScreensEndServiceDocument,
    "\n  mutation WindowScreensNoShow($ticketId: ID!) {\n    markNoShow(ticketId: $ticketId) {\n      id\n      status\n    }\n  }\n": typeof types.WindowScreensNoShowDocument,
};
const documents: Documents = {
    "\n  query WindowScreensQueueDisplay {\n    hallSettings {\n      timeZone\n    }\n    queueDisplay {\n      date\n      waiting\n      calls {\n        ticketNumber\n        calledAt\n        window {\n          id\n          number\n          name\n        }\n        staff {\n          name\n        }\n      }\n    }\n  }\n": types.WindowScreensQueueDisplayDocument,
    "\n  query WindowScreensKiosk {\n    hallSettings {\n      timeZone\n    }\n    queueKiosk {\n      category\n      waiting\n      department {\n        id\n        name\n        hallZone\n      }\n    }\n  }\n": types.WindowScreensKioskDocument,
    "\n  fragment WindowScreensKioskTicket on Ticket {\n    id\n    number\n    date\n    category\n    issuedAt\n    ahead\n    department {\n      id\n      name\n      hallZone\n    }\n  }\n": types.WindowScreensKioskTicketFragmentDoc,
    "\n  mutation WindowScreensIssueTicket($departmentId: ID!, $category: MatterCategory!) {\n    issueTicket(departmentId: $departmentId, category: $category) {\n      ...WindowScreensKioskTicket\n    }\n  }\n": types.WindowScreensIssueTicketDocument,
    "\n  query WindowScreensSettings {\n    hallSettings {\n      timeZone\n      checkInOpensMinutes\n    }\n  }\n": types.WindowScreensSettingsDocument,
    "\n  fragment WindowScreensShift on Shift {\n    id\n    date\n    period\n    startsAt\n    endsAt\n    checkedInAt\n    checkedOutAt\n    attendance\n    window {\n      id\n      number\n      name\n      hallZone\n    }\n    staff {\n      id\n      name\n      employeeNo\n      post\n      partyMember\n      photoUrl\n      department {\n        id\n        name\n      }\n    }\n  }\n": types.WindowScreensShiftFragmentDoc,
    "\n  fragment WindowScreensTicket on Ticket {\n    id\n    number\n    category\n    status\n    issuedAt\n    calledAt\n    serviceStartedAt\n    waitMinutes\n    window {\n      id\n    }\n  }\n": types.WindowScreensTicketFragmentDoc,
    "\n  query WindowScreensDesk($period: Period!) {\n    roster(period: $period) {\n      ...WindowScreensShift\n    }\n    tickets {\n      ...WindowScreensTicket\n    }\n    queueDisplay {\n      waiting\n    }\n  }\n": types.WindowScreensDeskDocument,
    "\n  mutation WindowScreensCheckIn($windowId: ID!) {\n    checkIn(windowId: $windowId) {\n      id\n      checkedInAt\n      attendance\n    }\n  }\n": types.WindowScreensCheckInDocument,
    "\n  mutation WindowScreensCheckOut($windowId: ID!) {\n    checkOut(windowId: $windowId) {\n      id\n      checkedOutAt\n    }\n  }\n": types.WindowScreensCheckOutDocument,
    "\n  mutation WindowScreensCallNext($windowId: ID!) {\n    callNextTicket(windowId: $windowId) {\n      ...WindowScreensTicket\n    }\n  }\n": types.WindowScreensCallNextDocument,
    "\n  mutation WindowScreensStartService($ticketId: ID!) {\n    startService(ticketId: $ticketId) {\n      id\n      status\n    }\n  }\n": types.WindowScreensStartServiceDocument,
    "\n  mutation WindowScreensEndService($ticketId: ID!) {\n    endService(ticketId: $ticketId) {\n      id\n      status\n    }\n  }\n": types.WindowScreensEndServiceDocument,
    "\n  mutation WindowScreensNoShow($ticketId: ID!) {\n    markNoShow(ticketId: $ticketId) {\n      id\n      status\n    }\n  }\n": types.WindowScreensNoShowDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WindowScreensQueueDisplay {\n    hallSettings {\n      timeZone\n    }\n    queueDisplay {\n      date\n      waiting\n      calls {\n        ticketNumber\n        calledAt\n        window {\n          id\n          number\n          name\n        }\n        staff {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WindowScreensQueueDisplayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WindowScreensKiosk {\n    hallSettings {\n      timeZone\n    }\n    queueKiosk {\n      category\n      waiting\n      department {\n        id\n        name\n        hallZone\n      }\n    }\n  }\n"): typeof import('./graphql').WindowScreensKioskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WindowScreensKioskTicket on Ticket {\n    id\n    number\n    date\n    category\n    issuedAt\n    ahead\n    department {\n      id\n      name\n      hallZone\n    }\n  }\n"): typeof import('./graphql').WindowScreensKioskTicketFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WindowScreensIssueTicket($departmentId: ID!, $category: MatterCategory!) {\n    issueTicket(departmentId: $departmentId, category: $category) {\n      ...WindowScreensKioskTicket\n    }\n  }\n"): typeof import('./graphql').WindowScreensIssueTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WindowScreensSettings {\n    hallSettings {\n      timeZone\n      checkInOpensMinutes\n    }\n  }\n"): typeof import('./graphql').WindowScreensSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WindowScreensShift on Shift {\n    id\n    date\n    period\n    startsAt\n    endsAt\n    checkedInAt\n    checkedOutAt\n    attendance\n    window {\n      id\n      number\n      name\n      hallZone\n    }\n    staff {\n      id\n      name\n      employeeNo\n      post\n      partyMember\n      photoUrl\n      department {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').WindowScreensShiftFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WindowScreensTicket on Ticket {\n    id\n    number\n    category\n    status\n    issuedAt\n    calledAt\n    serviceStartedAt\n    waitMinutes\n    window {\n      id\n    }\n  }\n"): typeof import('./graphql').WindowScreensTicketFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WindowScreensDesk($period: Period!) {\n    roster(period: $period) {\n      ...WindowScreensShift\n    }\n    tickets {\n      ...WindowScreensTicket\n    }\n    queueDisplay {\n      waiting\n    }\n  }\n"): typeof import('./graphql').WindowScreensDeskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WindowScreensCheckIn($windowId: ID!) {\n    checkIn(windowId: $windowId) {\n      id\n      checkedInAt\n      attendance\n    }\n  }\n"): typeof import('./graphql').WindowScreensCheckInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WindowScreensCheckOut($windowId: ID!) {\n    checkOut(windowId: $windowId) {\n      id\n      checkedOutAt\n    }\n  }\n"): typeof import('./graphql').WindowScreensCheckOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WindowScreensCallNext($windowId: ID!) {\n    callNextTicket(windowId: $windowId) {\n      ...WindowScreensTicket\n    }\n  }\n"): typeof import('./graphql').WindowScreensCallNextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WindowScreensStartService($ticketId: ID!) {\n    startService(ticketId: $ticketId) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').WindowScreensStartServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WindowScreensEndService($ticketId: ID!) {\n    endService(ticketId: $ticketId) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').WindowScreensEndServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WindowScreensNoShow($ticketId: ID!) {\n    markNoShow(ticketId: $ticketId) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').WindowScreensNoShowDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
