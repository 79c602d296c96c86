import { setLocale } from '@hall/styleguide';
import { afterEach, describe, expect, it } from 'vitest';
import { t } from './messages';

afterEach(() => setLocale('zh-CN'));

describe('matter-admin messages', () => {
  it('says one working day and one problem in the singular in English', () => {
    setLocale('en');
    expect(t('field.stepDays', { n: 1, committed: 5 })).toBe('Steps total 1 working day / committed 5');
    expect(t('field.stepDays', { n: 3, committed: 5 })).toBe('Steps total 3 working days / committed 5');
    expect(t('editor.fixErrors', { n: 1 })).toBe('Fix the problem marked in red first');
    expect(t('editor.fixErrors', { n: 2 })).toBe('Fix the 2 problems marked in red first');
  });

  it('has one form in Chinese', () => {
    expect(t('field.stepDays', { n: 1, committed: 5 })).toBe('环节合计 1 个工作日 / 承诺 5 个工作日');
    expect(t('editor.fixErrors', { n: 1 })).toBe('请先修正标红的 1 处问题');
  });
});
