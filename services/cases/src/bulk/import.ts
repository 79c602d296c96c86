import { randomFillSync } from 'node:crypto';
import { copyRows, uuidV7Layout, type CopyValue, type Database } from '@hall/db';
import { printableText, type WorkingCalendar } from '@hall/service-kit';
import { z } from 'zod';
import { workingDaysLater } from '../domain/deadlines';
import { complaintStatus, type CasesTables } from '../db/schema';
import { complaintFields, requireComplaintSubject } from '../resolvers/inputs';
import { newEvaluationCode } from '../domain/codes';
import type { DutyLookup } from '../ports/duty';
import { deriveImportedCase, importRowSchema, type ImportProblem, type ImportRow } from './rows';
import type { DirectoryMatter } from '../ports/matters';
import { CASE_NUMBERS, COMPLAINT_NUMBERS, formatMessage, parseNumber, raiseCountersStatement, type NumberSeries, type ParsedNumber } from '../data/numbers';
import type { CasesSettings } from '../settings';

/**
 * The bulk import path (historical cases and complaints): every row validated, then written with COPY, one transaction
 * per batch, ids made here so the child rows need no RETURNING. A batch holding a bad row writes nothing; the other
 * batches are written. Used by the `importCases` mutation and in-process by the scale generator.
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
  errors: ImportProblem[];
  /** Rows written per table (child rows included). */
  written: Record<string, number>;
}

export interface CaseImportDependencies {
  calendar: WorkingCalendar;
  settings: CasesSettings;
  /** The matters of the given ids; a missing id (or null) is an unknown matter. May throw to refuse the import. */
  matters(ids: readonly string[]): Promise<ReadonlyMap<string, DirectoryMatter | null>>;
  /**
   * The staff and windows the rows name (the duty subgraph): each must exist and belong to the matter's department.
   * In-process loaders that made the ids themselves (the scale generator) may leave it out.
   */
  people?(request: { staffIds: readonly string[]; windowIds: readonly string[] }): Promise<DutyLookup>;
}

export interface BulkOptions {
  /** Rows per transaction (default 500). */
  batchSize?: number;
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

const CASE_COLUMNS = [
  'id',
  'number',
  'matter_id',
  'department_id',
  'window_id',
  'first_owner_staff_id',
  'status',
  'applicant_name',
  'applicant_id_number',
  'applicant_phone',
  'submitted_at',
  'accepted_at',
  'due_at',
  'completed_at',
  'visits',
  'version',
  'matter_snapshot',
  'instant',
  'paused_working_days',
  'paused_since',
  'pre_warning_at',
  'supervision_due_at',
  'decided_at',
  'delivered_at',
  'supplement_notices',
  'referred_to_department_id',
  'evaluation_code',
] as const;
const EVENT_COLUMNS = ['case_id', 'at', 'from_status', 'to_status', 'actor_id', 'actor_role', 'reason', 'data'] as const;
const VISIT_COLUMNS = ['case_id', 'at', 'purpose', 'window_id'] as const;
const EVALUATION_COLUMNS = [
  'id',
  'case_id',
  'matter_id',
  'department_id',
  'window_id',
  'staff_id',
  'level',
  'channel',
  'comment',
  'real_name',
  'evaluated_at',
  'rectification_status',
] as const;
const IMPORTED_EVENT_DATA = JSON.stringify({ imported: true });

interface PreparedCase {
  row: ImportRow;
  parsedNumber: ParsedNumber;
  matter: DirectoryMatter;
  columns: ReturnType<typeof deriveImportedCase>['columns'];
}

/** A checked-out client (the pool's own type, without importing pg here). */
type CopyClient = Parameters<typeof copyRows>[0];

interface Batch<T> {
  firstRow: number;
  entries: Array<T | null>;
}

/** Splits prepared rows into batches and writes the clean ones, each in its own transaction on one checked-out client. */
async function writeBatches<T>(
  database: Database<CasesTables>,
  prepared: Array<T | null>,
  problems: ImportProblem[],
  batchSize: number,
  uniqueConstraint: string,
  write: (client: CopyClient, entries: T[], written: Record<string, number>) => Promise<void>,
): Promise<Omit<BulkReport, 'errors'>> {
  const failedRows = new Set(problems.map((problem) => problem.row));
  const batches: Array<Batch<T>> = [];
  for (let start = 0; start < prepared.length; start += batchSize)
    batches.push({ firstRow: start + 1, entries: prepared.slice(start, start + batchSize) });
  const report: Omit<BulkReport, 'errors'> = { imported: 0, batches: [], written: {} };
  const clean = (batch: Batch<T>) => batch.entries.every((entry, offset) => entry !== null && !failedRows.has(batch.firstRow + offset));
  if (!batches.some(clean)) {
    report.batches = batches.map((batch) => ({ firstRow: batch.firstRow, rows: batch.entries.length, imported: false }));
    return report;
  }
  const client = await database.pool.connect();
  try {
    for (const batch of batches) {
      const rows = batch.entries.length;
      if (!clean(batch)) {
        report.batches.push({ firstRow: batch.firstRow, rows, imported: false });
        continue;
      }
      const written: Record<string, number> = {};
      await client.query('BEGIN');
      try {
        await write(client, batch.entries as T[], written);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
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
    client.release();
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
  problems: ImportProblem[],
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

/**
 * Imports historical cases with their trails, the visits the trails imply and their evaluations. Every row is
 * validated (shape, lifecycle of the trail, matter, unique number) and each bad row reported by its 1-based number.
 */
export async function importCaseRows(
  database: Database<CasesTables>,
  dependencies: CaseImportDependencies,
  rawRows: readonly unknown[],
  options: BulkOptions = {},
): Promise<BulkReport> {
  const batchSize = options.batchSize ?? DEFAULT_IMPORT_BATCH;
  const problems: ImportProblem[] = [];
  const parsed = rawRows.map((raw, index) => {
    const result = importRowSchema.safeParse(raw);
    if (result.success) return result.data;
    for (const issue of result.error.issues) problems.push({ row: index + 1, field: issue.path.join('.'), message: issue.message });
    return null;
  });

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
  const seen = new Set<string>();
  const prepared = parsed.map((row, index): PreparedCase | null => {
    if (!row) return null;
    const number = index + 1;
    const before = problems.length;
    const matter = matters.get(row.matterId);
    const known = matter && matter.status !== 'DRAFT';
    if (!known) problems.push({ row: number, field: 'matterId', message: 'unknown matter' });
    const parsedNumber = checkNumber(CASE_NUMBERS, row.number, number, existing, seen, problems);
    if (people) {
      const departmentId = known ? matter.snapshot.departmentId : null;
      const staff = people.staff.get(row.firstOwnerStaffId);
      if (!staff) problems.push({ row: number, field: 'firstOwnerStaffId', message: 'unknown staff member' });
      else if (departmentId && staff.departmentId !== departmentId)
        problems.push({ row: number, field: 'firstOwnerStaffId', message: 'a staff member of another department' });
      const window = row.windowId ? people.windows.get(row.windowId) : undefined;
      if (row.windowId && !window) problems.push({ row: number, field: 'windowId', message: 'unknown window' });
      else if (window && departmentId && !window.departmentIds.includes(departmentId))
        problems.push({ row: number, field: 'windowId', message: 'a window that does not serve the matter’s department' });
    }
    if (!known || !parsedNumber) return null;
    const derived = deriveImportedCase(row, matter.snapshot, dependencies.calendar, dependencies.settings);
    for (const problem of derived.problems) problems.push({ row: number, ...problem });
    return problems.length === before ? { row, parsedNumber, matter, columns: derived.columns } : null;
  });

  const snapshots = new Map<string, string>();
  const snapshotText = (matter: DirectoryMatter) => {
    let text = snapshots.get(matter.snapshot.id);
    if (text === undefined) snapshots.set(matter.snapshot.id, (text = JSON.stringify(matter.snapshot)));
    return text;
  };
  const report = await writeBatches(database, prepared, problems, batchSize, 'cases_number_unique', async (client, batch, written) => {
    // First, so a registration of the same day waits on the counter row and then numbers after the imported cases.
    await raiseCounters(
      client,
      batch.map(({ parsedNumber }) => parsedNumber),
    );
    const ids = timeOrderedIds(batch.map(({ columns }) => columns.submittedAt));
    written.cases = await copyRows(
      client,
      { table: 'cases.cases', columns: CASE_COLUMNS },
      batch.map(({ row, matter, columns: c }, i): CopyValue[] => [
        ids[i],
        row.number,
        matter.snapshot.id,
        matter.snapshot.departmentId,
        row.windowId,
        row.firstOwnerStaffId,
        c.status,
        row.applicantName,
        row.applicantIdNumber,
        row.applicantPhone,
        c.submittedAt,
        c.acceptedAt,
        c.dueAt,
        c.completedAt,
        row.visits,
        c.version,
        snapshotText(matter),
        c.instant,
        c.pausedWorkingDays,
        c.pausedSince,
        c.preWarningAt,
        c.supervisionDueAt,
        c.decidedAt,
        c.deliveredAt,
        c.supplementNotices,
        c.referredToDepartmentId,
        // 一事一评: a case imported as completed or delivered is evaluated with a code like one completed here.
        c.status === 'COMPLETED' || c.status === 'DELIVERED' ? newEvaluationCode() : null,
      ]),
    );
    written.case_events = await copyRows(
      client,
      { table: 'cases.case_events', columns: EVENT_COLUMNS },
      (function* () {
        for (const [i, { row }] of batch.entries()) {
          let from: string | null = null;
          for (const event of row.events) {
            yield [ids[i], event.at, from, event.to, null, event.actorRole ?? 'staff', event.reason, IMPORTED_EVENT_DATA];
            from = event.to;
          }
        }
      })(),
    );
    written.case_visits = await copyRows(
      client,
      { table: 'cases.case_visits', columns: VISIT_COLUMNS },
      (function* () {
        for (const [i, { row }] of batch.entries()) {
          for (const visit of visitsOfTrail(row.windowId, row.events)) yield [ids[i], visit.at, visit.purpose, row.windowId];
        }
      })(),
    );
    written.evaluations = await copyRows(
      client,
      { table: 'cases.evaluations', columns: EVALUATION_COLUMNS },
      (function* () {
        const rated = batch.flatMap((entry, i) => (entry.row.evaluation ? [{ ...entry, i, evaluation: entry.row.evaluation }] : []));
        const evaluationIds = timeOrderedIds(rated.map(({ evaluation }) => evaluation.evaluatedAt));
        for (const [k, { row, matter, evaluation, i }] of rated.entries()) {
          yield [
            evaluationIds[k],
            ids[i],
            matter.snapshot.id,
            matter.snapshot.departmentId,
            row.windowId,
            row.firstOwnerStaffId,
            evaluation.level,
            evaluation.channel,
            evaluation.comment,
            evaluation.realName ?? true,
            evaluation.evaluatedAt,
            // Historical bad reviews arrive already handled elsewhere: recorded, not reopened.
            evaluation.level <= 2 ? 'DONE' : null,
          ];
        }
      })(),
    );
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
    if (reached >= STATUS_ORDER.indexOf('ANSWERED') !== Boolean(row.answer)) {
      context.addIssue({ code: 'custom', path: ['answer'], message: 'an answered or closed complaint, and only one, has an answer' });
    }
  });

export type ComplaintImportRow = z.infer<typeof complaintImportRowSchema>;

const COMPLAINT_COLUMNS = [
  'id',
  'number',
  'channel',
  'subject_kind',
  'department_id',
  'window_id',
  'staff_id',
  'matter_id',
  'content',
  'complainant_name',
  'complainant_phone',
  'status',
  'received_at',
  'answer_due_at',
  'assigned_at',
  'answered_at',
  'answer',
  'closed_at',
] as const;

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
  const problems: ImportProblem[] = [];
  const parsed = rawRows.map((raw, index) => {
    const result = complaintImportRowSchema.safeParse(raw);
    if (result.success) return result.data;
    for (const issue of result.error.issues) problems.push({ row: index + 1, field: issue.path.join('.'), message: issue.message });
    return null;
  });
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
  const report = await writeBatches(
    database,
    prepared,
    problems,
    options.batchSize ?? DEFAULT_IMPORT_BATCH,
    'complaints_number_unique',
    async (client, batch, written) => {
      await raiseCounters(
        client,
        batch.map((row) => row.parsedNumber),
      );
      const ids = timeOrderedIds(batch.map((row) => row.receivedAt));
      written.complaints = await copyRows(
        client,
        { table: 'cases.complaints', columns: COMPLAINT_COLUMNS },
        batch.map((row, i): CopyValue[] => [
          ids[i],
          row.number,
          row.channel,
          row.subject,
          row.departmentId,
          row.windowId,
          row.staffId,
          row.matterId,
          row.content,
          row.complainantName,
          row.complainantPhone,
          row.status,
          row.receivedAt,
          workingDaysLater(row.receivedAt, settings.complaintWorkingDays, calendar, settings),
          row.assignedAt,
          row.answeredAt,
          row.answer,
          row.closedAt,
        ]),
      );
    },
  );
  return { ...report, errors: problems.sort((a, b) => a.row - b.row) };
}
