import { randomUUID } from 'node:crypto';
import {
  BulkImportRefused,
  batchesOf,
  bulkProblemsOf,
  copyInto,
  inTransaction,
  pipelined,
  tallyRows,
  type BulkProblem,
  type BulkSource,
  type CopyRow,
  type Database,
} from '@hall/db';
import type { WorkingCalendar } from '@hall/service-kit';
import { drizzle } from 'drizzle-orm/node-postgres';
import { assignPlan, type AssignedVisit } from '../data/planning';
import {
  amendments,
  appeals,
  findings,
  inspections,
  itemResults,
  plans,
  rectificationEvents,
  rectifications,
  supervisors,
  tables,
  type InspectionsTables,
} from '../db/schema';
import { answerProblems, itemsOf, scoreOf, type ChecklistItem, type ChecklistSection, type ItemOutcome } from '../domain/checklist';
import { hallTimeZone, localDay } from '../domain/days';
import { coversEveryWindow } from '../resolvers/inputs';
import {
  bulkInspectionSchema,
  bulkPlanSchema,
  bulkSupervisorSchema,
  type BulkInspection,
  type BulkPlan,
  type BulkSupervisor,
  type ParsedActor,
  type ParsedInspection,
} from './rows';

export type { BulkActor, BulkAppeal, BulkInspection, BulkPlan, BulkRectificationProgress, BulkSupervisor } from './rows';

/**
 * The inspections subgraph's bulk import path (issue 8): supervisors, plans, and inspections with their item results,
 * findings, rectification orders (with their append-only trail) and appeals, written with COPY in batches. Records are
 * parsed with the API's input schemas (`rows.ts`). The importer gives what happened (answers, times, who responded and
 * verified, appeals); the score, the findings and whether an order opens, its due day and a cancellation after an
 * overturned appeal follow the subgraph's own rules (README) against the stored checklist and settings, and a plan's
 * visits are assigned by the planner as `createInspectionPlan` assigns them. Each batch is validated first and written
 * in one transaction, all or nothing; a refused batch writes nothing and stops the import (earlier batches stay).
 * No evidence files.
 */

type Client = Parameters<Parameters<typeof inTransaction>[1]>[0];

export interface BulkImportOptions {
  /** Inspections (or supervisors) per transaction; default 1,000. */
  batchSize?: number;
  /** The checklist version inspections are recorded against; default: the newest stored version. */
  templateId?: string;
  /** Nothing may happen after this instant; default: now. */
  now?: Date;
  timeZone?: string;
  /** A client in a transaction: every batch joins it (the seed's one transaction) instead of committing its own. */
  client?: Client;
  /** The hall calendar plan days, visit days and due days are checked and counted on (the manager's overrides included). */
  calendar: WorkingCalendar;
}

export interface BulkImportResult {
  /** Rows written per table (`inspections.<table>`). */
  rows: Record<string, number>;
}

/** What became of one of a plan's assigned visits: recorded (a draft or submitted), or still planned when absent. */
export type BulkVisitRecord = Omit<BulkInspection, 'id' | 'windowId' | 'departmentId' | 'supervisorId' | 'plannedFor' | 'legacy'>;

export interface BulkPlanOptions extends BulkImportOptions {
  /** The record of the plan's visit at `index` (assignment order: day, then window). */
  recordVisit?: (visit: AssignedVisit, index: number, plan: BulkPlan) => BulkVisitRecord | null;
}

function withClient<T>(
  database: Database<InspectionsTables>,
  client: Client | undefined,
  work: (client: Client) => Promise<T>,
): Promise<T> {
  return client ? work(client) : inTransaction(database.pool, work);
}

async function firstTaken(client: Client, table: string, ids: string[]): Promise<string | null> {
  const taken = await client.query<{ id: string }>(`SELECT id FROM ${table} WHERE id = ANY($1::uuid[]) LIMIT 1`, [ids]);
  return taken.rows[0]?.id ?? null;
}

const SUPERVISOR_KEYS = ['id', 'name', 'affiliation', 'phone', 'termStart', 'termEnd', 'tiedDepartmentIds', 'active'] as const;

/** Imports supervisors (active unless said otherwise), parsed like `createSupervisor`'s input. */
export async function importSupervisors(
  database: Database<InspectionsTables>,
  source: BulkSource<BulkSupervisor>,
  options: Pick<BulkImportOptions, 'batchSize' | 'client'> = {},
): Promise<BulkImportResult> {
  const rows: Record<string, number> = { 'inspections.supervisors': 0 };
  const seen = new Set<string>();
  let row = 0;
  for await (const batch of batchesOf(source, options.batchSize ?? 1_000)) {
    const first = row + 1;
    const valid = batch.map((record) => {
      row += 1;
      const parsed = bulkSupervisorSchema.safeParse(record);
      if (!parsed.success) throw new BulkImportRefused(bulkProblemsOf(parsed.error.issues, row));
      if (seen.has(parsed.data.id)) throw new BulkImportRefused({ row, field: 'id', message: 'imported twice' });
      seen.add(parsed.data.id);
      return { ...parsed.data, active: parsed.data.active ?? true };
    });
    await withClient(database, options.client, async (client) => {
      const ids = valid.map((supervisor) => supervisor.id);
      const clash = await firstTaken(client, 'inspections.supervisors', ids);
      if (clash) throw new BulkImportRefused({ row: first + ids.indexOf(clash), field: 'id', message: 'the supervisor already exists' });
      tallyRows(rows, 'inspections.supervisors', await copyInto(client, supervisors, SUPERVISOR_KEYS, valid));
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

interface Context {
  sections: ChecklistSection[];
  items: Map<string, ChecklistItem>;
  settings: Settings;
  supervisors: Map<string, SupervisorFacts>;
  templateId: string;
  now: Date;
  timeZone: string;
  calendar: WorkingCalendar;
}

const INSPECTION_KEYS = [
  'id',
  'windowId',
  'departmentId',
  'supervisorId',
  'plannedFor',
  'visitedAt',
  'score',
  'status',
  'planId',
  'templateId',
  'staffId',
  'scenario',
  'submittedAt',
] as const;
const RESULT_KEYS = ['inspectionId', 'itemKey', 'outcome', 'comment'] as const;
const FINDING_KEYS = ['id', 'inspectionId', 'position', 'description', 'itemKey', 'comment', 'serious'] as const;
const RECTIFICATION_KEYS = [
  'id',
  'inspectionId',
  'departmentId',
  'windowId',
  'foundBy',
  'belowThreshold',
  'seriousFindingIds',
  'status',
  'dueOn',
  'response',
  'respondedAt',
  'openedAt',
  'closedAt',
] as const;
const EVENT_KEYS = ['id', 'rectificationId', 'fromStatus', 'toStatus', 'actorRole', 'actorId', 'note', 'dueOn', 'at'] as const;
const AMENDMENT_KEYS = ['id', 'inspectionId', 'reason', 'changes', 'score', 'actorId', 'createdAt'] as const;
const APPEAL_KEYS = [
  'id',
  'findingId',
  'inspectionId',
  'departmentId',
  'reason',
  'status',
  'decisionNote',
  'filedAt',
  'decidedAt',
] as const;
const PLAN_KEYS = ['id', 'name', 'periodFrom', 'periodTo', 'seed', 'inputs', 'templateId', 'createdAt'] as const;

type RowOf<T extends Parameters<typeof copyInto>[1], K extends readonly (keyof T['$inferInsert'])[]> = CopyRow<T, K[number]>;
type EventRow = RowOf<typeof rectificationEvents, typeof EVENT_KEYS>;
type OrderStatus = NonNullable<EventRow['toStatus']>;

/** Everything an inspection becomes: its rows in every table. */
interface Planned {
  row: number;
  id: string;
  inspection: RowOf<typeof inspections, typeof INSPECTION_KEYS>;
  submitted: boolean;
  results: RowOf<typeof itemResults, typeof RESULT_KEYS>[];
  findings: RowOf<typeof findings, typeof FINDING_KEYS>[];
  rectification: RowOf<typeof rectifications, typeof RECTIFICATION_KEYS> | null;
  events: EventRow[];
  amendments: RowOf<typeof amendments, typeof AMENDMENT_KEYS>[];
  appeals: RowOf<typeof appeals, typeof APPEAL_KEYS>[];
}

type Problem = Omit<BulkProblem, 'row'>;
const problem = (field: string, message: string): Problem => ({ field, message });

const DAY_MS = 86_400_000;

/** Turns one parsed record into its rows, or the list of what is wrong with it. */
function planInspection(record: ParsedInspection, context: Context, planId: string | null): Omit<Planned, 'row' | 'id'> | Problem[] {
  const problems: Problem[] = [];
  const supervisor = context.supervisors.get(record.supervisorId);
  if (!supervisor) return [problem('supervisorId', 'unknown supervisor')];
  // The confidentiality rule of the planner: never a department the supervisor is tied to, and only within the term.
  if (supervisor.tied.has(record.departmentId))
    problems.push(problem('supervisorId', 'the supervisor is tied to the inspected department'));
  if (record.plannedFor < supervisor.termStart || record.plannedFor > supervisor.termEnd)
    problems.push(problem('plannedFor', 'outside the supervisor’s term'));
  if (!context.calendar.isWorkingDay(record.plannedFor)) problems.push(problem('plannedFor', 'not a working day'));
  const results: ItemOutcome[] = (record.results ?? []).map((result) => ({ ...result, comment: result.comment ?? null }));
  const { now, timeZone, settings } = context;
  const later = (at: Date | null | undefined) => !!at && at.getTime() > now.getTime();
  if (later(record.visitedAt)) problems.push(problem('visitedAt', 'in the future'));
  if (later(record.submittedAt)) problems.push(problem('submittedAt', 'in the future'));
  // A submitted inspection is written as a draft and submitted once its answers are in: item results are refused under a submitted one.
  const writtenStatus = record.status === 'PLANNED' ? 'PLANNED' : 'DRAFT';

  const inspectionRow = (status: 'PLANNED' | 'DRAFT', score: number | null, templateId: string | null): Planned['inspection'] => ({
    id: record.id,
    windowId: record.windowId,
    departmentId: record.departmentId,
    supervisorId: record.supervisorId,
    plannedFor: record.plannedFor,
    visitedAt: record.visitedAt ?? null,
    score,
    status,
    planId,
    templateId,
    staffId: record.staffId ?? null,
    scenario: record.scenario ?? null,
    submittedAt: record.status === 'SUBMITTED' ? (record.submittedAt ?? null) : null,
  });
  const resultRows = results.map((result) => ({ inspectionId: record.id, ...result }));
  const empty = { findings: [], rectification: null, events: [], amendments: [], appeals: [] };
  const submitted = record.status === 'SUBMITTED';
  if (submitted && (!record.visitedAt || !record.submittedAt))
    problems.push(problem('submittedAt', 'a submitted inspection has a visit and a submission time'));
  if (record.visitedAt && record.submittedAt && record.submittedAt < record.visitedAt)
    problems.push(problem('submittedAt', 'before the visit'));
  if (!submitted && (record.submittedAt || record.rectification || record.appeals?.length))
    problems.push(problem('status', 'only a submitted inspection has a submission, an order or appeals'));
  if (record.status === 'PLANNED' && (results.length > 0 || record.visitedAt || record.legacy?.findings.length))
    problems.push(problem('status', 'a planned inspection has no answers and no visit yet'));

  if (record.legacy) {
    const { score, findings: written } = record.legacy;
    if (results.length > 0 || record.rectification || record.appeals?.length)
      problems.push(problem('legacy', 'an inspection recorded before checklists has no answers, order or appeals'));
    if ((score !== null) !== submitted) problems.push(problem('legacy.score', 'a submitted inspection has a score, no other one'));
    if (problems.length > 0) return problems;
    return {
      inspection: inspectionRow(writtenStatus, score, null),
      submitted,
      results: [],
      ...empty,
      findings: written.map((description, position) => ({
        id: randomUUID(),
        inspectionId: record.id,
        position,
        description,
        itemKey: null,
        comment: null,
        serious: false,
      })),
    };
  }

  if (!submitted) {
    if (record.status === 'DRAFT')
      problems.push(...answerProblems(context.sections, results, false).map((text) => problem('results', text)));
    return problems.length > 0
      ? problems
      : {
          inspection: inspectionRow(writtenStatus, null, context.templateId),
          submitted: false,
          results: resultRows,
          ...empty,
        };
  }

  const { visitedAt, submittedAt } = record;
  if (!visitedAt || !submittedAt) return problems;
  problems.push(...answerProblems(context.sections, results, true).map((text) => problem('results', text)));
  const score = problems.length > 0 ? null : scoreOf(context.sections, results);
  if (problems.length > 0 || score === null)
    return problems.length > 0 ? problems : [problem('results', 'no checklist item applies: nothing to score')];

  const outcomes = new Map(results.map((result) => [result.itemKey, result]));
  const failed = itemsOf(context.sections).filter((item) => outcomes.get(item.key)?.outcome === 'FAIL');
  const findingIds = new Map(failed.map((item) => [item.key, randomUUID()]));
  const findingRows = failed.map((item, position) => ({
    id: findingIds.get(item.key) as string,
    inspectionId: record.id,
    position,
    description: item.text,
    itemKey: item.key,
    comment: outcomes.get(item.key)?.comment ?? null,
    serious: item.serious,
  }));
  const seriousIds = failed.filter((item) => item.serious).map((item) => findingIds.get(item.key) as string);
  const belowThreshold = score < settings.passThreshold;
  const opens = belowThreshold || seriousIds.length > 0;
  const progress = record.rectification ?? (opens ? { status: 'OPEN' as const } : null);
  if (progress && !opens)
    return [problem('rectification', 'the inspection opens no order (score at or above the threshold, no serious finding)')];

  // The order's life: opening, then what the importer says happened, then what overturned appeals do to it.
  const orderId = randomUUID();
  let dueOn = context.calendar.addWorkingDays(localDay(submittedAt, timeZone), settings.rectificationDueWorkingDays);
  const events: Array<EventRow & { at: Date }> = [];
  const event = (from: OrderStatus | null, to: OrderStatus, at: Date, actor: ParsedActor, note: string | null, due: string | null = null) =>
    events.push({
      id: randomUUID(),
      rectificationId: orderId,
      fromStatus: from,
      toStatus: to,
      actorRole: actor.role,
      actorId: actor.userId,
      note,
      dueOn: due,
      at,
    });
  const finder: ParsedActor = { role: 'supervisor', userId: record.submittedBy ?? null, supervisorId: record.supervisorId };
  let status: OrderStatus = 'OPEN';
  let response: string | null = null;
  let respondedAt: Date | null = null;
  let closedAt: Date | null = null;
  // The manager, or a supervisor other than the one who made the finding (as `verifyRectification` and `reopenRectification`).
  const verifierProblem = (actor: ParsedActor, field: string) => {
    if (actor.role === 'dept_admin') problems.push(problem(field, 'the manager or a supervisor verifies'));
    if (actor.role === 'supervisor' && actor.supervisorId === record.supervisorId)
      problems.push(problem(field, 'verified by a different supervisor than the one who found it'));
  };
  if (progress) {
    event(null, 'OPEN', submittedAt, finder, belowThreshold ? `score ${score} below ${settings.passThreshold}` : 'serious finding', dueOn);
    if (progress.status !== 'OPEN') {
      if (progress.respondedAt < submittedAt || later(progress.respondedAt))
        problems.push(problem('rectification.respondedAt', 'before submission or in the future'));
      if (progress.respondedBy.role !== 'dept_admin')
        problems.push(problem('rectification.respondedBy', 'the department’s admin responds'));
      status = 'RESPONDED';
      response = progress.response;
      respondedAt = progress.respondedAt;
      event('OPEN', 'RESPONDED', progress.respondedAt, progress.respondedBy, progress.response);
    }
    if (progress.status === 'VERIFIED') {
      verifierProblem(progress.verifiedBy, 'rectification.verifiedBy');
      if (progress.verifiedAt < progress.respondedAt || later(progress.verifiedAt))
        problems.push(problem('rectification.verifiedAt', 'before the response or in the future'));
      status = 'VERIFIED';
      closedAt = progress.verifiedAt;
      event('RESPONDED', 'VERIFIED', progress.verifiedAt, progress.verifiedBy, progress.note ?? null);
    }
    if (progress.status === 'REOPENED') {
      verifierProblem(progress.reopenedBy, 'rectification.reopenedBy');
      if (progress.reopenedAt < progress.respondedAt || later(progress.reopenedAt))
        problems.push(problem('rectification.reopenedAt', 'before the response or in the future'));
      status = 'OPEN';
      dueOn = context.calendar.addWorkingDays(localDay(progress.reopenedAt, timeZone), settings.rectificationDueWorkingDays);
      event('RESPONDED', 'OPEN', progress.reopenedAt, progress.reopenedBy, progress.reason, dueOn);
    }
  }

  const appealRows: Planned['appeals'] = [];
  const amendmentRows: Planned['amendments'] = [];
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
      problems.push(problem('appeals', `item ${appeal.itemKey} is not a finding of this inspection`));
      continue;
    }
    if (appealed.has(appeal.itemKey)) problems.push(problem('appeals', `item ${appeal.itemKey} appealed twice`));
    appealed.add(appeal.itemKey);
    if (
      appeal.filedAt < submittedAt ||
      appeal.filedAt.getTime() - submittedAt.getTime() > settings.appealDays * DAY_MS ||
      later(appeal.filedAt)
    ) {
      problems.push(problem('appeals', `filed outside the ${settings.appealDays} days after submission`));
    }
    const decision = appeal.decision ?? null;
    if (decision && (decision.decidedAt < appeal.filedAt || later(decision.decidedAt) || decision.by.role !== 'manager')) {
      problems.push(problem('appeals', 'decided by the manager, after filing and not in the future'));
    }
    appealRows.push({
      id: randomUUID(),
      findingId,
      inspectionId: record.id,
      departmentId: record.departmentId,
      reason: appeal.reason,
      status: decision?.status ?? 'PENDING',
      decisionNote: decision?.note ?? null,
      filedAt: appeal.filedAt,
      decidedAt: decision?.decidedAt ?? null,
    });
    if (decision?.status !== 'OVERTURNED') continue;
    // As `decideAppeal`: an amendment passes the item (the score follows), and an open order without a remaining reason is cancelled.
    const change = { itemKey: appeal.itemKey, outcome: 'PASS' as const, comment: `申诉成立：${decision.note}` };
    passed.push(change);
    const amended = new Map(outcomes);
    for (const item of passed) amended.set(item.itemKey, item);
    currentScore = scoreOf(context.sections, [...amended.values()]) ?? currentScore;
    amendmentRows.push({
      id: randomUUID(),
      inspectionId: record.id,
      reason: `appeal overturned: ${decision.note}`,
      changes: [change],
      score: currentScore,
      actorId: decision.by.userId,
      createdAt: decision.decidedAt,
    });
    if (context.items.get(appeal.itemKey)?.serious) overturnedSerious.add(findingId);
    const statusThen = events.filter((entry) => entry.at <= decision.decidedAt).at(-1)?.toStatus ?? null;
    if (!progress || (statusThen !== 'OPEN' && statusThen !== 'RESPONDED')) continue;
    const stillBelow = belowThreshold && currentScore < settings.passThreshold;
    const stillSerious = seriousIds.some((id) => !overturnedSerious.has(id));
    if (stillBelow || stillSerious) continue;
    if (events.some((entry) => entry.at > decision.decidedAt)) {
      problems.push(problem('rectification', 'the order was cancelled by an overturned appeal before what followed'));
      continue;
    }
    event(statusThen, 'CANCELLED', decision.decidedAt, decision.by, `appeal overturned: ${decision.note}`);
    status = 'CANCELLED';
    closedAt = decision.decidedAt;
  }
  if (problems.length > 0) return problems;

  return {
    inspection: inspectionRow(writtenStatus, score, context.templateId),
    submitted: true,
    results: resultRows,
    findings: findingRows,
    rectification: progress
      ? {
          id: orderId,
          inspectionId: record.id,
          departmentId: record.departmentId,
          windowId: record.windowId,
          foundBy: record.supervisorId,
          belowThreshold,
          seriousFindingIds: seriousIds,
          status,
          dueOn,
          response,
          respondedAt,
          openedAt: submittedAt,
          closedAt,
        }
      : null,
    events,
    amendments: amendmentRows,
    appeals: appealRows,
  };
}

/** Parses and plans one record; refuses it with every problem found, at its row. */
function planRecord(record: BulkInspection, row: number, context: Context, seen: Set<string>, planId: string | null, prefix = ''): Planned {
  const refuse = (problems: Problem[]) => new BulkImportRefused(problems.map((found) => ({ ...found, row, field: prefix + found.field })));
  const parsed = bulkInspectionSchema.safeParse(record);
  if (!parsed.success) throw refuse(bulkProblemsOf(parsed.error.issues, row));
  const plan = planInspection(parsed.data, context, planId);
  if (Array.isArray(plan)) throw refuse(plan);
  if (seen.has(parsed.data.id)) throw refuse([problem('id', 'imported twice')]);
  seen.add(parsed.data.id);
  return { row, id: parsed.data.id, ...plan };
}

async function loadContext(client: Client, options: BulkImportOptions): Promise<Context> {
  const [template] = (
    await client.query<{ id: string; sections: ChecklistSection[] }>(
      options.templateId
        ? 'SELECT id, sections FROM inspections.checklist_templates WHERE id = $1'
        : 'SELECT id, sections FROM inspections.checklist_templates ORDER BY version DESC LIMIT 1',
      options.templateId ? [options.templateId] : [],
    )
  ).rows;
  if (!template) throw new Error('no checklist template: run the subgraph’s seedDefaults first');
  const settingsRow = (
    await client.query<Settings>(
      'SELECT pass_threshold AS "passThreshold", rectification_due_working_days AS "rectificationDueWorkingDays", appeal_days AS "appealDays" FROM inspections.settings WHERE id = 1',
    )
  ).rows[0];
  const supervisorRows = await client.query<{ id: string; term_start: string; term_end: string; tied: string[] }>(
    `SELECT id, to_char(term_start, 'YYYY-MM-DD') AS term_start, to_char(term_end, 'YYYY-MM-DD') AS term_end, tied_department_ids::text[] AS tied FROM inspections.supervisors`,
  );
  return {
    sections: template.sections,
    items: new Map(itemsOf(template.sections).map((item) => [item.key, item])),
    settings: settingsRow ?? { passThreshold: 85, rectificationDueWorkingDays: 10, appealDays: 7 },
    supervisors: new Map(
      supervisorRows.rows.map((row) => [row.id, { termStart: row.term_start, termEnd: row.term_end, tied: new Set(row.tied) }]),
    ),
    templateId: template.id,
    now: options.now ?? new Date(),
    timeZone: options.timeZone ?? hallTimeZone(),
    calendar: options.calendar,
  };
}

const WRITTEN = ['inspections', 'item_results', 'findings', 'rectifications', 'rectification_events', 'amendments', 'appeals'];

function emptyTally(): Record<string, number> {
  return Object.fromEntries(WRITTEN.map((table) => [`inspections.${table}`, 0]));
}

/** Writes planned inspections in the client's transaction, refusing one whose id is already stored. */
async function writePlanned(client: Client, planned: Planned[], rows: Record<string, number>): Promise<void> {
  const ids = planned.map((plan) => plan.id);
  const clash = await firstTaken(client, 'inspections.inspections', ids);
  const clashing = planned.find((plan) => plan.id === clash);
  if (clashing) throw new BulkImportRefused({ row: clashing.row, field: 'id', message: 'the inspection already exists' });
  const tally = (table: string) => (count: number) => tallyRows(rows, `inspections.${table}`, count);
  const copy = async <T>(rowsOf: (plan: Planned) => T[], write: (values: T[]) => Promise<number>, table: string) => {
    const values = planned.flatMap(rowsOf);
    if (values.length > 0) tally(table)(await write(values));
  };
  await copy(
    (plan) => [plan.inspection],
    (values) => copyInto(client, inspections, INSPECTION_KEYS, values),
    'inspections',
  );
  await copy(
    (plan) => plan.results,
    (values) => copyInto(client, itemResults, RESULT_KEYS, values),
    'item_results',
  );
  const submitted = planned.filter((plan) => plan.submitted).map((plan) => plan.id);
  if (submitted.length > 0) {
    await client.query(`UPDATE inspections.inspections SET status = 'SUBMITTED' WHERE id = ANY($1::uuid[]) AND status = 'DRAFT'`, [
      submitted,
    ]);
  }
  await copy(
    (plan) => plan.findings,
    (values) => copyInto(client, findings, FINDING_KEYS, values),
    'findings',
  );
  await copy(
    (plan) => (plan.rectification ? [plan.rectification] : []),
    (values) => copyInto(client, rectifications, RECTIFICATION_KEYS, values),
    'rectifications',
  );
  await copy(
    (plan) => plan.events,
    (values) => copyInto(client, rectificationEvents, EVENT_KEYS, values),
    'rectification_events',
  );
  await copy(
    (plan) => plan.amendments,
    (values) => copyInto(client, amendments, AMENDMENT_KEYS, values),
    'amendments',
  );
  await copy(
    (plan) => plan.appeals,
    (values) => copyInto(client, appeals, APPEAL_KEYS, values),
    'appeals',
  );
}

/**
 * Imports inspections (historical submitted ones, drafts, planned visits, and ones recorded before checklists) against
 * one checklist version. Supervisors must already be stored; ids must be new.
 */
export async function importInspections(
  database: Database<InspectionsTables>,
  source: BulkSource<BulkInspection>,
  options: BulkImportOptions,
): Promise<BulkImportResult> {
  const context = await withClient(database, options.client, (client) => loadContext(client, options));
  const rows = emptyTally();
  const seen = new Set<string>();
  let row = 0;
  await pipelined(
    batchesOf(source, options.batchSize ?? 1_000),
    (batch) => batch.map((record) => planRecord(record, ++row, context, seen, null)),
    (planned) => withClient(database, options.client, (client) => writePlanned(client, planned, rows)),
  );
  return { rows };
}

/**
 * Imports plans one at a time, each in its own transaction (or the given client's): its visits assigned by the planner
 * from its seed against what is stored then (as `createInspectionPlan`, so each plan sees the visits of the one before),
 * each visit written as `recordVisit` says what became of it, planned otherwise.
 */
export async function importPlans(
  database: Database<InspectionsTables>,
  source: BulkSource<BulkPlan>,
  options: BulkPlanOptions,
): Promise<BulkImportResult> {
  const rows = { 'inspections.plans': 0, ...emptyTally() };
  const seenPlans = new Set<string>();
  const seenVisits = new Set<string>();
  let row = 0;
  for await (const record of source) {
    row += 1;
    const current = row;
    const parsed = bulkPlanSchema.safeParse(record);
    if (!parsed.success) throw new BulkImportRefused(bulkProblemsOf(parsed.error.issues, current));
    const plan = parsed.data;
    if (!coversEveryWindow(plan))
      throw new BulkImportRefused({
        row: current,
        field: 'visits',
        message: 'every window must be covered: plan at least one visit per window',
      });
    if (seenPlans.has(plan.id)) throw new BulkImportRefused({ row: current, field: 'id', message: 'imported twice' });
    seenPlans.add(plan.id);
    await withClient(database, options.client, async (client) => {
      await client.query(`SELECT pg_advisory_xact_lock(hashtext('inspections-planning'))`);
      if (await firstTaken(client, 'inspections.plans', [plan.id]))
        throw new BulkImportRefused({ row: current, field: 'id', message: 'the plan already exists' });
      const context = await loadContext(client, options);
      const assignment = await assignPlan(drizzle({ client, schema: tables }), plan, plan.seed, options.calendar);
      if (!assignment.ok) throw new BulkImportRefused({ row: current, field: 'windows', message: assignment.reason });
      const planRow = {
        id: plan.id,
        name: plan.name,
        periodFrom: plan.period.from,
        periodTo: plan.period.to,
        seed: plan.seed,
        inputs: assignment.inputs,
        templateId: context.templateId,
        createdAt: plan.createdAt,
      };
      tallyRows(rows, 'inspections.plans', await copyInto(client, plans, PLAN_KEYS, [planRow]));
      const visits = assignment.visits.map((visit, index) =>
        planRecord(
          {
            ...(options.recordVisit?.(visit, index, record) ?? { status: 'PLANNED' }),
            id: randomUUID(),
            windowId: visit.windowId,
            departmentId: visit.departmentId,
            supervisorId: visit.supervisorId,
            plannedFor: visit.day,
          },
          current,
          context,
          seenVisits,
          plan.id,
          `visits.${index}.`,
        ),
      );
      await writePlanned(client, visits, rows);
    });
  }
  return { rows };
}
