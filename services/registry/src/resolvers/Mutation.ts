import { parseInput } from '@hall/service-kit';
import { upsertQuota } from '../data/quotas';
import { recordStep } from '../data/record';
import { actorOf, requireAccess, requireOwnersRecord } from '../domain/access';
import type { MutationResolvers } from '../generated/resolvers';
import { quotaInput, stepInput } from './inputs';

export const Mutation: MutationResolvers = {
  /**
   * Who first (FORBIDDEN for anyone but the BDC's people and the manager), then what (BAD_USER_INPUT), then whose case
   * (the cases subgraph, asked as the caller: NOT_FOUND, FORBIDDEN), then the stage rules (CONFLICT, BAD_USER_INPUT).
   */
  async recordRegistrationStage(_, args, context) {
    const { identity, ownership } = context;
    await requireAccess(identity, ownership);
    const input = parseInput(stepInput, args);
    const departmentId = await context.cases.departmentOf(input.caseId, identity);
    await requireOwnersRecord(ownership, departmentId, 'case');
    return recordStep(context.database, { ...input, departmentId, ...actorOf(identity), at: context.now });
  },

  async setAppointmentQuota(_, args, context) {
    const { identity, ownership } = context;
    await requireAccess(identity, ownership);
    const input = parseInput(quotaInput, args);
    const departmentId = await context.matters.departmentOf(input.matterId, identity);
    await requireOwnersRecord(ownership, departmentId, 'matter');
    return upsertQuota(context.database, { ...input, departmentId, updatedAt: context.now, updatedBy: actorOf(identity).actorId });
  },
};
