/** The dashboard's one gateway query (it crosses all four subgraphs) and the shapes it returns. */

export interface Period {
  from: string;
  to: string;
}

export interface CaseStats {
  accepted: number;
  completed: number;
  completionRate: number | null;
  completedOnTime: number;
  onTimeRate: number | null;
  instantCount: number;
  oneVisitRate: number | null;
  twoVisitRate: number | null;
  threeVisitRate: number | null;
  preWarnings: number;
  yellowCards: number;
  redCards: number;
}

export interface EvaluationStats {
  total: number;
  byLevel: Array<{ level: number; count: number }>;
  satisfactionRate: number | null;
  goodRate: number | null;
  badRate: number | null;
  evaluationRate: number | null;
}

export interface DutyStats {
  shifts: number;
  attended: number;
  attendanceRate: number | null;
  late: number;
  absent: number;
  unattendedIncidents: number;
}

export interface InspectionStats {
  inspections: number;
  averageScore: number | null;
  findings: number;
  openRectifications: number;
  overdueRectifications: number;
}

export interface QueueStats {
  tickets: number;
  served: number;
  noShows: number;
  averageWaitMinutes: number | null;
  p90WaitMinutes: number | null;
  averageServiceMinutes: number | null;
  waitsAboveServiceLevel: number;
  serviceLevelMinutes: number;
}

export interface DepartmentRow {
  id: string;
  code: string;
  name: string;
  shortName: string;
  caseStats: CaseStats | null;
  evaluationStats: EvaluationStats | null;
  dutyStats: DutyStats | null;
  inspectionStats: InspectionStats | null;
}

export type WarningLevel = 'NONE' | 'PRE' | 'YELLOW' | 'RED';

export interface WarningCase {
  id: string;
  number: string;
  status: string;
  warning: WarningLevel;
  dueAt: string | null;
  supervisionDueAt: string | null;
  department: { id: string; shortName: string } | null;
  matter: { id: string; name: string } | null;
}

export interface OpenRectification {
  id: string;
  status: 'OPEN' | 'RESPONDED' | 'VERIFIED' | 'CANCELLED';
  overdue: boolean;
  dueOn: string;
  openedAt: string;
  belowThreshold: boolean;
  department: { id: string; shortName: string } | null;
  window: { id: string; number: string; name: string } | null;
}

export interface EmptyWindow {
  id: string;
  date: string;
  half: 'MORNING' | 'AFTERNOON';
  since: string;
  window: { id: string; number: string; name: string };
  staff: { id: string; name: string };
}

export interface ReferralFlag {
  kind: 'LOOP' | 'THIRD_HANDOFF';
  cases: Array<{ id: string; number: string }>;
  departments: Array<{ id: string; shortName: string } | null>;
}

export interface DailyCasePoint {
  day: string;
  accepted: number;
  completed: number;
  warnings: number;
}

export interface HourlyWait {
  hour: number;
  tickets: number;
  averageWaitMinutes: number | null;
}

export interface RankingWeights {
  completion: number;
  onTime: number;
  satisfaction: number;
  attendance: number;
  inspection: number;
}

/** Every field is nullable: a subgraph that is down nulls only its own fields (ADR 0003). */
export interface DashboardData {
  caseStats: CaseStats | null;
  evaluationStats: EvaluationStats | null;
  dutyStats: DutyStats | null;
  queueStats: QueueStats | null;
  inspectionStats: InspectionStats | null;
  departments: DepartmentRow[] | null;
  warningCases: WarningCase[] | null;
  rectifications: OpenRectification[] | null;
  unattendedIncidents: EmptyWindow[] | null;
  referralFlags: ReferralFlag[] | null;
  dailyCaseSeries: DailyCasePoint[] | null;
  queueWaitsByHour: HourlyWait[] | null;
  rankingWeights: RankingWeights | null;
}

export interface DashboardVariables extends Record<string, unknown> {
  period: Period;
  today: Period;
}

const CASE_STATS = /* GraphQL */ `
  fragment DashboardCaseStats on CaseStats {
    accepted
    completed
    completionRate
    completedOnTime
    onTimeRate
    instantCount
    oneVisitRate
    twoVisitRate
    threeVisitRate
    preWarnings
    yellowCards
    redCards
  }
`;

const EVALUATION_STATS = /* GraphQL */ `
  fragment DashboardEvaluationStats on EvaluationStats {
    total
    byLevel {
      level
      count
    }
    satisfactionRate
    goodRate
    badRate
    evaluationRate
  }
`;

const DUTY_STATS = /* GraphQL */ `
  fragment DashboardDutyStats on DutyStats {
    shifts
    attended
    attendanceRate
    late
    absent
    unattendedIncidents
  }
`;

const INSPECTION_STATS = /* GraphQL */ `
  fragment DashboardInspectionStats on InspectionStats {
    inspections
    averageScore
    findings
    openRectifications
    overdueRectifications
  }
`;

export const DASHBOARD_QUERY = /* GraphQL */ `
  query Dashboard($period: Period!, $today: Period!) {
    caseStats(period: $period) {
      ...DashboardCaseStats
    }
    evaluationStats(period: $period) {
      ...DashboardEvaluationStats
    }
    dutyStats(period: $period) {
      ...DashboardDutyStats
    }
    queueStats(period: $period) {
      tickets
      served
      noShows
      averageWaitMinutes
      p90WaitMinutes
      averageServiceMinutes
      waitsAboveServiceLevel
      serviceLevelMinutes
    }
    inspectionStats(period: $period) {
      ...DashboardInspectionStats
    }
    departments {
      id
      code
      name
      shortName
      caseStats(period: $period) {
        ...DashboardCaseStats
      }
      evaluationStats(period: $period) {
        ...DashboardEvaluationStats
      }
      dutyStats(period: $period) {
        ...DashboardDutyStats
      }
      inspectionStats(period: $period) {
        ...DashboardInspectionStats
      }
    }
    warningCases {
      id
      number
      status
      warning
      dueAt
      supervisionDueAt
      department {
        id
        shortName
      }
      matter {
        id
        name
      }
    }
    rectifications {
      id
      status
      overdue
      dueOn
      openedAt
      belowThreshold
      department {
        id
        shortName
      }
      window {
        id
        number
        name
      }
    }
    unattendedIncidents(period: $today) {
      id
      date
      half
      since
      window {
        id
        number
        name
      }
      staff {
        id
        name
      }
    }
    referralFlags {
      kind
      cases {
        id
        number
      }
      departments {
        id
        shortName
      }
    }
    dailyCaseSeries(period: $period) {
      day
      accepted
      completed
      warnings
    }
    queueWaitsByHour(period: $period) {
      hour
      tickets
      averageWaitMinutes
    }
    rankingWeights {
      completion
      onTime
      satisfaction
      attendance
      inspection
    }
  }
  ${CASE_STATS}
  ${EVALUATION_STATS}
  ${DUTY_STATS}
  ${INSPECTION_STATS}
`;
