import { DateTimeScalar, type GraphQLResolverMap } from '@hall/service-kit';
import type { InspectionsContext } from '../context';
import { Inspection, Supervisor, Window } from './entities';
import { Query } from './Query';

export const resolvers = { DateTime: DateTimeScalar, Query, Inspection, Supervisor, Window } as unknown as GraphQLResolverMap<InspectionsContext>;
