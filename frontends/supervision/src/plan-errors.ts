import { describeError, GraphQLRequestError } from '@hall/styleguide';
import type { WindowOption } from './components/plans.graphql';
import { t, type MessageKey } from './messages';

/** The planner's English reasons (services/inspections/src/domain/planner.ts), most specific first. */
const CONSTRAINTS: Array<[RegExp, MessageKey, 'window' | 'plan']> = [
  [/together/, 'form.constraint.all', 'window'],
  [/conflict of interest|tied/, 'form.constraint.tied', 'window'],
  [/term/, 'form.constraint.term', 'window'],
  [/days before or after/, 'form.constraint.days', 'window'],
  // The server names a window for these too, but the period or the checklist is what is wrong.
  [/no working day/, 'form.constraint.noDay', 'plan'],
  [/no checklist template/, 'form.constraint.noTemplate', 'plan'],
];

/** Why a plan is impossible, naming the window and the constraint, in the manager's language. */
export function describePlanRefusal(error: unknown, windows: ReadonlyArray<Pick<WindowOption, 'id' | 'number' | 'name'>>): string {
  if (!(error instanceof GraphQLRequestError) || error.code !== 'CONFLICT') return describeError(error);
  const known = CONSTRAINTS.find(([pattern]) => pattern.test(error.message));
  const constraint = known ? t(known[1]) : error.message;
  if (known?.[2] === 'plan') return constraint;
  const windowId = error.errors[0]?.extensions?.windowId;
  const window = typeof windowId === 'string' ? windows.find((candidate) => candidate.id === windowId) : undefined;
  return window ? t('form.constraint.window', { window: `${window.number} ${window.name}`, constraint }) : constraint;
}
