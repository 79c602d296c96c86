import { DateTimeScalar } from '@hall/service-kit';
import type { Resolvers } from '../generated/resolvers';
import { Department, Matter } from './entities';
import { Mutation } from './Mutation';
import { Query } from './Query';

export const resolvers: Resolvers = { DateTime: DateTimeScalar, Query, Mutation, Department, Matter };
