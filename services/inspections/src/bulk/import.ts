import { randomUUID } from 'node:crypto';
import {
  BulkImportRefused,
  batchesOf,
  copyRows,
  inTransaction,
  PgArray,
  pipelined,
  tallyRows,
  type BulkSource,
  type CopyValue,
  type Database,
} from '@hall/db';
import { uuidSchema } from '@hall/service-kit';
import type { InspectionsTables } from '../db/schema';
import { answerProblems, itemsOf, scoreOf, type ChecklistItem, type ChecklistSection, type ItemOutcome } from '../domain/checklist';
import { addWorkingDays, hallTimeZone, isWorkingDay, localDay } from '../domain/days';
import { supervisorInputSchema } from '../resolvers/inputs';

/**
 * The inspections subgraph's bulk import path (issue 8): supervisors, and historical inspections with their item
 * results, findings, rectification orders (with their append-only trail) and appeals, written with COPY in batches.
 * The importer gives what happened (answers, times, who responded and verified, appeals); the score, the findings and
 * whether an order opens, its due day and a cancellation after an overturned appeal follow the subgraph's own rules
 * (README) against the stored checklist and settings. Each batch is validated first and written in one transaction, all
 * or nothing; a refused batch writes nothing and stops the import (earlier batches stay). No evidence files.
 */

export interface BulkSupervisor {
  id: string;
  name: string;
  affiliation: string;
  phone: string;
  termStart: string;
  termEnd: string;
  tiedDepartmentIds: string[];
  active?: boolean;
}

/** A user of the platform acting on an order: the manager, a supervisor (with their supervisor id) or a department admin. */
export type BulkActor =
  | { role: 'manager'; userId: string | null }
  | { role: 'supervisor'; userId: string | null; supervisorId: string }
  | { role: 'dept_admin'; userId: string | null };

/** How far an order opened at submission got: still open, responded by the department, or verified. */
export type BulkRectificationProgress =
  | { status: 'OPEN' }
  | { status: 'RESPONDED'; response: string; respondedAt: Date; respondedBy: BulkActor }
  | {
      status: 'VERIFIED';
      response: string;
      respondedAt: Date;
      respondedBy: BulkActor;
      verifiedAt: Date;
      verifiedBy: BulkActor;
      note: string | null;
    };

export interface BulkAppeal {
  /** The failed item whose finding is appealed. */
  itemKey: string;
  reason: string;
  filedAt: Date;
  decision?: { status: 'UPHELD' | 'OVERTURNED'; note: string; decidedAt: Date; by: BulkActor } | null;
}

export interface BulkInspection {
  id: string;
  windowId: string;
  departmentId: string;
  supervisorId: string;
  plannedFor: string;
  status: 'PLANNED' | 'DRAFT' | 'SUBMITTED';
  staffId?: string | null;
  scenario?: string | null;
  visitedAt?: Date | null;
  submittedAt?: Date | null;
  /** The supervisor's user id, recorded on the order's opening event. */
  submittedBy?: string | null;
  /** Every item for a submitted inspection; any for a draft; none for a planned one. */
  results?: ItemOutcome[];
  /** Only when the rules open an order (below the pass threshold or a serious finding); OPEN when absent. */
  rectification?: BulkRectificationProgress;
  appeals?: BulkAppeal[];
}

export interface BulkImportOptions {
  /** Inspections (or supervisors) per transaction; default 1,000. */
  batchSize?: number;
  /** The checklist version inspections are recorded against; default: the newest stored version. */
  templateId?: string;
  /** Nothing may happen after this instant; default: now. */
  now?: Date;
  timeZone?: string;
}

export interface BulkImportResult {
  /** Rows written per table (`inspections.<table>`). */
  rows: Record<string, number>;
}

type CopyRow = readonly CopyValue[];

/** Imports supervisors (active unless said otherwise), validated like `createSupervisor`. */
export async function importSupervisors(
  database: Database<InspectionsTables>,
  source: BulkSource<BulkSupervisor>,
  options: Pick<BulkImportOptions, 'batchSize'> = {},
): Promise<BulkImportResult> {
  const rows: Record<string, number> = { 'inspections.supervisors': 0 };
  const seen = new Set<string>();
  let index = 0;
  for await (const batch of batchesOf(source, options.batchSize ?? 1_000)) {
    const first = index;
    const valid = batch.map((record) => {
      const current = index++;
      const parsed = supervisorInputSchema.safeParse(record);
      const problems = parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.') || 'record'}: ${issue.message}`);
      if (!uuidSchema.safeParse(record.id).success) problems.push('id: not a UUID');
      if (!record.termStart || !record.termEnd) problems.push('termStart, termEnd: a supervisor’s term is required');
      if (seen.has(record.id)) problems.push('id: imported twice');
      if (problems.length > 0) throw new BulkImportRefused(current, problems);
      seen.add(record.id);
      return record;
    });
    await inTransaction(database.pool, async (client) => {
      const taken = await client.query<{ id: string }>('SELECT id FROM inspections.supervisors WHERE id = ANY($1::uuid[]) LIMIT 1', [
        valid.map((s) => s.id),
      ]);
      const clash = taken.rows[0];
      if (clash) throw new BulkImportRefused(first + valid.findIndex((s) => s.id === clash.id), ['id: the supervisor already exists']);
      tallyRows(
        rows,
        'inspections.supervisors',
        await copyRows(
          client,
          {
            table: 'inspections.supervisors',
            columns: ['id', 'name', 'affiliation', 'phone', 'term_start', 'term_end', 'tied_department_ids', 'active'],
          },
          valid.map((s) => [
            s.id,
            s.name,
            s.affiliation,
            s.phone,
            s.termStart,
            s.termEnd,
            new PgArray(s.tiedDepartmentIds),
            s.active ?? true,
          ]),
        ),
      );
    });
  }
  return { rows };
}

interface SupervisorFacts {
  termStart: string;
  termEnd: string;
  tied: Set<string>;
}

interface Settings {
  passThreshold: number;
  rectificationDueWorkingDays: number;
  appealDays: number;
}

/** Everything an inspection becomes: its rows in every table. */
interface Planned {
  inspection: CopyRow;
  submitted: boolean;
  results: CopyRow[];
  findings: CopyRow[];
  rectification: CopyRow | null;
  events: CopyRow[];
  amendments: CopyRow[];
  appeals: CopyRow[];
}

const DAY_MS = 86_400_000;

function actorOf(actor: BulkActor): [string, string | null] {
  return [actor.role, actor.userId];
}

/** Turns one record into its rows, or the list of what is wrong with it. */
function planInspection(
  record: BulkInspection,
  context: {
    sections: ChecklistSection[];
    items: Map<string, ChecklistItem>;
    settings: Settings;
    supervisors: Map<string, SupervisorFacts>;
    templateId: string;
    now: Date;
    timeZone: string;
  },
): Planned | string[] {
  const problems: string[] = [];
  if (!['PLANNED', 'DRAFT', 'SUBMITTED'].includes(record.status)) problems.push('status: PLANNED, DRAFT or SUBMITTED');
  for (const field of ['id', 'windowId', 'departmentId', 'supervisorId'] as const) {
    if (!uuidSchema.safeParse(record[field]).success) problems.push(`${field}: not a UUID`);
  }
  if (record.staffId && !uuidSchema.safeParse(record.staffId).success) problems.push('staffId: not a UUID');
  if (problems.length > 0) return problems;
  const supervisor = context.supervisors.get(record.supervisorId);
  if (!supervisor) return ['supervisorId: unknown supervisor'];
  // The confidentiality rule of the planner: never a department the supervisor is tied to, and only within the term.
  if (supervisor.tied.has(record.departmentId)) problems.push('supervisorId: the supervisor is tied to the inspected department');
  if (record.plannedFor < supervisor.termStart || record.plannedFor > supervisor.termEnd)
    problems.push('plannedFor: outside the supervisor’s term');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(record.plannedFor) || !isWorkingDay(record.plannedFor)) problems.push('plannedFor: not a working day');
  const results = record.results ?? [];
  const { now, timeZone, settings } = context;
  const later = (at: Date | null | undefined) => !!at && at.getTime() > now.getTime();
  if (later(record.visitedAt) || later(record.submittedAt)) problems.push('visitedAt, submittedAt: in the future');

  const inspectionRow = (status: string, score: number | null): CopyRow => [
    record.id,
    record.windowId,
    record.departmentId,
    record.supervisorId,
    record.plannedFor,
    record.visitedAt ?? null,
    score,
    status,
    null,
    context.templateId,
    record.staffId ?? null,
    record.scenario ?? null,
    record.status === 'SUBMITTED' ? (record.submittedAt ?? null) : null,
  ];
  const resultRows = results.map((result): CopyRow => [record.id, result.itemKey, result.outcome, result.comment]);
  const empty = { findings: [], rectification: null, events: [], amendments: [], appeals: [] };

  if (record.status !== 'SUBMITTED') {
    if (record.status === 'PLANNED' && (results.length > 0 || record.visitedAt))
      problems.push('a planned inspection has no answers and no visit yet');
    if (record.status === 'DRAFT') problems.push(...answerProblems(context.sections, results, false));
    if (record.submittedAt || record.rectification || record.appeals?.length)
      problems.push('only a submitted inspection has a submission, an order or appeals');
    return problems.length > 0
      ? problems
      : { inspection: inspectionRow(record.status, null), submitted: false, results: resultRows, ...empty };
  }

  const { visitedAt, submittedAt } = record;
  if (!visitedAt || !submittedAt) return [...problems, 'visitedAt, submittedAt: a submitted inspection has both'];
  if (submittedAt < visitedAt) problems.push('submittedAt: before the visit');
  problems.push(...answerProblems(context.sections, results, true));
  const score = problems.length > 0 ? null : scoreOf(context.sections, results);
  if (problems.length > 0 || score === null)
    return problems.length > 0 ? problems : ['results: no checklist item applies: nothing to score'];

  const outcomes = new Map(results.map((result) => [result.itemKey, result]));
  const failed = itemsOf(context.sections).filter((item) => outcomes.get(item.key)?.outcome === 'FAIL');
  const findingIds = new Map(failed.map((item) => [item.key, randomUUID()]));
  const findingRows = failed.map((item, position): CopyRow => [
    findingIds.get(item.key),
    record.id,
    position,
    item.text,
    item.key,
    outcomes.get(item.key)?.comment ?? null,
    item.serious,
  ]);
  const seriousIds = failed.filter((item) => item.serious).map((item) => findingIds.get(item.key) as string);
  const belowThreshold = score < settings.passThreshold;
  const opens = belowThreshold || seriousIds.length > 0;
  const progress = record.rectification ?? (opens ? { status: 'OPEN' as const } : null);
  if (progress && !opens) return ['rectification: the inspection opens no order (score at or above the threshold, no serious finding)'];

  // The order's life: opening, then what the importer says happened, then what overturned appeals do to it.
  const orderId = randomUUID();
  const dueOn = addWorkingDays(localDay(submittedAt, timeZone), settings.rectificationDueWorkingDays);
  type Event = { from: string | null; to: string; at: Date; actor: [string, string | null]; note: string | null; dueOn: string | null };
  const events: Event[] = [];
  let status = 'OPEN';
  let response: string | null = null;
  let respondedAt: Date | null = null;
  let closedAt: Date | null = null;
  if (progress) {
    events.push({
      from: null,
      to: 'OPEN',
      at: submittedAt,
      actor: ['supervisor', record.submittedBy ?? null],
      note: belowThreshold ? `score ${score} below ${settings.passThreshold}` : 'serious finding',
      dueOn,
    });
    if (progress.status !== 'OPEN') {
      if (progress.respondedAt < submittedAt || later(progress.respondedAt))
        problems.push('rectification.respondedAt: before submission or in the future');
      if (progress.respondedBy.role !== 'dept_admin') problems.push('rectification.respondedBy: the department’s admin responds');
      status = 'RESPONDED';
      response = progress.response;
      respondedAt = progress.respondedAt;
      events.push({
        from: 'OPEN',
        to: 'RESPONDED',
        at: progress.respondedAt,
        actor: actorOf(progress.respondedBy),
        note: progress.response,
        dueOn: null,
      });
    }
    if (progress.status === 'VERIFIED') {
      const verifier = progress.verifiedBy;
      if (verifier.role === 'dept_admin') problems.push('rectification.verifiedBy: the manager or a supervisor verifies');
      if (verifier.role === 'supervisor' && verifier.supervisorId === record.supervisorId) {
        problems.push('rectification.verifiedBy: verified by a different supervisor than the one who found it');
      }
      if (progress.verifiedAt < progress.respondedAt || later(progress.verifiedAt))
        problems.push('rectification.verifiedAt: before the response or in the future');
      status = 'VERIFIED';
      closedAt = progress.verifiedAt;
      events.push({
        from: 'RESPONDED',
        to: 'VERIFIED',
        at: progress.verifiedAt,
        actor: actorOf(verifier),
        note: progress.note,
        dueOn: null,
      });
    }
  }

  const appealRows: CopyRow[] = [];
  const amendmentRows: CopyRow[] = [];
  const appealed = new Set<string>();
  const passed: ItemOutcome[] = [];
  const overturnedSerious = new Set<string>();
  const decided = [...(record.appeals ?? [])].sort(
    (a, b) => (a.decision?.decidedAt.getTime() ?? Infinity) - (b.decision?.decidedAt.getTime() ?? Infinity),
  );
  let currentScore = score;
  for (const appeal of decided) {
    const findingId = findingIds.get(appeal.itemKey);
    if (!findingId) {
      problems.push(`appeals: item ${appeal.itemKey} is not a finding of this inspection`);
      continue;
    }
    if (appealed.has(appeal.itemKey)) problems.push(`appeals: item ${appeal.itemKey} appealed twice`);
    appealed.add(appeal.itemKey);
    if (
      appeal.filedAt < submittedAt ||
      appeal.filedAt.getTime() - submittedAt.getTime() > settings.appealDays * DAY_MS ||
      later(appeal.filedAt)
    ) {
      problems.push(`appeals: filed outside the ${settings.appealDays} days after submission`);
    }
    const decision = appeal.decision ?? null;
    if (decision && (decision.decidedAt < appeal.filedAt || later(decision.decidedAt) || decision.by.role !== 'manager')) {
      problems.push('appeals: decided by the manager, after filing and not in the future');
    }
    appealRows.push([
      randomUUID(),
      findingId,
      record.id,
      record.departmentId,
      appeal.reason,
      decision?.status ?? 'PENDING',
      decision?.note ?? null,
      appeal.filedAt,
      decision?.decidedAt ?? null,
    ]);
    if (decision?.status !== 'OVERTURNED') continue;
    // As `decideAppeal`: an amendment passes the item (the score follows), and an open order without a remaining reason is cancelled.
    const change = { itemKey: appeal.itemKey, outcome: 'PASS' as const, comment: `申诉成立：${decision.note}` };
    passed.push(change);
    const amended = new Map(outcomes);
    for (const item of passed) amended.set(item.itemKey, item);
    currentScore = scoreOf(context.sections, [...amended.values()]) ?? currentScore;
    amendmentRows.push([
      randomUUID(),
      record.id,
      `appeal overturned: ${decision.note}`,
      [change],
      currentScore,
      decision.by.userId,
      decision.decidedAt,
    ]);
    if (context.items.get(appeal.itemKey)?.serious) overturnedSerious.add(findingId);
    const statusThen = events.filter((event) => event.at <= decision.decidedAt).at(-1)?.to ?? null;
    if (!progress || (statusThen !== 'OPEN' && statusThen !== 'RESPONDED')) continue;
    const stillBelow = belowThreshold && currentScore < settings.passThreshold;
    const stillSerious = seriousIds.some((id) => !overturnedSerious.has(id));
    if (stillBelow || stillSerious) continue;
    if (events.some((event) => event.at > decision.decidedAt)) {
      problems.push('rectification: the order was cancelled by an overturned appeal before what followed');
      continue;
    }
    events.push({
      from: statusThen,
      to: 'CANCELLED',
      at: decision.decidedAt,
      actor: actorOf(decision.by),
      note: `appeal overturned: ${decision.note}`,
      dueOn: null,
    });
    status = 'CANCELLED';
    closedAt = decision.decidedAt;
  }
  if (problems.length > 0) return problems;

  return {
    // Written as a draft and submitted once its answers are in: item results are refused under a submitted inspection.
    inspection: inspectionRow('DRAFT', score),
    submitted: true,
    results: resultRows,
    findings: findingRows,
    rectification: progress
      ? [
          orderId,
          record.id,
          record.departmentId,
          record.windowId,
          record.supervisorId,
          belowThreshold,
          new PgArray(seriousIds),
          status,
          dueOn,
          response,
          respondedAt,
          submittedAt,
          closedAt,
        ]
      : null,
    events: events.map((event) => [
      randomUUID(),
      orderId,
      event.from,
      event.to,
      event.actor[0],
      event.actor[1],
      event.note,
      event.dueOn,
      event.at,
    ]),
    amendments: amendmentRows,
    appeals: appealRows,
  };
}

const TARGETS = {
  inspections: {
    table: 'inspections.inspections',
    columns: [
      'id',
      'window_id',
      'department_id',
      'supervisor_id',
      'planned_for',
      'visited_at',
      'score',
      'status',
      'plan_id',
      'template_id',
      'staff_id',
      'scenario',
      'submitted_at',
    ],
  },
  results: { table: 'inspections.item_results', columns: ['inspection_id', 'item_key', 'outcome', 'comment'] },
  findings: {
    table: 'inspections.findings',
    columns: ['id', 'inspection_id', 'position', 'description', 'item_key', 'comment', 'serious'],
  },
  rectifications: {
    table: 'inspections.rectifications',
    columns: [
      'id',
      'inspection_id',
      'department_id',
      'window_id',
      'found_by',
      'below_threshold',
      'serious_finding_ids',
      'status',
      'due_on',
      'response',
      'responded_at',
      'opened_at',
      'closed_at',
    ],
  },
  events: {
    table: 'inspections.rectification_events',
    columns: ['id', 'rectification_id', 'from_status', 'to_status', 'actor_role', 'actor_id', 'note', 'due_on', 'at'],
  },
  amendments: { table: 'inspections.amendments', columns: ['id', 'inspection_id', 'reason', 'changes', 'score', 'actor_id', 'created_at'] },
  appeals: {
    table: 'inspections.appeals',
    columns: ['id', 'finding_id', 'inspection_id', 'department_id', 'reason', 'status', 'decision_note', 'filed_at', 'decided_at'],
  },
} as const;

/**
 * Imports inspections (historical submitted ones, drafts, planned visits) against one checklist version. Supervisors
 * must already be stored; ids must be new.
 */
export async function importInspections(
  database: Database<InspectionsTables>,
  source: BulkSource<BulkInspection>,
  options: BulkImportOptions = {},
): Promise<BulkImportResult> {
  const now = options.now ?? new Date();
  const timeZone = options.timeZone ?? hallTimeZone();
  const [template] = (
    await database.pool.query<{ id: string; sections: ChecklistSection[] }>(
      options.templateId
        ? 'SELECT id, sections FROM inspections.checklist_templates WHERE id = $1'
        : 'SELECT id, sections FROM inspections.checklist_templates ORDER BY version DESC LIMIT 1',
      options.templateId ? [options.templateId] : [],
    )
  ).rows;
  if (!template) throw new Error('no checklist template: run the subgraph’s seedDefaults first');
  const settingsRow = (
    await database.pool.query<Settings>(
      'SELECT pass_threshold AS "passThreshold", rectification_due_working_days AS "rectificationDueWorkingDays", appeal_days AS "appealDays" FROM inspections.settings WHERE id = 1',
    )
  ).rows[0];
  const supervisorRows = await database.pool.query<{ id: string; term_start: string; term_end: string; tied: string[] }>(
    `SELECT id, to_char(term_start, 'YYYY-MM-DD') AS term_start, to_char(term_end, 'YYYY-MM-DD') AS term_end, tied_department_ids::text[] AS tied FROM inspections.supervisors`,
  );
  const context = {
    sections: template.sections,
    items: new Map(itemsOf(template.sections).map((item) => [item.key, item])),
    settings: settingsRow ?? { passThreshold: 85, rectificationDueWorkingDays: 10, appealDays: 7 },
    supervisors: new Map(
      supervisorRows.rows.map((row) => [row.id, { termStart: row.term_start, termEnd: row.term_end, tied: new Set(row.tied) }]),
    ),
    templateId: template.id,
    now,
    timeZone,
  };
  const rows: Record<string, number> = Object.fromEntries(Object.values(TARGETS).map((target) => [target.table, 0]));
  const seen = new Set<string>();
  const write = (batch: BulkInspection[], planned: Planned[], first: number) =>
    inTransaction(database.pool, async (client) => {
      const ids = batch.map((record) => record.id);
      const taken = await client.query<{ id: string }>('SELECT id FROM inspections.inspections WHERE id = ANY($1::uuid[]) LIMIT 1', [ids]);
      const clash = taken.rows[0];
      if (clash) throw new BulkImportRefused(first + ids.indexOf(clash.id), ['id: the inspection already exists']);
      const copy = async (target: (typeof TARGETS)[keyof typeof TARGETS], values: CopyRow[]) => {
        if (values.length > 0) tallyRows(rows, target.table, await copyRows(client, target, values));
      };
      await copy(
        TARGETS.inspections,
        planned.map((plan) => plan.inspection),
      );
      await copy(
        TARGETS.results,
        planned.flatMap((plan) => plan.results),
      );
      const submitted = batch.filter((_, offset) => planned[offset]?.submitted).map((record) => record.id);
      if (submitted.length > 0) {
        await client.query(`UPDATE inspections.inspections SET status = 'SUBMITTED' WHERE id = ANY($1::uuid[]) AND status = 'DRAFT'`, [
          submitted,
        ]);
      }
      await copy(
        TARGETS.findings,
        planned.flatMap((plan) => plan.findings),
      );
      await copy(
        TARGETS.rectifications,
        planned.flatMap((plan) => (plan.rectification ? [plan.rectification] : [])),
      );
      await copy(
        TARGETS.events,
        planned.flatMap((plan) => plan.events),
      );
      await copy(
        TARGETS.amendments,
        planned.flatMap((plan) => plan.amendments),
      );
      await copy(
        TARGETS.appeals,
        planned.flatMap((plan) => plan.appeals),
      );
    });
  let index = 0;
  await pipelined(
    batchesOf(source, options.batchSize ?? 1_000),
    (batch) => {
      const first = index;
      const planned = batch.map((record) => {
        const current = index++;
        const plan = planInspection(record, context);
        if (Array.isArray(plan)) throw new BulkImportRefused(current, plan);
        if (seen.has(record.id)) throw new BulkImportRefused(current, ['id: imported twice']);
        seen.add(record.id);
        return plan;
      });
      return { batch, planned, first };
    },
    ({ batch, planned, first }) => write(batch, planned, first),
  );
  return { rows };
}
