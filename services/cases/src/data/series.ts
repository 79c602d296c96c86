import { periodBounds, type Period } from '@hall/service-kit';
import { sql } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { aliasColumns, passedWhileClockRan } from './clock';
import type { CasesTables } from '../db/schema';

export interface DailyCasePoint {
  day: string;
  accepted: number;
  completed: number;
  warnings: number;
}

/**
 * One point per hall day of the period, in one statement. accepted / completed: cases accepted / completed that day
 * (their sums over the period are CaseStats.accepted / completed); warnings: yellow and red cards whose deadline fell
 * that day and passed while the clock ran (their sum is CaseStats.yellowCards + redCards).
 */
export async function dailyCaseSeries(
  db: NodePgDatabase<CasesTables>,
  period: Period,
  timeZone: string,
  now: Date,
): Promise<DailyCasePoint[]> {
  const { start, end } = periodBounds(period, timeZone);
  const s = start.toISOString();
  const e = end.toISOString();
  const localDay = (column: string) => sql.raw(`(${column} AT TIME ZONE '${timeZone.replace(/'/g, "''")}')::date`);
  const passed = (column: string) =>
    sql`(${sql.raw(column)} >= ${s}::timestamptz AND ${sql.raw(column)} < ${e}::timestamptz AND ${passedWhileClockRan(sql.raw(column), now, aliasColumns('c'))})`;
  const result = await db.execute<{ day: string; accepted: number; completed: number; warnings: number }>(sql`
    WITH marks AS (
      -- Counted per day inside each part, so the join below meets a few rows a day instead of every case.
      SELECT day, sum(accepted) AS accepted, sum(completed) AS completed, sum(warnings) AS warnings FROM (
        SELECT ${localDay('c.accepted_at')} AS day, count(*) AS accepted, 0 AS completed, 0 AS warnings FROM cases.cases c
          WHERE c.accepted_at >= ${s}::timestamptz AND c.accepted_at < ${e}::timestamptz GROUP BY 1
        UNION ALL
        SELECT ${localDay('c.completed_at')}, 0, count(*), 0 FROM cases.cases c
          WHERE c.completed_at >= ${s}::timestamptz AND c.completed_at < ${e}::timestamptz GROUP BY 1
        UNION ALL
        SELECT ${localDay('c.due_at')}, 0, 0, count(*) FROM cases.cases c WHERE ${passed('c.due_at')} GROUP BY 1
        UNION ALL
        SELECT ${localDay('c.supervision_due_at')}, 0, 0, count(*) FROM cases.cases c WHERE ${passed('c.supervision_due_at')} GROUP BY 1
      ) parts GROUP BY day
    )
    SELECT to_char(d.day, 'YYYY-MM-DD') AS day,
      coalesce(m.accepted, 0)::int AS accepted,
      coalesce(m.completed, 0)::int AS completed,
      coalesce(m.warnings, 0)::int AS warnings
    FROM generate_series(${period.from}::date, ${period.to}::date, interval '1 day') AS d(day)
    LEFT JOIN marks m ON m.day = d.day::date
    ORDER BY d.day`);
  return result.rows.map((row) => ({
    day: row.day,
    accepted: Number(row.accepted),
    completed: Number(row.completed),
    warnings: Number(row.warnings),
  }));
}
