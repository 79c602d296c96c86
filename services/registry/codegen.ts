import type { ResolverTypesConfig } from '../../codegen';

/** This subgraph's part of the root codegen.ts: its context and the row type behind each object type. */
export const resolverTypesConfig: ResolverTypesConfig = {
  contextType: '../context#RegistryContext',
  mappers: {
    Case: '../data/loaders#CaseReference',
    Matter: '../data/loaders#MatterReference',
    PropertyRegistration: '../data/loaders#RegistrationView',
    RegistrationStep: '../data/loaders#StepView',
    AppointmentQuota: '../data/loaders#QuotaRow',
  },
};
