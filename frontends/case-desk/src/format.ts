import { formatHallDateTime } from '@hall/styleguide';
import { t } from './messages';
import type { TimeLeft } from './warnings';

/** In the hall's time zone (the root page's HALL_TZ) and the page's language. */
export function formatDateTime(at: string | null | undefined): string {
  if (!at) return t('time.none');
  return formatHallDateTime(at, { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatDate(at: string | null | undefined): string {
  if (!at) return t('time.none');
  // A bare day (YYYY-MM-DD) is already the hall's; its noon UTC is that same day in any zone within ±11 hours.
  const instant = /^\d{4}-\d{2}-\d{2}$/.test(at) ? `${at}T12:00:00Z` : at;
  return formatHallDateTime(instant, { dateStyle: 'long' });
}

export function formatTimeLeft(left: TimeLeft): string {
  switch (left.kind) {
    case 'none':
      return t('time.none');
    case 'paused':
      return t('time.paused');
    case 'days':
      return t('time.days', { n: left.days });
    case 'hours':
      return t('time.hours', { n: left.hours });
    case 'overdueDays':
      return t('time.overdueDays', { n: left.days });
    case 'overdueHours':
      return t('time.overdueHours', { n: left.hours });
  }
}

const ROLES = ['staff', 'dept_admin', 'manager', 'public'] as const;

export function roleText(role: string): string {
  const known = ROLES.find((candidate) => candidate === role);
  return known ? t(`role.${known}`) : t('role.system');
}
