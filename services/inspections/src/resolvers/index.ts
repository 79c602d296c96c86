import { DateScalar, DateTimeScalar } from '@hall/service-kit';
import type { MutationResolvers, Resolvers } from '../generated/resolvers';
import {
  Amendment,
  Appeal,
  ChecklistTemplate,
  Department,
  Evidence,
  Finding,
  Inspection,
  InspectionPlan,
  ItemResult,
  Rectification,
  RectificationEvent,
  Supervisor,
  Window,
} from './entities';
import { appealMutations } from './mutations/appeals';
import { managementMutations } from './mutations/management';
import { planMutations } from './mutations/plans';
import { recordingMutations } from './mutations/recording';
import { rectificationMutations } from './mutations/rectifications';
import { Query } from './Query';

const Mutation: MutationResolvers = { ...managementMutations, ...planMutations, ...recordingMutations, ...rectificationMutations, ...appealMutations };

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Date: DateScalar,
  Query,
  Mutation,
  Inspection,
  Finding,
  ItemResult,
  Amendment,
  Appeal,
  Evidence,
  Supervisor,
  ChecklistTemplate,
  InspectionPlan,
  Rectification,
  RectificationEvent,
  Window,
  Department,
};
