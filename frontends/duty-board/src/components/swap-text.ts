import { enumLabel } from '@hall/styleguide';
import { t } from '../messages';
import type { SwapRequest } from './SwapRequests.graphql';

export function swapLine(request: SwapRequest): string {
  const key = request.kind === 'EXCHANGE' ? 'swap.exchangeLine' : 'swap.kindLine';
  return t(key, { kind: enumLabel('SwapKind', request.kind), staff: request.staff.name, other: request.otherStaff.name });
}

export function swapRange(request: SwapRequest): string {
  if (request.effectiveTo === request.effectiveFrom) return request.effectiveFrom;
  return request.effectiveTo
    ? t('swap.range', { from: request.effectiveFrom, to: request.effectiveTo })
    : `${request.effectiveFrom} ${t('swap.untilFurther')}`;
}
