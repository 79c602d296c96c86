import { t } from './messages';

/** How long ago a deadline passed, in whole days, or hours under a day. */
export function overdueText(deadline: string | null, now: Date): string {
  if (!deadline) return '—';
  const hours = Math.max(0, (now.getTime() - new Date(deadline).getTime()) / 3_600_000);
  return hours >= 24 ? t('overdue.days', { n: Math.floor(hours / 24) }) : t('overdue.hours', { n: Math.max(1, Math.floor(hours)) });
}

export function formatMinutes(minutes: number | null | undefined): string {
  return minutes === null || minutes === undefined ? '—' : t('unit.minutes', { n: Math.round(minutes * 10) / 10 });
}

export function formatScore(score: number | null | undefined): string {
  return score === null || score === undefined ? '—' : (Math.round(score * 10) / 10).toFixed(1);
}
