import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, knowsHolidaysOf, localDateOf, mondayOf, statutoryDay, statutoryDaysOf, weekdayOf, WorkingCalendar, zonedInstant } from './index';

const calendar = new WorkingCalendar();

describe('statutory data', () => {
  it('knows the 2026 Spring Festival and its make-up Saturdays', () => {
    expect(statutoryDay('2026-02-16')).toEqual({ date: '2026-02-16', kind: 'HOLIDAY', holiday: '春节' });
    expect(statutoryDay('2026-02-14')).toMatchObject({ kind: 'MAKE_UP_WORKDAY', holiday: '春节' });
    expect(statutoryDay('2026-03-03')).toBeNull();
    expect(knowsHolidaysOf(2026)).toBe(true);
    expect(statutoryDaysOf(2026).filter((day) => day.kind === 'MAKE_UP_WORKDAY').map((day) => day.date)).toContain('2026-02-28');
  });
});

describe('working days', () => {
  it('skips weekends and holidays and works make-up days', () => {
    expect(calendar.isWorkingDay('2026-11-20')).toBe(true); // Friday
    expect(calendar.isWorkingDay('2026-11-21')).toBe(false); // Saturday
    expect(calendar.isWorkingDay('2026-02-16')).toBe(false); // Monday in the Spring Festival
    expect(calendar.isWorkingDay('2026-02-14')).toBe(true); // Saturday worked (调休)
    expect(calendar.isWorkingDay('2026-10-01')).toBe(false);
  });

  it('counts across the 2026 Spring Festival: Fri 13 Feb + 3 = Sat 14 (make-up), Tue 24, Wed 25', () => {
    expect(calendar.addWorkingDays('2026-02-12', 1)).toBe('2026-02-13');
    expect(calendar.addWorkingDays('2026-02-12', 2)).toBe('2026-02-14');
    expect(calendar.addWorkingDays('2026-02-12', 3)).toBe('2026-02-24');
    expect(calendar.addWorkingDays('2026-02-12', 4)).toBe('2026-02-25');
    // Feb 28 is a make-up Saturday: 24,25,26,27,28 are five working days.
    expect(calendar.addWorkingDays('2026-02-23', 5)).toBe('2026-02-28');
    expect(calendar.workingDaysAfter('2026-02-12', '2026-02-25')).toBe(4);
    expect(calendar.workingDaysAfter('2026-02-25', '2026-02-12')).toBe(0);
    expect(calendar.addWorkingDays('2026-02-16', 0)).toBe('2026-02-16');
  });

  it('lets the hall override a day either way', () => {
    const custom = new WorkingCalendar(
      new Map([
        ['2026-11-23', 'OFF'],
        ['2026-11-21', 'WORKING'],
      ] as const),
    );
    expect(custom.isWorkingDay('2026-11-23')).toBe(false);
    expect(custom.isWorkingDay('2026-11-21')).toBe(true);
    expect(custom.addWorkingDays('2026-11-20', 2)).toBe('2026-11-24');
    expect(custom.overridesIn('2026-11-21', '2026-11-30')).toEqual({ '2026-11-21': 'WORKING', '2026-11-23': 'OFF' });
    expect(Object.keys(custom.overridesIn('2026-11-21', '2026-11-30'))).toEqual(['2026-11-21', '2026-11-23']);
    expect(custom.overridesIn('2026-11-22', '2026-11-22')).toEqual({});
    expect(calendar.overridesIn('2026-01-01', '2026-12-31')).toEqual({});
  });

  it('refuses a negative count', () => {
    expect(() => calendar.addWorkingDays('2026-11-20', -1)).toThrow();
  });
});

describe('time zones', () => {
  it('turns instants into hall days and wall-clock times into instants', () => {
    expect(localDateOf(new Date('2026-11-19T16:30:00Z'), 'Asia/Shanghai')).toBe('2026-11-20');
    expect(zonedInstant('2026-11-20', 17 * 60, 'Asia/Shanghai').toISOString()).toBe('2026-11-20T09:00:00.000Z');
    expect(zonedInstant('2026-07-01', 17 * 60, 'Europe/Berlin').toISOString()).toBe('2026-07-01T15:00:00.000Z');
    expect(zonedInstant('2026-12-01', 17 * 60, 'Europe/Berlin').toISOString()).toBe('2026-12-01T16:00:00.000Z');
  });
});

describe('working days across 2026 holidays (what swap notices and rectification deadlines rely on)', () => {
  const calendar = new WorkingCalendar();

  it('knows National Day 2026 and its make-up Sunday and Saturday', () => {
    for (const day of ['2026-09-25', '2026-10-01', '2026-10-05', '2026-10-07']) expect(calendar.isWorkingDay(day)).toBe(false);
    expect(statutoryDay('2026-10-01')).toMatchObject({ kind: 'HOLIDAY', holiday: '国庆节' });
    expect(statutoryDay('2026-09-20')).toMatchObject({ kind: 'MAKE_UP_WORKDAY', holiday: '国庆节' }); // a Sunday
    expect(calendar.isWorkingDay('2026-10-10')).toBe(true); // a make-up Saturday
    expect(calendar.isWorkingDay('2026-10-11')).toBe(false); // an ordinary Sunday
  });

  it('counts seven working days across National Day and across the Spring Festival', () => {
    // Monday 28 September: 29, 30 Sep, (1–7 Oct off), 8, 9, Sat 10 (make-up), 12, 13 Oct; weekends only would say 7 Oct.
    expect(calendar.addWorkingDays('2026-09-28', 7)).toBe('2026-10-13');
    expect(calendar.workingDaysAfter('2026-09-28', '2026-10-12')).toBe(6);
    // Thursday 12 February: Fri 13, Sat 14 (make-up), (15–23 off), 24, 25, 26, 27, Sat 28 (make-up).
    expect(calendar.addWorkingDays('2026-02-12', 7)).toBe('2026-02-28');
    expect(calendar.workingDaysIn('2026-02-13', '2026-02-24')).toEqual(['2026-02-13', '2026-02-14', '2026-02-24']);
  });

  it('adds zero working days as the same day and counts nothing backwards', () => {
    expect(calendar.addWorkingDays('2026-10-03', 0)).toBe('2026-10-03');
    expect(calendar.workingDaysAfter('2026-11-20', '2026-11-10')).toBe(0);
  });

  it('skips only weekends in a year whose holiday notice the package does not know yet', () => {
    // chinese-days 1.5.7 ends with 2026; when an update brings 2027 this fails, and the README's note goes.
    expect(knowsHolidaysOf(2027)).toBe(false);
    expect(calendar.isWorkingDay('2027-01-01')).toBe(true);
    expect(calendar.addWorkingDays('2026-12-30', 3)).toBe('2027-01-04');
  });
});

describe('day arithmetic', () => {
  it('is independent of the process time zone', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(weekdayOf('2026-11-20')).toBe(5);
    expect(mondayOf('2026-11-22')).toBe('2026-11-16');
    expect(mondayOf('2026-11-16')).toBe('2026-11-16');
    expect(daysBetween('2026-11-16', '2026-11-22')).toBe(6);
  });
});
