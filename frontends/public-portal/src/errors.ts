import { describeError, GraphQLRequestError } from '@hall/styleguide';
import { t } from './messages';

/** Whole minutes until a rate-limited client may try again, from the error's `extensions.retryAfter` (seconds). */
export function retryAfterMinutes(error: unknown): number | null {
  if (!(error instanceof GraphQLRequestError) || error.code !== 'RATE_LIMITED') return null;
  const seconds = error.errors.map((entry) => entry.extensions?.retryAfter).find((value) => typeof value === 'number' && value > 0);
  return typeof seconds === 'number' ? Math.max(1, Math.ceil(seconds / 60)) : null;
}

/** What the public is told about a failed request: a rate limit kindly, with the wait; the rest as everywhere. */
export function publicErrorMessage(error: unknown): string {
  if (error instanceof GraphQLRequestError && error.code === 'RATE_LIMITED') {
    const minutes = retryAfterMinutes(error);
    if (minutes === null) return t('error.rateLimitedSoon');
    return t('error.rateLimited', { n: minutes });
  }
  return describeError(error);
}
