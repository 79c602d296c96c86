import { GraphQLRequestError } from '@hall/styleguide';
import type { ShiftPeriod } from './gql/graphql';

export type ConflictReason = 'WINDOW_BOOKED' | 'STAFF_BUSY' | 'STAFF_INACTIVE' | 'WINDOW_INACTIVE';

/** One entry of a CONFLICT error's `extensions.conflicts` (scheduleShift, copyRosterWeek, approveSwapRequest). */
export interface RosterConflict {
  reason: ConflictReason;
  date: string;
  period: ShiftPeriod;
  windowNumber: string;
  staffName: string;
  existingPeriod: ShiftPeriod | null;
  existingWindowNumber: string | null;
  existingStaffName: string | null;
}

const REASONS: readonly string[] = ['WINDOW_BOOKED', 'STAFF_BUSY', 'STAFF_INACTIVE', 'WINDOW_INACTIVE'];
const PERIODS: readonly string[] = ['MORNING', 'AFTERNOON', 'FULL_DAY'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

const text = (value: unknown) => (typeof value === 'string' ? value : null);
const period = (value: unknown) => (typeof value === 'string' && PERIODS.includes(value) ? (value as ShiftPeriod) : null);

/** The roster conflicts a refused request carries; empty for any other error. */
export function rosterConflicts(error: unknown): RosterConflict[] {
  if (!(error instanceof GraphQLRequestError) || error.code !== 'CONFLICT') return [];
  const listed = error.errors[0]?.extensions?.conflicts;
  if (!Array.isArray(listed)) return [];
  return listed.filter(isRecord).flatMap((entry) => {
    const reason = text(entry.reason);
    const date = text(entry.date);
    const shiftPeriod = period(entry.period);
    if (!reason || !REASONS.includes(reason) || !date || !shiftPeriod) return [];
    return [
      {
        reason: reason as ConflictReason,
        date,
        period: shiftPeriod,
        windowNumber: text(entry.windowNumber) ?? '',
        staffName: text(entry.staffName) ?? '',
        existingPeriod: period(entry.existingPeriod),
        existingWindowNumber: text(entry.existingWindowNumber),
        existingStaffName: text(entry.existingStaffName),
      },
    ];
  });
}
