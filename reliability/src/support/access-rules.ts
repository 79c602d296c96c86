import type { ServiceName } from '@hall/db';
import pg from 'pg';
import type { RoleKey } from './identities';

/**
 * Who may see what, type by type (issue 13 item 3): a nested object never reveals more than its type's own top-level
 * query would to the same asker. Derived from each subgraph's `schema.graphql` descriptions, its resolvers' rules
 * (cases/src/domain/privacy.ts, duty/src/domain/access.ts, inspections/src/data/confidentiality.ts, catalog/src/domain/rules.ts), the
 * authorization matrix and PRODUCT.md's "Security and data rules". Types not listed are public (Window, Ticket, …) or
 * parts of the record that holds them (CaseEvent, Finding, Evidence, …), checked through that record.
 */

export interface Viewer {
  key: RoleKey;
  role: 'public' | 'staff' | 'dept_admin' | 'supervisor' | 'manager';
  departmentId?: string;
  staffId?: string;
  supervisorId?: string;
}

/** What a rule needs to know of a record, read from its service's database (not from the answer being judged). */
export interface Facts {
  departmentIds: readonly string[];
  staffId?: string;
  supervisorIds?: readonly string[];
  status?: string;
}

export type Who = (viewer: Viewer, facts: Facts) => boolean;

const manager: Who = (viewer) => viewer.role === 'manager';
const supervisor: Who = (viewer) => viewer.role === 'supervisor';
const signedIn: Who = (viewer) => viewer.role !== 'public';
/** Staff and admins of the record's department (privacy.ts seesApplicantInFull, kit canActForDepartment). */
const departmentPeople: Who = (viewer, facts) =>
  (viewer.role === 'staff' || viewer.role === 'dept_admin') && !!viewer.departmentId && facts.departmentIds.includes(viewer.departmentId);
const departmentAdmin: Who = (viewer, facts) =>
  viewer.role === 'dept_admin' && !!viewer.departmentId && facts.departmentIds.includes(viewer.departmentId);
const theStaffMember: Who = (viewer, facts) => viewer.role === 'staff' && !!viewer.staffId && viewer.staffId === facts.staffId;
const theSupervisor: Who = (viewer, facts) =>
  viewer.role === 'supervisor' && !!viewer.supervisorId && (facts.supervisorIds ?? []).includes(viewer.supervisorId);
const any =
  (...rules: Who[]): Who =>
  (viewer, facts) =>
    rules.some((rule) => rule(viewer, facts));

/** The tables a type's facts come from. */
export type FactSource =
  | 'case'
  | 'evaluation'
  | 'complaint'
  | 'escalation'
  | 'matter'
  | 'department'
  | 'staff'
  | 'window'
  | 'shift'
  | 'swapRequest'
  | 'unattendedIncident'
  | 'inspection'
  | 'plan'
  | 'rectification'
  | 'appeal'
  | 'supervisor'
  | 'none';

export interface TypeRule {
  /** The subgraph that owns the type's records (a leak is counted against it). */
  service: ServiceName;
  facts: FactSource;
  /** Who may see an object of the type at all; everybody else gets null, nothing, or FORBIDDEN. Absent: anyone. */
  visible?: Who;
  /** Fields shown in full only to `Who`; the others get null or a masked value (with `*`). */
  masked?: Record<string, Who>;
  /** Fields with a value only for `Who`; the others get null, an empty list or FORBIDDEN. */
  restricted?: Record<string, Who>;
  /** Where the rule is written. */
  source: string;
}

const caseViewers = any(manager, departmentPeople);

export const ACCESS_RULES: Record<string, TypeRule> = {
  Case: {
    service: 'cases',
    facts: 'case',
    visible: caseViewers,
    masked: { applicantName: departmentPeople, applicantIdNumber: departmentPeople, applicantPhone: departmentPeople },
    restricted: { evaluationCode: caseViewers, evaluationUrl: caseViewers },
    source: 'Query.case (F A F A F A); Case.applicant* "masked except for staff of the handling department"; contract.md evaluation codes',
  },
  Evaluation: {
    service: 'cases',
    facts: 'evaluation',
    visible: any(manager, departmentPeople),
    restricted: {
      actions: any(manager, departmentPeople),
      history: any(manager, departmentPeople),
      appeal: any(manager, departmentPeople),
      tags: any(manager, departmentPeople),
      comment: any(manager, departmentPeople),
      callbackNote: any(manager, departmentPeople),
    },
    source:
      'Query.badReviews: the manager all, a department its own; Evaluation.actions, history, appeal, tags (and the comment, the callback note): the department concerned and the manager',
  },
  Escalation: {
    service: 'cases',
    facts: 'escalation',
    visible: any(manager, departmentPeople),
    source: 'Query.escalations: the manager all, a department its cases\' only; Case.escalations: as the case',
  },
  Complaint: {
    service: 'cases',
    facts: 'complaint',
    visible: any(manager, departmentPeople),
    masked: { complainantName: manager, complainantPhone: manager },
    source: 'Query.complaints: the manager all, a department its assigned ones; complainant* "masked except for the manager"',
  },
  ReferralFlag: { service: 'cases', facts: 'none', visible: manager, source: 'Query.referralFlags: manager only' },
  ServiceRecord: { service: 'cases', facts: 'none', visible: manager, source: 'Query.serviceRecords: manager only' },
  Recognition: { service: 'cases', facts: 'none', visible: manager, source: 'Query.recognitions: manager only' },
  MonthlyReport: { service: 'cases', facts: 'none', visible: manager, source: 'Query.monthlyReport: manager only' },
  DepartmentRanking: { service: 'cases', facts: 'none', visible: manager, source: 'Query.departmentRanking: manager only' },
  RankedDepartment: { service: 'cases', facts: 'none', visible: manager, source: 'DepartmentRanking.entries: manager only' },
  RecognitionCandidate: { service: 'cases', facts: 'none', visible: manager, source: 'MonthlyReport.candidates: manager only' },
  IntegrityFlag: { service: 'cases', facts: 'none', visible: manager, source: 'MonthlyReport.flags: manager only' },
  ReportRules: { service: 'cases', facts: 'none', visible: manager, source: 'Query.reportRules: manager only' },
  VisitEpisode: { service: 'cases', facts: 'none', visible: manager, source: 'Query.visitEpisodes: manager only' },
  WindowInspectionRecord: { service: 'inspections', facts: 'none', visible: manager, source: 'Query.windowInspectionRecords: manager only' },
  Matter: {
    service: 'catalog',
    facts: 'matter',
    visible: (viewer, facts) => facts.status !== 'DRAFT' || any(manager, departmentAdmin)(viewer, facts),
    restricted: { changes: any(manager, departmentAdmin) },
    source: 'catalog rules.ts canSeeMatter (drafts for their editors), canReadChanges',
  },
  Department: {
    service: 'catalog',
    facts: 'department',
    restricted: {
      changes: any(manager, departmentAdmin),
      caseStats: any(manager, departmentPeople),
      evaluationStats: any(manager, departmentPeople),
      dutyStats: any(manager, departmentAdmin),
      inspectionStats: any(manager, departmentPeople),
    },
    source: 'Department.changes, caseStats, evaluationStats, dutyStats, inspectionStats descriptions',
  },
  Staff: {
    service: 'duty',
    facts: 'staff',
    restricted: {
      employeeNo: signedIn,
      postedSince: signedIn,
      shifts: any(manager, departmentAdmin, theStaffMember),
      dutyStats: any(manager, departmentAdmin, theStaffMember),
      queueStats: any(manager, departmentAdmin, theStaffMember),
    },
    source: 'Staff: "the public sees the badge only"; shifts/dutyStats/queueStats: the person, their admins, the manager',
  },
  Window: {
    service: 'duty',
    facts: 'window',
    restricted: { queueStats: any(manager, departmentAdmin), inspectionStats: signedIn },
    source: 'Window.queueStats: the manager and the admins of a department it serves; Window.inspectionStats not public',
  },
  Shift: {
    service: 'duty',
    facts: 'shift',
    visible: any(manager, supervisor, departmentAdmin, theStaffMember),
    source: 'Query.roster: staff their own shifts, admins their department, supervisors and the manager all, the public none',
  },
  SwapRequest: {
    service: 'duty',
    facts: 'swapRequest',
    visible: any(manager, departmentAdmin),
    source: 'Query.swapRequest(s): department admins their own, the manager all',
  },
  UnattendedIncident: {
    service: 'duty',
    facts: 'unattendedIncident',
    visible: any(manager, departmentAdmin),
    source: 'Query.unattendedIncidents: the manager and department admins (their department)',
  },
  Inspection: {
    service: 'inspections',
    facts: 'inspection',
    visible: (viewer, facts) => manager(viewer, facts) || theSupervisor(viewer, facts) || (departmentPeople(viewer, facts) && facts.status === 'SUBMITTED'),
    restricted: { supervisor: any(manager, theSupervisor), plan: any(manager, theSupervisor) },
    source: 'Inspection: "the manager every one, a supervisor their own, a department only its own once submitted, the public none"',
  },
  InspectionPlan: {
    service: 'inspections',
    facts: 'plan',
    visible: any(manager, theSupervisor),
    restricted: { seed: manager, windows: manager, inputs: manager, reproducible: manager },
    source: 'InspectionPlan: the manager and the supervisors assigned in it; seed, windows, inputs, reproducible manager only',
  },
  Rectification: {
    service: 'inspections',
    facts: 'rectification',
    visible: any(manager, supervisor, departmentPeople),
    source: 'Query.rectifications: manager all, supervisors all, a department its own, the public none',
  },
  Appeal: {
    service: 'inspections',
    facts: 'appeal',
    visible: any(manager, departmentPeople),
    source: 'Query.appeals (F A A A F A): the manager all, a department its own',
  },
  Supervisor: {
    service: 'inspections',
    facts: 'supervisor',
    visible: any(manager, theSupervisor),
    source: 'Supervisor: "seen by the manager and by the supervisor themself"',
  },
  ChecklistTemplate: { service: 'inspections', facts: 'none', visible: signedIn, source: 'Query.checklistTemplates: not public' },
  InspectionSettings: { service: 'inspections', facts: 'none', visible: signedIn, source: 'Query.inspectionSettings: not public' },
};

/**
 * Mutations whose payload is the caller's own new record (the public's evaluation, the public's complaint): the payload
 * object itself may be shown to its author; its fields and everything nested in it still follow the rules.
 */
export const OWN_PAYLOAD = new Set(['cases.Mutation.evaluateCase', 'cases.Mutation.fileComplaint']);

/** A null, an empty list or an absent value shows nothing. */
export function showsNothing(value: unknown): boolean {
  return value === null || value === undefined || (Array.isArray(value) && value.length === 0);
}

export function isMasked(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.includes('*'));
}

/** Reads records' facts from each service's database, reloading a table when an id is not known yet. */
export class FactOracle {
  private readonly clients = new Map<ServiceName, Promise<pg.Client>>();
  /** Ids a table was reloaded for once already (a record that does not exist is not looked for again). */
  private readonly reloadedFor = new Set<string>();
  private readonly tables = new Map<Exclude<FactSource, 'none' | 'department' | 'supervisor'>, Map<string, Facts>>();

  constructor(private readonly databaseUrls: Record<ServiceName, string>) {}

  async close(): Promise<void> {
    await Promise.all([...this.clients.values()].map(async (client) => (await client).end()));
  }

  private async query<T extends pg.QueryResultRow>(service: ServiceName, sql: string): Promise<T[]> {
    let client = this.clients.get(service);
    if (!client) {
      const opened = new pg.Client({ connectionString: this.databaseUrls[service] });
      client = opened.connect().then(() => opened);
      this.clients.set(service, client);
    }
    return (await (await client).query<T>(sql)).rows;
  }

  private async load(source: Exclude<FactSource, 'none' | 'department' | 'supervisor'>): Promise<Map<string, Facts>> {
    type Row = { id: string; department_id: string | null; staff_id?: string | null; supervisor_id?: string | null; status?: string };
    const byId = (rows: Row[]) =>
      new Map(
        rows.map((row) => [
          row.id,
          {
            departmentIds: row.department_id ? [row.department_id] : [],
            ...(row.staff_id ? { staffId: row.staff_id } : {}),
            ...(row.supervisor_id ? { supervisorIds: [row.supervisor_id] } : {}),
            ...(row.status ? { status: row.status } : {}),
          },
        ]),
      );
    switch (source) {
      case 'case':
        return byId(await this.query<Row>('cases', 'SELECT id, department_id FROM cases.cases'));
      case 'evaluation':
        return byId(await this.query<Row>('cases', 'SELECT id, department_id FROM cases.evaluations'));
      case 'complaint':
        return byId(await this.query<Row>('cases', 'SELECT id, department_id FROM cases.complaints'));
      case 'escalation':
        return byId(await this.query<Row>('cases', 'SELECT e.id, c.department_id FROM cases.escalations e JOIN cases.cases c ON c.id = e.case_id'));
      case 'matter':
        return byId(await this.query<Row>('catalog', 'SELECT id, department_id, status::text AS status FROM catalog.matters'));
      case 'staff':
        return byId(await this.query<Row>('duty', 'SELECT id, department_id, id AS staff_id FROM duty.staff'));
      case 'shift':
        return byId(
          await this.query<Row>('duty', 'SELECT s.id, st.department_id, s.staff_id FROM duty.shifts s JOIN duty.staff st ON st.id = s.staff_id'),
        );
      case 'swapRequest':
        return byId(await this.query<Row>('duty', 'SELECT id, department_id FROM duty.swap_requests'));
      case 'unattendedIncident':
        return byId(await this.query<Row>('duty', 'SELECT id, department_id FROM duty.unattended_incidents'));
      case 'window': {
        const rows = await this.query<{ id: string; department_id: string | null }>(
          'duty',
          'SELECT w.id, wd.department_id FROM duty.windows w LEFT JOIN duty.window_departments wd ON wd.window_id = w.id',
        );
        const windows = new Map<string, Facts>();
        for (const row of rows) {
          const known = windows.get(row.id)?.departmentIds ?? [];
          windows.set(row.id, { departmentIds: row.department_id ? [...known, row.department_id] : known });
        }
        return windows;
      }
      case 'inspection':
        return byId(
          await this.query<Row>('inspections', 'SELECT id, department_id, supervisor_id, status::text AS status FROM inspections.inspections'),
        );
      case 'plan': {
        const rows = await this.query<{ id: string; supervisor_id: string | null }>(
          'inspections',
          'SELECT p.id, i.supervisor_id FROM inspections.plans p LEFT JOIN inspections.inspections i ON i.plan_id = p.id',
        );
        const plans = new Map<string, Facts>();
        for (const row of rows) {
          const known = plans.get(row.id)?.supervisorIds ?? [];
          plans.set(row.id, { departmentIds: [], supervisorIds: row.supervisor_id ? [...known, row.supervisor_id] : known });
        }
        return plans;
      }
      case 'rectification':
        return byId(await this.query<Row>('inspections', 'SELECT id, department_id FROM inspections.rectifications'));
      case 'appeal':
        return byId(await this.query<Row>('inspections', 'SELECT id, department_id FROM inspections.appeals'));
    }
  }

  /** Drops what was read: records may have changed since. */
  forget(): void {
    this.tables.clear();
    this.reloadedFor.clear();
  }

  /** The facts of a record, or null when no such record exists (or the object carries no id). */
  async factsOf(source: FactSource, id: unknown): Promise<Facts | null> {
    if (source === 'none') return { departmentIds: [] };
    if (typeof id !== 'string') return null;
    if (source === 'department') return { departmentIds: [id] };
    if (source === 'supervisor') return { departmentIds: [], supervisorIds: [id] };
    let table = this.tables.get(source);
    if (!table || (!table.has(id) && !this.reloadedFor.has(`${source}:${id}`))) {
      this.reloadedFor.add(`${source}:${id}`);
      table = await this.load(source);
      this.tables.set(source, table);
    }
    return table.get(id) ?? null;
  }
}

export interface Leak {
  /** `Type` (an object the role may not see) or `Type.field` (a field shown unmasked or in full). */
  what: string;
  /** The field shown (absent when the object itself should not have been). */
  field?: string;
  path: string;
  detail: string;
}

/**
 * Judges one object against its type's rule. `ownPayload`: the object is the payload of a mutation in OWN_PAYLOAD,
 * shown to its author (its fields are still judged).
 */
export async function judge(
  object: { type: string; value: Record<string, unknown>; path: string },
  viewer: Viewer,
  oracle: FactOracle,
  ownPayload: boolean,
): Promise<{ leaks: Leak[]; unknown: string | null }> {
  const rule = ACCESS_RULES[object.type];
  if (!rule) return { leaks: [], unknown: null };
  const facts = await oracle.factsOf(rule.facts, object.value.id);
  if (!facts) return { leaks: [], unknown: `${object.type} ${String(object.value.id)} at ${object.path}: no such record in ${rule.service}` };
  const leaks: Leak[] = [];
  if (rule.visible && !ownPayload && !rule.visible(viewer, facts)) {
    const shown = Object.keys(object.value).filter((key) => key !== '__typename' && !showsNothing(object.value[key]));
    leaks.push({ what: object.type, path: object.path, detail: `a ${object.type} shown to ${viewer.key} (${shown.join(', ')})` });
  }
  for (const [field, who] of Object.entries(rule.masked ?? {})) {
    if (field in object.value && !who(viewer, facts) && !isMasked(object.value[field])) {
      leaks.push({ what: `${object.type}.${field}`, field, path: `${object.path}.${field}`, detail: `unmasked for ${viewer.key}` });
    }
  }
  for (const [field, who] of Object.entries(rule.restricted ?? {})) {
    if (field in object.value && !who(viewer, facts) && !showsNothing(object.value[field])) {
      leaks.push({
        what: `${object.type}.${field}`,
        field,
        path: `${object.path}.${field}`,
        detail: `shown to ${viewer.key}: ${JSON.stringify(object.value[field]).slice(0, 120)}`,
      });
    }
  }
  return { leaks, unknown: null };
}
