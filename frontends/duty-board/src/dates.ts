/** Calendar days (YYYY-MM-DD) as the hall counts them: in its time zone, whatever the browser's. */

export function hallToday(timeZone: string, now: Date = new Date()): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

function utcDay(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

export function addDays(date: string, days: number): string {
  const day = utcDay(date);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** The Monday of the ISO week holding `date`. */
export function mondayOf(date: string): string {
  const weekday = (utcDay(date).getUTCDay() + 6) % 7;
  return addDays(date, -weekday);
}

/** Monday to Sunday of the week starting on `monday`. */
export function weekDays(monday: string): string[] {
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** 0 = Monday … 6 = Sunday. */
export function weekdayIndex(date: string): Weekday {
  return ((utcDay(date).getUTCDay() + 6) % 7) as Weekday;
}

/** "11-23" for a column header. */
export function monthDay(date: string): string {
  return date.slice(5);
}

/** An instant as HH:MM on the hall's clock. */
export function hallClock(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat('zh-CN', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(instant));
}

/** An instant as YYYY-MM-DD HH:MM on the hall's clock. */
export function hallDateTime(instant: string, timeZone: string): string {
  const day = hallToday(timeZone, new Date(instant));
  return `${day} ${hallClock(instant, timeZone)}`;
}
