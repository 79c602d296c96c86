/**
 * Calendar days as `YYYY-MM-DD` strings and the instant ↔ local-day conversions of a time zone. Day arithmetic runs on
 * UTC day numbers, so it never depends on the time zone of the process.
 */

const DAY_MS = 86_400_000;

export function dayNumber(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number);
  return Date.UTC(year ?? NaN, (month ?? NaN) - 1, day ?? NaN) / DAY_MS;
}

export function isoOfDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(isoDate: string, days: number): string {
  return isoOfDayNumber(dayNumber(isoDate) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(isoDate: string): number {
  return new Date(dayNumber(isoDate) * DAY_MS).getUTCDay();
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The Monday of the (Monday-to-Sunday) week holding the day. */
export function mondayOf(isoDate: string): string {
  return addDays(isoDate, -((weekdayOf(isoDate) + 6) % 7));
}

const dayFormatters = new Map<string, Intl.DateTimeFormat>();
const partFormatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar day of an instant in a time zone: 2026-11-19T16:30Z is 2026-11-20 in Asia/Shanghai. */
export function localDateOf(at: Date, timeZone: string): string {
  let formatter = dayFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormatters.set(timeZone, formatter);
  }
  return formatter.format(at);
}

/** Milliseconds the zone's wall clock is ahead of UTC at an instant. */
function offsetAt(at: Date, timeZone: string): number {
  let formatter = partFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partFormatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(at).map((part) => [part.type, Number(part.value)]));
  const wall = Date.UTC(parts.year ?? 0, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
  return wall - Math.floor(at.getTime() / 1000) * 1000;
}

/** The instant of a wall-clock time (minutes after midnight) on a day in a time zone. */
export function zonedInstant(isoDate: string, minuteOfDay: number, timeZone: string): Date {
  const wall = dayNumber(isoDate) * DAY_MS + minuteOfDay * 60_000;
  // Two passes settle the offset also on a day the zone changes it.
  let instant = wall - offsetAt(new Date(wall), timeZone);
  instant = wall - offsetAt(new Date(instant), timeZone);
  return new Date(instant);
}

/** True when `timeZone` is an IANA zone this runtime knows. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

export const DEFAULT_HALL_TIME_ZONE = 'Asia/Shanghai';

/** The hall's time zone: `HALL_TZ`, default Asia/Shanghai; an unknown zone stops whoever asks at start. */
export function hallTimeZone(env: NodeJS.ProcessEnv = process.env): string {
  const zone = env.HALL_TZ || DEFAULT_HALL_TIME_ZONE;
  if (!isKnownTimeZone(zone)) throw new Error(`HALL_TZ=${zone} is not a known time zone`);
  return zone;
}
