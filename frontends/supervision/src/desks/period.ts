import { addHallDays, hallDay } from '@hall/styleguide';
import type { Period } from '../gql/graphql';

export type KpiRange = 'month' | 'year';

/** month: the 1st of this month to today; year: the last 366 days (the API's longest period), in hall days. */
export function kpiPeriod(range: KpiRange, now: Date = new Date()): Period {
  const today = hallDay(now);
  return range === 'month' ? { from: `${today.slice(0, 8)}01`, to: today } : { from: addHallDays(today, -365), to: today };
}
