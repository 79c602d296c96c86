import type { ClockRules } from './deadlines';
import { isAllowed, TRANSITIONS, type CaseStatus, type TransitionName } from './lifecycle';

/**
 * The one derivation of a case's columns from its steps: a lifecycle mutation applies `stepColumns` to the stored case,
 * the bulk import (and through it the demo seed) folds a whole trail with `trailColumns`, a registration derives its
 * first row from its own short trail.
 */

export interface TrailStep {
  at: Date;
  to: CaseStatus;
}

export interface Deadlines {
  dueAt: Date | null;
  preWarningAt: Date | null;
  supervisionDueAt: Date | null;
}

export interface CaseColumns extends Deadlines {
  status: CaseStatus;
  submittedAt: Date;
  acceptedAt: Date | null;
  completedAt: Date | null;
  decidedAt: Date | null;
  deliveredAt: Date | null;
  /** 即办件: an instant matter's case, completed. */
  instant: boolean;
  pausedSince: Date | null;
  pausedWorkingDays: number;
  supplementNotices: number;
  version: number;
}

/** What a step reads of the case it moves. */
export type SteppedCase = Pick<CaseColumns, 'acceptedAt' | 'pausedSince' | 'pausedWorkingDays' | 'supplementNotices'>;

/** The columns a step sets besides status and version. */
export type StepPatch = Partial<Omit<CaseColumns, 'status' | 'version' | 'submittedAt' | 'instant'>>;

const NO_DEADLINES: Deadlines = { dueAt: null, preWarningAt: null, supervisionDueAt: null };

/**
 * The columns one step sets: acceptance starts the clock; a supplement notice is counted and, after acceptance, pauses
 * the clock, as a suspension does; resubmission or resumption ends the pause, adding its working days back and moving
 * the deadlines; a withdrawal ends a pause without adding to it; decision, completion and delivery are timestamped.
 * `deadlines` false: a case that never runs a clock (an instant matter's case completed on the spot).
 */
export function stepColumns(kase: SteppedCase, step: TrailStep, limitDays: number, rules: ClockRules, deadlines = true): StepPatch {
  switch (step.to) {
    case 'ACCEPTED':
      return { acceptedAt: step.at, ...(deadlines ? rules.clock(step.at, limitDays, 0) : NO_DEADLINES) };
    case 'SUPPLEMENT_REQUESTED':
      return { supplementNotices: kase.supplementNotices + 1, ...(kase.acceptedAt ? { pausedSince: step.at } : {}) };
    case 'SUSPENDED':
      return { pausedSince: step.at };
    case 'RESUBMITTED':
    case 'UNDER_REVIEW': {
      if (!kase.pausedSince) return {};
      if (!kase.acceptedAt) return { pausedSince: null };
      const paused = kase.pausedWorkingDays + rules.pausedDays(kase.pausedSince, step.at);
      return {
        pausedSince: null,
        pausedWorkingDays: paused,
        ...(deadlines ? rules.clock(kase.acceptedAt, limitDays, paused) : NO_DEADLINES),
      };
    }
    case 'APPROVED':
    case 'DENIED':
      return { decidedAt: step.at };
    case 'COMPLETED':
      return { completedAt: step.at };
    case 'DELIVERED':
      return { deliveredAt: step.at };
    case 'WITHDRAWN':
      return { pausedSince: null };
    default:
      return {};
  }
}

/** One thing wrong with a trail, by the field of the step. */
export interface TrailProblem {
  field: string;
  message: string;
}

/** The name of a lifecycle transition from one status to the next, for a case accepted or not. */
function transitionBetween(from: CaseStatus, to: CaseStatus, accepted: boolean): TransitionName | null {
  for (const name of Object.keys(TRANSITIONS) as TransitionName[]) if (isAllowed(name, from, accepted, to)) return name;
  return null;
}

/**
 * Checks a trail against the lifecycle table (it starts with SUBMITTED, in time order; an instant matter may go
 * SUBMITTED → ACCEPTED → COMPLETED on the spot) and folds its steps into the case's columns. A case of an instant
 * matter that reached completion is instant and has no deadlines.
 */
export function trailColumns(
  trail: readonly TrailStep[],
  matter: { kind: 'INSTANT' | 'COMMITTED'; committedLimitDays: number },
  rules: ClockRules,
): { problems: TrailProblem[]; columns: CaseColumns } {
  const problems: TrailProblem[] = [];
  const [first] = trail;
  if (first?.to !== 'SUBMITTED') problems.push({ field: 'events.0.to', message: 'a trail starts with SUBMITTED' });
  const instant = matter.kind === 'INSTANT' && trail.some((step) => step.to === 'COMPLETED');
  let columns: CaseColumns = {
    status: 'SUBMITTED',
    submittedAt: first?.at ?? new Date(0),
    acceptedAt: null,
    completedAt: null,
    decidedAt: null,
    deliveredAt: null,
    instant,
    pausedSince: null,
    pausedWorkingDays: 0,
    supplementNotices: 0,
    ...NO_DEADLINES,
    version: 0,
  };
  for (const [index, step] of trail.entries()) {
    const previous = trail[index - 1];
    if (previous) {
      if (step.at < previous.at) problems.push({ field: `events.${index}.at`, message: 'events must be in time order' });
      const accepted = columns.acceptedAt !== null;
      const onTheSpot = instant && previous.to === 'ACCEPTED' && step.to === 'COMPLETED';
      if (!onTheSpot && !transitionBetween(previous.to, step.to, accepted)) {
        problems.push({ field: `events.${index}.to`, message: `${previous.to} → ${step.to} is not a transition of the lifecycle` });
      }
    }
    columns = {
      ...columns,
      ...stepColumns(columns, step, matter.committedLimitDays, rules, !instant),
      status: step.to,
      version: index + 1,
    };
  }
  return { problems, columns };
}

/** A trail that starts no clock (a registration: submitted, or completed on the spot) needs no calendar. */
export const NO_CLOCK: ClockRules = {
  clock: () => {
    throw new Error('this trail starts no clock');
  },
  pausedDays: () => {
    throw new Error('this trail pauses no clock');
  },
};
