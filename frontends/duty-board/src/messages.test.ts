import { setLocale } from '@hall/styleguide';
import { afterEach, describe, expect, it } from 'vitest';
import { t } from './messages';

afterEach(() => setLocale('zh-CN'));

describe('the duty board’s messages', () => {
  it('count shifts and working days in the English singular and plural, and in the one Chinese form', () => {
    setLocale('en');
    expect(t('roster.shiftCount', { n: 1 })).toBe('1 shift this week');
    expect(t('roster.shiftCount', { n: 12 })).toBe('12 shifts this week');
    expect(t('swap.notice', { n: 1 })).toBe('1 working day ahead');
    expect(t('swap.notice', { n: 0 })).toBe('0 working days ahead');
    expect(t('decision.approved', { n: 1 })).toBe('Approved; 1 shift changed');
    setLocale('zh-CN');
    expect(t('roster.shiftCount', { n: 1 })).toBe('本周 1 个班次');
    expect(t('swap.notice', { n: 3 })).toBe('提前 3 个工作日');
  });
});
