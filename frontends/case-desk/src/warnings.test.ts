import { hallDay, setLocale } from '@hall/styleguide';
import { afterEach, describe, expect, it } from 'vitest';
import { formatTimeLeft } from './format';
import { warningLook } from './warnings';

// The rule that counts the time left is the cases subgraph's (services/cases/src/domain/case-clock.test.ts); the desk words it.
afterEach(() => setLocale('zh-CN'));

describe('warning colours', () => {
  it('amber pre-warning, yellow card, 中国红 red card', () => {
    expect(warningLook('NONE')).toEqual({ tone: 'info', className: 'case-warning--none' });
    expect(warningLook('PRE')).toEqual({ tone: 'warning', className: 'case-warning--pre' });
    expect(warningLook('YELLOW')).toEqual({ tone: 'warning', className: 'case-warning--yellow' });
    expect(warningLook('RED')).toEqual({ tone: 'danger', className: 'case-warning--red' });
  });
});

describe('time left', () => {
  it('shows working days left', () => {
    expect(formatTimeLeft({ kind: 'DAYS', days: 2, hours: null })).toBe('剩 2 个工作日');
  });

  it('shows hours on the due day and after it, working days once overdue for longer', () => {
    expect(formatTimeLeft({ kind: 'HOURS', days: null, hours: 8 })).toBe('今日到期，剩约 8 小时');
    expect(formatTimeLeft({ kind: 'OVERDUE_HOURS', days: null, hours: 2 })).toBe('已超期约 2 小时');
    expect(formatTimeLeft({ kind: 'OVERDUE_DAYS', days: 3, hours: null })).toBe('超期 3 个工作日');
  });

  it('shows a paused clock and no time left as such, in English too', () => {
    expect(formatTimeLeft({ kind: 'PAUSED', days: null, hours: null })).toBe('计时暂停');
    setLocale('en');
    expect(formatTimeLeft(null)).toBe('—');
    expect(formatTimeLeft({ kind: 'DAYS', days: 2, hours: null })).toBe('2 working days left');
    expect(formatTimeLeft({ kind: 'DAYS', days: 1, hours: null })).toBe('1 working day left');
  });

  it('shows nothing for a closed case (the subgraph gives it no time left)', () => {
    expect(formatTimeLeft(null)).toBe('—');
  });

  it('takes the day in the hall’s time zone', () => {
    expect(hallDay(new Date('2026-11-23T17:30:00Z'))).toBe('2026-11-24');
  });
});
