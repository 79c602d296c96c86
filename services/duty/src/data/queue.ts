import { badUserInput, conflict, forbidden, notFound } from '@hall/service-kit';
import { sql, type SQL } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { DutyTables } from '../db/schema';
import { localDateOf } from '../domain/days';
import { instant, isUniqueViolation, queryRows, type Executor } from './sql';

export type MatterCategory = 'PERMIT' | 'CHANGE' | 'RENEWAL' | 'FILING' | 'CONFIRMATION' | 'OTHER';
export type TicketStatus = 'WAITING' | 'CALLED' | 'SERVING' | 'DONE' | 'NO_SHOW';

export interface TicketView {
  id: string;
  number: string;
  date: string;
  departmentId: string;
  category: MatterCategory;
  status: TicketStatus;
  issuedAt: Date;
  calledAt: Date | null;
  windowId: string | null;
  staffId: string | null;
  serviceStartedAt: Date | null;
  serviceEndedAt: Date | null;
  /** WAITING tickets of the same department and category issued before this one. */
  ahead: number | null;
}

interface TicketRow {
  id: string;
  number: string;
  day: string;
  department_id: string;
  category: MatterCategory;
  status: TicketStatus;
  issued_at: string;
  called_at: string | null;
  window_id: string | null;
  staff_id: string | null;
  service_started_at: string | null;
  service_ended_at: string | null;
  ahead: string | null;
}

const TICKET_COLUMNS = sql`t.id, t.number, t.day::text AS day, t.department_id, t.category, t.status, t.issued_at, t.called_at,
  t.window_id, t.staff_id, t.service_started_at, t.service_ended_at,
  CASE WHEN t.status = 'WAITING' THEN (
    SELECT count(*) FROM duty.tickets o WHERE o.day = t.day AND o.status = 'WAITING' AND o.department_id = t.department_id
      AND o.category = t.category AND (o.issued_at, o.number) < (t.issued_at, t.number)) END AS ahead`;

function ticketOf(row: TicketRow): TicketView {
  return {
    id: row.id,
    number: row.number,
    date: row.day,
    departmentId: row.department_id,
    category: row.category,
    status: row.status,
    issuedAt: instant(row.issued_at),
    calledAt: instant(row.called_at),
    windowId: row.window_id,
    staffId: row.staff_id,
    serviceStartedAt: instant(row.service_started_at),
    serviceEndedAt: instant(row.service_ended_at),
    ahead: row.ahead === null ? null : Number(row.ahead),
  };
}

const at = (now: Date) => sql`${now.toISOString()}::timestamptz`;

export async function selectTickets(db: Executor, where: SQL): Promise<TicketView[]> {
  const rows = await queryRows<TicketRow>(
    db,
    sql`SELECT ${TICKET_COLUMNS} FROM duty.tickets t WHERE ${where} ORDER BY t.issued_at, t.number`,
  );
  return rows.map(ticketOf);
}

async function ticketById(db: Executor, id: string): Promise<TicketView> {
  const [ticket] = await selectTickets(db, sql`t.id = ${id}`);
  if (!ticket) throw notFound('ticket');
  return ticket;
}

/**
 * Issues a ticket for a department's matter category. Its number is the hall-zone letter of the first active window
 * serving it and the next number of that letter today (A001, A002 …), handed out by an upsert on a counter row, so
 * concurrent tickets never share a number.
 */
export async function issueTicket(
  db: NodePgDatabase<DutyTables>,
  timeZone: string,
  departmentId: string,
  category: MatterCategory,
  now: Date,
): Promise<TicketView> {
  const [window] = await queryRows<{ number: string }>(
    db,
    sql`SELECT w.number FROM duty.windows w JOIN duty.window_departments wd ON wd.window_id = w.id
        WHERE w.active AND wd.department_id = ${departmentId} AND ${category}::duty.matter_category = ANY(w.matter_categories)
        ORDER BY w.number LIMIT 1`,
  );
  if (!window) throw badUserInput(`no window serves this department's ${category} matters`);
  const prefix = window.number.slice(0, 1);
  const day = localDateOf(now, timeZone);
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`WITH counter AS (
          INSERT INTO duty.ticket_counters (day, prefix, last) VALUES (${day}::date, ${prefix}, 1)
          ON CONFLICT (day, prefix) DO UPDATE SET last = duty.ticket_counters.last + 1
          RETURNING last)
        INSERT INTO duty.tickets (day, number, department_id, category, issued_at)
        SELECT ${day}::date, ${prefix} || CASE WHEN last < 1000 THEN lpad(last::text, 3, '0') ELSE last::text END,
          ${departmentId}, ${category}::duty.matter_category, ${at(now)}
        FROM counter RETURNING id`,
  );
  return ticketById(db, (row as { id: string }).id);
}

/** The open (CALLED or SERVING) ticket at a window today, if any. */
async function openTicketAt(db: Executor, windowId: string, day: string): Promise<TicketView | undefined> {
  const [ticket] = await selectTickets(db, sql`t.window_id = ${windowId} AND t.day = ${day}::date AND t.status IN ('CALLED', 'SERVING')`);
  return ticket;
}

/**
 * Calls the oldest waiting ticket of today that the window serves (its departments and matter categories) for a staff
 * member checked in at the window. `FOR UPDATE SKIP LOCKED` lets windows call at the same time without ever calling
 * the same ticket; a window holds one open ticket at a time (a partial unique index). Null when nothing is waiting.
 */
export async function callNextTicket(
  db: NodePgDatabase<DutyTables>,
  timeZone: string,
  staffId: string,
  windowId: string,
  now: Date,
): Promise<TicketView | null> {
  const day = localDateOf(now, timeZone);
  const [onDuty] = await queryRows<{ number: string }>(
    db,
    sql`SELECT w.number FROM duty.attendance a JOIN duty.shifts s ON s.id = a.shift_id JOIN duty.windows w ON w.id = a.window_id
        WHERE a.staff_id = ${staffId} AND a.window_id = ${windowId} AND s.date = ${day}::date AND a.check_out_at IS NULL`,
  );
  if (!onDuty) throw forbidden('check in at this window before calling tickets');
  const open = await openTicketAt(db, windowId, day);
  if (open)
    throw conflict(`window ${onDuty.number} still has ticket ${open.number}: end its service or mark it a no-show first`, {
      ticket: open.number,
    });
  try {
    const [called] = await queryRows<{ id: string }>(
      db,
      sql`UPDATE duty.tickets t SET status = 'CALLED', called_at = ${at(now)}, window_id = ${windowId}, staff_id = ${staffId}
          WHERE t.id = (
            SELECT n.id FROM duty.tickets n, duty.windows w
            WHERE w.id = ${windowId} AND n.day = ${day}::date AND n.status = 'WAITING' AND n.category = ANY(w.matter_categories)
              AND EXISTS (SELECT 1 FROM duty.window_departments wd WHERE wd.window_id = w.id AND wd.department_id = n.department_id)
            ORDER BY n.issued_at, n.number
            LIMIT 1
            FOR UPDATE OF n SKIP LOCKED)
          RETURNING t.id`,
    );
    return called ? ticketById(db, called.id) : null;
  } catch (error) {
    if (isUniqueViolation(error, 'tickets_one_per_window')) throw conflict(`window ${onDuty.number} already has a ticket called`);
    throw error;
  }
}

const TRANSITIONS = {
  start: { from: 'CALLED', to: 'SERVING', column: sql`service_started_at`, verb: 'start serving' },
  end: { from: 'SERVING', to: 'DONE', column: sql`service_ended_at`, verb: 'end the service of' },
  noShow: { from: 'CALLED', to: 'NO_SHOW', column: sql`no_show_at`, verb: 'mark as a no-show' },
} as const;

/** Moves a ticket the staff member called one step on: CALLED → SERVING → DONE, or CALLED → NO_SHOW. */
export async function advanceTicket(
  db: NodePgDatabase<DutyTables>,
  staffId: string,
  ticketId: string,
  step: keyof typeof TRANSITIONS,
  now: Date,
): Promise<TicketView> {
  const transition = TRANSITIONS[step];
  const ticket = await ticketById(db, ticketId);
  if (ticket.staffId !== staffId) throw forbidden('only the staff member who called a ticket moves it on');
  const updated = await queryRows<{ id: string }>(
    db,
    sql`UPDATE duty.tickets SET status = ${transition.to}::duty.ticket_status, ${transition.column} = ${at(now)}
        WHERE id = ${ticketId} AND status = ${transition.from}::duty.ticket_status RETURNING id`,
  );
  if (updated.length === 0) throw conflict(`ticket ${ticket.number} is ${ticket.status}: cannot ${transition.verb} it`);
  return ticketById(db, ticketId);
}

export interface QueueCallView {
  ticketNumber: string;
  windowId: string;
  staffId: string | null;
  calledAt: Date;
}

/** Today's public screen: open calls, latest first, and how many tickets are waiting. */
export async function queueDisplay(
  db: Executor,
  timeZone: string,
  now: Date,
): Promise<{ date: string; calls: QueueCallView[]; waiting: number }> {
  const day = localDateOf(now, timeZone);
  const rows = await queryRows<{
    number: string | null;
    window_id: string | null;
    staff_id: string | null;
    called_at: string | null;
    waiting: string;
  }>(
    db,
    sql`SELECT t.number, t.window_id, t.staff_id, t.called_at,
          (SELECT count(*) FROM duty.tickets w WHERE w.day = ${day}::date AND w.status = 'WAITING') AS waiting
        FROM (SELECT 1) one
        LEFT JOIN duty.tickets t ON t.day = ${day}::date AND t.status IN ('CALLED', 'SERVING')
        ORDER BY t.called_at DESC NULLS LAST`,
  );
  return {
    date: day,
    waiting: Number(rows[0]?.waiting ?? 0),
    calls: rows
      .filter((row) => row.number !== null)
      .map((row) => ({
        ticketNumber: row.number as string,
        windowId: row.window_id as string,
        staffId: row.staff_id,
        calledAt: instant(row.called_at as string),
      })),
  };
}
