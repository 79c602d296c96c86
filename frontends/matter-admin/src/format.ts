import { useLocale } from '@hall/styleguide';

/** Times are stored in UTC and read in the hall's time zone (the platform's HALL_TZ default), wherever the browser is. */
const HALL_TIME_ZONE = 'Asia/Shanghai';

export function formatDateTime(iso: string, dateStyle: 'short' | 'medium' = 'short'): string {
  return new Intl.DateTimeFormat(useLocale().locale.value, { dateStyle, timeStyle: 'short', hourCycle: 'h23', timeZone: HALL_TIME_ZONE }).format(
    new Date(iso),
  );
}
