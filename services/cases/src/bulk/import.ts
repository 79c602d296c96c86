import { randomFillSync } from 'node:crypto';
import { bulkProblemsOf, copyInto, uuidV7Layout, type BulkProblem, type Database } from '@hall/db';
import { printableText, uuidSchema, type WorkingCalendar } from '@hall/service-kit';
import { z } from 'zod';
import { clockRules, workingDaysLater } from '../domain/deadlines';
import { caseEvents, cases, caseVisits, complaints, complaintSatisfaction, complaintStatus, evaluationActions, evaluations, type CasesTables } from '../db/schema';
import { complaintFields, requireComplaintSubject, storedTags } from '../resolvers/inputs';
import { newEvaluationCode } from '../domain/codes';
import type { DutyLookup } from '../ports/duty';
import { deriveImportedCase, importRowSchema, type ImportRow } from './rows';
import type { DirectoryMatter } from '../ports/matters';
import {
  CASE_NUMBERS,
  COMPLAINT_NUMBERS,
  formatMessage,
  parseNumber,
  raiseCountersStatement,
  type NumberSeries,
  type ParsedNumber,
} from '../data/numbers';
import { applicantKeySecret, type CasesSettings } from '../settings';
import { applicantKey } from '../domain/applicant-key';

/**
 * The bulk import path (historical cases and complaints): every row validated, then written with COPY, one transaction
 * per batch, ids made here so the child rows need no RETURNING. A batch holding a bad row writes nothing; the other
 * batches are written. Used by the `importCases` mutation, in-process by the scale generator, and by the demo seed.
 */

export interface ImportBatchReport {
  firstRow: number;
  rows: number;
  imported: boolean;
}

export interface BulkReport {
  /** Rows of the request written. */
  imported: number;
  batches: ImportBatchReport[];
  /** Every bad row, by its 1-based position in the request. */
  errors: BulkProblem[];
  /** Rows written per table (child rows included). */
  written: Record<string, number>;
}

export interface CaseImportDependencies {
  calendar: WorkingCalendar;
  settings: CasesSettings;
  /** The matters of the given ids; a missing id (or null) is an unknown matter. May throw to refuse the import. */
  matters(ids: readonly string[]): Promise<ReadonlyMap<string, DirectoryMatter | null>>;
  /**
   * The staff and windows the rows name (the duty subgraph): each must exist and belong to the case's department.
   * In-process loaders that made the ids themselves (the scale generator) may leave it out.
   */
  people?(request: { staffIds: readonly string[]; windowIds: readonly string[] }): Promise<DutyLookup>;
}

/** A client of the pool (the type `copyInto` writes on). */
type CopyClient = Parameters<typeof copyInto>[0];

export interface BulkOptions {
  /** Rows per transaction (default 500). */
  batchSize?: number;
  /**
   * Write on this client inside the transaction it holds (the demo seed's, under its lock) instead of one transaction
   * per batch; any failure then throws and the caller's transaction is rolled back.
   */
  client?: CopyClient;
}

export const DEFAULT_IMPORT_BATCH = 500;

/**
 * Ids made from the case's submission (or the evaluation's, the complaint's time): a batch's ids land together at the
 * right of the primary key and of the child tables' case_id indexes (see `uuidV7Layout`).
 */
export function timeOrderedIds(times: readonly Date[]): string[] {
  const random = randomFillSync(Buffer.allocUnsafe(times.length * 10));
  return times.map((time, index) => uuidV7Layout(time.getTime(), random, index * 10));
}

/** The given ids where a record names one, else ids made from the times. */
function idsFor(records: ReadonlyArray<{ id?: string | undefined; at: Date }>): string[] {
  const made = timeOrderedIds(records.map((record) => record.at));
  return records.map((record, index) => record.id ?? made[index] ?? '');
}

/** The trips to the hall a trail implies: submission at a window, resubmission at a window, pickup at a window. */
export function visitsOfTrail(
  windowId: string | null | undefined,
  events: ReadonlyArray<{ at: Date; to: string; reason?: string | null | undefined }>,
): Array<{ at: Date; purpose: string }> {
  const visits: Array<{ at: Date; purpose: string }> = [];
  for (const event of events) {
    if (event.to === 'SUBMITTED' && windowId) visits.push({ at: event.at, purpose: '提交申请' });
    else if (event.to === 'RESUBMITTED' && event.reason?.includes('窗口')) visits.push({ at: event.at, purpose: '补齐材料' });
    else if (event.to === 'DELIVERED' && event.reason?.includes('窗口领取')) visits.push({ at: event.at, purpose: '领取办理结果' });
  }
  return visits;
}

const IMPORTED_EVENT_DATA = { imported: true };
/** The first step of every bad review's workflow, as `evaluateCase` writes it. */
const OPEN_NOTE = '差评自动进入核实整改流程';

interface PreparedCase {
  row: ImportRow;
  parsedNumber: ParsedNumber;
  matter: DirectoryMatter;
  departmentId: string;
  columns: ReturnType<typeof deriveImportedCase>['columns'];
}

interface Batch<T> {
  firstRow: number;
  entries: Array<T | null>;
}

/** Parses every record with `schema`, reporting a bad one's issues by its 1-based row. */
function parseRecords<T>(schema: z.ZodType<T>, rawRows: readonly unknown[], problems: BulkProblem[]): Array<T | null> {
  return rawRows.map((raw, index) => {
    const result = schema.safeParse(raw);
    if (result.success) return result.data;
    problems.push(...bulkProblemsOf(result.error.issues, index + 1));
    return null;
  });
}

/** Splits prepared rows into batches and writes the clean ones, each in its own transaction on one checked-out client. */
async function writeBatches<T>(
  database: Database<CasesTables>,
  prepared: Array<T | null>,
  problems: BulkProblem[],
  options: BulkOptions,
  uniqueConstraint: string,
  write: (client: CopyClient, entries: T[], written: Record<string, number>) => Promise<void>,
): Promise<Omit<BulkReport, 'errors'>> {
  const batchSize = options.batchSize ?? DEFAULT_IMPORT_BATCH;
  const failedRows = new Set(problems.map((problem) => problem.row));
  const batches: Array<Batch<T>> = [];
  for (let start = 0; start < prepared.length; start += batchSize)
    batches.push({ firstRow: start + 1, entries: prepared.slice(start, start + batchSize) });
  const report: Omit<BulkReport, 'errors'> = { imported: 0, batches: [], written: {} };
  const isClean = (batch: Batch<T>): batch is Batch<T> & { entries: T[] } =>
    batch.entries.every((entry, offset) => entry !== null && !failedRows.has(batch.firstRow + offset));
  if (!batches.some(isClean)) {
    report.batches = batches.map((batch) => ({ firstRow: batch.firstRow, rows: batch.entries.length, imported: false }));
    return report;
  }
  const own = options.client ? null : await database.pool.connect();
  const client = options.client ?? own;
  if (!client) throw new Error('no client to import on');
  try {
    for (const batch of batches) {
      const rows = batch.entries.length;
      if (!isClean(batch)) {
        report.batches.push({ firstRow: batch.firstRow, rows, imported: false });
        continue;
      }
      const written: Record<string, number> = {};
      if (own) await own.query('BEGIN');
      try {
        await write(client, batch.entries, written);
        if (own) await own.query('COMMIT');
      } catch (error) {
        if (!own) throw error;
        await own.query('ROLLBACK');
        // Another import wrote one of these numbers since we looked: the batch is refused like any batch with a bad row.
        if ((error as { code?: string; constraint?: string }).constraint === uniqueConstraint) {
          problems.push({ row: batch.firstRow, field: 'number', message: 'a number of this batch was imported meanwhile' });
          report.batches.push({ firstRow: batch.firstRow, rows, imported: false });
          continue;
        }
        throw error;
      }
      for (const [table, count] of Object.entries(written)) report.written[table] = (report.written[table] ?? 0) + count;
      report.imported += rows;
      report.batches.push({ firstRow: batch.firstRow, rows, imported: true });
    }
  } finally {
    own?.release();
  }
  return report;
}

/** The numbers among `numbers` that a row of `table` already holds: one statement whatever their count. */
async function existingNumbers(
  database: Database<CasesTables>,
  table: 'cases.cases' | 'cases.complaints',
  numbers: string[],
): Promise<Set<string>> {
  if (numbers.length === 0) return new Set();
  const { rows } = await database.pool.query<{ number: string }>(`SELECT number FROM ${table} WHERE number = ANY($1::text[])`, [numbers]);
  return new Set(rows.map((row) => row.number));
}

/**
 * Reports a number not of the live format (a poisoned `ZW<day>Z` would stop the day's numbering), or seen before: in
 * the database, or earlier in the request. Returns the parsed number of a good one.
 */
function checkNumber(
  series: NumberSeries,
  number: string,
  row: number,
  existing: Set<string>,
  seen: Set<string>,
  problems: BulkProblem[],
): ParsedNumber | null {
  const parsed = parseNumber(series, number);
  if (!parsed) problems.push({ row, field: 'number', message: formatMessage(series) });
  if (existing.has(number)) problems.push({ row, field: 'number', message: `a ${series.noun} with this number exists` });
  if (seen.has(number)) problems.push({ row, field: 'number', message: 'the number appears twice in the import' });
  seen.add(number);
  return parsed;
}

/** Raises each imported day's counter to at least its highest imported sequence, in the batch's transaction. */
async function raiseCounters(client: CopyClient, numbers: readonly ParsedNumber[]): Promise<void> {
  const statement = raiseCountersStatement(numbers);
  if (statement) await client.query(statement.text, statement.values);
}

/** Checks the staff and window a row names against the case's department. */
function checkPeople(row: ImportRow, number: number, departmentId: string | null, people: DutyLookup, problems: BulkProblem[]): void {
  const staff = people.staff.get(row.firstOwnerStaffId);
  if (!staff) problems.push({ row: number, field: 'firstOwnerStaffId', message: 'unknown staff member' });
  else if (departmentId && staff.departmentId !== departmentId)
    problems.push({ row: number, field: 'firstOwnerStaffId', message: 'a staff member of another department' });
  const window = row.windowId ? people.windows.get(row.windowId) : undefined;
  if (row.windowId && !window) problems.push({ row: number, field: 'windowId', message: 'unknown window' });
  else if (window && departmentId && !window.departmentIds.includes(departmentId))
    problems.push({ row: number, field: 'windowId', message: 'a window that does not serve the case’s department' });
}

/**
 * Imports historical cases with their trails, the visits the trails imply and their evaluations (with a bad review's
 * workflow when the record carries it). Every row is validated (shape, lifecycle of the trail, matter, people, unique
 * number) and each bad row reported by its 1-based number.
 */
export async function importCaseRows(
  database: Database<CasesTables>,
  dependencies: CaseImportDependencies,
  rawRows: readonly unknown[],
  options: BulkOptions = {},
): Promise<BulkReport> {
  const problems: BulkProblem[] = [];
  const parsed = parseRecords(importRowSchema, rawRows, problems);
  const matterIds = [...new Set(parsed.flatMap((row) => (row ? [row.matterId] : [])))];
  const matters = await dependencies.matters(matterIds);
  const people = dependencies.people
    ? await dependencies.people({
        staffIds: parsed.flatMap((row) => (row ? [row.firstOwnerStaffId] : [])),
        windowIds: parsed.flatMap((row) => (row?.windowId ? [row.windowId] : [])),
      })
    : null;
  const existing = await existingNumbers(
    database,
    'cases.cases',
    parsed.flatMap((row) => (row ? [row.number] : [])),
  );
  const rules = clockRules(dependencies.calendar, dependencies.settings);
  const seen = new Set<string>();
  const prepared = parsed.map((row, index): PreparedCase | null => {
    if (!row) return null;
    const number = index + 1;
    const before = problems.length;
    const matter = matters.get(row.matterId);
    const known = matter && matter.status !== 'DRAFT';
    if (!known) problems.push({ row: number, field: 'matterId', message: 'unknown matter' });
    const parsedNumber = checkNumber(CASE_NUMBERS, row.number, number, existing, seen, problems);
    const departmentId = row.departmentId ?? (known ? matter.snapshot.departmentId : null);
    if (people) checkPeople(row, number, departmentId, people, problems);
    if (!known || !parsedNumber || !departmentId) return null;
    const derived = deriveImportedCase(row, matter.snapshot, rules);
    for (const problem of derived.problems) problems.push({ row: number, ...problem });
    return problems.length === before ? { row, parsedNumber, matter, departmentId, columns: derived.columns } : null;
  });

  const report = await writeBatches(database, prepared, problems, options, 'cases_number_unique', async (client, batch, written) => {
    // First, so a registration of the same day waits on the counter row and then numbers after the imported cases.
    await raiseCounters(
      client,
      batch.map(({ parsedNumber }) => parsedNumber),
    );
    const ids = idsFor(batch.map(({ row, columns }) => ({ id: row.id, at: columns.submittedAt })));
    const caseId = (i: number) => ids[i] ?? '';
    const secret = applicantKeySecret();
    written.cases = await copyInto(
      client,
      cases,
      [
        'id',
        'number',
        'matterId',
        'departmentId',
        'windowId',
        'firstOwnerStaffId',
        'status',
        'applicantName',
        'applicantIdNumber',
        'applicantPhone',
        'applicantKey',
        'submittedAt',
        'acceptedAt',
        'dueAt',
        'completedAt',
        'visits',
        'version',
        'matterSnapshot',
        'instant',
        'pausedWorkingDays',
        'pausedSince',
        'preWarningAt',
        'supervisionDueAt',
        'decidedAt',
        'deliveredAt',
        'supplementNotices',
        'referredToDepartmentId',
        'evaluationCode',
      ],
      batch.map(({ row, matter, departmentId, columns }, i) => ({
        ...columns,
        id: caseId(i),
        number: row.number,
        matterId: matter.snapshot.id,
        departmentId,
        windowId: row.windowId ?? null,
        firstOwnerStaffId: row.firstOwnerStaffId,
        applicantName: row.applicantName,
        applicantIdNumber: row.applicantIdNumber,
        applicantPhone: row.applicantPhone,
        applicantKey: applicantKey(row.applicantIdNumber, secret),
        visits: row.visits,
        matterSnapshot: matter.snapshot,
        // 一事一评: random, never derivable from the case; a case imported as completed or delivered gets one as if completed here.
        evaluationCode: columns.status === 'COMPLETED' || columns.status === 'DELIVERED' ? newEvaluationCode() : null,
      })),
    );
    written.case_events = await copyInto(
      client,
      caseEvents,
      ['caseId', 'at', 'fromStatus', 'toStatus', 'actorId', 'actorRole', 'reason', 'data'],
      batch.flatMap(({ row }, i) =>
        row.events.map((event, index) => ({
          caseId: caseId(i),
          at: event.at,
          fromStatus: row.events[index - 1]?.to ?? null,
          toStatus: event.to,
          actorId: event.actorId ?? null,
          actorRole: event.actorRole ?? 'staff',
          reason: event.reason ?? null,
          data: event.data ?? IMPORTED_EVENT_DATA,
        })),
      ),
    );
    written.case_visits = await copyInto(
      client,
      caseVisits,
      ['caseId', 'at', 'purpose', 'windowId'],
      batch.flatMap(({ row }, i) =>
        visitsOfTrail(row.windowId, row.events).map((visit) => ({
          caseId: caseId(i),
          at: visit.at,
          purpose: visit.purpose,
          windowId: row.windowId ?? null,
        })),
      ),
    );
    const rated = batch.flatMap((entry, i) => (entry.row.evaluation ? [{ ...entry, i, evaluation: entry.row.evaluation }] : []));
    const evaluationIds = idsFor(rated.map(({ evaluation }) => ({ id: evaluation.id, at: evaluation.evaluatedAt })));
    written.evaluations = await copyInto(
      client,
      evaluations,
      [
        'id',
        'caseId',
        'matterId',
        'departmentId',
        'windowId',
        'staffId',
        'level',
        'channel',
        'comment',
        'realName',
        'evaluatedAt',
        'rectificationStatus',
        'rectificationDueAt',
        'callbackAt',
        'callbackNote',
        'version',
        'tags',
      ],
      rated.map(({ row, matter, departmentId, evaluation, i }, k) => {
        const rectification = evaluation.rectification;
        return {
          id: evaluationIds[k] ?? '',
          caseId: caseId(i),
          matterId: matter.snapshot.id,
          departmentId,
          windowId: row.windowId ?? null,
          staffId: row.firstOwnerStaffId,
          level: evaluation.level,
          channel: evaluation.channel,
          comment: evaluation.comment ?? null,
          realName: evaluation.realName ?? true,
          evaluatedAt: evaluation.evaluatedAt,
          // A historical bad review without its workflow arrives handled elsewhere: recorded, not reopened.
          rectificationStatus: rectification?.status ?? (evaluation.level <= 2 ? 'DONE' : null),
          rectificationDueAt: rectification?.dueAt ?? null,
          callbackAt: rectification?.callbackAt ?? null,
          callbackNote: rectification?.callbackNote ?? null,
          version: 1 + (rectification?.steps.length ?? 0),
          tags: storedTags(evaluation.level, evaluation.tags),
        };
      }),
    );
    const actions = rated.flatMap(({ evaluation }, k) => {
      const rectification = evaluation.rectification;
      if (!rectification) return [];
      const evaluationId = evaluationIds[k] ?? '';
      return [
        {
          evaluationId,
          at: evaluation.evaluatedAt,
          fromStatus: null,
          toStatus: 'PENDING' as const,
          action: 'OPEN',
          actorId: null,
          actorRole: 'system',
          note: OPEN_NOTE,
        },
        ...rectification.steps.map((step) => ({
          evaluationId,
          at: step.at,
          fromStatus: step.from,
          toStatus: step.to,
          action: step.action,
          actorId: null,
          // The hall verifies and calls back; the department rectifies (domain/badReviews.ts).
          actorRole: step.action === 'COMPLETE' ? 'dept_admin' : 'manager',
          note: step.note,
        })),
      ];
    });
    if (actions.length > 0) {
      written.evaluation_actions = await copyInto(
        client,
        evaluationActions,
        ['evaluationId', 'at', 'fromStatus', 'toStatus', 'action', 'actorId', 'actorRole', 'note'],
        actions,
      );
    }
  });
  return { ...report, errors: problems.sort((a, b) => a.row - b.row) };
}

const STATUS_ORDER = complaintStatus.enumValues;

export const complaintImportRowSchema = complaintFields
  .extend({
    number: z.string().regex(/^[A-Z0-9-]{6,30}$/, '6–30 capital letters, digits or dashes'),
    status: z.enum(complaintStatus.enumValues),
    receivedAt: z.date(),
    assignedAt: z.date().nullish(),
    answeredAt: z.date().nullish(),
    answer: printableText(4000, 5).nullish(),
    closedAt: z.date().nullish(),
    /** The complainant's satisfaction, recorded at closing (a closed complaint of older records may lack it). */
    satisfaction: z.enum(complaintSatisfaction.enumValues).nullish(),
    /** In-process: the complaint's id (made from the receipt time otherwise). */
    id: uuidSchema.optional(),
  })
  .superRefine((row, context) => {
    requireComplaintSubject(row, context);
    const reached = STATUS_ORDER.indexOf(row.status);
    const steps = [
      { status: 'ASSIGNED', field: 'assignedAt', at: row.assignedAt },
      { status: 'ANSWERED', field: 'answeredAt', at: row.answeredAt },
      { status: 'CLOSED', field: 'closedAt', at: row.closedAt },
    ] as const;
    let previous = row.receivedAt;
    for (const step of steps) {
      const due = reached >= STATUS_ORDER.indexOf(step.status);
      if (due && !step.at) context.addIssue({ code: 'custom', path: [step.field], message: `a ${row.status} complaint has ${step.field}` });
      if (!due && step.at)
        context.addIssue({ code: 'custom', path: [step.field], message: `a ${row.status} complaint has no ${step.field}` });
      if (step.at) {
        if (step.at < previous) context.addIssue({ code: 'custom', path: [step.field], message: 'the steps must be in time order' });
        previous = step.at;
      }
    }
    if (reached >= STATUS_ORDER.indexOf('ASSIGNED') && !row.departmentId) {
      context.addIssue({ code: 'custom', path: ['departmentId'], message: 'an assigned complaint names its department' });
    }
    if (row.satisfaction && row.status !== 'CLOSED') {
      context.addIssue({ code: 'custom', path: ['satisfaction'], message: 'only a closed complaint has the complainant’s satisfaction' });
    }
    if (reached >= STATUS_ORDER.indexOf('ANSWERED') !== Boolean(row.answer)) {
      context.addIssue({ code: 'custom', path: ['answer'], message: 'an answered or closed complaint, and only one, has an answer' });
    }
  });

export type ComplaintImportRow = z.infer<typeof complaintImportRowSchema>;

/**
 * Imports historical complaints (投诉), validated like `importCaseRows`: the answer deadline is derived from the receipt
 * (`complaintWorkingDays` working days), the steps must match the status and follow one another.
 */
export async function importComplaintRows(
  database: Database<CasesTables>,
  dependencies: Pick<CaseImportDependencies, 'calendar' | 'settings'>,
  rawRows: readonly unknown[],
  options: BulkOptions = {},
): Promise<BulkReport> {
  const { calendar, settings } = dependencies;
  const problems: BulkProblem[] = [];
  const parsed = parseRecords(complaintImportRowSchema, rawRows, problems);
  const existing = await existingNumbers(
    database,
    'cases.complaints',
    parsed.flatMap((row) => (row ? [row.number] : [])),
  );
  const seen = new Set<string>();
  const prepared = parsed.map((row, index) => {
    if (!row) return null;
    const before = problems.length;
    const parsedNumber = checkNumber(COMPLAINT_NUMBERS, row.number, index + 1, existing, seen, problems);
    return problems.length === before && parsedNumber ? { ...row, parsedNumber } : null;
  });
  const report = await writeBatches(database, prepared, problems, options, 'complaints_number_unique', async (client, batch, written) => {
    await raiseCounters(
      client,
      batch.map((row) => row.parsedNumber),
    );
    const ids = idsFor(batch.map((row) => ({ id: row.id, at: row.receivedAt })));
    written.complaints = await copyInto(
      client,
      complaints,
      [
        'id',
        'number',
        'channel',
        'subjectKind',
        'departmentId',
        'windowId',
        'staffId',
        'matterId',
        'content',
        'complainantName',
        'complainantPhone',
        'status',
        'receivedAt',
        'answerDueAt',
        'assignedAt',
        'answeredAt',
        'answer',
        'closedAt',
        'satisfaction',
      ],
      batch.map((row, i) => ({
        id: ids[i] ?? '',
        number: row.number,
        channel: row.channel,
        subjectKind: row.subject,
        departmentId: row.departmentId ?? null,
        windowId: row.windowId ?? null,
        staffId: row.staffId ?? null,
        matterId: row.matterId ?? null,
        content: row.content,
        complainantName: row.complainantName ?? null,
        complainantPhone: row.complainantPhone ?? null,
        status: row.status,
        receivedAt: row.receivedAt,
        answerDueAt: workingDaysLater(row.receivedAt, settings.complaintWorkingDays, calendar, settings),
        assignedAt: row.assignedAt ?? null,
        answeredAt: row.answeredAt ?? null,
        answer: row.answer ?? null,
        closedAt: row.closedAt ?? null,
        satisfaction: row.satisfaction ?? null,
      })),
    );
  });
  return { ...report, errors: problems.sort((a, b) => a.row - b.row) };
}
