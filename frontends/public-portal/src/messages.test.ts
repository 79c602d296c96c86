import { GraphQLRequestError, setLocale } from '@hall/styleguide';
import { afterEach, describe, expect, it } from 'vitest';
import { publicErrorMessage } from './errors';
import { t } from './messages';

const limited = (retryAfter: number) => GraphQLRequestError.fromErrors([{ message: 'too many attempts', extensions: { code: 'RATE_LIMITED', retryAfter } }], 200);

afterEach(() => setLocale('zh-CN'));

describe('the portal’s English plural forms', () => {
  it('says "1 minute" but "10 minutes"', () => {
    setLocale('en');
    expect(publicErrorMessage(limited(30))).toBe('Too many attempts: please try again in 1 minute');
    expect(publicErrorMessage(limited(600))).toBe('Too many attempts: please try again in 10 minutes');
  });

  it('has one form in Chinese', () => {
    expect(t('error.rateLimited', { n: 1 })).toBe('尝试次数过多，请 1 分钟后再试');
  });
});
