import { parseInput, requireRole } from '@hall/service-kit';
import { listRegistrations } from '../data/registrations';
import { readerScope } from '../domain/access';
import type { QueryResolvers } from '../generated/resolvers';
import { listInput } from './inputs';

export const Query: QueryResolvers = {
  async registrations(_, args, { database, identity, ownership }) {
    const scope = await readerScope(identity, ownership);
    const input = parseInput(listInput, { stage: args.stage, first: args.first ?? 50 });
    return listRegistrations(database, { scope, stage: input.stage ?? null, first: input.first });
  },

  async appointmentQuotaDepartments(_, __, { identity, ownership }) {
    requireRole(identity, 'staff', 'dept_admin', 'manager');
    return [...(await ownership.departmentIds())].sort();
  },
};
