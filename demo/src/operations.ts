// The operations the simulator sends through the gateway, with the shapes of their answers.

export const ON_DUTY = `query ($at: DateTime!) { onDuty(at: $at) { present window { id } staff { id } shift { checkedOutAt } } }`;
export interface OnDutyData {
  onDuty: Array<{ present: boolean; window: { id: string }; staff: { id: string }; shift: { checkedOutAt: string | null } }>;
}

export const QUEUE_DISPLAY = `{ queueDisplay { waiting } }`;
export interface QueueDisplayData {
  queueDisplay: { waiting: number };
}

export const ISSUE_TICKET = `mutation ($departmentId: ID!, $category: MatterCategory!) { issueTicket(departmentId: $departmentId, category: $category) { id number } }`;
export interface IssueTicketData {
  issueTicket: { id: string; number: string };
}

export const CHECK_IN = `mutation ($windowId: ID!) { checkIn(windowId: $windowId) { id } }`;

export const TICKETS = `query ($windowId: ID) { tickets(windowId: $windowId) { id number status } }`;
export interface TicketsData {
  tickets: Array<{ id: string; number: string; status: string }>;
}
export const CALL_NEXT = `mutation ($windowId: ID!) { callNextTicket(windowId: $windowId) { id number } }`;
export interface CallNextData {
  callNextTicket: { id: string; number: string } | null;
}
export const START_SERVICE = `mutation ($id: ID!) { startService(ticketId: $id) { id } }`;
export const END_SERVICE = `mutation ($id: ID!) { endService(ticketId: $id) { id } }`;
export const NO_SHOW = `mutation ($id: ID!) { markNoShow(ticketId: $id) { id } }`;

export const MATTERS = `query ($departmentId: ID!) { matters(filter: { departmentId: $departmentId }, first: 50) { id name kind status channels } }`;
export interface MatterRow {
  id: string;
  name: string;
  kind: string;
  status: string;
  channels: string[];
}
export interface MattersData {
  matters: MatterRow[];
}

export const REGISTER = `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id number status } }`;
export interface RegisterData {
  registerCase: { id: string; number: string; status: string };
}

export const CASES = `query ($filter: CaseFilter) { cases(filter: $filter, first: 20) { nodes { id number status version instant } } }`;
export interface CaseRow {
  id: string;
  number: string;
  status: string;
  version: number;
  instant: boolean;
}
export interface CasesData {
  cases: { nodes: CaseRow[] };
}

const MOVED = `{ id number status version }`;
export interface MovedCase {
  id: string;
  number: string;
  status: string;
  version: number;
}
export const ACCEPT = `mutation ($id: ID!, $v: Int!) { acceptCase(id: $id, expectedVersion: $v) ${MOVED} }`;
export const START_REVIEW = `mutation ($id: ID!, $v: Int!) { startReview(id: $id, expectedVersion: $v) ${MOVED} }`;
export const DECIDE = `mutation ($id: ID!, $v: Int!, $approved: Boolean!) { decideCase(id: $id, expectedVersion: $v, approved: $approved) ${MOVED} }`;
export const COMPLETE = `mutation ($id: ID!, $v: Int!) { completeCase(id: $id, expectedVersion: $v) ${MOVED} }`;
export const DELIVER = `mutation ($id: ID!, $v: Int!) { deliverCase(id: $id, expectedVersion: $v, method: PICKUP) ${MOVED} }`;

export const EVALUABLE = `query ($filter: CaseFilter) { cases(filter: $filter, first: 20) { nodes { id number evaluationCode evaluation { id } } } }`;
export interface EvaluableData {
  cases: { nodes: Array<{ id: string; number: string; evaluationCode: string | null; evaluation: { id: string } | null }> };
}
export const EVALUATE = `mutation ($input: EvaluateCaseInput!) { evaluateCase(input: $input) { id } }`;
export interface EvaluateData {
  evaluateCase: { id: string };
}

export const WARNING_CASES = `{ warningCases { id number warning escalations { level } } }`;
export interface WarningCasesData {
  warningCases: Array<{ id: string; number: string; warning: string; escalations: Array<{ level: string }> }> | null;
}
export const ESCALATE = `mutation ($id: ID!, $note: String!) { escalateCase(id: $id, note: $note) { id level } }`;
export interface EscalateData {
  escalateCase: { id: string; level: string };
}
