import { describe, expect, it } from 'vitest';
import { kpiPeriod } from './period';

describe('kpiPeriod', () => {
  it('counts the month from its 1st and the year as the last 366 hall days', () => {
    const now = new Date('2026-12-03T17:30:00Z');
    expect(kpiPeriod('month', now)).toEqual({ from: '2026-12-01', to: '2026-12-04' });
    expect(kpiPeriod('year', now)).toEqual({ from: '2025-12-04', to: '2026-12-04' });
  });
});
