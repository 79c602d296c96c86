import { hallDay } from '@hall/styleguide';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { monthPeriod, presetPeriod } from './period';

// The hall's zone comes from the root page's config (HALL_TZ).
beforeEach(() => {
  window.__HALL_CONFIG__ = { timeZone: 'Asia/Shanghai' };
});
afterEach(() => {
  delete window.__HALL_CONFIG__;
});

describe('periods', () => {
  it('counts today in the hall’s time zone', () => {
    // 2026-11-20 17:30 UTC is already the 21st in Shanghai.
    expect(hallDay(new Date('2026-11-20T17:30:00Z'))).toBe('2026-11-21');
    expect(hallDay(new Date('2026-11-20T15:30:00Z'))).toBe('2026-11-20');
  });

  it('gives today, this week from Monday and this month from the 1st', () => {
    expect(presetPeriod('today', '2026-11-20')).toEqual({ from: '2026-11-20', to: '2026-11-20' });
    expect(presetPeriod('week', '2026-11-20')).toEqual({ from: '2026-11-16', to: '2026-11-20' });
    expect(presetPeriod('week', '2026-11-16')).toEqual({ from: '2026-11-16', to: '2026-11-16' });
    expect(presetPeriod('week', '2026-11-22')).toEqual({ from: '2026-11-16', to: '2026-11-22' });
    expect(presetPeriod('month', '2026-11-20')).toEqual({ from: '2026-11-01', to: '2026-11-20' });
  });

  it('turns a report month into its days', () => {
    expect(monthPeriod('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(monthPeriod('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthPeriod('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(monthPeriod('2026-13')).toBeNull();
    expect(monthPeriod('26-1')).toBeNull();
  });
});
