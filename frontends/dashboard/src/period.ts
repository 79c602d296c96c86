/** The dashboard's periods, as hall days (YYYY-MM-DD in the hall's time zone, whatever the browser's). */
import type { Period } from './api';

export const HALL_TIME_ZONE = 'Asia/Shanghai';

export type PeriodPreset = 'today' | 'week' | 'month' | 'custom';

export function hallToday(now: Date = new Date(), timeZone = HALL_TIME_ZONE): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export function addDays(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** today: the day; week: Monday to today; month: the 1st to today. Custom periods come from the picker. */
export function presetPeriod(preset: Exclude<PeriodPreset, 'custom'>, today: string): Period {
  if (preset === 'today') return { from: today, to: today };
  if (preset === 'month') return { from: `${today.slice(0, 8)}01`, to: today };
  const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
  return { from: addDays(today, -weekday), to: today };
}

/** A whole month `YYYY-MM` as a period; null for anything else. */
export function monthPeriod(month: string): Period | null {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!match) return null;
  const next = Number(match[2]) === 12 ? `${Number(match[1]) + 1}-01-01` : `${match[1]}-${String(Number(match[2]) + 1).padStart(2, '0')}-01`;
  return { from: `${month}-01`, to: addDays(next, -1) };
}
