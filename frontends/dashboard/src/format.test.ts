import { setLocale } from '@hall/styleguide';
import { afterEach, describe, expect, it } from 'vitest';
import { overdueText } from './format';

const now = new Date('2026-11-20T12:00:00Z');
const before = (hours: number) => new Date(now.getTime() - hours * 3_600_000).toISOString();

afterEach(() => setLocale('zh-CN'));

describe('how long ago a deadline passed', () => {
  it('picks the English plural form by the count', () => {
    setLocale('en');
    expect(overdueText(before(24), now)).toBe('1 day');
    expect(overdueText(before(75), now)).toBe('3 days');
    expect(overdueText(before(1.5), now)).toBe('1 hour');
    expect(overdueText(before(5), now)).toBe('5 hours');
  });

  it('has one form in Chinese', () => {
    expect(overdueText(before(24), now)).toBe('1 天');
    expect(overdueText(before(75), now)).toBe('3 天');
    expect(overdueText(before(5), now)).toBe('5 小时');
    expect(overdueText(null, now)).toBe('—');
  });
});
