import type { SwapRequest } from '../api';
import { t } from '../messages';

export function swapLine(request: SwapRequest): string {
  const key = request.kind === 'EXCHANGE' ? 'swap.exchangeLine' : 'swap.kindLine';
  return t(key, { kind: t(`kind.${request.kind}`), staff: request.staff.name, other: request.otherStaff.name });
}

export function swapRange(request: SwapRequest): string {
  if (request.effectiveTo === request.effectiveFrom) return request.effectiveFrom;
  return request.effectiveTo
    ? t('swap.range', { from: request.effectiveFrom, to: request.effectiveTo })
    : `${request.effectiveFrom} ${t('swap.untilFurther')}`;
}
