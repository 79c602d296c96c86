import { BulkImportRefused, bulkProblemsOf, type BulkProblem } from '@hall/db';
import { z } from 'zod';
import { halfDay, swapStatus, ticketStatus } from '../db/schema';
import {
  decisionNote,
  id,
  isoDate,
  matterCategory,
  shiftInput,
  staffInput,
  swapRequestInput,
  ticketNumber,
  windowInput,
} from '../resolvers/inputs';

/**
 * The rows of the bulk path, validated by the API's own input schemas (src/resolvers/inputs.ts) plus what a bulk row
 * carries beyond an API input (its id, `active`, a ticket's timestamps, a request's decision), so bulk refuses what the
 * API refuses. Refusals are the platform's one bulk error, `BulkImportRefused`, its rows counted from 1 per table.
 */

const instant = z.date();

export const bulkStaffRow = staffInput.extend({ id, active: z.boolean().optional() });

export const bulkWindowRow = windowInput
  .extend({ id, active: z.boolean().optional() })
  // The API folds repeats away; a bulk row writes its window_departments as given.
  .refine((row) => new Set(row.departmentIds).size === row.departmentIds.length, {
    message: 'repeat a department',
    path: ['departmentIds'],
  });

export const bulkShiftRow = shiftInput.extend({ id, swapRequestId: id.nullish() });

/** A filed request as the API files it, plus who filed it for which department, and its decision when it has one. */
export const bulkSwapRequestRow = swapRequestInput
  .extend({
    id,
    departmentId: id,
    status: z.enum(swapStatus.enumValues),
    filedBy: z.string().min(1).max(200),
    filedAt: z.date(),
    decidedBy: z.string().min(1).max(200).nullable(),
    decidedAt: z.date().nullable(),
    decisionNote: decisionNote.nullable(),
    shiftsChanged: z.number().int().min(0).nullable(),
  })
  .refine((row) => (row.status === 'APPROVED' || row.status === 'REJECTED') === (row.decidedAt !== null && row.decidedBy !== null), {
    message: 'an APPROVED or REJECTED request has decidedAt and decidedBy, a PENDING or WITHDRAWN one neither',
    path: ['status'],
  })
  .refine((row) => row.decidedAt === null || row.decidedAt >= row.filedAt, { message: 'is before filedAt', path: ['decidedAt'] });

export const bulkAttendanceRow = z
  .object({ id, shiftId: id, staffId: id, windowId: id, checkInAt: instant, checkOutAt: instant.nullable() })
  .refine((row) => !row.checkOutAt || row.checkOutAt >= row.checkInAt, { message: 'checks out before checking in', path: ['checkOutAt'] });

export const bulkIncidentRow = z
  .object({
    id,
    windowId: id,
    date: isoDate,
    half: z.enum(halfDay.enumValues),
    shiftId: id.nullable(),
    staffId: id,
    departmentId: id,
    since: instant,
    recordedAt: instant,
  })
  .refine((row) => row.recordedAt >= row.since, {
    message: 'recorded before the window was unattended long enough',
    path: ['recordedAt'],
  });

type TicketLife = Pick<
  z.infer<typeof ticketFields>,
  'status' | 'issuedAt' | 'calledAt' | 'windowId' | 'staffId' | 'serviceStartedAt' | 'serviceEndedAt' | 'noShowAt'
>;

const ticketFields = z.object({
  id,
  day: isoDate,
  number: ticketNumber,
  departmentId: id,
  category: matterCategory,
  status: z.enum(ticketStatus.enumValues),
  issuedAt: instant,
  calledAt: instant.nullable(),
  windowId: id.nullable(),
  staffId: id.nullable(),
  serviceStartedAt: instant.nullable(),
  serviceEndedAt: instant.nullable(),
  noShowAt: instant.nullable(),
});

/** Which fields each status carries: a ticket's timestamps follow its life (issued → called → served or no-show). */
function ticketLifeProblems(row: TicketLife): string[] {
  const problems: string[] = [];
  const called = row.calledAt !== null;
  if (called !== (row.windowId !== null) || called !== (row.staffId !== null))
    problems.push('calledAt, windowId and staffId are set together');
  const started = row.serviceStartedAt !== null;
  const ended = row.serviceEndedAt !== null;
  const noShow = row.noShowAt !== null;
  const life: Record<TicketLife['status'], [boolean, string]> = {
    WAITING: [!called && !started && !ended && !noShow, 'has not been called'],
    CALLED: [called && !started && !ended && !noShow, 'is called and nothing more'],
    SERVING: [called && started && !ended && !noShow, 'is called and its service started'],
    DONE: [called && started && ended && !noShow, 'was called, started and ended'],
    NO_SHOW: [called && noShow && !started && !ended, 'was called and marked a no-show'],
  };
  const [fits, what] = life[row.status];
  if (!fits) problems.push(`a ${row.status} ticket ${what}`);
  const notBefore = (later: Date | null, earlier: Date | null, what: string) => {
    if (later && earlier && later < earlier) problems.push(`a ${row.status} ticket ${what}`);
  };
  notBefore(row.calledAt, row.issuedAt, 'is called before it was issued');
  notBefore(row.serviceStartedAt, row.calledAt, 'is served before it was called');
  notBefore(row.serviceEndedAt, row.serviceStartedAt, 'ends its service before starting it');
  notBefore(row.noShowAt, row.calledAt, 'is a no-show before it was called');
  return problems;
}

export const bulkTicketRow = ticketFields.superRefine((row, context) => {
  for (const message of ticketLifeProblems(row)) context.addIssue({ code: 'custom', message, path: ['status'] });
});

export const bulkTicketCounterRow = z.object({
  day: isoDate,
  prefix: z.string().regex(/^[A-Z]$/, 'is not a zone letter'),
  last: z.number().int().min(1),
});

/** Every row's problems with its schema (rows counted from 1); the caller refuses the batch when there are any. */
export function rowProblems(table: string, schema: z.ZodType, rows: readonly unknown[]): BulkProblem[] {
  return rows.flatMap((row, index) => {
    const result = schema.safeParse(row);
    return result.success ? [] : bulkProblemsOf(result.error.issues, index + 1, table);
  });
}

/** A key that must not repeat within a batch (the database's unique indexes would refuse it without naming the row). */
export function repeatProblems<T>(
  table: string,
  rows: readonly T[],
  key: (row: T) => string | null,
  field: string,
  what: string,
): BulkProblem[] {
  const seen = new Map<string, number>();
  const problems: BulkProblem[] = [];
  rows.forEach((row, index) => {
    const value = key(row);
    if (value === null) return;
    const earlier = seen.get(value);
    if (earlier !== undefined)
      problems.push({ row: index + 1, table, field, message: `${what} appears twice in the batch (as row ${earlier})` });
    else seen.set(value, index + 1);
  });
  return problems;
}

/** Refuses the batch when anything was found. */
export function refuseAny(problems: readonly BulkProblem[]): void {
  if (problems.length > 0) throw new BulkImportRefused([...problems]);
}
