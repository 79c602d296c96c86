import { afterEach, describe, expect, it } from 'vitest';
import { addHallDays, answeredTimeZone, formatHallTime, hallDay, hallTimeZone } from './hall-time';

describe('hall time', () => {
  afterEach(() => {
    delete window.__HALL_CONFIG__;
  });

  it('reads days and clock times in the time zone the root page hands over, not the browser’s', () => {
    window.__HALL_CONFIG__ = { timeZone: 'Asia/Urumqi' };
    expect(hallTimeZone()).toBe('Asia/Urumqi');
    // 2026-11-20T17:30Z is 23:30 in Urumqi (UTC+6) and already the 21st in Shanghai.
    expect(hallDay('2026-11-20T17:30:00Z')).toBe('2026-11-20');
    expect(formatHallTime('2026-11-20T17:30:00Z')).toBe('23:30');
    window.__HALL_CONFIG__ = {};
    expect(hallTimeZone()).toBe('Asia/Shanghai');
    expect(hallDay('2026-11-20T17:30:00Z')).toBe('2026-11-21');
  });

  it('prefers the zone a service answered, and falls back to the root page’s until it has', () => {
    window.__HALL_CONFIG__ = { timeZone: 'Asia/Urumqi' };
    expect(answeredTimeZone({ timeZone: 'Asia/Hong_Kong' })).toBe('Asia/Hong_Kong');
    expect(answeredTimeZone(null)).toBe('Asia/Urumqi');
    expect(answeredTimeZone({ timeZone: '' })).toBe('Asia/Urumqi');
  });

  it('counts hall days across months', () => {
    expect(addHallDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(addHallDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
