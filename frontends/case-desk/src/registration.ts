import type { GraphQLErrorEntry } from '@hall/styleguide';

/** An error of the case-detail answer that is only the registry's (`case.registration`): the rest of the case stands. */
export function isRegistrationError(error: GraphQLErrorEntry): boolean {
  return error.path?.[0] === 'case' && error.path[1] === 'registration';
}
