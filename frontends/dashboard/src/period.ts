/** The dashboard's periods, as hall days (YYYY-MM-DD in the hall's time zone, whatever the browser's). */
import { addHallDays } from '@hall/styleguide';
import type { Period } from './stats.graphql';

export type PeriodPreset = 'today' | 'week' | 'month' | 'custom';

/** today: the day; week: Monday to today; month: the 1st to today. Custom periods come from the picker. */
export function presetPeriod(preset: Exclude<PeriodPreset, 'custom'>, today: string): Period {
  if (preset === 'today') return { from: today, to: today };
  if (preset === 'month') return { from: `${today.slice(0, 8)}01`, to: today };
  const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
  return { from: addHallDays(today, -weekday), to: today };
}

/** A whole month `YYYY-MM` as a period; null for anything else. */
export function monthPeriod(month: string): Period | null {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!match) return null;
  const next = Number(match[2]) === 12 ? `${Number(match[1]) + 1}-01-01` : `${match[1]}-${String(Number(match[2]) + 1).padStart(2, '0')}-01`;
  return { from: `${month}-01`, to: addHallDays(next, -1) };
}
