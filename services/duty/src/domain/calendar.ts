import { WorkingCalendar } from '@hall/service-kit';

/**
 * Working days of the duty subgraph (notice periods of swap requests), on the platform's one working-day calendar
 * (`@hall/service-kit`): weekends off, statutory holidays off, make-up working days (调休) worked.
 */
const calendar = new WorkingCalendar();

/** The `n`-th working day after `date` (`n` = 0 gives `date` itself). */
export const addWorkingDays = (date: string, n: number): string => calendar.addWorkingDays(date, n);
/** Working days after `from` up to and including `to`: 0 when `to` is not after `from`. */
export const workingDaysAfter = (from: string, to: string): number => calendar.workingDaysAfter(from, to);
