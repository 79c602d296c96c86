export type Warning = 'NONE' | 'PRE' | 'YELLOW' | 'RED';

const OPEN_WITH_CLOCK = new Set(['ACCEPTED', 'UNDER_REVIEW', 'APPROVED', 'DENIED']);
const DAY_MS = 86_400_000;
/** Share of the committed time after which a pre-warning is raised (PRODUCT.md: 80 %). */
export const PRE_WARNING_SHARE = 0.8;
/** Default supervision period after the committed deadline before a red card. */
export const SUPERVISION_DAYS = 3;

/**
 * The warning ladder on calendar time: PRE at 80 % of the committed time used or less than a day left,
 * YELLOW once the deadline has passed, RED once the supervision period after it has passed too.
 * Only cases whose clock runs can be warned; the working-day calendar refines this (issue 4).
 */
export function warningOf(
  kase: { status: string; acceptedAt: Date | null; dueAt: Date | null },
  now: Date,
): Warning {
  if (!kase.dueAt || !kase.acceptedAt || !OPEN_WITH_CLOCK.has(kase.status)) return 'NONE';
  const due = kase.dueAt.getTime();
  const current = now.getTime();
  if (current > due + SUPERVISION_DAYS * DAY_MS) return 'RED';
  if (current > due) return 'YELLOW';
  const total = due - kase.acceptedAt.getTime();
  const used = current - kase.acceptedAt.getTime();
  if (due - current < DAY_MS || (total > 0 && used / total >= PRE_WARNING_SHARE)) return 'PRE';
  return 'NONE';
}
