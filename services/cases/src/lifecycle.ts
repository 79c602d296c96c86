import type { caseStatus } from './db/schema';

export type CaseStatus = (typeof caseStatus.enumValues)[number];

export type TransitionName =
  | 'requestSupplement'
  | 'resubmitCase'
  | 'acceptCase'
  | 'rejectCase'
  | 'referCase'
  | 'startReview'
  | 'suspendCase'
  | 'resumeCase'
  | 'decideCase'
  | 'completeCase'
  | 'deliverCase'
  | 'withdrawCase';

interface Transition {
  from: readonly CaseStatus[];
  to: readonly CaseStatus[];
  /** Before acceptance only (BEFORE), after it only (AFTER), or either (ANY). */
  acceptance: 'BEFORE' | 'AFTER' | 'ANY';
}

/** Open states: a case in one of them can still be withdrawn (撤回). */
export const OPEN_STATES: readonly CaseStatus[] = ['SUBMITTED', 'SUPPLEMENT_REQUESTED', 'RESUBMITTED', 'ACCEPTED', 'UNDER_REVIEW', 'SUSPENDED'];

/**
 * The case lifecycle: the one table of allowed transitions, one mutation each. Registration (registerCase) creates
 * a SUBMITTED case, or for an instant matter with `completeOnTheSpot` a COMPLETED one (SUBMITTED → ACCEPTED → COMPLETED
 * in one step). A supplement notice (补正) may come before acceptance or during review; after acceptance it pauses the
 * clock and the resubmitted case goes back to review, before acceptance it is accepted, refused or referred.
 *
 *   SUBMITTED ─requestSupplement→ SUPPLEMENT_REQUESTED ─resubmitCase→ RESUBMITTED
 *   SUBMITTED | RESUBMITTED (not accepted) ─acceptCase→ ACCEPTED | ─rejectCase→ NOT_ACCEPTED | ─referCase→ REFERRED
 *   ACCEPTED | RESUBMITTED (accepted) ─startReview→ UNDER_REVIEW ─suspendCase→ SUSPENDED ─resumeCase→ UNDER_REVIEW
 *   UNDER_REVIEW ─requestSupplement→ SUPPLEMENT_REQUESTED (clock paused)
 *   UNDER_REVIEW ─decideCase→ APPROVED | DENIED ─completeCase→ COMPLETED ─deliverCase→ DELIVERED
 *   any open state ─withdrawCase→ WITHDRAWN
 */
export const TRANSITIONS: Readonly<Record<TransitionName, Transition>> = {
  requestSupplement: { from: ['SUBMITTED', 'RESUBMITTED', 'UNDER_REVIEW'], to: ['SUPPLEMENT_REQUESTED'], acceptance: 'ANY' },
  resubmitCase: { from: ['SUPPLEMENT_REQUESTED'], to: ['RESUBMITTED'], acceptance: 'ANY' },
  acceptCase: { from: ['SUBMITTED', 'RESUBMITTED'], to: ['ACCEPTED'], acceptance: 'BEFORE' },
  rejectCase: { from: ['SUBMITTED', 'RESUBMITTED'], to: ['NOT_ACCEPTED'], acceptance: 'BEFORE' },
  referCase: { from: ['SUBMITTED', 'RESUBMITTED'], to: ['REFERRED'], acceptance: 'BEFORE' },
  startReview: { from: ['ACCEPTED', 'RESUBMITTED'], to: ['UNDER_REVIEW'], acceptance: 'AFTER' },
  suspendCase: { from: ['UNDER_REVIEW'], to: ['SUSPENDED'], acceptance: 'AFTER' },
  resumeCase: { from: ['SUSPENDED'], to: ['UNDER_REVIEW'], acceptance: 'AFTER' },
  decideCase: { from: ['UNDER_REVIEW'], to: ['APPROVED', 'DENIED'], acceptance: 'AFTER' },
  completeCase: { from: ['APPROVED', 'DENIED'], to: ['COMPLETED'], acceptance: 'AFTER' },
  deliverCase: { from: ['COMPLETED'], to: ['DELIVERED'], acceptance: 'AFTER' },
  withdrawCase: { from: OPEN_STATES, to: ['WITHDRAWN'], acceptance: 'ANY' },
};

/** Whether `name` may move a case in `status` (accepted or not) to `to`. */
export function isAllowed(name: TransitionName, status: CaseStatus, accepted: boolean, to: CaseStatus): boolean {
  const transition = TRANSITIONS[name];
  if (!transition.from.includes(status) || !transition.to.includes(to)) return false;
  if (transition.acceptance === 'BEFORE') return !accepted;
  if (transition.acceptance === 'AFTER') return accepted;
  return true;
}

/** States that pause the clock of an accepted case. */
export const PAUSED_STATES: readonly CaseStatus[] = ['SUPPLEMENT_REQUESTED', 'SUSPENDED'];
