import { WorkingCalendar } from '@hall/service-kit';

/**
 * Days of the inspections subgraph, on the platform's one working-day calendar (`@hall/service-kit`): weekends off,
 * statutory holidays off, make-up working days (调休) worked. The hall's own overrides are kept by the cases subgraph.
 */
export { addDays, dayNumber, daysBetween, hallTimeZone, isKnownTimeZone, localDateOf as localDay } from '@hall/service-kit';

const calendar = new WorkingCalendar();

export const isWorkingDay = (iso: string): boolean => calendar.isWorkingDay(iso);
export const workingDaysIn = (from: string, to: string): string[] => calendar.workingDaysIn(from, to);
/** The day `n` working days after `iso` (n = 0 gives `iso`). */
export const addWorkingDays = (iso: string, n: number): string => calendar.addWorkingDays(iso, n);
