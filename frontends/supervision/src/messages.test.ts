import { setLocale } from '@hall/styleguide';
import { afterEach, describe, expect, it } from 'vitest';
import { t } from './messages';

afterEach(() => setLocale('zh-CN'));

describe('counted messages', () => {
  it('pick the English plural form by the count, and have one form in Chinese', () => {
    setLocale('en');
    expect(t('plans.visits', { n: 1 })).toBe('1 visit');
    expect(t('plans.visits', { n: 4 })).toBe('4 visits');
    expect(t('plans.created', { name: 'December', n: 1 })).toBe('Plan "December" created with 1 visit');
    expect(t('plans.created', { name: 'December', n: 6 })).toBe('Plan "December" created with 6 visits');
    setLocale('zh-CN');
    expect(t('plans.visits', { n: 1 })).toBe('1 次暗访');
    expect(t('plans.visits', { n: 4 })).toBe('4 次暗访');
  });
});
