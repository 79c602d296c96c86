import type { Database } from '@hall/db';
import type { Identity, SubgraphContext } from '@hall/service-kit';
import type { DutyTables } from './db/schema';
import { createLoaders, type DutyLoaders } from './loaders';

export interface DutyContext extends SubgraphContext {
  database: Database<DutyTables>;
  loaders: DutyLoaders;
}

export function createContext(identity: Identity, database: Database<DutyTables>): DutyContext {
  return { identity, database, loaders: createLoaders(database.db) };
}
