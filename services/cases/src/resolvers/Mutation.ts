import type { MutationResolvers } from '../generated/resolvers';
import { badReviewMutations } from './badReviews';
import { complaintMutations } from './complaints';
import { evaluationMutations } from './evaluations';
import { importMutations } from './import';
import { lifecycleMutations } from './lifecycle';
import { registrationMutations } from './registration';
import { supervisionMutations } from './supervision';

export const Mutation: MutationResolvers = {
  ...registrationMutations,
  ...lifecycleMutations,
  ...evaluationMutations,
  ...importMutations,
  ...complaintMutations,
  ...supervisionMutations,
  ...badReviewMutations,
};
