import type { caseStatus } from '../db/schema';

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

/**
 * The working-day clock of an accepted case (deadlines.ts) in each status: it runs, stands still (paused: a supplement
 * awaited after acceptance, a suspension; the paused working days are added back), or is stopped (not started, or over).
 * A case not yet accepted has no clock, whatever its status.
 */
export type ClockState = 'running' | 'paused' | 'stopped';

interface StatusRule {
  clock: ClockState;
  /** Still open: the applicant may withdraw it (撤回). */
  open: boolean;
}

/** Every status with its clock and whether it is open; the status lists below derive from it. Grouped by clock. */
export const STATUSES: Readonly<Record<CaseStatus, StatusRule>> = {
  // In the order of the `cases_clock_running_*` partial indexes' predicate (db/schema.ts), which repeats this list.
  ACCEPTED: { clock: 'running', open: true },
  UNDER_REVIEW: { clock: 'running', open: true },
  RESUBMITTED: { clock: 'running', open: true },
  APPROVED: { clock: 'running', open: false },
  DENIED: { clock: 'running', open: false },
  SUPPLEMENT_REQUESTED: { clock: 'paused', open: true },
  SUSPENDED: { clock: 'paused', open: true },
  SUBMITTED: { clock: 'stopped', open: true },
  NOT_ACCEPTED: { clock: 'stopped', open: false },
  REFERRED: { clock: 'stopped', open: false },
  COMPLETED: { clock: 'stopped', open: false },
  DELIVERED: { clock: 'stopped', open: false },
  WITHDRAWN: { clock: 'stopped', open: false },
};

const statusesWhere = (test: (rule: StatusRule) => boolean): readonly CaseStatus[] =>
  (Object.keys(STATUSES) as CaseStatus[]).filter((status) => test(STATUSES[status]));

/** Statuses in which the clock of an accepted case runs: the only ones warned (warnings.ts). */
export const CLOCK_RUNNING_STATES = statusesWhere((rule) => rule.clock === 'running');
/** Whether the clock of an accepted case runs in this status (a string from a row or a test). */
export function clockRunsIn(status: string): boolean {
  return CLOCK_RUNNING_STATES.some((running) => running === status);
}
/** States that pause the clock of an accepted case. */
export const PAUSED_STATES = statusesWhere((rule) => rule.clock === 'paused');
/** Running or paused: an accepted case in one of them is still on the clock (its deadlines move with the calendar). */
export const ON_CLOCK_STATES = statusesWhere((rule) => rule.clock !== 'stopped');
/** Open states: a case in one of them can still be withdrawn (撤回). */
export const OPEN_STATES = statusesWhere((rule) => rule.open);

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

/** A step the desk offers: one transition to one target (a decision is APPROVE or DENY). Declared main step first. */
export const CASE_ACTIONS = {
  ACCEPT: { transition: 'acceptCase', to: 'ACCEPTED' },
  START_REVIEW: { transition: 'startReview', to: 'UNDER_REVIEW' },
  APPROVE: { transition: 'decideCase', to: 'APPROVED' },
  DENY: { transition: 'decideCase', to: 'DENIED' },
  RESUBMIT: { transition: 'resubmitCase', to: 'RESUBMITTED' },
  RESUME: { transition: 'resumeCase', to: 'UNDER_REVIEW' },
  COMPLETE: { transition: 'completeCase', to: 'COMPLETED' },
  DELIVER: { transition: 'deliverCase', to: 'DELIVERED' },
  REQUEST_SUPPLEMENT: { transition: 'requestSupplement', to: 'SUPPLEMENT_REQUESTED' },
  REFER: { transition: 'referCase', to: 'REFERRED' },
  REJECT: { transition: 'rejectCase', to: 'NOT_ACCEPTED' },
  SUSPEND: { transition: 'suspendCase', to: 'SUSPENDED' },
  WITHDRAW: { transition: 'withdrawCase', to: 'WITHDRAWN' },
} as const satisfies Record<string, { transition: TransitionName; to: CaseStatus }>;

export type CaseAction = keyof typeof CASE_ACTIONS;

/** The steps the lifecycle allows a case in `status` (accepted or not), main step first. */
export function actionsOf(status: CaseStatus, accepted: boolean): CaseAction[] {
  return (Object.keys(CASE_ACTIONS) as CaseAction[]).filter((action) =>
    isAllowed(CASE_ACTIONS[action].transition, status, accepted, CASE_ACTIONS[action].to),
  );
}
