import { copyInto, inTransaction, type BulkProblem, type Database } from '@hall/db';
import type { WorkingCalendar } from '@hall/service-kit';
import { drizzle } from 'drizzle-orm/node-postgres';
import { eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import {
  bulkAttendanceRow,
  bulkIncidentRow,
  bulkShiftRow,
  bulkStaffRow,
  bulkSwapRequestRow,
  bulkTicketCounterRow,
  bulkTicketRow,
  bulkWindowRow,
  refuseAny,
  repeatProblems,
  rowProblems,
} from './rows';
import {
  attendance,
  hallSettings,
  shifts,
  staff,
  swapRequests,
  tables,
  ticketCounters,
  tickets,
  unattendedIncidents,
  windowDepartments,
  windows,
  type DutyTables,
  type halfDay,
} from '../db/schema';
import type { MatterCategory, TicketStatus } from '../data/queue';
import type { ShiftPeriod } from '../data/shifts';
import { swapNotice } from '../data/swaps';

/**
 * The duty subgraph's bulk import path: validated writers that stream rows with PostgreSQL COPY, for generated or
 * migrated history (the scale generator uses it). Ids come from the caller, so child rows need no RETURNING. Every
 * writer validates its whole batch before sending a byte, so a bad row writes nothing; the database's own constraints
 * (the roster's half-day unique indexes, the one-open-ticket-per-window index, foreign keys, checks) still have the
 * last word, and `writeDutyBatch` runs a batch in one transaction, so a refusal rolls the whole batch back.
 */

export type CopyClient = Parameters<typeof copyInto>[0];
export type DutyPool = Database<DutyTables>['pool'];

export type { MatterCategory, ShiftPeriod, TicketStatus };
export type HalfDay = (typeof halfDay.enumValues)[number];

/** The records of the bulk path: what their schemas (rows.ts, on the API's input schemas) take. */
export type BulkStaff = z.input<typeof bulkStaffRow>;
/** A window with the departments it serves (window_departments), at least one. */
export type BulkWindow = z.input<typeof bulkWindowRow>;
/**
 * A swap or replacement request as filed, with its decision when it has one. Its notice (working days from the filing
 * day) and who was recently posted are derived on import, as `fileSwapRequest` derives them.
 */
export type BulkSwapRequest = z.input<typeof bulkSwapRequestRow>;
export type BulkShift = z.input<typeof bulkShiftRow>;
export type BulkAttendance = z.input<typeof bulkAttendanceRow>;
export type BulkUnattendedIncident = z.input<typeof bulkIncidentRow>;
export type BulkTicket = z.input<typeof bulkTicketRow>;
export type BulkTicketCounter = z.input<typeof bulkTicketCounterRow>;

const TICKET_NUMBER = /^([A-Z])(\d{3,})$/;

const halvesOf = (period: ShiftPeriod): HalfDay[] => (period === 'FULL_DAY' ? ['MORNING', 'AFTERNOON'] : [period]);

function staffProblems(rows: readonly BulkStaff[]): BulkProblem[] {
  return [
    ...rowProblems('staff', bulkStaffRow, rows),
    ...repeatProblems('staff', rows, (row) => row.id, 'id', 'id'),
    ...repeatProblems('staff', rows, (row) => row.employeeNo, 'employeeNo', 'employeeNo'),
  ];
}

function windowProblems(rows: readonly BulkWindow[]): BulkProblem[] {
  return [
    ...rowProblems('windows', bulkWindowRow, rows),
    ...repeatProblems('windows', rows, (row) => row.id, 'id', 'id'),
    ...repeatProblems('windows', rows, (row) => row.number, 'number', 'number'),
  ];
}

function swapRequestProblems(rows: readonly BulkSwapRequest[]): BulkProblem[] {
  return [...rowProblems('swap_requests', bulkSwapRequestRow, rows), ...repeatProblems('swap_requests', rows, (row) => row.id, 'id', 'id')];
}

function shiftProblems(rows: readonly BulkShift[]): BulkProblem[] {
  const problems = [...rowProblems('shifts', bulkShiftRow, rows), ...repeatProblems('shifts', rows, (row) => row.id, 'id', 'id')];
  // The database's half-day indexes refuse these too; caught here they name the row.
  const windowSlots = new Set<string>();
  const personSlots = new Set<string>();
  rows.forEach((row, index) => {
    for (const half of halvesOf(row.period)) {
      const windowSlot = `${row.windowId}|${row.date}|${half}`;
      const personSlot = `${row.staffId}|${row.date}|${half}`;
      const at = { row: index + 1, table: 'shifts' };
      if (windowSlots.has(windowSlot))
        problems.push({ ...at, field: 'windowId', message: `window ${row.windowId} is booked twice on ${row.date} ${half}` });
      if (personSlots.has(personSlot))
        problems.push({ ...at, field: 'staffId', message: `staff ${row.staffId} is booked twice on ${row.date} ${half}` });
      windowSlots.add(windowSlot);
      personSlots.add(personSlot);
    }
  });
  return problems;
}

function attendanceProblems(rows: readonly BulkAttendance[]): BulkProblem[] {
  return [
    ...rowProblems('attendance', bulkAttendanceRow, rows),
    ...repeatProblems('attendance', rows, (row) => row.id, 'id', 'id'),
    ...repeatProblems('attendance', rows, (row) => row.shiftId, 'shiftId', 'shiftId (one attendance per shift)'),
  ];
}

function incidentProblems(rows: readonly BulkUnattendedIncident[]): BulkProblem[] {
  return [
    ...rowProblems('unattended_incidents', bulkIncidentRow, rows),
    ...repeatProblems('unattended_incidents', rows, (row) => row.id, 'id', 'id'),
    ...repeatProblems('unattended_incidents', rows, (row) => `${row.windowId}|${row.date}|${row.half}`, 'half', 'window, day and half day'),
  ];
}

function ticketProblems(rows: readonly BulkTicket[]): BulkProblem[] {
  return [
    ...rowProblems('tickets', bulkTicketRow, rows),
    ...repeatProblems('tickets', rows, (row) => row.id, 'id', 'id'),
    ...repeatProblems('tickets', rows, (row) => `${row.day}|${row.number}`, 'number', 'day and number'),
    ...repeatProblems(
      'tickets',
      rows,
      (row) => (row.status === 'CALLED' || row.status === 'SERVING' ? `${row.windowId}|${row.day}` : null),
      'windowId',
      'open ticket at a window',
    ),
  ];
}

function ticketCounterProblems(rows: readonly BulkTicketCounter[]): BulkProblem[] {
  return [
    ...rowProblems('ticket_counters', bulkTicketCounterRow, rows),
    ...repeatProblems('ticket_counters', rows, (row) => `${row.day}|${row.prefix}`, 'prefix', 'day and prefix'),
  ];
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

async function writeStaff(client: CopyClient, rows: readonly BulkStaff[]): Promise<number> {
  return copyInto(
    client,
    staff,
    ['id', 'employeeNo', 'name', 'departmentId', 'post', 'partyMember', 'photoUrl', 'postedSince', 'active'],
    rows.map((row) => ({ ...row, photoUrl: row.photoUrl ?? null, active: row.active ?? true })),
  );
}

async function writeWindows(client: CopyClient, rows: readonly BulkWindow[]): Promise<number> {
  const written = await copyInto(
    client,
    windows,
    ['id', 'number', 'name', 'category', 'hallZone', 'matterCategories', 'openingHours', 'active'],
    rows.map((row) => ({
      ...row,
      matterCategories: [...row.matterCategories],
      openingHours: row.openingHours ?? null,
      active: row.active ?? true,
    })),
  );
  await copyInto(
    client,
    windowDepartments,
    ['windowId', 'departmentId'],
    rows.flatMap((row) => row.departmentIds.map((departmentId) => ({ windowId: row.id, departmentId }))),
  );
  return written;
}

/** The hall's rules and the people a batch's requests name, as this transaction sees them. */
async function requestReference(client: CopyClient, requests: readonly BulkSwapRequest[]) {
  const db = drizzle(client, { schema: tables });
  const [settings] = await db.select().from(hallSettings).where(eq(hallSettings.id, 1));
  if (!settings) throw new Error('duty.hall_settings has no row: the migrations did not run');
  const ids = [...new Set(requests.flatMap((request) => [request.staffId, request.otherStaffId]))];
  const people = await db
    .select({ id: staff.id, departmentId: staff.departmentId, postedSince: staff.postedSince })
    .from(staff)
    .where(inArray(staff.id, ids));
  return { settings, people: new Map(people.map((person) => [person.id, person])) };
}

/**
 * Requests with the columns `fileSwapRequest` derives, after the rules it applies that the rows alone cannot show:
 * both people of the filing department, the first day not before the filing day. The notice period is not enforced: a
 * request filed under an earlier setting or calendar keeps its count, and the SHORT_NOTICE flag shows it.
 */
async function writeSwapRequests(
  client: CopyClient,
  { timeZone, calendar }: { timeZone: string; calendar: WorkingCalendar },
  rows: readonly BulkSwapRequest[],
): Promise<number> {
  const { settings, people } = await requestReference(client, rows);
  const problems: BulkProblem[] = [];
  const derived = rows.map((row, index) => {
    const at = { row: index + 1, table: 'swap_requests' };
    const named = [people.get(row.staffId), people.get(row.otherStaffId)].filter((person) => person !== undefined);
    if (named.some((person) => person.departmentId !== row.departmentId))
      problems.push({ ...at, field: 'departmentId', message: 'a department files requests for its own staff only' });
    const notice = swapNotice(row.filedAt, row.effectiveFrom, named, { timeZone, minimumPostingMonths: settings.minimumPostingMonths }, calendar);
    if (row.effectiveFrom < notice.filedOn) problems.push({ ...at, field: 'effectiveFrom', message: 'is before the filing day' });
    return {
      ...row,
      effectiveTo: row.effectiveTo ?? null,
      documentNo: row.documentNo ?? null,
      noticeWorkingDays: notice.noticeWorkingDays,
      recentlyPostedStaffIds: notice.recentlyPostedStaffIds,
    };
  });
  refuseAny(problems);
  return copyInto(
    client,
    swapRequests,
    [
      'id',
      'departmentId',
      'kind',
      'staffId',
      'otherStaffId',
      'effectiveFrom',
      'effectiveTo',
      'reason',
      'documentNo',
      'emergency',
      'noticeWorkingDays',
      'recentlyPostedStaffIds',
      'status',
      'filedBy',
      'filedAt',
      'decidedBy',
      'decidedAt',
      'decisionNote',
      'shiftsChanged',
    ],
    derived,
  );
}

async function writeShifts(client: CopyClient, rows: readonly BulkShift[]): Promise<number> {
  return copyInto(
    client,
    shifts,
    ['id', 'date', 'period', 'windowId', 'staffId', 'swapRequestId'],
    rows.map((row) => ({ ...row, swapRequestId: row.swapRequestId ?? null })),
  );
}

async function writeAttendance(client: CopyClient, rows: readonly BulkAttendance[]): Promise<number> {
  return copyInto(client, attendance, ['id', 'shiftId', 'staffId', 'windowId', 'checkInAt', 'checkOutAt'], rows);
}

async function writeUnattendedIncidents(client: CopyClient, rows: readonly BulkUnattendedIncident[]): Promise<number> {
  return copyInto(
    client,
    unattendedIncidents,
    ['id', 'windowId', 'date', 'half', 'shiftId', 'staffId', 'departmentId', 'since', 'recordedAt'],
    rows,
  );
}

async function writeTickets(client: CopyClient, rows: readonly BulkTicket[]): Promise<number> {
  return copyInto(
    client,
    tickets,
    [
      'id',
      'day',
      'number',
      'departmentId',
      'category',
      'status',
      'issuedAt',
      'calledAt',
      'windowId',
      'staffId',
      'serviceStartedAt',
      'serviceEndedAt',
      'noShowAt',
    ],
    rows,
  );
}

async function writeTicketCounters(client: CopyClient, rows: readonly BulkTicketCounter[]): Promise<number> {
  return copyInto(client, ticketCounters, ['day', 'prefix', 'last'], rows);
}

async function validated<T>(problems: BulkProblem[], write: () => Promise<T>): Promise<T> {
  refuseAny(problems);
  return write();
}

/** Validated COPY writers, each joining the client's transaction (see `inTransaction`). */
export const copyStaff = (client: CopyClient, rows: readonly BulkStaff[]) => validated(staffProblems(rows), () => writeStaff(client, rows));
export const copyWindows = (client: CopyClient, rows: readonly BulkWindow[]) =>
  validated(windowProblems(rows), () => writeWindows(client, rows));
export const copyShifts = (client: CopyClient, rows: readonly BulkShift[]) =>
  validated(shiftProblems(rows), () => writeShifts(client, rows));
export const copyAttendance = (client: CopyClient, rows: readonly BulkAttendance[]) =>
  validated(attendanceProblems(rows), () => writeAttendance(client, rows));
export const copyUnattendedIncidents = (client: CopyClient, rows: readonly BulkUnattendedIncident[]) =>
  validated(incidentProblems(rows), () => writeUnattendedIncidents(client, rows));
export const copyTickets = (client: CopyClient, rows: readonly BulkTicket[]) =>
  validated(ticketProblems(rows), () => writeTickets(client, rows));
export const copyTicketCounters = (client: CopyClient, rows: readonly BulkTicketCounter[]) =>
  validated(ticketCounterProblems(rows), () => writeTicketCounters(client, rows));

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
  const known = new Map((batch.shifts ?? []).map((shift) => [shift.id, shift]));
  const missing = new Set<string>();
  for (const row of batch.attendance ?? []) if (!known.has(row.shiftId)) missing.add(row.shiftId);
  for (const row of batch.incidents ?? []) if (row.shiftId && !known.has(row.shiftId)) missing.add(row.shiftId);
  if (missing.size > 0) {
    const { rows } = await client.query<{ id: string; date: string; period: ShiftPeriod; window_id: string; staff_id: string }>(
      'SELECT id, date::text AS date, period, window_id, staff_id FROM duty.shifts WHERE id = ANY($1::uuid[])',
      [[...missing]],
    );
    for (const row of rows)
      known.set(row.id, { id: row.id, date: row.date, period: row.period, windowId: row.window_id, staffId: row.staff_id });
  }
  return known;
}

/** One problem per row of `rows` breaking `rule`. */
function breaking<T>(table: string, field: string, rule: string, rows: readonly T[], breaks: (row: T) => boolean): BulkProblem[] {
  return rows.flatMap((row, index) => (breaks(row) ? [{ row: index + 1, table, field, message: rule }] : []));
}

/**
 * `issueTicket` continues from the counter row: a counter behind a loaded ticket would hand out that ticket's number
 * again, fail on the unique (day, number), roll its own increment back and so stop the day's kiosk for good. Named at
 * the batch's counter row of that day and zone letter, else at the batch's ticket past the stored counter.
 */
async function counterProblems(client: CopyClient, batch: DutyBatch, counters: readonly BulkTicketCounter[]): Promise<BulkProblem[]> {
  const days = [...new Set([...(batch.tickets ?? []).map((row) => row.day), ...counters.map((row) => row.day)])];
  if (days.length === 0) return [];
  const { rows } = await client.query<{ day: string; prefix: string; highest: string; last: number | null }>(
    `SELECT t.day::text AS day, left(t.number, 1) AS prefix, (array_agg(t.number ORDER BY substring(t.number FROM 2)::int DESC))[1] AS highest, c.last
       FROM duty.tickets t LEFT JOIN duty.ticket_counters c ON c.day = t.day AND c.prefix = left(t.number, 1)
     WHERE t.day = ANY($1::date[]) AND (c.last IS NULL OR substring(t.number FROM 2)::int > c.last)
     GROUP BY 1, 2, c.last`,
    [days],
  );
  const rule = "a day's counter is at or past the highest number of that day's tickets";
  return rows.map((behind) => {
    const counterRow = counters.findIndex((row) => row.day === behind.day && row.prefix === behind.prefix);
    if (counterRow >= 0) return { row: counterRow + 1, table: 'ticket_counters', field: 'last', message: `${rule} (${behind.highest})` };
    const ticketRow = (batch.tickets ?? []).findIndex((row) => row.day === behind.day && row.number === behind.highest) + 1;
    const ticket = ticketRow > 0 ? `${behind.highest} (tickets row ${ticketRow})` : `the stored ticket ${behind.highest}`;
    return {
      row: Math.max(ticketRow, 1),
      table: 'ticket_counters',
      field: 'last',
      message: `${rule}: the batch has no counter of ${behind.day} ${behind.prefix}, and the stored one is behind ${ticket}`,
    };
  });
}

/**
 * The API's rules no constraint states, over the batch's rows, inside its transaction: a shift's window serves the
 * person's department; attendance is the rostered person at the rostered window; an incident names its shift's window,
 * day, opening half day, person and department; a ticket is called at a window serving its department and category;
 * the counters are not behind the tickets. (A row naming a missing window, person or shift is left to the foreign keys.)
 */
async function consistencyProblems(client: CopyClient, batch: DutyBatch, counters: readonly BulkTicketCounter[]): Promise<BulkProblem[]> {
  const reference = await readReference(client);
  const known = await shiftsReferred(client, batch);
  const serves = (windowId: string, departmentId: string | undefined) =>
    departmentId !== undefined && (reference.windowDepartments.get(windowId)?.has(departmentId) ?? false);
  return [
    ...breaking(
      'shifts',
      'windowId',
      "a shift's window serves the person's department",
      batch.shifts ?? [],
      (shift) => !serves(shift.windowId, reference.staffDepartment.get(shift.staffId)),
    ),
    ...breaking('attendance', 'shiftId', 'attendance is of the rostered person at the rostered window', batch.attendance ?? [], (row) => {
      const shift = known.get(row.shiftId);
      return shift !== undefined && (shift.staffId !== row.staffId || shift.windowId !== row.windowId);
    }),
    ...breaking(
      'unattended_incidents',
      'shiftId',
      "an incident names its shift's window, day, opening half day, person and the person's department",
      batch.incidents ?? [],
      (row) => {
        const shift = row.shiftId ? known.get(row.shiftId) : undefined;
        const department = reference.staffDepartment.get(row.staffId);
        if (department !== undefined && department !== row.departmentId) return true;
        return (
          shift !== undefined &&
          (shift.windowId !== row.windowId ||
            shift.date !== row.date ||
            shift.staffId !== row.staffId ||
            openingHalfOf(shift.period) !== row.half)
        );
      },
    ),
    ...breaking(
      'tickets',
      'windowId',
      'a ticket is called at a window serving its department and category',
      batch.tickets ?? [],
      (row) =>
        row.windowId !== null &&
        reference.windowCategories.has(row.windowId) &&
        (!serves(row.windowId, row.departmentId) || !(reference.windowCategories.get(row.windowId)?.has(row.category) ?? false)),
    ),
    ...(await counterProblems(client, batch, counters)),
  ];
}

/** One batch of the duty subgraph's rows, written together (children after their parents). */
export interface DutyBatch {
  staff?: readonly BulkStaff[];
  windows?: readonly BulkWindow[];
  /** Requests, with the hall's time zone that tells their filing day and the hall calendar their notice is counted on. */
  swapRequests?: { timeZone: string; calendar: WorkingCalendar; requests: readonly BulkSwapRequest[] };
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
  swap_requests: number;
  shifts: number;
  attendance: number;
  unattended_incidents: number;
  tickets: number;
  ticket_counters: number;
}

/**
 * Writes a batch on the client given, joining its transaction: validated first (nothing sent when a row is refused),
 * then written parents first, then the rules no constraint states are checked over the batch's rows. A refusal
 * throws `BulkImportRefused`; the caller's transaction rolls it back.
 */
export async function importDutyBatch(client: CopyClient, batch: DutyBatch): Promise<DutyBatchCounts> {
  const counters = batch.ticketCounters ?? (batch.tickets ? ticketCountersFor(batch.tickets) : []);
  const requests = batch.swapRequests?.requests ?? [];
  refuseAny([
    ...staffProblems(batch.staff ?? []),
    ...windowProblems(batch.windows ?? []),
    ...swapRequestProblems(requests),
    ...shiftProblems(batch.shifts ?? []),
    ...attendanceProblems(batch.attendance ?? []),
    ...incidentProblems(batch.incidents ?? []),
    ...ticketProblems(batch.tickets ?? []),
    ...ticketCounterProblems(counters),
  ]);
  const counts: DutyBatchCounts = {
    staff: batch.staff?.length ? await writeStaff(client, batch.staff) : 0,
    windows: batch.windows?.length ? await writeWindows(client, batch.windows) : 0,
    window_departments: (batch.windows ?? []).reduce((sum, window) => sum + window.departmentIds.length, 0),
    swap_requests: batch.swapRequests && requests.length ? await writeSwapRequests(client, batch.swapRequests, requests) : 0,
    shifts: batch.shifts?.length ? await writeShifts(client, batch.shifts) : 0,
    attendance: batch.attendance?.length ? await writeAttendance(client, batch.attendance) : 0,
    unattended_incidents: batch.incidents?.length ? await writeUnattendedIncidents(client, batch.incidents) : 0,
    tickets: batch.tickets?.length ? await writeTickets(client, batch.tickets) : 0,
    ticket_counters: counters.length ? await writeTicketCounters(client, counters) : 0,
  };
  refuseAny(await consistencyProblems(client, batch, counters));
  return counts;
}

/** `importDutyBatch` in a transaction of its own: all or nothing. */
export async function writeDutyBatch(pool: DutyPool, batch: DutyBatch): Promise<DutyBatchCounts> {
  return inTransaction(pool, (client) => importDutyBatch(client, batch));
}
