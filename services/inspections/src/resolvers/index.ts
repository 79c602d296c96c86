import { DateScalar, DateTimeScalar, type GraphQLResolverMap } from '@hall/service-kit';
import type { InspectionsContext } from '../context';
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

const Mutation = { ...managementMutations, ...planMutations, ...recordingMutations, ...rectificationMutations, ...appealMutations };

export const resolvers = {
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
} as unknown as GraphQLResolverMap<InspectionsContext>;
