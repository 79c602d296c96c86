import { enumLabel } from '@hall/styleguide';
import type { CaseAction as LifecycleStep } from './gql/graphql';

/**
 * What the desk offers to do with a case, by the desk's own names (its forms and `data-action`s); labelled by the
 * lifecycle step's one label (`enumLabel('CaseAction', …)`).
 * Which steps a case may take now is the cases subgraph's rule (`Case.availableActions`, from its lifecycle table):
 * the desk only names them, in the order the subgraph gives them (main step first).
 */
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

const DESK_NAMES: Record<LifecycleStep, CaseAction> = {
  ACCEPT: 'accept',
  START_REVIEW: 'startReview',
  APPROVE: 'approve',
  DENY: 'deny',
  RESUBMIT: 'resubmit',
  RESUME: 'resume',
  COMPLETE: 'complete',
  DELIVER: 'deliver',
  REQUEST_SUPPLEMENT: 'supplement',
  REFER: 'refer',
  REJECT: 'reject',
  SUSPEND: 'suspend',
  WITHDRAW: 'withdraw',
};

const STEPS = Object.fromEntries(Object.entries(DESK_NAMES).map(([step, name]) => [name, step])) as Record<CaseAction, LifecycleStep>;

/** The button's words: the lifecycle step's label from the styleguide's enum table. */
export function actionLabel(action: CaseAction): string {
  return enumLabel('CaseAction', STEPS[action]);
}

/** The steps the subgraph offers, by the desk's names, in its order. */
export function deskActions(steps: readonly LifecycleStep[]): CaseAction[] {
  return steps.map((step) => DESK_NAMES[step]);
}

/** Steps that need more than a click: a reason, a form, a confirmation. */
export const NEEDS_FORM: ReadonlySet<CaseAction> = new Set(['supplement', 'resubmit', 'reject', 'refer', 'suspend', 'deny', 'deliver', 'withdraw']);
