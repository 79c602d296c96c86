import { z } from 'zod';
import { badUserInput, parseInput } from '../errors';
import { isIsoDate } from '../scalars';
import { addDays, daysBetween, zonedInstant } from './days';

/** `input Period`: hall days written YYYY-MM-DD, both included. */
export interface Period {
  from: string;
  to: string;
}

/** Longest period any statistic, roster or plan may span, in hall days with both ends counted (a leap year fits). */
export const MAX_PERIOD_DAYS = 366;

const hallDay = z.string().refine(isIsoDate, 'must be a calendar day written YYYY-MM-DD');

/** The zod schema of `input Period`, for composing into larger input schemas. */
export const periodSchema: z.ZodType<Period> = z
  .object({ from: hallDay, to: hallDay })
  .refine((period) => period.from <= period.to, { message: 'the period ends before it starts', path: ['to'] })
  .refine((period) => period.from > period.to || daysBetween(period.from, period.to) < MAX_PERIOD_DAYS, {
    message: `a period spans at most ${MAX_PERIOD_DAYS} days`,
    path: ['to'],
  });

/** Parses a period argument; a failure is BAD_USER_INPUT naming `<field>.from` or `<field>.to`. */
export function parsePeriod(value: unknown, field = 'period'): Period {
  const parsed = parseInput(z.object({ [field]: periodSchema }), { [field]: value })[field];
  // The schema requires the key; this only narrows the record's index type.
  if (!parsed) throw badUserInput(`${field} is required`, { field });
  return parsed;
}

/** The UTC instants where the period starts (midnight of `from`) and ends (midnight after `to`) in the hall's zone. */
export function periodBounds(period: Period, timeZone: string): { start: Date; end: Date } {
  return { start: zonedInstant(period.from, 0, timeZone), end: zonedInstant(addDays(period.to, 1), 0, timeZone) };
}
