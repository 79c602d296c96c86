import { describe, expect, it } from 'vitest';
import { MAX_PERIOD_DAYS, parsePeriod, periodBounds, periodSchema } from './period';

function refusal(work: () => unknown): { code?: unknown; fields?: unknown } {
  try {
    work();
  } catch (error) {
    return (error as { extensions?: { code?: unknown; fields?: unknown } }).extensions ?? {};
  }
  throw new Error('accepted');
}

describe('parsePeriod', () => {
  it('accepts a single day and a whole leap year', () => {
    expect(parsePeriod({ from: '2026-11-20', to: '2026-11-20' })).toEqual({ from: '2026-11-20', to: '2026-11-20' });
    expect(MAX_PERIOD_DAYS).toBe(366);
    expect(parsePeriod({ from: '2028-01-01', to: '2028-12-31' })).toEqual({ from: '2028-01-01', to: '2028-12-31' });
    expect(parsePeriod({ from: '2026-01-01', to: '2027-01-01' })).toEqual({ from: '2026-01-01', to: '2027-01-01' });
  });

  it('refuses a reversed, a too long and a malformed period as BAD_USER_INPUT naming the field', () => {
    expect(refusal(() => parsePeriod({ from: '2026-11-20', to: '2026-11-01' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'period.to', message: 'the period ends before it starts' }],
    });
    expect(refusal(() => parsePeriod({ from: '2026-01-01', to: '2027-01-02' }, 'range'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'range.to', message: 'a period spans at most 366 days' }],
    });
    expect(refusal(() => parsePeriod({ from: '2026-02-30', to: '2026-03-01' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'period.from' }],
    });
    expect(refusal(() => parsePeriod(null)).code).toBe('BAD_USER_INPUT');
  });

  it('composes into larger schemas', () => {
    expect(periodSchema.safeParse({ from: '2026-12-01', to: '2026-11-01' }).success).toBe(false);
    expect(periodSchema.safeParse({ from: '2026-11-01', to: '2026-12-01' }).success).toBe(true);
  });
});

describe('periodBounds', () => {
  it('runs from midnight of the first day to midnight after the last, in the hall zone', () => {
    expect(periodBounds({ from: '2026-11-01', to: '2026-11-30' }, 'Asia/Shanghai')).toEqual({
      start: new Date('2026-10-31T16:00:00Z'),
      end: new Date('2026-11-30T16:00:00Z'),
    });
    // A day with a daylight-saving change: 23 hours long.
    const { start, end } = periodBounds({ from: '2026-03-08', to: '2026-03-08' }, 'America/New_York');
    expect(end.getTime() - start.getTime()).toBe(23 * 3_600_000);
  });
});
