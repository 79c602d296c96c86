import { conflict, isIsoDate, localDateOf } from '@hall/service-kit';
import { sql } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { numberCounters, type CasesTables } from '../db/schema';

/** A daily number series: letters + the hall's day (yyyymmdd) + a fixed-width sequence. */
export interface NumberSeries {
  letters: string;
  digits: number;
  noun: string;
}

/** 办件编号: ZW + yyyymmdd + 5 digits. */
export const CASE_NUMBERS: NumberSeries = { letters: 'ZW', digits: 5, noun: 'case' };
/** 投诉编号: TS + yyyymmdd + 4 digits. */
export const COMPLAINT_NUMBERS: NumberSeries = { letters: 'TS', digits: 4, noun: 'complaint' };

export interface ParsedNumber {
  prefix: string;
  sequence: number;
}

/** Splits a number of the live format; null for anything else (a bad day, a letter in the sequence, sequence 0). */
export function parseNumber(series: NumberSeries, number: string): ParsedNumber | null {
  const match = new RegExp(`^(${series.letters}(\\d{4})(\\d{2})(\\d{2}))(\\d{${series.digits}})$`).exec(number);
  if (!match) return null;
  const [, prefix, year, month, day, digits] = match;
  if (!prefix || !isIsoDate(`${year}-${month}-${day}`)) return null;
  const sequence = Number(digits);
  return sequence >= 1 ? { prefix, sequence } : null;
}

export function formatMessage(series: NumberSeries): string {
  return `a ${series.noun} number is ${series.letters} + the day (yyyymmdd) + ${series.digits} digits from 1`;
}

type Executor = Pick<NodePgDatabase<CasesTables>, 'insert'>;

/**
 * The next number of the day, from the day's counter row in the caller's transaction (the row lock orders concurrent
 * registrations; the numbers already stored are never read). A day whose sequence would outgrow its digits is refused
 * with CONFLICT, and the transaction's rollback leaves the counter where it was.
 */
export async function nextNumber(tx: Executor, series: NumberSeries, now: Date, timeZone: string): Promise<string> {
  const prefix = `${series.letters}${localDateOf(now, timeZone).replaceAll('-', '')}`;
  const [row] = await tx
    .insert(numberCounters)
    .values({ prefix, last: 1 })
    .onConflictDoUpdate({ target: numberCounters.prefix, set: { last: sql`${numberCounters.last} + 1` } })
    .returning({ last: numberCounters.last });
  if (!row) throw new Error('the number counter returned no row');
  if (row.last >= 10 ** series.digits) {
    throw conflict(`the ${series.noun} numbers of this day are used up (${10 ** series.digits - 1} a day); try again tomorrow`, {
      prefix,
    });
  }
  return `${prefix}${String(row.last).padStart(series.digits, '0')}`;
}

/**
 * Each day's highest sequence among these numbers: what its counter must at least hold. In prefix order, so concurrent
 * imports lock the counter rows in the same order and never deadlock.
 */
export function highestByPrefix(numbers: readonly ParsedNumber[]): Array<{ prefix: string; last: number }> {
  const highest = new Map<string, number>();
  for (const { prefix, sequence } of numbers) highest.set(prefix, Math.max(highest.get(prefix) ?? 0, sequence));
  return [...highest].sort(([a], [b]) => (a < b ? -1 : 1)).map(([prefix, last]) => ({ prefix, last }));
}

/** The counter-raising statement for imported numbers (one per batch, on the import's own client). */
export function raiseCountersStatement(numbers: readonly ParsedNumber[]): { text: string; values: [string[], number[]] } | null {
  const rows = highestByPrefix(numbers);
  if (rows.length === 0) return null;
  return {
    text: `INSERT INTO cases.number_counters (prefix, last) SELECT * FROM unnest($1::text[], $2::int[]) ORDER BY 1
      ON CONFLICT (prefix) DO UPDATE SET last = GREATEST(cases.number_counters.last, excluded.last)`,
    values: [rows.map((row) => row.prefix), rows.map((row) => row.last)],
  };
}
