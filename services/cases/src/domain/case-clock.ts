import { localDateOf, type WorkingCalendar } from '@hall/service-kit';
import { STATUSES, type CaseStatus } from './lifecycle';

export type ClockStateName = 'RUNNING' | 'PAUSED' | 'STOPPED';

export type TimeLeft =
  | { kind: 'PAUSED' }
  | { kind: 'DAYS' | 'OVERDUE_DAYS'; days: number }
  | { kind: 'HOURS' | 'OVERDUE_HOURS'; hours: number };

export interface CaseClockNow {
  state: ClockStateName;
  timeLeft: TimeLeft | null;
}

export interface ClockedCase {
  status: CaseStatus;
  acceptedAt: Date | null;
  dueAt: Date | null;
}

const HOUR = 3_600_000;

const STATE_NAMES = { running: 'RUNNING', paused: 'PAUSED', stopped: 'STOPPED' } as const;

/** The clock state of a case: its status's (lifecycle.ts) once accepted; a case not accepted has no clock. */
export function clockStateOf(kase: Pick<ClockedCase, 'status' | 'acceptedAt'>): ClockStateName {
  return kase.acceptedAt ? STATE_NAMES[STATUSES[kase.status].clock] : 'STOPPED';
}

/** Whether the time left needs the working-day calendar (a deadline on another hall day than today's). */
export function needsCalendar(kase: ClockedCase, now: Date, timeZone: string): boolean {
  return clockStateOf(kase) === 'RUNNING' && kase.dueAt !== null && localDateOf(kase.dueAt, timeZone) !== localDateOf(now, timeZone);
}

/**
 * Time left until the committed deadline, days taken in the hall's time zone: whole working days while the deadline is
 * on a later day, hours on its own day, and the same overdue. A paused clock shows as paused; a stopped one, or a
 * running one without a deadline, has no time left. `calendar` is read only when `needsCalendar` says so.
 */
export function caseClockOf(kase: ClockedCase, now: Date, timeZone: string, calendar: WorkingCalendar | null): CaseClockNow {
  const state = clockStateOf(kase);
  if (state === 'STOPPED') return { state, timeLeft: null };
  if (state === 'PAUSED') return { state, timeLeft: { kind: 'PAUSED' } };
  if (!kase.dueAt) return { state, timeLeft: null };
  return { state, timeLeft: timeLeftUntil(kase.dueAt, now, timeZone, calendar) };
}

function timeLeftUntil(due: Date, now: Date, timeZone: string, calendar: WorkingCalendar | null): TimeLeft {
  const today = localDateOf(now, timeZone);
  const dueDay = localDateOf(due, timeZone);
  const ahead = due.getTime() - now.getTime();
  if (dueDay === today) {
    return ahead >= 0 ? { kind: 'HOURS', hours: Math.max(1, Math.ceil(ahead / HOUR)) } : { kind: 'OVERDUE_HOURS', hours: Math.max(1, Math.floor(-ahead / HOUR)) };
  }
  if (!calendar) throw new Error('the time left to a deadline on another day needs the working-day calendar');
  if (ahead >= 0) return { kind: 'DAYS', days: calendar.workingDaysAfter(today, dueDay) };
  return { kind: 'OVERDUE_DAYS', days: Math.max(1, calendar.workingDaysAfter(dueDay, today)) };
}
