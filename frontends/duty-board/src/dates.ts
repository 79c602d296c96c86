import { addHallDays, hallTimeZone } from '@hall/styleguide';

/**
 * Hall days (YYYY-MM-DD) and clock times for the duty screens. The duty service answers its own zone
 * (`hallSettings.timeZone`), which these screens prefer; the root page's zone (`hallTimeZone()`) is the fallback.
 * The styleguide's `hallDay`/`formatHallTime` read only the root page's zone, hence the zone-taking pair below.
 */
export const zoneOf = (settings: { timeZone: string } | null | undefined): string => settings?.timeZone || hallTimeZone();

export function hallToday(timeZone: string = hallTimeZone(), now: Date = new Date()): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** An instant as HH:MM on the hall's clock. */
export function hallClock(instant: string, timeZone: string = hallTimeZone()): string {
  return new Intl.DateTimeFormat('zh-CN', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(instant));
}

/** An instant as YYYY-MM-DD HH:MM on the hall's clock. */
export function hallDateTime(instant: string, timeZone: string = hallTimeZone()): string {
  return `${hallToday(timeZone, new Date(instant))} ${hallClock(instant, timeZone)}`;
}

const weekdayOf = (date: string) => (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;

/** The Monday of the ISO week holding `date`. */
export function mondayOf(date: string): string {
  return addHallDays(date, -weekdayOf(date));
}

/** Monday to Sunday of the week starting on `monday`. */
export function weekDays(monday: string): string[] {
  return Array.from({ length: 7 }, (_, i) => addHallDays(monday, i));
}

export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** 0 = Monday … 6 = Sunday. */
export function weekdayIndex(date: string): Weekday {
  return weekdayOf(date) as Weekday;
}

/** "11-23" for a column header. */
export function monthDay(date: string): string {
  return date.slice(5);
}
