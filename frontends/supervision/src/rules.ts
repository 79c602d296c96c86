import { formatHallDateTime, type StatusTone } from '@hall/styleguide';
import type { RectificationStatus } from './gql/graphql';

/** The tracking states shown to people: overdue is OPEN past its due day (the server computes it). */
export type TrackingState = 'OVERDUE' | RectificationStatus;

export function trackingState(rectification: { status: RectificationStatus; overdue: boolean }): TrackingState {
  return rectification.overdue && rectification.status === 'OPEN' ? 'OVERDUE' : rectification.status;
}

export const TRACKING_TONE: Record<TrackingState, StatusTone> = {
  OVERDUE: 'danger',
  OPEN: 'warning',
  RESPONDED: 'primary',
  VERIFIED: 'success',
  CANCELLED: 'info',
};

/** Date and time in the hall's time zone and the page's language; "—" for none. */
export function formatDateTime(iso: string | null): string {
  if (!iso || Number.isNaN(new Date(iso).getTime())) return '—';
  return formatHallDateTime(iso, { dateStyle: 'short', timeStyle: 'short' });
}
