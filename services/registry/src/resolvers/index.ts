import { DateTimeScalar } from '@hall/service-kit';
import type { Resolvers } from '../generated/resolvers';
import { AppointmentQuota, Case, Matter, PropertyRegistration, RegistrationStep } from './entities';
import { Mutation } from './Mutation';
import { Query } from './Query';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query,
  Mutation,
  Case,
  Matter,
  PropertyRegistration,
  RegistrationStep,
  AppointmentQuota,
};
