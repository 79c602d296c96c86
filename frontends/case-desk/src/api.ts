/** The case desk's gateway operations and the shapes they return. */

export type CaseStatus =
  | 'SUBMITTED'
  | 'SUPPLEMENT_REQUESTED'
  | 'RESUBMITTED'
  | 'ACCEPTED'
  | 'NOT_ACCEPTED'
  | 'REFERRED'
  | 'UNDER_REVIEW'
  | 'SUSPENDED'
  | 'APPROVED'
  | 'DENIED'
  | 'COMPLETED'
  | 'DELIVERED'
  | 'WITHDRAWN';

export const CASE_STATUSES: readonly CaseStatus[] = [
  'SUBMITTED',
  'SUPPLEMENT_REQUESTED',
  'RESUBMITTED',
  'ACCEPTED',
  'UNDER_REVIEW',
  'SUSPENDED',
  'APPROVED',
  'DENIED',
  'COMPLETED',
  'DELIVERED',
  'NOT_ACCEPTED',
  'REFERRED',
  'WITHDRAWN',
];

export type Warning = 'NONE' | 'PRE' | 'YELLOW' | 'RED';

export interface Named {
  id: string;
  name: string;
}

export interface CaseRow {
  id: string;
  number: string;
  status: CaseStatus;
  applicantName: string;
  submittedAt: string;
  acceptedAt: string | null;
  dueAt: string | null;
  pausedSince: string | null;
  warning: Warning;
  instant: boolean;
  version: number;
  matter: Named | null;
  matterSnapshot: { name: string } | null;
}

export interface CaseEvent {
  at: string;
  from: CaseStatus | null;
  to: CaseStatus;
  actorId: string | null;
  actorRole: string;
  reason: string | null;
  data: Record<string, unknown>;
}

export interface SupplementNotice {
  at: string;
  receivedMaterials: string[];
  missingMaterials: string[];
  note: string;
  repeat: boolean;
}

export interface CaseDetail extends CaseRow {
  applicantIdNumber: string;
  applicantPhone: string;
  completedAt: string | null;
  decidedAt: string | null;
  deliveredAt: string | null;
  /**
   * 一事一评: the case's evaluation code (16 Crockford base32 characters) and the public link carrying it; only the
   * handling department and the manager see them, and only once the case is completed or delivered.
   */
  evaluationCode: string | null;
  evaluationUrl: string | null;
  preWarningAt: string | null;
  supervisionDueAt: string | null;
  pausedWorkingDays: number;
  visits: number;
  repeatNotices: number;
  department: (Named & { shortName: string }) | null;
  referredTo: Named | null;
  firstOwner: Named | null;
  window: { id: string; number: string } | null;
  matterSnapshot: { name: string; code: string; version: number; kind: string; committedLimitDays: number; materials: string[] } | null;
  events: CaseEvent[];
  visitLog: Array<{ at: string; purpose: string }>;
  supplementNotices: SupplementNotice[];
}

export interface MatterOption {
  id: string;
  name: string;
  code: string;
  kind: 'INSTANT' | 'COMMITTED';
  committedLimitDays: number;
  materials: Array<{ name: string; required: boolean; condition: string | null }>;
}

const ROW_FIELDS = /* GraphQL */ `
  id
  number
  status
  applicantName
  submittedAt
  acceptedAt
  dueAt
  pausedSince
  warning
  instant
  version
  matter {
    id
    name
  }
  matterSnapshot {
    name
  }
`;

const DETAIL_FIELDS = /* GraphQL */ `
  ${ROW_FIELDS}
  applicantIdNumber
  applicantPhone
  completedAt
  decidedAt
  deliveredAt
  evaluationCode
  evaluationUrl
  preWarningAt
  supervisionDueAt
  pausedWorkingDays
  visits
  repeatNotices
  department {
    id
    name
    shortName
  }
  referredTo {
    id
    name
  }
  firstOwner {
    id
    name
  }
  window {
    id
    number
  }
  matterSnapshot {
    name
    code
    version
    kind
    committedLimitDays
    materials
  }
  events {
    at
    from
    to
    actorId
    actorRole
    reason
    data
  }
  visitLog {
    at
    purpose
  }
  supplementNotices {
    at
    receivedMaterials
    missingMaterials
    note
    repeat
  }
`;

export interface CasesResult {
  cases: { nodes: CaseRow[]; endCursor: string | null; hasNextPage: boolean };
}

export const CASES_QUERY = /* GraphQL */ `
  query CaseDeskCases($filter: CaseFilter, $first: Int, $after: String) {
    cases(filter: $filter, first: $first, after: $after) {
      nodes {
        ${ROW_FIELDS}
      }
      endCursor
      hasNextPage
    }
  }
`;

export const WARNING_CASES_QUERY = /* GraphQL */ `
  query CaseDeskWarnings {
    warningCases {
      ${ROW_FIELDS}
    }
  }
`;

export interface WarningCasesResult {
  warningCases: CaseRow[];
}

export interface CaseResult {
  case: CaseDetail | null;
}

export const CASE_QUERY = /* GraphQL */ `
  query CaseDeskCase($id: ID!) {
    case(id: $id) {
      ${DETAIL_FIELDS}
    }
  }
`;

export interface CalendarResult {
  calendar: Array<{ day: string; working: boolean }>;
}

export const CALENDAR_QUERY = /* GraphQL */ `
  query CaseDeskCalendar($from: Date!, $to: Date!) {
    calendar(from: $from, to: $to) {
      day
      working
    }
  }
`;

export interface MattersResult {
  matters: MatterOption[];
}

export const MATTERS_QUERY = /* GraphQL */ `
  query CaseDeskMatters($filter: MatterFilter) {
    matters(filter: $filter, first: 50) {
      id
      name
      code
      kind
      committedLimitDays
      materials {
        name
        required
        condition
      }
    }
  }
`;

export interface DepartmentsResult {
  departments: Array<Named & { shortName: string }>;
}

export const DEPARTMENTS_QUERY = /* GraphQL */ `
  query CaseDeskDepartments {
    departments {
      id
      name
      shortName
    }
  }
`;

/** One query naming every staff member of a trail at once (the duty subgraph answers `staffMember`). */
export function staffNamesQuery(count: number): string {
  const params = Array.from({ length: count }, (_, index) => `$s${index}: ID!`).join(', ');
  const fields = Array.from({ length: count }, (_, index) => `s${index}: staffMember(id: $s${index}) { id name }`).join('\n');
  return `query CaseDeskStaffNames(${params}) {\n${fields}\n}`;
}

export type StaffNamesResult = Record<string, Named | null>;

export interface RegisterInput {
  matterId: string;
  applicantName: string;
  applicantIdNumber: string;
  applicantPhone: string;
  online: boolean;
  completeOnTheSpot: boolean;
}

export const REGISTER_MUTATION = /* GraphQL */ `
  mutation CaseDeskRegister($input: RegisterCaseInput!) {
    registerCase(input: $input) {
      ${DETAIL_FIELDS}
    }
  }
`;

function transition(name: string, field: string, params: string, args: string): string {
  return /* GraphQL */ `
    mutation CaseDesk${name}($id: ID!, $expectedVersion: Int!${params}) {
      ${field}(id: $id, expectedVersion: $expectedVersion${args}) {
        ${DETAIL_FIELDS}
      }
    }
  `;
}

export const MUTATIONS = {
  supplement: transition(
    'Supplement',
    'requestSupplement',
    ', $receivedMaterials: [String!]!, $missingMaterials: [String!]!, $note: String!',
    ', receivedMaterials: $receivedMaterials, missingMaterials: $missingMaterials, note: $note',
  ),
  resubmit: transition('Resubmit', 'resubmitCase', ', $atWindow: Boolean!, $note: String', ', atWindow: $atWindow, note: $note'),
  accept: transition('Accept', 'acceptCase', ', $note: String', ', note: $note'),
  reject: transition(
    'Reject',
    'rejectCase',
    ', $reason: String!, $policyBasis: String!, $appealRoute: String!, $review: CollectiveReviewInput!',
    ', reason: $reason, policyBasis: $policyBasis, appealRoute: $appealRoute, review: $review',
  ),
  refer: transition('Refer', 'referCase', ', $toDepartmentId: ID!, $reason: String!', ', toDepartmentId: $toDepartmentId, reason: $reason'),
  startReview: transition('StartReview', 'startReview', ', $note: String', ', note: $note'),
  suspend: transition('Suspend', 'suspendCase', ', $reason: String!', ', reason: $reason'),
  resume: transition('Resume', 'resumeCase', ', $note: String', ', note: $note'),
  decide: transition('Decide', 'decideCase', ', $approved: Boolean!, $reason: String', ', approved: $approved, reason: $reason'),
  complete: transition('Complete', 'completeCase', ', $note: String', ', note: $note'),
  deliver: transition(
    'Deliver',
    'deliverCase',
    ', $method: DeliveryMethod!, $carrier: String, $trackingNumber: String',
    ', method: $method, carrier: $carrier, trackingNumber: $trackingNumber',
  ),
  withdraw: transition('Withdraw', 'withdrawCase', ', $reason: String!', ', reason: $reason'),
} as const;

export type MutationName = keyof typeof MUTATIONS;

/** Every transition answers with the moved case under its own field name. */
export type TransitionResult = Record<string, CaseDetail>;
