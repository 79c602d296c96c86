import { sql, type SQL } from 'drizzle-orm';
import { clockRunning } from './clock';
import { cases } from '../db/schema';
import { clockRunsIn } from '../domain/lifecycle';

export type Warning = 'NONE' | 'PRE' | 'YELLOW' | 'RED';

export interface WarnableCase {
  status: string;
  acceptedAt: Date | null;
  pausedSince: Date | null;
  dueAt: Date | null;
  preWarningAt: Date | null;
  supervisionDueAt: Date | null;
}

/**
 * The warning ladder (电子监察) on the working-day clock stored with the case (see deadlines.ts): PRE after the
 * pre-warning point, YELLOW after the committed deadline, RED after the supervision deadline.
 */
export function warningOf(kase: WarnableCase, now: Date): Warning {
  // Paused and finished cases are never warned.
  if (!kase.acceptedAt || kase.pausedSince || !clockRunsIn(kase.status) || !kase.dueAt) return 'NONE';
  const current = now.getTime();
  if (kase.supervisionDueAt && current > kase.supervisionDueAt.getTime()) return 'RED';
  if (current > kase.dueAt.getTime()) return 'YELLOW';
  if (kase.preWarningAt && current > kase.preWarningAt.getTime()) return 'PRE';
  return 'NONE';
}

/**
 * The same ladder as `warningOf`, as SQL over the cases table, for the case list's warning filter. Every condition
 * but NONE starts with the predicate of the `cases_clock_running_*` partial indexes, so a warned page reads only the
 * (few) cases whose clock runs, however many cases the hall has.
 */
export function warningCondition(level: Warning, now: Date): SQL {
  const at = sql`${now.toISOString()}::timestamptz`;
  const running = clockRunning();
  switch (level) {
    case 'RED':
      return sql`${running} AND ${cases.supervisionDueAt} < ${at}`;
    case 'YELLOW':
      return sql`${running} AND ${cases.dueAt} < ${at} AND (${cases.supervisionDueAt} IS NULL OR ${cases.supervisionDueAt} >= ${at})`;
    case 'PRE':
      return sql`${running} AND ${cases.preWarningAt} < ${at} AND ${cases.dueAt} >= ${at}`;
    case 'NONE':
      return sql`NOT (${running} AND (${cases.dueAt} < ${at} OR ${cases.preWarningAt} < ${at}))`;
  }
}
