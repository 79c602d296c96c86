import { GraphQLRequestError } from '@hall/styleguide';
import { describe, expect, it } from 'vitest';
import { publicErrorMessage, retryAfterMinutes } from './errors';

const limited = (retryAfter?: unknown) =>
  GraphQLRequestError.fromErrors([{ message: 'too many attempts', extensions: { code: 'RATE_LIMITED', ...(retryAfter === undefined ? {} : { retryAfter }) } }], 200);

describe('a rate limit told to the public', () => {
  it('rounds the wait up to whole minutes', () => {
    expect(retryAfterMinutes(limited(600))).toBe(10);
    expect(retryAfterMinutes(limited(61))).toBe(2);
    expect(retryAfterMinutes(limited(5))).toBe(1);
  });

  it('says the wait, or "later" when the gateway gave none', () => {
    expect(publicErrorMessage(limited(600))).toBe('尝试次数过多，请 10 分钟后再试');
    expect(publicErrorMessage(limited(30))).toBe('尝试次数过多，请 1 分钟后再试');
    expect(publicErrorMessage(limited())).toBe('尝试次数过多，请稍后再试');
    expect(publicErrorMessage(limited('soon'))).toBe('尝试次数过多，请稍后再试');
  });

  it('leaves other errors to the styleguide', () => {
    expect(retryAfterMinutes(GraphQLRequestError.fromErrors([{ message: 'x', extensions: { code: 'NOT_FOUND' } }], 200))).toBeNull();
    expect(publicErrorMessage(new GraphQLRequestError('NETWORK_ERROR', 'offline'))).not.toContain('尝试次数过多');
  });
});
