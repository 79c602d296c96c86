import { DateTimeScalar, type GraphQLResolverMap } from '@hall/service-kit';
import type { CatalogContext } from '../context';
import { Department, Matter } from './entities';
import { Mutation } from './Mutation';
import { Query } from './Query';

export const resolvers = { DateTime: DateTimeScalar, Query, Mutation, Department, Matter } as unknown as GraphQLResolverMap<CatalogContext>;
