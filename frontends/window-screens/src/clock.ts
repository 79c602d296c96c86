import { hallTimeZone } from '@hall/styleguide';

/**
 * The screens prefer the zone the duty service answers (`hallSettings.timeZone`); until it has answered, the root
 * page's (`hallTimeZone()`). The styleguide's `formatHallTime`/`hallDay` read only the root page's zone.
 */
export const zoneOf = (settings: { timeZone: string } | null | undefined): string => settings?.timeZone || hallTimeZone();

/** An instant as HH:MM on the hall's clock. */
export function hallClock(instant: Date | string, timeZone: string = hallTimeZone()): string {
  return new Intl.DateTimeFormat('zh-CN', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(instant));
}

/** Today in the hall's time zone, YYYY-MM-DD (en-CA writes dates that way). */
export function hallToday(timeZone: string = hallTimeZone(), now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
