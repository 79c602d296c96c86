import { DateScalar, DateTimeScalar } from '@hall/service-kit';
import type { Resolvers } from '../generated/resolvers';
import { Department, OnDuty, QueueCall, Shift, Staff, SwapRequest, Ticket, UnattendedIncident, Window } from './entities';
import { Mutation } from './Mutation';
import { Query } from './Query';

export const resolvers: Resolvers = {
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
};
