import { WorkingCalendar } from '@hall/service-kit';
import { describe, expect, it } from 'vitest';
import { clockFor, pausedWorkingDays, workingDaysLater } from '../domain/deadlines';
import { settingsFromEnv } from '../settings';
import { warningOf } from './warnings';

const settings = settingsFromEnv({});
const calendar = new WorkingCalendar();

describe('the working-day clock', () => {
  it('counts a 5-day limit across the 2026 Spring Festival with its make-up Saturdays (day of acceptance not counted)', () => {
    // Thu 12 Feb → Fri 13 (1), Sat 14 make-up (2), Tue 24 (3), Wed 25 (4), Thu 26 (5); holidays 15–23 Feb.
    const clock = clockFor(new Date('2026-02-12T02:00:00Z'), 5, 0, calendar, settings);
    expect(clock.dueAt.toISOString()).toBe('2026-02-26T09:00:00.000Z');
    expect(clock.preWarningAt.toISOString()).toBe('2026-02-25T09:00:00.000Z');
    // Supervision 3 more: Fri 27 (6), Sat 28 make-up (7), Mon 2 Mar (8).
    expect(clock.supervisionDueAt.toISOString()).toBe('2026-03-02T09:00:00.000Z');
  });

  it('uses the manager’s overrides: a 2027 Spring Festival entered by hand (hypothetical arrangement)', () => {
    // chinese-days 1.5.7 does not know 2027 yet; the manager enters the notice: 8–12 Feb off, Sat 20 Feb worked.
    const overrides = new WorkingCalendar(
      new Map([
        ['2027-02-08', 'OFF'],
        ['2027-02-09', 'OFF'],
        ['2027-02-10', 'OFF'],
        ['2027-02-11', 'OFF'],
        ['2027-02-12', 'OFF'],
        ['2027-02-20', 'WORKING'],
      ] as const),
    );
    // Accepted Thu 4 Feb 2027 at 16:00 local: Fri 5 (1), Mon 15 (2), … Fri 19 (6), Sat 20 (7).
    const clock = clockFor(new Date('2027-02-04T08:00:00Z'), 7, 0, overrides, settings);
    expect(clock.dueAt.toISOString()).toBe('2027-02-20T09:00:00.000Z');
    expect(clockFor(new Date('2027-02-04T08:00:00Z'), 7, 0, calendar, settings).dueAt.toISOString()).toBe('2027-02-15T09:00:00.000Z');
  });

  it('adds back the working days of a pause', () => {
    // Accepted Mon 2 Nov 2026, limit 5: due Mon 9 Nov. Suspended Wed 4, resumed Tue 10: 5, 6, 9, 10 → 4 days.
    const accepted = new Date('2026-11-02T01:30:00Z');
    expect(clockFor(accepted, 5, 0, calendar, settings).dueAt.toISOString()).toBe('2026-11-09T09:00:00.000Z');
    const paused = pausedWorkingDays(new Date('2026-11-04T03:00:00Z'), new Date('2026-11-10T06:00:00Z'), calendar, settings);
    expect(paused).toBe(4);
    expect(clockFor(accepted, 5, paused, calendar, settings).dueAt.toISOString()).toBe('2026-11-13T09:00:00.000Z');
    expect(pausedWorkingDays(new Date('2026-11-04T01:00:00Z'), new Date('2026-11-04T08:00:00Z'), calendar, settings)).toBe(0);
  });

  it('pre-warns on the last day of a 1-day limit and at 80 % of a 20-day one', () => {
    const accepted = new Date('2026-11-02T01:30:00Z');
    expect(clockFor(accepted, 1, 0, calendar, settings).preWarningAt.toISOString()).toBe('2026-11-02T09:00:00.000Z');
    // 20 days: pre-warning at the end of working day 16 = Tue 24 Nov 2026.
    expect(clockFor(accepted, 20, 0, calendar, settings).preWarningAt.toISOString()).toBe('2026-11-24T09:00:00.000Z');
  });

  it('takes the deadline hour and the supervision period from the settings', () => {
    const custom = settingsFromEnv({ CASES_DEADLINE_TIME: '17:30', CASES_SUPERVISION_DAYS: '5' });
    const clock = clockFor(new Date('2026-11-02T01:30:00Z'), 5, 0, calendar, custom);
    expect(clock.dueAt.toISOString()).toBe('2026-11-09T09:30:00.000Z');
    expect(clock.supervisionDueAt.toISOString()).toBe('2026-11-16T09:30:00.000Z');
    expect(workingDaysLater(new Date('2026-11-20T02:00:00Z'), 10, calendar, settings).toISOString()).toBe('2026-12-04T09:00:00.000Z');
  });
});

const open = {
  status: 'UNDER_REVIEW',
  acceptedAt: new Date('2026-11-02T01:30:00Z'),
  pausedSince: null,
  preWarningAt: new Date('2026-11-06T09:00:00Z'),
  dueAt: new Date('2026-11-09T09:00:00Z'),
  supervisionDueAt: new Date('2026-11-12T09:00:00Z'),
};

describe('warning ladder', () => {
  it('is NONE early, PRE after the pre-warning point, YELLOW past the deadline, RED past supervision', () => {
    expect(warningOf(open, new Date('2026-11-03T02:00:00Z'))).toBe('NONE');
    expect(warningOf(open, new Date('2026-11-06T09:00:01Z'))).toBe('PRE');
    expect(warningOf(open, new Date('2026-11-09T09:00:00Z'))).toBe('PRE');
    expect(warningOf(open, new Date('2026-11-09T09:00:01Z'))).toBe('YELLOW');
    expect(warningOf(open, new Date('2026-11-12T09:00:01Z'))).toBe('RED');
  });

  it('never warns a finished, paused or unaccepted case', () => {
    const late = new Date('2026-12-30T00:00:00Z');
    expect(warningOf({ ...open, status: 'COMPLETED' }, late)).toBe('NONE');
    expect(warningOf({ ...open, status: 'SUSPENDED', pausedSince: new Date('2026-11-04T00:00:00Z') }, late)).toBe('NONE');
    expect(warningOf({ ...open, status: 'SUPPLEMENT_REQUESTED' }, late)).toBe('NONE');
    expect(warningOf({ ...open, status: 'SUBMITTED', acceptedAt: null, dueAt: null }, late)).toBe('NONE');
  });
});
