import type { Database } from '@hall/db';
import type { Identity, ModuleContext, SubgraphContext } from '@hall/service-kit';
import type { CatalogTables } from './db/schema';
import { createLoaders, type CatalogLoaders } from './data/loaders';

export interface CatalogContext extends SubgraphContext {
  database: Database<CatalogTables>;
  loaders: CatalogLoaders;
}

export function createContext(identity: Identity, database: Database<CatalogTables>): ModuleContext<CatalogContext> {
  return { identity, database, loaders: createLoaders(database.db) };
}
