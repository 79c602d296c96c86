/** The supervision office's gateway operations and the shapes they return. */

export type InspectionStatus = 'PLANNED' | 'DRAFT' | 'SUBMITTED';
export type RectificationStatus = 'OPEN' | 'RESPONDED' | 'VERIFIED' | 'CANCELLED';
export type AppealStatus = 'PENDING' | 'UPHELD' | 'OVERTURNED';
export type { EvidenceKind } from '@hall/styleguide';
import type { EvidenceKind } from '@hall/styleguide';

export interface EvidenceFile {
  id: string;
  kind: EvidenceKind;
  mimeType: string;
  fileName: string;
  size: number;
  contentBase64: string;
}

export interface WindowRef {
  id: string;
  number: string;
  name: string;
}

export interface Finding {
  id: string;
  description: string;
  comment: string | null;
  serious: boolean;
  counts: boolean;
  appeal: { id: string; status: AppealStatus; reason: string; decisionNote: string | null } | null;
}

const EVIDENCE = /* GraphQL */ `
  fragment SupervisionEvidence on Evidence {
    id
    kind
    mimeType
    fileName
    size
    contentBase64
  }
`;

const FINDING = /* GraphQL */ `
  fragment SupervisionFinding on Finding {
    id
    description
    comment
    serious
    counts
    appeal {
      id
      status
      reason
      decisionNote
    }
  }
`;

export interface PlanVisit {
  id: string;
  status: InspectionStatus;
  plannedFor: string;
  score: number | null;
  window: WindowRef | null;
  department: { id: string; name: string } | null;
  supervisor: { id: string; name: string } | null;
}

export interface Plan {
  id: string;
  name: string;
  from: string;
  to: string;
  seed: string | null;
  reproducible: boolean | null;
  createdAt: string;
  template: { name: string; version: number };
  inspections: PlanVisit[];
}

const PLAN = /* GraphQL */ `
  fragment SupervisionPlan on InspectionPlan {
    id
    name
    from
    to
    seed
    reproducible
    createdAt
    template {
      name
      version
    }
    inspections {
      id
      status
      plannedFor
      score
      window {
        id
        number
        name
      }
      department {
        id
        name
      }
      supervisor {
        id
        name
      }
    }
  }
`;

export const PLANS_QUERY = /* GraphQL */ `
  query SupervisionPlans {
    inspectionPlans {
      ...SupervisionPlan
    }
  }
  ${PLAN}
`;
export interface PlansResult {
  inspectionPlans: Plan[];
}

export interface WindowOption extends WindowRef {
  hallZone: string;
  active: boolean;
  departments: Array<{ id: string; name: string }>;
}

export const WINDOWS_QUERY = /* GraphQL */ `
  query SupervisionWindows {
    windows {
      id
      number
      name
      hallZone
      active
      departments {
        id
        name
      }
    }
  }
`;
export interface WindowsResult {
  windows: WindowOption[];
}

export interface PlanInput {
  name: string;
  period: { from: string; to: string };
  windows: Array<{ windowId: string; departmentIds: string[] }>;
  visits?: number;
  seed?: string;
}

export const CREATE_PLAN = /* GraphQL */ `
  mutation SupervisionCreatePlan($input: InspectionPlanInput!) {
    createInspectionPlan(input: $input) {
      ...SupervisionPlan
    }
  }
  ${PLAN}
`;
export interface CreatePlanResult {
  createInspectionPlan: Plan;
}

export interface SubmittedInspection {
  id: string;
  plannedFor: string;
  visitedAt: string | null;
  submittedAt: string | null;
  score: number | null;
  scenario: string | null;
  window: WindowRef | null;
  department: { id: string; name: string } | null;
  supervisor: { id: string; name: string } | null;
  staff: { id: string; name: string } | null;
  findings: Finding[];
  evidence: EvidenceFile[];
  rectification: { id: string; status: RectificationStatus; dueOn: string; overdue: boolean } | null;
}

export const RESULTS_QUERY = /* GraphQL */ `
  query SupervisionResults {
    inspections(status: SUBMITTED) {
      id
      plannedFor
      visitedAt
      submittedAt
      score
      scenario
      window {
        id
        number
        name
      }
      department {
        id
        name
      }
      supervisor {
        id
        name
      }
      staff {
        id
        name
      }
      findings {
        ...SupervisionFinding
      }
      evidence {
        ...SupervisionEvidence
      }
      rectification {
        id
        status
        dueOn
        overdue
      }
    }
    inspectionSettings {
      passThreshold
    }
  }
  ${FINDING}
  ${EVIDENCE}
`;
export interface ResultsResult {
  inspections: SubmittedInspection[];
  inspectionSettings: { passThreshold: number };
}

export interface Rectification {
  id: string;
  status: RectificationStatus;
  belowThreshold: boolean;
  dueOn: string;
  overdue: boolean;
  response: string | null;
  respondedAt: string | null;
  openedAt: string;
  closedAt: string | null;
  department: { id: string; name: string } | null;
  window: WindowRef | null;
  seriousFindings: Finding[];
  evidence: EvidenceFile[];
  events: Array<{ from: RectificationStatus | null; to: RectificationStatus; actorRole: string; note: string | null; dueOn: string | null; at: string }>;
  inspection: { id: string; visitedAt: string | null; submittedAt: string | null; score: number | null; findings: Finding[] } | null;
}

const RECTIFICATION = /* GraphQL */ `
  fragment SupervisionRectification on Rectification {
    id
    status
    belowThreshold
    dueOn
    overdue
    response
    respondedAt
    openedAt
    closedAt
    department {
      id
      name
    }
    window {
      id
      number
      name
    }
    seriousFindings {
      ...SupervisionFinding
    }
    evidence {
      ...SupervisionEvidence
    }
    events {
      from
      to
      actorRole
      note
      dueOn
      at
    }
    inspection {
      id
      visitedAt
      submittedAt
      score
      findings {
        ...SupervisionFinding
      }
    }
  }
  ${FINDING}
  ${EVIDENCE}
`;

export const RECTIFICATIONS_QUERY = /* GraphQL */ `
  query SupervisionRectifications {
    rectifications {
      ...SupervisionRectification
    }
    inspectionSettings {
      appealDays
    }
  }
  ${RECTIFICATION}
`;
export interface RectificationsResult {
  /** Nullable at the subgraph boundary (one outage does not blank the page). */
  rectifications: Rectification[] | null;
  inspectionSettings: { appealDays: number };
}

export const RESPOND = /* GraphQL */ `
  mutation SupervisionRespond($id: ID!, $input: RectificationResponseInput!) {
    respondToRectification(id: $id, input: $input) {
      id
      status
    }
  }
`;

export const VERIFY = /* GraphQL */ `
  mutation SupervisionVerify($id: ID!, $note: String) {
    verifyRectification(id: $id, note: $note) {
      id
      status
    }
  }
`;

export const REOPEN = /* GraphQL */ `
  mutation SupervisionReopen($id: ID!, $reason: String!) {
    reopenRectification(id: $id, reason: $reason) {
      id
      status
      dueOn
    }
  }
`;

export const APPEAL = /* GraphQL */ `
  mutation SupervisionAppeal($findingId: ID!, $reason: String!) {
    appealFinding(findingId: $findingId, reason: $reason) {
      id
      status
    }
  }
`;

export interface Appeal {
  id: string;
  reason: string;
  status: AppealStatus;
  decisionNote: string | null;
  filedAt: string;
  decidedAt: string | null;
  finding: { id: string; description: string; comment: string | null; serious: boolean };
}

export const APPEALS_QUERY = /* GraphQL */ `
  query SupervisionAppeals {
    inspections(status: SUBMITTED) {
      id
      submittedAt
      window {
        id
        number
        name
      }
      department {
        id
        name
      }
      findings {
        id
      }
    }
    appeals {
      id
      reason
      status
      decisionNote
      filedAt
      decidedAt
      finding {
        id
        description
        comment
        serious
      }
    }
  }
`;
export interface AppealsResult {
  /** Appeal names no inspection: the submitted inspections tell where each finding was made. */
  inspections: Array<{ id: string; submittedAt: string | null; window: WindowRef | null; department: { id: string; name: string } | null; findings: Array<{ id: string }> }>;
  appeals: Appeal[];
}

export const DECIDE_APPEAL = /* GraphQL */ `
  mutation SupervisionDecideAppeal($id: ID!, $decision: AppealDecision!, $note: String!) {
    decideAppeal(id: $id, decision: $decision, note: $note) {
      id
      status
    }
  }
`;
