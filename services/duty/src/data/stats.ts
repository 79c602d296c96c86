import type { Period } from '@hall/service-kit';
import { sql, type SQL } from 'drizzle-orm';
import { shiftEnd, shiftStart } from './shifts';
import { float, int, queryRows, type Executor } from './sql';

export interface DutyStats {
  shifts: number;
  attended: number;
  attendanceRate: number | null;
  late: number;
  absent: number;
  unattendedIncidents: number;
}

export interface QueueStats {
  tickets: number;
  served: number;
  noShows: number;
  averageWaitMinutes: number | null;
  p90WaitMinutes: number | null;
  averageServiceMinutes: number | null;
  waitsAboveServiceLevel: number;
  serviceLevelMinutes: number;
}

export type DutyGroup = 'hall' | 'department' | 'staff';

export const EMPTY_DUTY_STATS: DutyStats = { shifts: 0, attended: 0, attendanceRate: null, late: 0, absent: 0, unattendedIncidents: 0 };

/** attended / (attended + absent): the share of the shifts whose outcome is known; null when there is none. */
export function attendanceRate(attended: number, absent: number): number | null {
  return attended + absent === 0 ? null : attended / (attended + absent);
}

/** The half day whose opening an incident is about: a shift's first half. */
export const openingHalf = sql`(CASE WHEN s.period = 'AFTERNOON' THEN 'AFTERNOON' ELSE 'MORNING' END)::duty.half_day`;

/**
 * Shifts (alias `s`, settings `hs`, staff `st`) whose window had nobody checked in `unattendedAfterMinutes` after the
 * shift's opening, as of `now`: the rule of an unattended-window incident (空岗).
 */
export const unattendedDue = (timeZone: string, now: Date): SQL =>
  sql`${shiftStart(timeZone)} + hs.unattended_after_minutes * interval '1 minute' <= ${now.toISOString()}::timestamptz
      AND (a.check_in_at IS NULL OR a.check_in_at > ${shiftStart(timeZone)} + hs.unattended_after_minutes * interval '1 minute')`;

interface DutyRow {
  key: string;
  shifts: string;
  attended: string;
  late: string;
  absent: string;
  incidents: string;
}

/**
 * DutyStats per department, per staff member or for the whole hall over a period, in one statement. Shifts count by
 * their day; incidents are the recorded ones plus those due now and not recorded yet (so the count never waits for the
 * sweep), each attributed to the person rostered (and their department).
 */
export async function dutyStatsBy(
  db: Executor,
  options: { group: DutyGroup; ids?: readonly string[]; period: Period; now: Date; timeZone: string },
): Promise<Map<string, DutyStats>> {
  const { group, ids, period, now, timeZone } = options;
  const shiftKey = group === 'hall' ? sql`'hall'` : group === 'department' ? sql`st.department_id::text` : sql`s.staff_id::text`;
  const incidentKey = group === 'hall' ? sql`'hall'` : group === 'department' ? sql`ui.department_id::text` : sql`ui.staff_id::text`;
  const idList = ids
    ? sql`ARRAY[${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )}]::uuid[]`
    : sql`NULL`;
  const shiftFilter = !ids ? sql`TRUE` : group === 'department' ? sql`st.department_id = ANY(${idList})` : sql`s.staff_id = ANY(${idList})`;
  const incidentFilter = !ids
    ? sql`TRUE`
    : group === 'department'
      ? sql`ui.department_id = ANY(${idList})`
      : sql`ui.staff_id = ANY(${idList})`;
  const nowParam = sql`${now.toISOString()}::timestamptz`;
  const rows = await queryRows<DutyRow>(
    db,
    sql`WITH o AS (
          SELECT ${shiftKey} AS key, s.window_id, s.date, ${openingHalf} AS half,
            ${shiftStart(timeZone)} AS starts_at, ${shiftEnd(timeZone)} AS ends_at, a.check_in_at, hs.grace_minutes,
            (${unattendedDue(timeZone, now)}) AS unattended_due
          FROM duty.shifts s
          CROSS JOIN duty.hall_settings hs
          JOIN duty.staff st ON st.id = s.staff_id
          -- A check-in is made on the day of its shift: the bound keeps the join to the check-ins of the period.
          LEFT JOIN duty.attendance a ON a.shift_id = s.id AND a.check_in_at >= ((${period.from}::date - 1) AT TIME ZONE ${timeZone})
          WHERE s.date BETWEEN ${period.from}::date AND ${period.to}::date AND ${shiftFilter}
        ),
        agg AS (
          SELECT key, count(*) AS shifts, count(check_in_at) AS attended,
            count(*) FILTER (WHERE check_in_at > starts_at + grace_minutes * interval '1 minute') AS late,
            count(*) FILTER (WHERE check_in_at IS NULL AND ends_at <= ${nowParam}) AS absent
          FROM o GROUP BY key
        ),
        incidents AS (
          SELECT key, count(*) AS incidents FROM (
            SELECT ${incidentKey} AS key FROM duty.unattended_incidents ui
            WHERE ui.date BETWEEN ${period.from}::date AND ${period.to}::date AND ${incidentFilter}
            UNION ALL
            SELECT o.key FROM o
            WHERE o.unattended_due AND NOT EXISTS (
              SELECT 1 FROM duty.unattended_incidents ui WHERE ui.window_id = o.window_id AND ui.date = o.date AND ui.half = o.half)
          ) x GROUP BY key
        )
        SELECT k.key, coalesce(agg.shifts, 0) AS shifts, coalesce(agg.attended, 0) AS attended, coalesce(agg.late, 0) AS late,
          coalesce(agg.absent, 0) AS absent, coalesce(incidents.incidents, 0) AS incidents
        FROM (SELECT key FROM agg UNION SELECT key FROM incidents) k
        LEFT JOIN agg ON agg.key = k.key
        LEFT JOIN incidents ON incidents.key = k.key`,
  );
  return new Map(
    rows.map((row) => {
      const attended = int(row.attended);
      const absent = int(row.absent);
      return [
        row.key,
        {
          shifts: int(row.shifts),
          attended,
          attendanceRate: attendanceRate(attended, absent),
          late: int(row.late),
          absent,
          unattendedIncidents: int(row.incidents),
        },
      ];
    }),
  );
}

export type QueueGroup = 'hall' | 'window' | 'staff';

interface QueueRow {
  key: string;
  tickets: string;
  served: string;
  no_shows: string;
  average_wait: string | null;
  p90_wait: string | null;
  average_service: string | null;
  above: string;
}

export function emptyQueueStats(serviceLevelMinutes: number): QueueStats {
  return {
    tickets: 0,
    served: 0,
    noShows: 0,
    averageWaitMinutes: null,
    p90WaitMinutes: null,
    averageServiceMinutes: null,
    waitsAboveServiceLevel: 0,
    serviceLevelMinutes,
  };
}

/**
 * QueueStats per window or staff member (the tickets called there or by them) or for the hall (every ticket issued),
 * over the tickets' days, in one statement. The 90th percentile is nearest-rank (percentile_disc).
 */
export async function queueStatsBy(
  db: Executor,
  options: { group: QueueGroup; ids?: readonly string[]; period: Period; serviceLevelMinutes: number },
): Promise<Map<string, QueueStats>> {
  const { group, ids, period, serviceLevelMinutes } = options;
  const key = group === 'hall' ? sql`'hall'` : group === 'window' ? sql`t.window_id::text` : sql`t.staff_id::text`;
  const column = group === 'window' ? sql`t.window_id` : sql`t.staff_id`;
  const filter =
    group === 'hall'
      ? sql`TRUE`
      : ids
        ? sql`${column} = ANY(ARRAY[${sql.join(
            ids.map((id) => sql`${id}`),
            sql`, `,
          )}]::uuid[])`
        : sql`${column} IS NOT NULL`;
  const wait = sql`extract(epoch FROM t.called_at - t.issued_at) / 60`;
  const rows = await queryRows<QueueRow>(
    db,
    sql`SELECT ${key} AS key, count(*) AS tickets,
          count(*) FILTER (WHERE t.status = 'DONE') AS served,
          count(*) FILTER (WHERE t.status = 'NO_SHOW') AS no_shows,
          avg(${wait}) AS average_wait,
          percentile_disc(0.9) WITHIN GROUP (ORDER BY ${wait}) AS p90_wait,
          avg(extract(epoch FROM t.service_ended_at - t.service_started_at) / 60) FILTER (WHERE t.status = 'DONE') AS average_service,
          count(*) FILTER (WHERE t.called_at - t.issued_at > ${serviceLevelMinutes} * interval '1 minute') AS above
        FROM duty.tickets t
        WHERE t.day BETWEEN ${period.from}::date AND ${period.to}::date AND ${filter}
        GROUP BY 1`,
  );
  return new Map(
    rows.map((row) => [
      row.key,
      {
        tickets: int(row.tickets),
        served: int(row.served),
        noShows: int(row.no_shows),
        averageWaitMinutes: float(row.average_wait),
        p90WaitMinutes: float(row.p90_wait),
        averageServiceMinutes: float(row.average_service),
        waitsAboveServiceLevel: int(row.above),
        serviceLevelMinutes,
      },
    ]),
  );
}
