import { setLocale } from '@hall/styleguide';
import { afterEach, describe, expect, it } from 'vitest';
import { t } from './messages';

afterEach(() => setLocale('zh-CN'));

describe('the desk’s English plural forms', () => {
  it('says one material, one working day, one repeat notice', () => {
    setLocale('en');
    expect(t('timeline.notice', { n: 1 })).toBe('One-time notice: 1 material missing');
    expect(t('timeline.notice', { n: 3 })).toBe('One-time notice: 3 materials missing');
    expect(t('detail.pausedDays', { n: 1 })).toBe('1 working day');
    expect(t('detail.pausedDays', { n: 0 })).toBe('0 working days');
    expect(t('detail.repeatNotices', { n: 2 })).toBe('2 repeat notices');
    expect(t('time.overdueDays', { n: 1 })).toBe('1 working day overdue');
  });

  it('has one form in Chinese', () => {
    expect(t('timeline.notice', { n: 1 })).toBe('一次性告知：缺 1 项材料');
    expect(t('time.days', { n: 1 })).toBe('剩 1 个工作日');
  });
});
