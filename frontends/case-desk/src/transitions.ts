import type { CaseStatus } from './api';

/** What the desk offers to do with a case; each is one mutation of the cases subgraph (decide is split in two). */
export type CaseAction =
  | 'supplement'
  | 'resubmit'
  | 'accept'
  | 'reject'
  | 'refer'
  | 'startReview'
  | 'suspend'
  | 'resume'
  | 'approve'
  | 'deny'
  | 'complete'
  | 'deliver'
  | 'withdraw';

const BEFORE_ACCEPTANCE: CaseAction[] = ['accept', 'supplement', 'refer', 'reject'];

/**
 * The steps a case may take now, main step first, mirroring the subgraph's transition table
 * (services/cases/src/lifecycle.ts): accept, refuse and refer only before acceptance; review steps only after it.
 */
export function availableActions(status: CaseStatus, accepted: boolean): CaseAction[] {
  switch (status) {
    case 'SUBMITTED':
      return [...BEFORE_ACCEPTANCE, 'withdraw'];
    case 'SUPPLEMENT_REQUESTED':
      return ['resubmit', 'withdraw'];
    case 'RESUBMITTED':
      return accepted ? ['startReview', 'supplement', 'withdraw'] : [...BEFORE_ACCEPTANCE, 'withdraw'];
    case 'ACCEPTED':
      return ['startReview', 'withdraw'];
    case 'UNDER_REVIEW':
      return ['approve', 'deny', 'supplement', 'suspend', 'withdraw'];
    case 'SUSPENDED':
      return ['resume', 'withdraw'];
    case 'APPROVED':
    case 'DENIED':
      return ['complete'];
    case 'COMPLETED':
      return ['deliver'];
    default:
      return [];
  }
}

/** Steps that need more than a click: a reason, a form, a confirmation. */
export const NEEDS_FORM: ReadonlySet<CaseAction> = new Set(['supplement', 'resubmit', 'reject', 'refer', 'suspend', 'deny', 'deliver', 'withdraw']);

export const OPEN_STATUSES: readonly CaseStatus[] = ['SUBMITTED', 'SUPPLEMENT_REQUESTED', 'RESUBMITTED', 'ACCEPTED', 'UNDER_REVIEW', 'SUSPENDED'];
