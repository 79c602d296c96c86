import { sql } from 'drizzle-orm';
import type { DepartmentReference } from './loaders';
import type { MatterCategory } from './queue';
import { queryRows, type Executor } from './sql';
import { localDateOf } from '../domain/days';

export interface KioskOptionView {
  department: DepartmentReference;
  category: MatterCategory;
  waiting: number;
}

/**
 * What the ticket kiosk offers: each (department, matter category) an active window serves — exactly what issueTicket
 * accepts — with today's waiting tickets for it, in one statement. Ordered by the first window serving it (the hall's
 * layout), then by the category's declared order.
 */
export async function queueKiosk(db: Executor, timeZone: string, now: Date): Promise<KioskOptionView[]> {
  const day = localDateOf(now, timeZone);
  const rows = await queryRows<{ department_id: string; category: MatterCategory; waiting: string }>(
    db,
    sql`WITH served AS (
          SELECT wd.department_id, c.category, min(w.number) AS first_window
          FROM duty.windows w
          JOIN duty.window_departments wd ON wd.window_id = w.id
          CROSS JOIN LATERAL unnest(w.matter_categories) AS c(category)
          WHERE w.active
          GROUP BY wd.department_id, c.category),
        waiting AS (
          SELECT t.department_id, t.category, count(*) AS n
          FROM duty.tickets t
          WHERE t.day = ${day}::date AND t.status = 'WAITING'
          GROUP BY t.department_id, t.category)
        SELECT s.department_id, s.category, coalesce(q.n, 0) AS waiting
        FROM served s
        LEFT JOIN waiting q ON q.department_id = s.department_id AND q.category = s.category
        ORDER BY s.first_window, s.category, s.department_id`,
  );
  return rows.map((row) => ({
    department: { __typename: 'Department', id: row.department_id },
    category: row.category,
    waiting: Number(row.waiting),
  }));
}
