export { SERVICE_NAMES, databaseUrlFor, withDatabase, type ServiceName } from './config';
export { createDatabase, StatementCounter, type Database, type DatabaseOptions } from './connection';
export { migrateService } from './migrate';
export { ensureDatabase, dropDatabase } from './admin';
export { startEmbeddedPostgres, freePort, superuserPassword, type EmbeddedServer } from './embedded';
export { copyInto, type CopyRow } from './copy';
export { platformDatabases, platformDatabaseEnv, platformServiceNames, type PlatformDatabases } from './platform';
export {
  provisionServiceRoles,
  serviceDatabaseEnv,
  serviceDatabaseFromEnv,
  serviceDatabaseUrls,
  serviceRoleNames,
  type ServiceDatabaseUrls,
} from './roles';
export { BulkImportRefused, bulkProblemsOf, type BulkProblem, batchesOf, inTransaction, pipelined, tallyRows, type BulkSource } from './bulk';
export { uuidV7Layout } from './ids';
export {
  DEFAULT_SUBGRAPHS_FILE,
  SUBGRAPH_NAME,
  departmentSubgraphs,
  localSubgraphs,
  platformSubgraphs,
  readSubgraphList,
  subgraphDirectory,
  subgraphSchemaPath,
  subgraphUrl,
  type SubgraphEntry,
  type SubgraphList,
} from './subgraphs';
