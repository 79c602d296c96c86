import { conflict, notFound, type Period } from '@hall/service-kit';
import { eq, sql, type SQL } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { windows, type DutyTables } from '../db/schema';
import { addDays, localDateOf } from '../domain/days';
import { selectShifts, shiftEnd, shiftStart, type ShiftView } from './shifts';
import { openingHalf, unattendedDue } from './stats';
import { instant, queryRows, type Executor } from './sql';

const at = (now: Date) => sql`${now.toISOString()}::timestamptz`;

async function windowNumber(db: NodePgDatabase<DutyTables>, windowId: string): Promise<string> {
  const [window] = await db.select({ number: windows.number }).from(windows).where(eq(windows.id, windowId));
  if (!window) throw notFound('window');
  return window.number;
}

/**
 * A staff member checks in at a window: the shift they are rostered on there today whose start (less the
 * `checkInOpensMinutes`) has come and whose end has not. One check-in per shift.
 */
export async function checkIn(
  db: NodePgDatabase<DutyTables>,
  timeZone: string,
  staffId: string,
  windowId: string,
  now: Date,
): Promise<ShiftView> {
  const number = await windowNumber(db, windowId);
  const today = localDateOf(now, timeZone);
  const [shift] = await selectShifts(
    db,
    timeZone,
    sql`s.staff_id = ${staffId} AND s.window_id = ${windowId} AND s.date = ${today}::date
        AND ${at(now)} >= ${shiftStart(timeZone)} - hs.check_in_opens_minutes * interval '1 minute'
        AND ${at(now)} < ${shiftEnd(timeZone)}`,
  );
  if (!shift) throw conflict(`you are not on the roster at window ${number} now, so there is nothing to check in for`);
  if (shift.checkedInAt)
    throw conflict(`you already checked in at window ${number} for this shift`, { checkedInAt: shift.checkedInAt.toISOString() });
  const inserted = await queryRows<{ id: string }>(
    db,
    sql`INSERT INTO duty.attendance (shift_id, staff_id, window_id, check_in_at)
        VALUES (${shift.id}, ${staffId}, ${windowId}, ${at(now)})
        ON CONFLICT (shift_id) DO NOTHING RETURNING id`,
  );
  if (inserted.length === 0) throw conflict(`you already checked in at window ${number} for this shift`);
  return { ...shift, checkedInAt: now };
}

/** Checks out of the latest open check-in at the window today. */
export async function checkOut(
  db: NodePgDatabase<DutyTables>,
  timeZone: string,
  staffId: string,
  windowId: string,
  now: Date,
): Promise<ShiftView> {
  const number = await windowNumber(db, windowId);
  const today = localDateOf(now, timeZone);
  const open = await selectShifts(
    db,
    timeZone,
    sql`s.staff_id = ${staffId} AND s.window_id = ${windowId} AND s.date = ${today}::date
        AND a.check_in_at IS NOT NULL AND a.check_out_at IS NULL`,
  );
  const shift = open[open.length - 1];
  if (!shift) throw conflict(`you are not checked in at window ${number}`);
  await db.execute(sql`UPDATE duty.attendance SET check_out_at = ${at(now)} WHERE shift_id = ${shift.id} AND check_out_at IS NULL`);
  return { ...shift, checkedOutAt: now };
}

export interface OnDutyEntry {
  shift: ShiftView;
  present: boolean;
}

/**
 * Who is rostered at which window at an instant (its day in the hall's zone, inside a period's hours: nobody is on duty
 * over lunch or after hours), present when checked in by then and not checked out before it. `scope` narrows it to
 * what the asker may see.
 */
export async function onDuty(db: Executor, timeZone: string, instantAt: Date, scope: SQL): Promise<OnDutyEntry[]> {
  const day = localDateOf(instantAt, timeZone);
  const t = at(instantAt);
  const local = (column: SQL) => sql`((s.date + ${column}) AT TIME ZONE ${timeZone})`;
  const shifts = await selectShifts(
    db,
    timeZone,
    sql`s.date = ${day}::date AND ${scope} AND (
          (s.period IN ('MORNING', 'FULL_DAY') AND ${t} >= ${local(sql`hs.morning_start`)} AND ${t} < ${local(sql`hs.morning_end`)})
          OR (s.period IN ('AFTERNOON', 'FULL_DAY') AND ${t} >= ${local(sql`hs.afternoon_start`)} AND ${t} < ${local(sql`hs.afternoon_end`)}))`,
  );
  return shifts.map(({ key: _key, ...shift }) => ({
    shift,
    present:
      shift.checkedInAt !== null && shift.checkedInAt <= instantAt && (shift.checkedOutAt === null || shift.checkedOutAt > instantAt),
  }));
}

export interface IncidentView {
  id: string;
  windowId: string;
  date: string;
  half: 'MORNING' | 'AFTERNOON';
  staffId: string;
  departmentId: string;
  since: Date;
  recordedAt: Date;
}

interface IncidentRow {
  id: string;
  window_id: string;
  date: string;
  half: 'MORNING' | 'AFTERNOON';
  staff_id: string;
  department_id: string;
  since: string;
  recorded_at: string;
}

const incidentOf = (row: IncidentRow): IncidentView => ({
  id: row.id,
  windowId: row.window_id,
  date: row.date,
  half: row.half,
  staffId: row.staff_id,
  departmentId: row.department_id,
  since: instant(row.since),
  recordedAt: instant(row.recorded_at),
});

const INCIDENT_COLUMNS = sql`id, window_id, date::text AS date, half, staff_id, department_id, since, recorded_at`;

/**
 * Records the unattended-window incidents (空岗) due at `now` on the days from `from` to `to` (default: the last week):
 * a rostered shift whose window had nobody checked in `unattendedAfterMinutes` after its opening. Idempotent (one
 * incident per window, day and half day); returns the incidents it recorded now.
 */
export async function recordUnattendedIncidents(db: Executor, timeZone: string, now: Date, days?: Period): Promise<IncidentView[]> {
  const today = localDateOf(now, timeZone);
  const from = days?.from ?? addDays(today, -7);
  const to = days && days.to < today ? days.to : today;
  if (from > to) return [];
  const rows = await queryRows<IncidentRow>(
    db,
    sql`INSERT INTO duty.unattended_incidents (window_id, date, half, shift_id, staff_id, department_id, since, recorded_at)
        SELECT s.window_id, s.date, ${openingHalf}, s.id, s.staff_id, st.department_id,
          ${shiftStart(timeZone)} + hs.unattended_after_minutes * interval '1 minute', ${at(now)}
        FROM duty.shifts s
        CROSS JOIN duty.hall_settings hs
        JOIN duty.staff st ON st.id = s.staff_id
        LEFT JOIN duty.attendance a ON a.shift_id = s.id
        WHERE s.date BETWEEN ${from}::date AND ${to}::date AND ${unattendedDue(timeZone, now)}
        ON CONFLICT (window_id, date, half) DO NOTHING
        RETURNING ${INCIDENT_COLUMNS}`,
  );
  return rows.map(incidentOf);
}

/** Recorded incidents on the period's days matching `scope` (alias `ui`), by day, half and window number. */
export async function listIncidents(db: Executor, period: Period, scope: SQL): Promise<IncidentView[]> {
  const rows = await queryRows<IncidentRow>(
    db,
    sql`SELECT ui.id, ui.window_id, ui.date::text AS date, ui.half, ui.staff_id, ui.department_id, ui.since, ui.recorded_at
        FROM duty.unattended_incidents ui JOIN duty.windows w ON w.id = ui.window_id
        WHERE ui.date BETWEEN ${period.from}::date AND ${period.to}::date AND ${scope}
        ORDER BY ui.date, ui.half, w.number`,
  );
  return rows.map(incidentOf);
}
