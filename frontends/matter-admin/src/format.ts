import { formatHallDateTime } from '@hall/styleguide';

/** Times are stored in UTC and read in the hall's time zone, wherever the browser is. */
export function formatDateTime(iso: string, dateStyle: 'short' | 'medium' = 'short'): string {
  return formatHallDateTime(iso, { dateStyle, timeStyle: 'short' });
}
