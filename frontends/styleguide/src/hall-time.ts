import { getHallConfig } from './config';
import { currentLocale } from './i18n/locale';

/** Times travel in UTC; the hall reads them in its own time zone, handed to every app by the root page. */
export function hallTimeZone(): string {
  return getHallConfig().timeZone;
}

function instant(at: string | Date): Date {
  return typeof at === 'string' ? new Date(at) : at;
}

/** The zone a service answered (its `hallSettings.timeZone`) when it has, else the root page's. */
export function answeredTimeZone(settings: { timeZone: string } | null | undefined): string {
  return settings?.timeZone || hallTimeZone();
}

/** The hall day (YYYY-MM-DD) of an instant, by default of now; a screen that has the zone from the API may pass it. */
export function hallDay(at: string | Date = new Date(), timeZone: string = hallTimeZone()): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant(at));
}

/** The day `days` after (or before) a hall day. */
export function addHallDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export interface HallDateTimeStyle {
  dateStyle?: 'full' | 'long' | 'medium' | 'short';
  timeStyle?: 'full' | 'long' | 'medium' | 'short';
}

/** Date and time in the hall's zone and the page's language; "—" for none. */
export function formatHallDateTime(at: string | Date | null | undefined, style: HallDateTimeStyle = { dateStyle: 'medium', timeStyle: 'short' }): string {
  if (at === null || at === undefined || at === '') return '—';
  return new Intl.DateTimeFormat(currentLocale.value, { ...style, hourCycle: 'h23', timeZone: hallTimeZone() }).format(instant(at));
}

/** The hall's clock time, HH:mm. */
export function formatHallTime(at: string | Date, timeZone: string = hallTimeZone()): string {
  return new Intl.DateTimeFormat('zh-CN', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant(at));
}
