import { DateScalar, DateTimeScalar, type GraphQLResolverMap } from '@hall/service-kit';
import type { DutyContext } from '../context';
import { Department, OnDuty, QueueCall, Shift, Staff, SwapRequest, Ticket, UnattendedIncident, Window } from './entities';
import { Mutation } from './Mutation';
import { Query } from './Query';

export const resolvers = {
  DateTime: DateTimeScalar,
  Date: DateScalar,
  Query,
  Mutation,
  Staff,
  Window,
  Department,
  Shift,
  OnDuty,
  UnattendedIncident,
  SwapRequest,
  Ticket,
  QueueCall,
} as unknown as GraphQLResolverMap<DutyContext>;
