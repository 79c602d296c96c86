import { useLocale } from '@hall/styleguide';

/** Times are the hall's (the platform's HALL_TZ default), wherever the reader is. */
const HALL_TIME_ZONE = 'Asia/Shanghai';

export function formatDateTime(at: string | null | undefined): string {
  if (!at) return '—';
  return new Date(at).toLocaleString(useLocale().locale.value, { timeZone: HALL_TIME_ZONE, dateStyle: 'medium', timeStyle: 'short' });
}
