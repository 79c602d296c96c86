import { formatHallDateTime } from '@hall/styleguide';

/** Times are the hall's (the root page's HALL_TZ), wherever the reader is. */
export function formatDateTime(at: string | null | undefined): string {
  return formatHallDateTime(at, { dateStyle: 'medium', timeStyle: 'short' });
}
