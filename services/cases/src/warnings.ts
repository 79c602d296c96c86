export type Warning = 'NONE' | 'PRE' | 'YELLOW' | 'RED';

/** Statuses in which the clock of an accepted case runs (paused cases and finished ones are never warned). */
export const CLOCK_RUNNING = new Set(['ACCEPTED', 'UNDER_REVIEW', 'RESUBMITTED', 'APPROVED', 'DENIED']);

export interface WarnableCase {
  status: string;
  acceptedAt: Date | null;
  pausedSince: Date | null;
  dueAt: Date | null;
  preWarningAt: Date | null;
  supervisionDueAt: Date | null;
}

/**
 * The warning ladder (电子监察) on the working-day clock stored with the case (see deadlines.ts): PRE after the
 * pre-warning point, YELLOW after the committed deadline, RED after the supervision deadline.
 */
export function warningOf(kase: WarnableCase, now: Date): Warning {
  if (!kase.acceptedAt || kase.pausedSince || !CLOCK_RUNNING.has(kase.status) || !kase.dueAt) return 'NONE';
  const current = now.getTime();
  if (kase.supervisionDueAt && current > kase.supervisionDueAt.getTime()) return 'RED';
  if (current > kase.dueAt.getTime()) return 'YELLOW';
  if (kase.preWarningAt && current > kase.preWarningAt.getTime()) return 'PRE';
  return 'NONE';
}
