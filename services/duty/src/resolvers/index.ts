import type { GraphQLResolverMap } from '@hall/service-kit';
import type { DutyContext } from '../context';
import { Department, Staff, Window } from './entities';
import { Query } from './Query';

export const resolvers = { Query, Staff, Window, Department } as unknown as GraphQLResolverMap<DutyContext>;
