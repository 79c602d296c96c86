import { addHallDays } from '@hall/styleguide';

/** Hall days (YYYY-MM-DD) for the duty screens' week grids; times and today come from the styleguide's hall time. */
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
