import { sql, type SQL } from 'drizzle-orm';
import { instant, queryRows, type Executor } from './sql';

export type ShiftPeriod = 'MORNING' | 'AFTERNOON' | 'FULL_DAY';
export type AttendanceStatus = 'SCHEDULED' | 'NOT_CHECKED_IN' | 'ON_TIME' | 'LATE' | 'ABSENT';

/** A shift as the API shows it: its hours on its day and its attendance. */
export interface ShiftView {
  id: string;
  date: string;
  period: ShiftPeriod;
  windowId: string;
  staffId: string;
  swapRequestId: string | null;
  startsAt: Date;
  endsAt: Date;
  checkedInAt: Date | null;
  checkedOutAt: Date | null;
}

/** When a shift of alias `s` starts, with the settings row as `hs`: its day plus the period's opening, in the hall's zone. */
export const shiftStart = (timeZone: string): SQL =>
  sql`((s.date + CASE WHEN s.period = 'AFTERNOON' THEN hs.afternoon_start ELSE hs.morning_start END) AT TIME ZONE ${timeZone})`;
export const shiftEnd = (timeZone: string): SQL =>
  sql`((s.date + CASE WHEN s.period = 'MORNING' THEN hs.morning_end ELSE hs.afternoon_end END) AT TIME ZONE ${timeZone})`;

interface ShiftRow {
  id: string;
  date: string;
  period: ShiftPeriod;
  window_id: string;
  staff_id: string;
  swap_request_id: string | null;
  starts_at: string;
  ends_at: string;
  check_in_at: string | null;
  check_out_at: string | null;
  /** Extra grouping key some queries add. */
  key?: string;
}

function viewOf(row: ShiftRow): ShiftView {
  return {
    id: row.id,
    date: row.date,
    period: row.period,
    windowId: row.window_id,
    staffId: row.staff_id,
    swapRequestId: row.swap_request_id,
    startsAt: instant(row.starts_at),
    endsAt: instant(row.ends_at),
    checkedInAt: instant(row.check_in_at),
    checkedOutAt: instant(row.check_out_at),
  };
}

/**
 * Shifts (alias `s`, with `w` the window and `st` the staff member) matching `where`, ordered by day, start and window
 * number, with their hours and attendance. One statement.
 */
export async function selectShifts(
  db: Executor,
  timeZone: string,
  where: SQL,
  key: SQL = sql`NULL`,
): Promise<Array<ShiftView & { key: string | null }>> {
  const rows = await queryRows<ShiftRow>(
    db,
    sql`SELECT s.id, s.date::text AS date, s.period, s.window_id, s.staff_id, s.swap_request_id,
          ${shiftStart(timeZone)} AS starts_at, ${shiftEnd(timeZone)} AS ends_at,
          a.check_in_at, a.check_out_at, ${key}::text AS key
        FROM duty.shifts s
        CROSS JOIN duty.hall_settings hs
        JOIN duty.windows w ON w.id = s.window_id
        JOIN duty.staff st ON st.id = s.staff_id
        LEFT JOIN duty.attendance a ON a.shift_id = s.id
        WHERE ${where}
        ORDER BY s.date, starts_at, w.number`,
  );
  return rows.map((row) => ({ ...viewOf(row), key: row.key ?? null }));
}

/** Where a shift stands at `now`: late is a check-in after the start plus the grace minutes. */
export function attendanceStatus(shift: ShiftView, now: Date, graceMinutes: number): AttendanceStatus {
  if (shift.checkedInAt) {
    return shift.checkedInAt.getTime() > shift.startsAt.getTime() + graceMinutes * 60_000 ? 'LATE' : 'ON_TIME';
  }
  if (now < shift.startsAt) return 'SCHEDULED';
  if (now >= shift.endsAt) return 'ABSENT';
  return 'NOT_CHECKED_IN';
}

/** The half days a period takes. */
export function halvesOf(period: ShiftPeriod): Array<'MORNING' | 'AFTERNOON'> {
  return period === 'FULL_DAY' ? ['MORNING', 'AFTERNOON'] : [period];
}
