import { formatHallDateTime } from '@hall/styleguide';
import { t } from './messages';
import type { CaseTimeLeft } from './case.graphql';

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

/** The clock's time left (Case.clock, counted by the cases subgraph) in words; null is no time left to count. */
export function formatTimeLeft(left: CaseTimeLeft): string {
  if (!left) return t('time.none');
  switch (left.kind) {
    case 'PAUSED':
      return t('time.paused');
    case 'DAYS':
      return t('time.days', { n: left.days ?? 0 });
    case 'HOURS':
      return t('time.hours', { n: left.hours ?? 0 });
    case 'OVERDUE_DAYS':
      return t('time.overdueDays', { n: left.days ?? 0 });
    case 'OVERDUE_HOURS':
      return t('time.overdueHours', { n: left.hours ?? 0 });
  }
}

const ROLES = ['staff', 'dept_admin', 'manager', 'public'] as const;

export function roleText(role: string): string {
  const known = ROLES.find((candidate) => candidate === role);
  return known ? t(`role.${known}`) : t('role.system');
}
