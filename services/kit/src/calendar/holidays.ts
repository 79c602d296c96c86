import { createRequire } from 'node:module';

/**
 * The State Council's yearly holiday arrangement (法定节假日 and 调休上班 make-up working days) from the `chinese-days`
 * npm package (MIT, maintained, offline: the data ships inside it). Only its data file is read: its date functions use
 * the process's local time zone. A year it does not know yet (each year's notice comes out in November or December of
 * the year before; 1.5.7 ends with 2026) falls back to weekends only until the package is updated or the hall manager
 * enters the days as overrides.
 */
interface ChineseDaysData {
  /** Day → "English name,中文名,days" for every day off of a holiday period (weekends inside it included). */
  holidays: Record<string, string>;
  /** Make-up working days (调休上班), mostly Saturdays and Sundays. */
  workdays: Record<string, string>;
}

const data = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as ChineseDaysData;
if (typeof data?.holidays !== 'object' || typeof data?.workdays !== 'object') {
  throw new Error('chinese-days/dist/chinese-days.json does not hold { holidays, workdays }');
}

export type StatutoryDayKind = 'HOLIDAY' | 'MAKE_UP_WORKDAY';

export interface StatutoryDay {
  date: string;
  kind: StatutoryDayKind;
  /** 春节, 国庆节 … */
  holiday: string;
}

const coveredYears = new Set(Object.keys(data.holidays).map((day) => Number(day.slice(0, 4))));

function chineseName(entry: string): string {
  return entry.split(',')[1] ?? entry;
}

/** The statutory holiday or make-up working day on a date; null for an ordinary day. */
export function statutoryDay(date: string): StatutoryDay | null {
  const makeUp = data.workdays[date];
  if (makeUp !== undefined) return { date, kind: 'MAKE_UP_WORKDAY', holiday: chineseName(makeUp) };
  const holiday = data.holidays[date];
  if (holiday !== undefined) return { date, kind: 'HOLIDAY', holiday: chineseName(holiday) };
  return null;
}

/** Every statutory holiday and make-up working day of a year, in date order (empty for a year not yet known). */
export function statutoryDaysOf(year: number): StatutoryDay[] {
  const prefix = `${year}-`;
  const days = [
    ...Object.keys(data.holidays).filter((day) => day.startsWith(prefix)),
    ...Object.keys(data.workdays).filter((day) => day.startsWith(prefix)),
  ].sort();
  return days.flatMap((day) => statutoryDay(day) ?? []);
}

/** Whether the package knows the arrangement of `year` (otherwise only weekends are days off). */
export function knowsHolidaysOf(year: number): boolean {
  return coveredYears.has(year);
}
