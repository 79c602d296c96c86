import { hallDay, type StatusTone } from '@hall/styleguide';
import type { CaseRow } from './case.graphql';
import type { CaseStatus, Warning } from './gql/graphql';

/** The statuses whose deadline still counts (the subgraph's open statuses, services/cases/src/lifecycle.ts). */
const OPEN_STATUSES: readonly CaseStatus[] = ['SUBMITTED', 'SUPPLEMENT_REQUESTED', 'RESUBMITTED', 'ACCEPTED', 'UNDER_REVIEW', 'SUSPENDED'];

export interface WarningLook {
  /** Element Plus tag type; the yellow card gets its own class on top of it. */
  tone: StatusTone;
  /** A modifier class: `case-warning--pre` (amber), `--yellow` (yellow card), `--red` (中国红). */
  className: string;
}

const LOOKS: Record<Warning, WarningLook> = {
  NONE: { tone: 'info', className: 'case-warning--none' },
  PRE: { tone: 'warning', className: 'case-warning--pre' },
  YELLOW: { tone: 'warning', className: 'case-warning--yellow' },
  RED: { tone: 'danger', className: 'case-warning--red' },
};

export function warningLook(warning: Warning): WarningLook {
  return LOOKS[warning];
}

export type TimeLeft =
  | { kind: 'none' }
  | { kind: 'paused' }
  | { kind: 'days'; days: number }
  | { kind: 'hours'; hours: number }
  | { kind: 'overdueDays'; days: number }
  | { kind: 'overdueHours'; hours: number };

const HOUR = 3_600_000;

/** Working days d with from < d ≤ to, by the hall calendar's working days. */
function workingDaysBetween(from: string, to: string, workingDays: ReadonlySet<string>): number {
  let count = 0;
  for (const day of workingDays) if (day > from && day <= to) count += 1;
  return count;
}

/**
 * Days are the hall's (`hallDay`: the root page's HALL_TZ), wherever the browser is.
 * Time left until the committed deadline: whole working days while the deadline is on a later day, hours on its
 * own day, and the same overdue. A paused clock (supplement awaited, suspension) shows as paused.
 */
export function timeLeft(now: Date, dueAt: string | null, pausedSince: string | null, workingDays: ReadonlySet<string>): TimeLeft {
  if (pausedSince) return { kind: 'paused' };
  if (!dueAt) return { kind: 'none' };
  const due = new Date(dueAt);
  const today = hallDay(now);
  const dueDay = hallDay(due);
  if (due.getTime() >= now.getTime()) {
    if (dueDay === today) return { kind: 'hours', hours: Math.max(1, Math.ceil((due.getTime() - now.getTime()) / HOUR)) };
    return { kind: 'days', days: workingDaysBetween(today, dueDay, workingDays) };
  }
  if (dueDay === today) return { kind: 'overdueHours', hours: Math.max(1, Math.floor((now.getTime() - due.getTime()) / HOUR)) };
  return { kind: 'overdueDays', days: Math.max(1, workingDaysBetween(dueDay, today, workingDays)) };
}

/** A closed case (completed, delivered, refused, referred, withdrawn) has no time left to count. */
export function caseTimeLeft(now: Date, row: Pick<CaseRow, 'status' | 'dueAt' | 'pausedSince'>, workingDays: ReadonlySet<string>): TimeLeft {
  if (!OPEN_STATUSES.includes(row.status)) return { kind: 'none' };
  return timeLeft(now, row.dueAt, row.pausedSince, workingDays);
}
