import type { rectificationStatus } from '../db/schema';

export type BadReviewStatus = (typeof rectificationStatus.enumValues)[number];
export type BadReviewAction = 'START' | 'CALLBACK' | 'COMPLETE' | 'DECLARE_INVALID' | 'DECLARE_UNRECTIFIABLE';

/**
 * The bad-review workflow (核实、整改、回访): 待整改 PENDING → 整改中 IN_PROGRESS (verified, rectifying) → 整改完成 DONE;
 * the side branches 无效差评 INVALID and 无法整改 UNRECTIFIABLE need the manager's decision. A callback (回访) is
 * recorded without changing the state and is required before a real-name bad review is closed as DONE.
 * The reviewed department only rectifies (COMPLETE): verifying its own bad review and calling the applicant back are the
 * hall's (the manager's), so a department cannot clear a review of itself (issue 13 item 9).
 */
export const BAD_REVIEW_ACTIONS: Readonly<Record<BadReviewAction, { from: readonly BadReviewStatus[]; to: BadReviewStatus | null; managerOnly: boolean }>> = {
  START: { from: ['PENDING'], to: 'IN_PROGRESS', managerOnly: true },
  CALLBACK: { from: ['PENDING', 'IN_PROGRESS'], to: null, managerOnly: true },
  COMPLETE: { from: ['IN_PROGRESS'], to: 'DONE', managerOnly: false },
  DECLARE_INVALID: { from: ['PENDING', 'IN_PROGRESS'], to: 'INVALID', managerOnly: true },
  DECLARE_UNRECTIFIABLE: { from: ['PENDING', 'IN_PROGRESS'], to: 'UNRECTIFIABLE', managerOnly: true },
};
