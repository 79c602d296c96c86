export { createRegistrySubgraph, createSubgraph } from './subgraph';
export { ownerCode } from './config';
export type { RegistryContext, RegistryDependencies } from './context';
export { tables as registryTables, type RegistryTables, REGISTRATION_STAGES, type RegistrationStage } from './db/schema';
export { CERTIFICATE_NUMBER, UNIT_NUMBER } from './domain/numbers';
