import { sql } from 'drizzle-orm';
import { float, int, queryRows, type Executor } from './sql';

export interface HourlyWait {
  hour: number;
  tickets: number;
  averageWaitMinutes: number | null;
}

/**
 * Tickets issued per hour of the hall's day over the period's days, and the average wait (calledAt − issuedAt, the
 * called tickets only, as in QueueStats), in one statement. Only hours with tickets are listed, earliest first.
 */
export async function queueWaitsByHour(db: Executor, period: { from: string; to: string }, timeZone: string): Promise<HourlyWait[]> {
  const rows = await queryRows<{ hour: number | string; tickets: number | string; average_wait: number | string | null }>(
    db,
    sql`SELECT extract(hour FROM t.issued_at AT TIME ZONE ${timeZone})::int AS hour, count(*) AS tickets,
          avg(extract(epoch FROM t.called_at - t.issued_at) / 60) AS average_wait
        FROM duty.tickets t
        WHERE t.day BETWEEN ${period.from}::date AND ${period.to}::date
        GROUP BY 1
        ORDER BY 1`,
  );
  return rows.map((row) => ({ hour: int(row.hour), tickets: int(row.tickets), averageWaitMinutes: float(row.average_wait) }));
}
