import { formatHallDateTime, type StatusTone } from '@hall/styleguide';
import type { Finding } from './findings.graphql';
import type { RectificationStatus } from './gql/graphql';

const HOUR = 60 * 60 * 1000;

/** A department may appeal within `appealDays` × 24 h of the submission (services/inspections/README.md). */
export function appealDeadline(submittedAt: string | null, appealDays: number): Date | null {
  if (!submittedAt) return null;
  const submitted = new Date(submittedAt);
  return Number.isNaN(submitted.getTime()) ? null : new Date(submitted.getTime() + appealDays * 24 * HOUR);
}

export function appealOpen(submittedAt: string | null, appealDays: number, now: Date): boolean {
  const deadline = appealDeadline(submittedAt, appealDays);
  return deadline !== null && now.getTime() < deadline.getTime();
}

/** The button shows only for a finding that still counts, has no appeal yet, inside the window. */
export function canAppeal(finding: Pick<Finding, 'counts' | 'appeal'>, submittedAt: string | null, appealDays: number, now: Date): boolean {
  return finding.counts && !finding.appeal && appealOpen(submittedAt, appealDays, now);
}

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
