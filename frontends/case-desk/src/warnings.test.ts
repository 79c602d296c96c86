import { hallDay, setLocale } from '@hall/styleguide';
import { afterEach, describe, expect, it } from 'vitest';
import { formatTimeLeft } from './format';
import { caseTimeLeft, timeLeft, warningLook } from './warnings';

// A week in November 2026 (Mon 23 … Fri 27), the weekend 28–29 off.
const working = new Set(['2026-11-20', '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-30']);
const at = (local: string) => new Date(`${local}+08:00`);

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
  it('counts working days after today up to the due day, skipping the weekend', () => {
    const left = timeLeft(at('2026-11-26T10:00:00'), at('2026-11-30T17:00:00').toISOString(), null, working);
    expect(left).toEqual({ kind: 'days', days: 2 });
    expect(formatTimeLeft(left)).toBe('剩 2 个工作日');
  });

  it('counts hours on the due day and after it, working days once overdue for longer', () => {
    const due = at('2026-11-24T17:00:00').toISOString();
    expect(formatTimeLeft(timeLeft(at('2026-11-24T09:30:00'), due, null, working))).toBe('今日到期，剩约 8 小时');
    expect(formatTimeLeft(timeLeft(at('2026-11-24T19:10:00'), due, null, working))).toBe('已超期约 2 小时');
    expect(formatTimeLeft(timeLeft(at('2026-11-27T09:00:00'), due, null, working))).toBe('超期 3 个工作日');
  });

  it('shows a paused clock and no deadline as such, in English too', () => {
    expect(formatTimeLeft(timeLeft(new Date(), '2026-11-30T09:00:00Z', '2026-11-25T02:00:00Z', working))).toBe('计时暂停');
    setLocale('en');
    expect(formatTimeLeft(timeLeft(new Date(), null, null, working))).toBe('—');
    expect(formatTimeLeft({ kind: 'days', days: 2 })).toBe('2 working days left');
    expect(formatTimeLeft({ kind: 'days', days: 1 })).toBe('1 working day left');
  });

  it('counts nothing for a closed case, even one completed late', () => {
    const dueAt = at('2026-11-24T17:00:00').toISOString();
    const now = at('2026-11-27T09:00:00');
    expect(caseTimeLeft(now, { status: 'DELIVERED', dueAt, pausedSince: null }, working)).toEqual({ kind: 'none' });
    expect(caseTimeLeft(now, { status: 'UNDER_REVIEW', dueAt, pausedSince: null }, working)).toEqual({ kind: 'overdueDays', days: 3 });
  });

  it('takes the day in the hall’s time zone', () => {
    expect(hallDay(new Date('2026-11-23T17:30:00Z'))).toBe('2026-11-24');
  });
});
