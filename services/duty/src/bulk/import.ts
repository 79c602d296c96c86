import { copyRows, inTransaction, PgArray, type CopyValue, type Database } from '@hall/db';
import {
  BulkValidationError,
  bulkAttendanceRow,
  bulkIncidentRow,
  bulkShiftRow,
  bulkStaffRow,
  bulkTicketCounterRow,
  bulkTicketRow,
  bulkWindowRow,
  parseRows,
  requireUnique,
} from './rows';
import type { DutyTables, halfDay, staffPost, windowCategory } from '../db/schema';
import type { MatterCategory, TicketStatus } from '../data/queue';
import type { ShiftPeriod } from '../data/shifts';

/**
 * The duty subgraph's bulk import path: validated writers that stream rows with PostgreSQL COPY, for generated or
 * migrated history (the scale generator uses it). Ids come from the caller, so child rows need no RETURNING. Every
 * writer validates its whole batch before sending a byte, so a bad row writes nothing; the database's own constraints
 * (the roster's half-day unique indexes, the one-open-ticket-per-window index, foreign keys, checks) still have the
 * last word, and `writeDutyBatch` runs a batch in one transaction, so a refusal rolls the whole batch back.
 */

export type CopyClient = Parameters<typeof copyRows>[0];
export type DutyPool = Database<DutyTables>['pool'];

export type { MatterCategory, ShiftPeriod, TicketStatus };
export { BulkValidationError };
export type StaffPost = (typeof staffPost.enumValues)[number];
export type WindowCategory = (typeof windowCategory.enumValues)[number];
export type HalfDay = (typeof halfDay.enumValues)[number];

export interface BulkStaff {
  id: string;
  employeeNo: string;
  name: string;
  departmentId: string;
  post: StaffPost;
  partyMember: boolean;
  photoUrl?: string | null;
  /** YYYY-MM-DD */
  postedSince: string;
  active?: boolean;
}

export interface BulkWindow {
  id: string;
  number: string;
  name: string;
  category: WindowCategory;
  hallZone: string;
  /** The departments it serves (window_departments), at least one. */
  departmentIds: readonly string[];
  matterCategories: readonly MatterCategory[];
  openingHours?: string | null;
  active?: boolean;
}

export interface BulkShift {
  id: string;
  date: string;
  period: ShiftPeriod;
  windowId: string;
  staffId: string;
  swapRequestId?: string | null;
}

export interface BulkAttendance {
  id: string;
  shiftId: string;
  staffId: string;
  windowId: string;
  checkInAt: Date;
  checkOutAt: Date | null;
}

export interface BulkUnattendedIncident {
  id: string;
  windowId: string;
  date: string;
  half: HalfDay;
  shiftId: string | null;
  staffId: string;
  departmentId: string;
  since: Date;
  recordedAt: Date;
}

export interface BulkTicket {
  id: string;
  day: string;
  number: string;
  departmentId: string;
  category: MatterCategory;
  status: TicketStatus;
  issuedAt: Date;
  calledAt: Date | null;
  windowId: string | null;
  staffId: string | null;
  serviceStartedAt: Date | null;
  serviceEndedAt: Date | null;
  noShowAt: Date | null;
}

export interface BulkTicketCounter {
  day: string;
  prefix: string;
  last: number;
}

const TICKET_NUMBER = /^([A-Z])(\d{3,})$/;

const halvesOf = (period: ShiftPeriod): HalfDay[] => (period === 'FULL_DAY' ? ['MORNING', 'AFTERNOON'] : [period]);

export function validateStaff(rows: readonly BulkStaff[]): void {
  parseRows('staff', bulkStaffRow, rows);
  requireUnique('staff', rows, (row) => row.id, 'id');
  requireUnique('staff', rows, (row) => row.employeeNo, 'employeeNo');
}

export function validateWindows(rows: readonly BulkWindow[]): void {
  parseRows('windows', bulkWindowRow, rows);
  requireUnique('windows', rows, (row) => row.id, 'id');
  requireUnique('windows', rows, (row) => row.number, 'number');
}

export function validateShifts(rows: readonly BulkShift[]): void {
  parseRows('shifts', bulkShiftRow, rows);
  requireUnique('shifts', rows, (row) => row.id, 'id');
  // The database's half-day indexes refuse these too; caught here they name the row.
  const windows = new Set<string>();
  const people = new Set<string>();
  rows.forEach((row, index) => {
    for (const half of halvesOf(row.period)) {
      const windowSlot = `${row.windowId}|${row.date}|${half}`;
      const personSlot = `${row.staffId}|${row.date}|${half}`;
      if (windows.has(windowSlot)) throw new BulkValidationError('shifts', index, `window ${row.windowId} is booked twice on ${row.date} ${half}`);
      if (people.has(personSlot)) throw new BulkValidationError('shifts', index, `staff ${row.staffId} is booked twice on ${row.date} ${half}`);
      windows.add(windowSlot);
      people.add(personSlot);
    }
  });
}

export function validateAttendance(rows: readonly BulkAttendance[]): void {
  parseRows('attendance', bulkAttendanceRow, rows);
  requireUnique('attendance', rows, (row) => row.id, 'id');
  requireUnique('attendance', rows, (row) => row.shiftId, 'shiftId (one attendance per shift)');
}

export function validateIncidents(rows: readonly BulkUnattendedIncident[]): void {
  parseRows('unattended_incidents', bulkIncidentRow, rows);
  requireUnique('unattended_incidents', rows, (row) => row.id, 'id');
  requireUnique('unattended_incidents', rows, (row) => `${row.windowId}|${row.date}|${row.half}`, 'window, day and half day');
}

export function validateTickets(rows: readonly BulkTicket[]): void {
  parseRows('tickets', bulkTicketRow, rows);
  requireUnique('tickets', rows, (row) => row.id, 'id');
  requireUnique('tickets', rows, (row) => `${row.day}|${row.number}`, 'day and number');
  requireUnique(
    'tickets',
    rows,
    (row) => (row.status === 'CALLED' || row.status === 'SERVING' ? `${row.windowId}|${row.day}` : null),
    'open ticket at a window',
  );
}

export function validateTicketCounters(rows: readonly BulkTicketCounter[]): void {
  parseRows('ticket_counters', bulkTicketCounterRow, rows);
  requireUnique('ticket_counters', rows, (row) => `${row.day}|${row.prefix}`, 'day and prefix');
}

/** The counters `issueTicket` continues from: per day and zone letter, the highest number among the tickets. */
export function ticketCountersFor(tickets: readonly BulkTicket[]): BulkTicketCounter[] {
  const last = new Map<string, BulkTicketCounter>();
  for (const ticket of tickets) {
    const match = TICKET_NUMBER.exec(ticket.number);
    if (!match) continue;
    const key = `${ticket.day}|${match[1]}`;
    const sequence = Number(match[2]);
    const counter = last.get(key);
    if (!counter) last.set(key, { day: ticket.day, prefix: match[1] as string, last: sequence });
    else if (sequence > counter.last) counter.last = sequence;
  }
  return [...last.values()];
}

function* mapped<T>(rows: readonly T[], row: (item: T) => readonly CopyValue[]): Generator<readonly CopyValue[]> {
  for (const item of rows) yield row(item);
}

async function writeStaff(client: CopyClient, rows: readonly BulkStaff[]): Promise<number> {
  return copyRows(
    client,
    {
      table: 'duty.staff',
      columns: ['id', 'employee_no', 'name', 'department_id', 'post', 'party_member', 'photo_url', 'posted_since', 'active'],
    },
    mapped(rows, (r) => [
      r.id,
      r.employeeNo,
      r.name,
      r.departmentId,
      r.post,
      r.partyMember,
      r.photoUrl ?? null,
      r.postedSince,
      r.active ?? true,
    ]),
  );
}

async function writeWindows(client: CopyClient, rows: readonly BulkWindow[]): Promise<number> {
  const written = await copyRows(
    client,
    { table: 'duty.windows', columns: ['id', 'number', 'name', 'category', 'hall_zone', 'matter_categories', 'opening_hours', 'active'] },
    mapped(rows, (r) => [
      r.id,
      r.number,
      r.name,
      r.category,
      r.hallZone,
      new PgArray(r.matterCategories),
      r.openingHours ?? null,
      r.active ?? true,
    ]),
  );
  await copyRows(
    client,
    { table: 'duty.window_departments', columns: ['window_id', 'department_id'] },
    rows.flatMap((r) => r.departmentIds.map((departmentId) => [r.id, departmentId] as const)),
  );
  return written;
}

async function writeShifts(client: CopyClient, rows: readonly BulkShift[]): Promise<number> {
  return copyRows(
    client,
    { table: 'duty.shifts', columns: ['id', 'date', 'period', 'window_id', 'staff_id', 'swap_request_id'] },
    mapped(rows, (r) => [r.id, r.date, r.period, r.windowId, r.staffId, r.swapRequestId ?? null]),
  );
}

async function writeAttendance(client: CopyClient, rows: readonly BulkAttendance[]): Promise<number> {
  return copyRows(
    client,
    { table: 'duty.attendance', columns: ['id', 'shift_id', 'staff_id', 'window_id', 'check_in_at', 'check_out_at'] },
    mapped(rows, (r) => [r.id, r.shiftId, r.staffId, r.windowId, r.checkInAt, r.checkOutAt]),
  );
}

async function writeUnattendedIncidents(client: CopyClient, rows: readonly BulkUnattendedIncident[]): Promise<number> {
  return copyRows(
    client,
    {
      table: 'duty.unattended_incidents',
      columns: ['id', 'window_id', 'date', 'half', 'shift_id', 'staff_id', 'department_id', 'since', 'recorded_at'],
    },
    mapped(rows, (r) => [r.id, r.windowId, r.date, r.half, r.shiftId, r.staffId, r.departmentId, r.since, r.recordedAt]),
  );
}

async function writeTickets(client: CopyClient, rows: readonly BulkTicket[]): Promise<number> {
  return copyRows(
    client,
    {
      table: 'duty.tickets',
      columns: [
        'id',
        'day',
        'number',
        'department_id',
        'category',
        'status',
        'issued_at',
        'called_at',
        'window_id',
        'staff_id',
        'service_started_at',
        'service_ended_at',
        'no_show_at',
      ],
    },
    mapped(rows, (r) => [
      r.id,
      r.day,
      r.number,
      r.departmentId,
      r.category,
      r.status,
      r.issuedAt,
      r.calledAt,
      r.windowId,
      r.staffId,
      r.serviceStartedAt,
      r.serviceEndedAt,
      r.noShowAt,
    ]),
  );
}

async function writeTicketCounters(client: CopyClient, rows: readonly BulkTicketCounter[]): Promise<number> {
  return copyRows(
    client,
    { table: 'duty.ticket_counters', columns: ['day', 'prefix', 'last'] },
    mapped(rows, (r) => [r.day, r.prefix, r.last]),
  );
}

/** Validated COPY writers, each joining the client's transaction (see `inTransaction`). */
export async function copyStaff(client: CopyClient, rows: readonly BulkStaff[]): Promise<number> {
  validateStaff(rows);
  return writeStaff(client, rows);
}
export async function copyWindows(client: CopyClient, rows: readonly BulkWindow[]): Promise<number> {
  validateWindows(rows);
  return writeWindows(client, rows);
}
export async function copyShifts(client: CopyClient, rows: readonly BulkShift[]): Promise<number> {
  validateShifts(rows);
  return writeShifts(client, rows);
}
export async function copyAttendance(client: CopyClient, rows: readonly BulkAttendance[]): Promise<number> {
  validateAttendance(rows);
  return writeAttendance(client, rows);
}
export async function copyUnattendedIncidents(client: CopyClient, rows: readonly BulkUnattendedIncident[]): Promise<number> {
  validateIncidents(rows);
  return writeUnattendedIncidents(client, rows);
}
export async function copyTickets(client: CopyClient, rows: readonly BulkTicket[]): Promise<number> {
  validateTickets(rows);
  return writeTickets(client, rows);
}
export async function copyTicketCounters(client: CopyClient, rows: readonly BulkTicketCounter[]): Promise<number> {
  validateTicketCounters(rows);
  return writeTicketCounters(client, rows);
}

/** A rule of the roster or the queue that no constraint states, broken by rows of a batch (checked in the batch's transaction). */
export class BulkConsistencyError extends Error {
  constructor(
    readonly table: string,
    readonly offending: number,
    readonly rule: string,
  ) {
    super(`duty.${table}: ${offending} row(s) break the rule: ${rule}`);
    this.name = 'BulkConsistencyError';
  }
}

interface Reference {
  staffDepartment: Map<string, string>;
  windowDepartments: Map<string, Set<string>>;
  windowCategories: Map<string, Set<string>>;
}

/** The staff's departments and the windows' departments and categories, as this transaction sees them (a few thousand rows). */
async function readReference(client: CopyClient): Promise<Reference> {
  const staffRows = await client.query<{ id: string; department_id: string }>('SELECT id, department_id FROM duty.staff');
  const windowRows = await client.query<{ id: string; departments: string[]; categories: string }>(
    `SELECT w.id, coalesce(array_agg(wd.department_id::text) FILTER (WHERE wd.department_id IS NOT NULL), '{}') AS departments,
       array_to_string(w.matter_categories, ',') AS categories
     FROM duty.windows w LEFT JOIN duty.window_departments wd ON wd.window_id = w.id GROUP BY w.id`,
  );
  return {
    staffDepartment: new Map(staffRows.rows.map((row) => [row.id, row.department_id])),
    windowDepartments: new Map(windowRows.rows.map((row) => [row.id, new Set(row.departments)])),
    windowCategories: new Map(windowRows.rows.map((row) => [row.id, new Set(row.categories ? row.categories.split(',') : [])])),
  };
}

const openingHalfOf = (period: ShiftPeriod): HalfDay => (period === 'AFTERNOON' ? 'AFTERNOON' : 'MORNING');

/** The shifts the batch's attendance and incidents refer to: from the batch, else read (one statement). */
async function shiftsReferred(client: CopyClient, batch: DutyBatch): Promise<Map<string, BulkShift>> {
  const shifts = new Map((batch.shifts ?? []).map((shift) => [shift.id, shift]));
  const missing = new Set<string>();
  for (const row of batch.attendance ?? []) if (!shifts.has(row.shiftId)) missing.add(row.shiftId);
  for (const row of batch.incidents ?? []) if (row.shiftId && !shifts.has(row.shiftId)) missing.add(row.shiftId);
  if (missing.size > 0) {
    const { rows } = await client.query<{ id: string; date: string; period: ShiftPeriod; window_id: string; staff_id: string }>(
      'SELECT id, date::text AS date, period, window_id, staff_id FROM duty.shifts WHERE id = ANY($1::uuid[])',
      [[...missing]],
    );
    for (const row of rows)
      shifts.set(row.id, { id: row.id, date: row.date, period: row.period, windowId: row.window_id, staffId: row.staff_id });
  }
  return shifts;
}

/**
 * The API's rules no constraint states, over the batch's rows, inside its transaction: a shift's window serves the
 * person's department; attendance is the rostered person at the rostered window; an incident names its shift's window,
 * day, opening half day, person and department; a ticket is called at a window serving its department and category.
 * (A row naming a missing window, person or shift is left to the foreign keys.)
 */
async function checkConsistency(client: CopyClient, batch: DutyBatch): Promise<void> {
  const reference = await readReference(client);
  const shifts = await shiftsReferred(client, batch);
  const offending = (table: string, rule: string, count: number) => {
    if (count > 0) throw new BulkConsistencyError(table, count, rule);
  };
  const serves = (windowId: string, departmentId: string | undefined) =>
    departmentId !== undefined && (reference.windowDepartments.get(windowId)?.has(departmentId) ?? false);
  offending(
    'shifts',
    "a shift's window serves the person's department",
    (batch.shifts ?? []).filter((shift) => !serves(shift.windowId, reference.staffDepartment.get(shift.staffId))).length,
  );
  offending(
    'attendance',
    'attendance is of the rostered person at the rostered window',
    (batch.attendance ?? []).filter((row) => {
      const shift = shifts.get(row.shiftId);
      return shift !== undefined && (shift.staffId !== row.staffId || shift.windowId !== row.windowId);
    }).length,
  );
  offending(
    'unattended_incidents',
    "an incident names its shift's window, day, opening half day, person and the person's department",
    (batch.incidents ?? []).filter((row) => {
      const shift = row.shiftId ? shifts.get(row.shiftId) : undefined;
      const department = reference.staffDepartment.get(row.staffId);
      if (department !== undefined && department !== row.departmentId) return true;
      return (
        shift !== undefined &&
        (shift.windowId !== row.windowId ||
          shift.date !== row.date ||
          shift.staffId !== row.staffId ||
          openingHalfOf(shift.period) !== row.half)
      );
    }).length,
  );
  offending(
    'tickets',
    'a ticket is called at a window serving its department and category',
    (batch.tickets ?? []).filter(
      (row) =>
        row.windowId !== null &&
        reference.windowCategories.has(row.windowId) &&
        (!serves(row.windowId, row.departmentId) || !(reference.windowCategories.get(row.windowId)?.has(row.category) ?? false)),
    ).length,
  );
  // `issueTicket` continues from the counter row: a counter behind a loaded ticket would hand out that ticket's number
  // again, fail on the unique (day, number), roll its own increment back and so stop the day's kiosk for good.
  const days = [...new Set([...(batch.tickets ?? []).map((row) => row.day), ...(batch.ticketCounters ?? []).map((row) => row.day)])];
  if (days.length > 0) {
    const { rows } = await client.query<{ behind: number }>(
      `SELECT count(*)::int AS behind FROM duty.tickets t
         LEFT JOIN duty.ticket_counters c ON c.day = t.day AND c.prefix = left(t.number, 1)
       WHERE t.day = ANY($1::date[]) AND (c.last IS NULL OR substring(t.number FROM 2)::int > c.last)`,
      [days],
    );
    offending('ticket_counters', "a day's counter is at or past the highest number of that day's tickets", rows[0]?.behind ?? 0);
  }
}

/** One batch of the duty subgraph's rows, written together (children after their parents). */
export interface DutyBatch {
  staff?: readonly BulkStaff[];
  windows?: readonly BulkWindow[];
  shifts?: readonly BulkShift[];
  attendance?: readonly BulkAttendance[];
  incidents?: readonly BulkUnattendedIncident[];
  /** A day's tickets belong in one batch: its counters are derived from them (unless given) and written once. */
  tickets?: readonly BulkTicket[];
  ticketCounters?: readonly BulkTicketCounter[];
}

export interface DutyBatchCounts {
  staff: number;
  windows: number;
  window_departments: number;
  shifts: number;
  attendance: number;
  unattended_incidents: number;
  tickets: number;
  ticket_counters: number;
}

/**
 * Writes a batch in one transaction with COPY, all or nothing: validated first, then written parents first, then the
 * rules no constraint states are checked over the batch's rows before committing.
 */
export async function writeDutyBatch(pool: DutyPool, batch: DutyBatch): Promise<DutyBatchCounts> {
  const counters = batch.ticketCounters ?? (batch.tickets ? ticketCountersFor(batch.tickets) : []);
  // Everything is validated before the transaction opens: a bad row costs no round trip.
  if (batch.staff) validateStaff(batch.staff);
  if (batch.windows) validateWindows(batch.windows);
  if (batch.shifts) validateShifts(batch.shifts);
  if (batch.attendance) validateAttendance(batch.attendance);
  if (batch.incidents) validateIncidents(batch.incidents);
  if (batch.tickets) validateTickets(batch.tickets);
  validateTicketCounters(counters);
  return inTransaction(pool, async (client) => {
    const counts: DutyBatchCounts = {
      staff: batch.staff?.length ? await writeStaff(client, batch.staff) : 0,
      windows: batch.windows?.length ? await writeWindows(client, batch.windows) : 0,
      window_departments: (batch.windows ?? []).reduce((sum, window) => sum + window.departmentIds.length, 0),
      shifts: batch.shifts?.length ? await writeShifts(client, batch.shifts) : 0,
      attendance: batch.attendance?.length ? await writeAttendance(client, batch.attendance) : 0,
      unattended_incidents: batch.incidents?.length ? await writeUnattendedIncidents(client, batch.incidents) : 0,
      tickets: batch.tickets?.length ? await writeTickets(client, batch.tickets) : 0,
      ticket_counters: counters.length ? await writeTicketCounters(client, counters) : 0,
    };
    await checkConsistency(client, batch);
    return counts;
  });
}
