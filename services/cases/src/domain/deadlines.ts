import { localDateOf, zonedInstant, type WorkingCalendar } from '@hall/service-kit';
import type { CasesSettings } from '../settings';

/**
 * Deadlines in working days (限时办结), one rule for every department:
 * - the clock starts at acceptance; the day of acceptance does not count;
 * - the committed deadline is the end (`deadlineMinute`, 17:00 by default) of the `limit`-th working day after the
 *   acceptance day, in the hall's time zone;
 * - the clock stops while a supplement is awaited after acceptance and while the case is suspended (hearing, testing,
 *   expert review: 行政许可法 Art. 45); the working days after the pause day up to and including the resume day are
 *   added back (pausing and resuming on the same day adds nothing);
 * - pre-warning at the end of working day min(limit − 1, ⌈share × limit⌉) of the clock (80 % used or one day left);
 * - yellow once the committed deadline passes; red once the supervision deadline (`supervisionWorkingDays` more
 *   working days) passes too.
 */
export interface CaseClock {
  dueAt: Date;
  preWarningAt: Date;
  supervisionDueAt: Date;
}

export function endOfWorkingDay(day: string, settings: CasesSettings): Date {
  return zonedInstant(day, settings.deadlineMinute, settings.timeZone);
}

export function clockFor(
  acceptedAt: Date,
  limitDays: number,
  pausedWorkingDays: number,
  calendar: WorkingCalendar,
  settings: CasesSettings,
): CaseClock {
  const acceptanceDay = localDateOf(acceptedAt, settings.timeZone);
  const at = (days: number) => endOfWorkingDay(calendar.addWorkingDays(acceptanceDay, days), settings);
  const preDays = Math.max(0, Math.min(limitDays - 1, Math.ceil(settings.preWarningShare * limitDays)));
  return {
    dueAt: at(limitDays + pausedWorkingDays),
    preWarningAt: at(preDays + pausedWorkingDays),
    supervisionDueAt: at(limitDays + pausedWorkingDays + settings.supervisionWorkingDays),
  };
}

/** Working days a pause from `since` to `until` adds to the clock. */
export function pausedWorkingDays(since: Date, until: Date, calendar: WorkingCalendar, settings: CasesSettings): number {
  return calendar.workingDaysAfter(localDateOf(since, settings.timeZone), localDateOf(until, settings.timeZone));
}

/** `n` working days after the day of `from`, at the end of that day: the deadline of escalations, reviews, complaints. */
export function workingDaysLater(from: Date, n: number, calendar: WorkingCalendar, settings: CasesSettings): Date {
  return endOfWorkingDay(calendar.addWorkingDays(localDateOf(from, settings.timeZone), n), settings);
}

/** The clock rules bound to one calendar: what a lifecycle step (case-columns.ts) needs to move a case's deadlines. */
export interface ClockRules {
  clock(acceptedAt: Date, limitDays: number, pausedDays: number): CaseClock;
  pausedDays(since: Date, until: Date): number;
}

export function clockRules(calendar: WorkingCalendar, settings: CasesSettings): ClockRules {
  return {
    clock: (acceptedAt, limitDays, pausedDays) => clockFor(acceptedAt, limitDays, pausedDays, calendar, settings),
    pausedDays: (since, until) => pausedWorkingDays(since, until, calendar, settings),
  };
}
