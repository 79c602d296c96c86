import { describeError, GraphQLRequestError } from '@hall/styleguide';
import { t } from './messages';

/** A stale `expectedVersion` or an illegal transition: someone else moved the case first. */
export function isConflict(error: unknown): boolean {
  return error instanceof GraphQLRequestError && error.code === 'CONFLICT';
}

/** A refused response to an escalation, in the page's language (never the server's English text). */
export function describeRespondError(error: unknown): string {
  if (!(error instanceof GraphQLRequestError)) return describeError(error);
  switch (error.code) {
    case 'CONFLICT':
      return t('escalation.refused.answered');
    case 'BAD_USER_INPUT':
      return t('escalation.refused.response');
    case 'FORBIDDEN':
      return t('escalation.refused.forbidden');
    case 'NOT_FOUND':
      return t('escalation.refused.notFound');
    default:
      return describeError(error);
  }
}
