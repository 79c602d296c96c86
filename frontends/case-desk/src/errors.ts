import { GraphQLRequestError } from '@hall/styleguide';

/** A stale `expectedVersion` or an illegal transition: someone else moved the case first. */
export function isConflict(error: unknown): boolean {
  return error instanceof GraphQLRequestError && error.code === 'CONFLICT';
}
