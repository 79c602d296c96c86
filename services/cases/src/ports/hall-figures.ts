import { authSecret, signToken, SUBGRAPH_CALL_TIMEOUT_MS, type Identity, type Period } from '@hall/service-kit';
import { z } from 'zod';
import { catalogUrlFromEnv } from './matters';
import { dutyUrlFromEnv } from './duty';

/** A department as the ranking needs it: its code orders ties (the gateway resolves the rest of it). */
export interface DepartmentEntry {
  id: string;
  code: string;
}

/** The month's submitted inspections of one window (the inspections subgraph's WindowInspectionRecord). */
export interface WindowInspectionFigures {
  windowId: string;
  inspections: number;
  findings: number;
  belowPassThreshold: number;
}

/** Per department over a period; a map is null when its subgraph did not answer. */
export interface DepartmentPeerFigures {
  /** DutyStats.attendanceRate (到岗率). */
  attendance: ReadonlyMap<string, number | null> | null;
  /** InspectionStats.averageScore (暗访得分, 0–100). */
  inspectionScore: ReadonlyMap<string, number | null> | null;
}

/** What the report reads of windows; each part is null when its subgraph did not answer. */
export interface WindowSignals {
  /** Windows with an unattended-window incident (空岗) in the month. */
  unattended: ReadonlySet<string> | null;
  /** Submitted inspections per window visited in the month … */
  month: readonly WindowInspectionFigures[] | null;
  /** … and over the trailing period the quiet-inspections rule looks at. */
  trailing: readonly WindowInspectionFigures[] | null;
}

/**
 * The port through which the cases subgraph reads the other subgraphs' figures for the ranking and the monthly report
 * (it never reads their tables). Every question is asked as the manager who asked the report: a one-minute manager
 * token signed with the hall's shared secret, so each subgraph applies its own access rule. A subgraph that does not
 * answer gives null, and the report says which ones are missing instead of failing whole.
 */
export interface HallFigures {
  /** Active departments, by code; null when the catalog did not answer. */
  departments(): Promise<DepartmentEntry[] | null>;
  departmentFigures(departmentIds: readonly string[], period: Period, asker: Identity): Promise<DepartmentPeerFigures>;
  windowSignals(month: Period, trailing: Period, asker: Identity): Promise<WindowSignals>;
}

export interface HallFiguresUrls {
  catalog: string;
  duty: string;
  inspections: string;
}

/** `INSPECTIONS_URL`, else the inspections subgraph on this host at `INSPECTIONS_PORT` (default 4004). */
export function inspectionsUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.INSPECTIONS_URL || `http://127.0.0.1:${env.INSPECTIONS_PORT || 4004}/graphql`;
}

const answerOf = <T extends z.ZodTypeAny>(data: T) => z.object({ data: data.nullish(), errors: z.array(z.unknown()).optional() });

/** One GraphQL request; anything but a complete answer without errors is null (the subgraph counts as not answering). */
async function ask<T extends z.ZodTypeAny>(url: string, query: string, variables: Record<string, unknown>, data: T, authorization?: string): Promise<z.infer<T> | null> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(SUBGRAPH_CALL_TIMEOUT_MS),
    });
    if (!response.ok) return null;
    const answer = answerOf(data).safeParse(await response.json());
    if (!answer.success || answer.data.errors?.length || answer.data.data == null) return null;
    return answer.data.data as z.infer<T>;
  } catch {
    return null;
  }
}

async function managerAuthorization(asker: Identity): Promise<string> {
  const token = await signToken({ sub: asker.userId ?? 'manager', role: 'manager', ...(asker.name ? { name: asker.name } : {}) }, authSecret(), '1m');
  return `Bearer ${token}`;
}

const DEPARTMENTS = `query CasesRankingDepartments { departments { id code } }`;
const departmentsData = z.object({ departments: z.array(z.object({ id: z.string(), code: z.string() })) });

const DUTY_FIGURES = `query CasesDutyFigures($r: [_Any!]!, $p: Period!) {
  _entities(representations: $r) { ... on Department { id dutyStats(period: $p) { attendanceRate } } }
}`;
const dutyData = z.object({ _entities: z.array(z.object({ id: z.string(), dutyStats: z.object({ attendanceRate: z.number().nullable() }).nullable() }).nullable()) });

const INSPECTION_FIGURES = `query CasesInspectionFigures($r: [_Any!]!, $p: Period!) {
  _entities(representations: $r) { ... on Department { id inspectionStats(period: $p) { averageScore } } }
}`;
const inspectionData = z.object({
  _entities: z.array(z.object({ id: z.string(), inspectionStats: z.object({ averageScore: z.number().nullable() }).nullable() }).nullable()),
});

const UNATTENDED = `query CasesUnattendedWindows($p: Period!) { unattendedIncidents(period: $p) { window { id } } }`;
const unattendedData = z.object({ unattendedIncidents: z.array(z.object({ window: z.object({ id: z.string() }) })) });

const WINDOW_RECORDS = `query CasesWindowInspections($month: Period!, $trailing: Period!) {
  month: windowInspectionRecords(period: $month) { window { id } inspections findings belowPassThreshold }
  trailing: windowInspectionRecords(period: $trailing) { window { id } inspections findings belowPassThreshold }
}`;
const windowRecord = z.object({ window: z.object({ id: z.string() }), inspections: z.number().int(), findings: z.number().int(), belowPassThreshold: z.number().int() });
const windowRecordsData = z.object({ month: z.array(windowRecord), trailing: z.array(windowRecord) });

function byId<T>(entities: ReadonlyArray<({ id: string } & T) | null>, pick: (entity: T) => number | null): Map<string, number | null> {
  return new Map(entities.filter((entity): entity is { id: string } & T => entity !== null).map((entity) => [entity.id, pick(entity)]));
}

const figuresOf = (record: z.infer<typeof windowRecord>): WindowInspectionFigures => ({
  windowId: record.window.id,
  inspections: record.inspections,
  findings: record.findings,
  belowPassThreshold: record.belowPassThreshold,
});

/** The real port: GraphQL requests to the catalog, duty and inspections subgraphs. */
export function hallFigures(
  urls: HallFiguresUrls = { catalog: catalogUrlFromEnv(), duty: dutyUrlFromEnv(), inspections: inspectionsUrlFromEnv() },
): HallFigures {
  return {
    async departments() {
      const data = await ask(urls.catalog, DEPARTMENTS, {}, departmentsData);
      return data?.departments.map((department) => ({ id: department.id, code: department.code })) ?? null;
    },

    async departmentFigures(departmentIds, period, asker) {
      if (departmentIds.length === 0) return { attendance: new Map(), inspectionScore: new Map() };
      const authorization = await managerAuthorization(asker);
      const variables = { r: departmentIds.map((id) => ({ __typename: 'Department', id })), p: period };
      const [duty, inspections] = await Promise.all([
        ask(urls.duty, DUTY_FIGURES, variables, dutyData, authorization),
        ask(urls.inspections, INSPECTION_FIGURES, variables, inspectionData, authorization),
      ]);
      return {
        attendance: duty ? byId(duty._entities, (entity) => entity.dutyStats?.attendanceRate ?? null) : null,
        inspectionScore: inspections ? byId(inspections._entities, (entity) => entity.inspectionStats?.averageScore ?? null) : null,
      };
    },

    async windowSignals(month, trailing, asker) {
      const authorization = await managerAuthorization(asker);
      const [unattended, records] = await Promise.all([
        ask(urls.duty, UNATTENDED, { p: month }, unattendedData, authorization),
        ask(urls.inspections, WINDOW_RECORDS, { month, trailing }, windowRecordsData, authorization),
      ]);
      return {
        unattended: unattended ? new Set(unattended.unattendedIncidents.map((incident) => incident.window.id)) : null,
        month: records?.month.map(figuresOf) ?? null,
        trailing: records?.trailing.map(figuresOf) ?? null,
      };
    },
  };
}
