import { DateTimeScalar, type GraphQLResolverMap } from '@hall/service-kit';
import type { CasesContext } from '../context';
import { Case, Matter } from './entities';
import { Query } from './Query';

export const resolvers = { DateTime: DateTimeScalar, Query, Case, Matter } as unknown as GraphQLResolverMap<CasesContext>;
