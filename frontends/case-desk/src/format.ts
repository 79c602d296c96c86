import { currentLocaleValue } from './locale';
import { t } from './messages';
import { HALL_TIME_ZONE, type TimeLeft } from './warnings';

export function formatDateTime(at: string | null | undefined): string {
  if (!at) return t('time.none');
  return new Date(at).toLocaleString(currentLocaleValue(), { timeZone: HALL_TIME_ZONE, dateStyle: 'medium', timeStyle: 'short' });
}

export function formatDate(at: string | null | undefined): string {
  if (!at) return t('time.none');
  // A bare day (YYYY-MM-DD) is already the hall's; noon keeps it on that day in any zone.
  const instant = /^\d{4}-\d{2}-\d{2}$/.test(at) ? `${at}T12:00:00+08:00` : at;
  return new Date(instant).toLocaleDateString(currentLocaleValue(), { timeZone: HALL_TIME_ZONE, dateStyle: 'long' });
}

export function formatTimeLeft(left: TimeLeft): string {
  switch (left.kind) {
    case 'none':
      return t('time.none');
    case 'paused':
      return t('time.paused');
    case 'days':
      return left.days === 1 ? t('time.oneDay') : t('time.days', { n: left.days });
    case 'hours':
      return t('time.hours', { n: left.hours });
    case 'overdueDays':
      return left.days === 1 ? t('time.overdueOneDay') : t('time.overdueDays', { n: left.days });
    case 'overdueHours':
      return t('time.overdueHours', { n: left.hours });
  }
}

const ROLES = ['staff', 'dept_admin', 'manager', 'public'] as const;

export function roleText(role: string): string {
  const known = ROLES.find((candidate) => candidate === role);
  return known ? t(`role.${known}`) : t('role.system');
}
