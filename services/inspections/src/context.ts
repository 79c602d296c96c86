import type { Database } from '@hall/db';
import type { Identity, SubgraphContext } from '@hall/service-kit';
import type { InspectionsTables } from './db/schema';
import { createLoaders, type InspectionsLoaders } from './loaders';

export interface InspectionsContext extends SubgraphContext {
  database: Database<InspectionsTables>;
  loaders: InspectionsLoaders;
}

export function createContext(identity: Identity, database: Database<InspectionsTables>): InspectionsContext {
  return { identity, database, loaders: createLoaders(database.db, identity) };
}
