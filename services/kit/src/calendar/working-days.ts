import { addDays, dayNumber, weekdayOf } from './days';
import { statutoryDay } from './holidays';

/** A hall's own decision about a day, overriding the statutory data and the weekend rule. */
export type DayOverride = 'WORKING' | 'OFF';

/**
 * The hall's working-day calendar: Saturdays and Sundays off, statutory holidays off even on weekdays, make-up
 * working days (调休) worked even on weekends, and the hall's overrides above all three.
 */
export class WorkingCalendar {
  constructor(private readonly overrides: ReadonlyMap<string, DayOverride> = new Map()) {}

  isWorkingDay(date: string): boolean {
    const override = this.overrides.get(date);
    if (override) return override === 'WORKING';
    const statutory = statutoryDay(date);
    if (statutory) return statutory.kind === 'MAKE_UP_WORKDAY';
    const weekday = weekdayOf(date);
    return weekday !== 0 && weekday !== 6;
  }

  /** The `n`-th working day after `date` (`n` = 0 gives `date` itself, whatever it is). */
  addWorkingDays(date: string, n: number): string {
    if (!Number.isInteger(n) || n < 0) throw new Error(`addWorkingDays needs a whole n >= 0, got ${n}`);
    let current = date;
    for (let left = n; left > 0; ) {
      current = addDays(current, 1);
      if (this.isWorkingDay(current)) left -= 1;
    }
    return current;
  }

  /** The working days from `from` to `to`, both included, in order. */
  workingDaysIn(from: string, to: string): string[] {
    const days: string[] = [];
    for (let day = from; dayNumber(day) <= dayNumber(to); day = addDays(day, 1)) if (this.isWorkingDay(day)) days.push(day);
    return days;
  }

  /** The hall's overrides from `from` to `to`, both included, by day: what a record keeps of the calendar it was made on. */
  overridesIn(from: string, to: string): Record<string, DayOverride> {
    const within = [...this.overrides].filter(([day]) => day >= from && day <= to).sort(([a], [b]) => a.localeCompare(b));
    return Object.fromEntries(within);
  }

  /** Working days after `from` up to and including `to`; 0 when `to` is not after `from`. */
  workingDaysAfter(from: string, to: string): number {
    let count = 0;
    const end = dayNumber(to);
    for (let day = addDays(from, 1); dayNumber(day) <= end; day = addDays(day, 1)) if (this.isWorkingDay(day)) count += 1;
    return count;
  }
}
