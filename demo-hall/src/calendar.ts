/**
 * Local calendar arithmetic for the demo hall (Asia/Shanghai, UTC+8, no daylight saving time).
 * Days are "day numbers": whole days since 1970-01-01 in local time. Working days skip Saturdays and Sundays only;
 * the demo period (October 21 – early December 2026) contains no statutory holiday or make-up working day.
 */

export const HALL_TIME_ZONE = 'Asia/Shanghai';
/** The demo's "today" (a Friday): cases end on or before it, planned inspections come after it. */
export const DEMO_REFERENCE_DATE = '2026-11-20';
export const OPENING_MINUTE = 9 * 60;
export const CLOSING_MINUTE = 17 * 60;

const DAY_MS = 86_400_000;
const UTC_OFFSET_MS = 8 * 3_600_000;

export function dayOf(isoDate: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new Error(`Not a YYYY-MM-DD date: ${isoDate}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

export function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function isWeekend(day: number): boolean {
  const weekday = (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
  return weekday === 0 || weekday === 6;
}

/** The day `n` working days after `day` (n = 0 returns `day`). */
export function addWorkingDays(day: number, n: number): number {
  let current = day;
  for (let left = n; left > 0;) {
    current += 1;
    if (!isWeekend(current)) left -= 1;
  }
  return current;
}

/** The day `n` working days before `day`. */
export function subtractWorkingDays(day: number, n: number): number {
  let current = day;
  for (let left = n; left > 0;) {
    current -= 1;
    if (!isWeekend(current)) left -= 1;
  }
  return current;
}

/** The next working day on or after `day`. */
export function workingDayOnOrAfter(day: number): number {
  let current = day;
  while (isWeekend(current)) current += 1;
  return current;
}

/** The instant of a local wall-clock time on `day`. */
export function localTime(day: number, minuteOfDay: number, second = 0): Date {
  return new Date(day * DAY_MS + minuteOfDay * 60_000 + second * 1000 - UTC_OFFSET_MS);
}

/** The local day of an instant. */
export function localDayOf(at: Date): number {
  return Math.floor((at.getTime() + UTC_OFFSET_MS) / DAY_MS);
}

/** Minutes since local midnight of an instant. */
export function localMinuteOf(at: Date): number {
  return Math.floor(((((at.getTime() + UTC_OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS) / 60_000);
}

/** Committed deadline: `limitDays` working days after the acceptance day, at 17:00 local time. */
export function dueAtFor(acceptedAt: Date, limitDays: number): Date {
  return localTime(addWorkingDays(localDayOf(acceptedAt), limitDays), CLOSING_MINUTE);
}

/** The demo's "now": the reference date at 17:30 local time, after the hall closed. */
export const DEMO_NOW: Date = localTime(dayOf(DEMO_REFERENCE_DATE), CLOSING_MINUTE + 30);

/** The last working day on or before `day`. */
export function workingDayOnOrBefore(day: number): number {
  let current = day;
  while (isWeekend(current)) current -= 1;
  return current;
}

/** The Monday of the week holding `day`. */
export function mondayOf(day: number): number {
  const weekday = (((day + 4) % 7) + 7) % 7;
  return day - ((weekday + 6) % 7);
}

/** The same calendar date `years` later (29 February becomes 28 February in a common year). */
export function shiftYears(isoDate: string, years: number): string {
  if (years === 0) return isoDate;
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(year + years, month, 0)).getUTCDate();
  return `${year + years}-${String(month).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

/** What the demo hall is generated relative to: its "today" (a hall date) and its "now" (an instant of that day). */
export interface DemoReference {
  date: string;
  now: Date;
}

/** The fixed reference of the tests: Friday 2026-11-20, 17:30 in the hall. */
export const DEMO_REFERENCE: DemoReference = Object.freeze({ date: DEMO_REFERENCE_DATE, now: DEMO_NOW });

/** A reference in the generators' terms. */
export interface DemoClock {
  /** The reference date and its day number. */
  readonly date: string;
  readonly day: number;
  /** The last working day on or before the reference day: the weekend hall is closed, its data ends on Friday. */
  readonly workday: number;
  /** The Monday of the reference day's week. */
  readonly monday: number;
  readonly now: Date;
  /** Whole years from the fixed reference year (dated terms move with it). */
  readonly years: number;
}

export function demoClockOf(reference: DemoReference): DemoClock {
  const day = dayOf(reference.date);
  return {
    date: reference.date,
    day,
    workday: workingDayOnOrBefore(day),
    monday: mondayOf(workingDayOnOrBefore(day)),
    now: reference.now,
    years: Number(reference.date.slice(0, 4)) - Number(DEMO_REFERENCE_DATE.slice(0, 4)),
  };
}
