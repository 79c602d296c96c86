import type { WorkingCalendar } from '@hall/service-kit';
import { and, inArray, isNotNull, sql } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { clockFor } from '../domain/deadlines';
import { cases, type CasesTables } from '../db/schema';
import { ON_CLOCK_STATES } from '../domain/lifecycle';
import type { CasesSettings } from '../settings';

/**
 * After the calendar changed, moves the deadlines of every accepted case still on the clock (running or paused, lifecycle.ts;
 * not completed, withdrawn or instant) onto the new calendar, in one statement. Returns how many cases were recomputed.
 */
export async function recomputeOpenClocks(db: NodePgDatabase<CasesTables>, calendar: WorkingCalendar, settings: CasesSettings): Promise<number> {
  const open = await db
    .select({ id: cases.id, acceptedAt: cases.acceptedAt, paused: cases.pausedWorkingDays, snapshot: cases.matterSnapshot })
    .from(cases)
    .where(and(isNotNull(cases.acceptedAt), inArray(cases.status, [...ON_CLOCK_STATES]), sql`NOT ${cases.instant}`));
  const rows = open.flatMap((row) => {
    if (!row.acceptedAt || !row.snapshot) return [];
    const clock = clockFor(row.acceptedAt, row.snapshot.committedLimitDays, row.paused, calendar, settings);
    return [{ id: row.id, ...clock }];
  });
  if (rows.length === 0) return 0;
  const array = (values: string[]) => `{${values.join(',')}}`;
  await db.execute(sql`
    UPDATE cases.cases c SET due_at = u.due_at, pre_warning_at = u.pre_warning_at, supervision_due_at = u.supervision_due_at
    FROM unnest(${array(rows.map((row) => row.id))}::uuid[], ${array(rows.map((row) => row.dueAt.toISOString()))}::timestamptz[],
                ${array(rows.map((row) => row.preWarningAt.toISOString()))}::timestamptz[], ${array(rows.map((row) => row.supervisionDueAt.toISOString()))}::timestamptz[])
      AS u(id, due_at, pre_warning_at, supervision_due_at)
    WHERE c.id = u.id`);
  return rows.length;
}
