import { sql, type SQL } from 'drizzle-orm';
import { cases } from '../db/schema';
import { CLOCK_RUNNING_STATES, ON_CLOCK_STATES, type CaseStatus } from '../domain/lifecycle';

/** A status list as SQL literals, so the planner can match the partial indexes written in the same words. */
export function statusList(statuses: readonly CaseStatus[]): SQL {
  return sql.raw(statuses.map((status) => `'${status}'`).join(', '));
}

/** The columns the clock rules read: of the drizzle table, or of an alias in a hand-written statement (`c`). */
export interface ClockColumns {
  status: SQL;
  acceptedAt: SQL;
  pausedSince: SQL;
  completedAt: SQL;
  dueAt: SQL;
}

export const TABLE_COLUMNS: ClockColumns = {
  status: sql`${cases.status}`,
  acceptedAt: sql`${cases.acceptedAt}`,
  pausedSince: sql`${cases.pausedSince}`,
  completedAt: sql`${cases.completedAt}`,
  dueAt: sql`${cases.dueAt}`,
};

export function aliasColumns(alias: string): ClockColumns {
  const column = (name: string) => sql.raw(`${alias}.${name}`);
  return {
    status: column('status'),
    acceptedAt: column('accepted_at'),
    pausedSince: column('paused_since'),
    completedAt: column('completed_at'),
    dueAt: column('due_at'),
  };
}

/**
 * The case's clock runs now: accepted, in a running status, not paused, with a deadline. The status test is written as
 * the `cases_clock_running_*` partial indexes' predicate (db/schema.ts) is, so a query holding it reads only those cases.
 */
export function clockRunning(columns: ClockColumns = TABLE_COLUMNS): SQL {
  return sql`(status IN (${statusList(CLOCK_RUNNING_STATES)}) AND ${columns.acceptedAt} IS NOT NULL AND ${columns.pausedSince} IS NULL AND ${columns.dueAt} IS NOT NULL)`;
}

/**
 * The one rule for "this deadline passed while the clock ran" (yellow and red cards in CaseStats, the daily series, the
 * monthly report's overdue cases): the deadline is behind `now`, before the current pause began, and before completion;
 * a case not completed counts only while still on the clock (not withdrawn, refused or referred).
 */
export function passedWhileClockRan(deadline: SQL, now: Date, columns: ClockColumns = TABLE_COLUMNS): SQL {
  return sql`(${deadline} < ${now.toISOString()}::timestamptz
    AND (${columns.pausedSince} IS NULL OR ${deadline} < ${columns.pausedSince})
    AND (CASE WHEN ${columns.completedAt} IS NOT NULL THEN ${deadline} < ${columns.completedAt}
      ELSE ${columns.status} IN (${statusList(ON_CLOCK_STATES)}) END))`;
}
