import { describeError, GraphQLRequestError } from '@hall/styleguide';
import { t } from './messages';

/** A refused referral (转办) or registration from one, in the page's language (never the server's English text). */
export function describeReferError(error: unknown): string {
  if (!(error instanceof GraphQLRequestError)) return describeError(error);
  const field = error.errors[0]?.extensions?.field;
  if (error.code === 'BAD_USER_INPUT' && field === 'toDepartmentId') return t('referral.refused.department');
  if (error.code === 'BAD_USER_INPUT' && field === 'referredFromCaseId') return t('referral.refused.from');
  if (error.code === 'FORBIDDEN') return t('referral.refused.forbidden');
  return describeError(error);
}
