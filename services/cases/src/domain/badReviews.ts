import type { badReviewTag, rectificationStatus } from '../db/schema';

export type BadReviewStatus = (typeof rectificationStatus.enumValues)[number];
export type BadReviewTag = (typeof badReviewTag.enumValues)[number];
/** The steps a person takes through advanceBadReview; OPEN and OVERDUE are the system's. */
export type BadReviewAction =
  | 'START'
  | 'CALLBACK'
  | 'COMPLETE'
  | 'DECLARE_INVALID'
  | 'DECLARE_UNRECTIFIABLE'
  | 'APPEAL'
  | 'UPHOLD_APPEAL'
  | 'REJECT_APPEAL';
export type SystemBadReviewAction = 'OPEN' | 'OVERDUE';

/** Who may take a step: the hall (the manager), the reviewed department (its staff and admins, not the manager), or either. */
export type BadReviewActor = 'manager' | 'department' | 'either';

export interface BadReviewRule {
  from: readonly BadReviewStatus[];
  to: BadReviewStatus | null;
  actor: BadReviewActor;
}

/**
 * The bad-review workflow (核实、整改、回访、申诉复核): 待整改 PENDING → 整改中 IN_PROGRESS (verified, rectifying) → 整改完成
 * DONE; the side branches 无效差评 INVALID and 无法整改 UNRECTIFIABLE need the manager's decision. A callback (回访) is
 * recorded without changing the state and is required before a real-name bad review is closed as DONE.
 * The reviewed department only rectifies (COMPLETE) and may appeal (APPEAL, once): verifying its own bad review, calling
 * the applicant back and deciding an appeal are the hall's (the manager's), so a department cannot clear a review of
 * itself (issue 13 item 9), and the manager, who decides appeals, does not file one.
 */
export const BAD_REVIEW_ACTIONS: Readonly<Record<BadReviewAction, BadReviewRule>> = {
  START: { from: ['PENDING'], to: 'IN_PROGRESS', actor: 'manager' },
  CALLBACK: { from: ['PENDING', 'IN_PROGRESS'], to: null, actor: 'manager' },
  COMPLETE: { from: ['IN_PROGRESS'], to: 'DONE', actor: 'either' },
  DECLARE_INVALID: { from: ['PENDING', 'IN_PROGRESS'], to: 'INVALID', actor: 'manager' },
  DECLARE_UNRECTIFIABLE: { from: ['PENDING', 'IN_PROGRESS'], to: 'UNRECTIFIABLE', actor: 'manager' },
  APPEAL: { from: ['PENDING', 'IN_PROGRESS'], to: 'APPEALED', actor: 'department' },
  UPHOLD_APPEAL: { from: ['APPEALED'], to: 'INVALID', actor: 'manager' },
  REJECT_APPEAL: { from: ['APPEALED'], to: 'IN_PROGRESS', actor: 'manager' },
};

/** Open reviews: the rectification deadline runs (an appealed one waits on the hall). */
export const OPEN_BAD_REVIEW: readonly BadReviewStatus[] = ['PENDING', 'IN_PROGRESS'];

export function badReviewOverdue(review: { rectificationStatus: BadReviewStatus | null; rectificationDueAt: Date | null }, now: Date): boolean {
  return (
    review.rectificationStatus !== null &&
    OPEN_BAD_REVIEW.includes(review.rectificationStatus) &&
    review.rectificationDueAt !== null &&
    review.rectificationDueAt < now
  );
}

export interface BadReviewAppeal {
  reason: string;
  filedAt: Date;
  decidedAt: Date | null;
  upheld: boolean | null;
  decisionNote: string | null;
}

/** The appeal as its steps record it: the APPEAL step and the hall's decision after it. */
export function appealOf(steps: readonly { action: string; at: Date; note: string | null }[]): BadReviewAppeal | null {
  const filed = steps.find((step) => step.action === 'APPEAL');
  if (!filed) return null;
  const decision = steps.find((step) => step.action === 'UPHOLD_APPEAL' || step.action === 'REJECT_APPEAL');
  return {
    reason: filed.note ?? '',
    filedAt: filed.at,
    decidedAt: decision?.at ?? null,
    upheld: decision ? decision.action === 'UPHOLD_APPEAL' : null,
    decisionNote: decision?.note ?? null,
  };
}
