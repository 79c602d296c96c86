import { enumLabel } from '@hall/styleguide';
import { t } from './messages';
import type { TrackingState } from './rules';

/** A tracking state's label: the rectification's status, or 已逾期 for an open order past its due day. */
export function trackingLabel(state: TrackingState): string {
  return state === 'OVERDUE' ? t('state.OVERDUE') : enumLabel('RectificationStatus', state);
}
