import { fileURLToPath } from 'node:url';
import type { SubgraphModule } from '@hall/service-kit';
import { createContext, type CatalogContext } from './context';
import { tables, type CatalogTables } from './db/schema';
import { seedDemo } from './db/seed';
import { resolvers } from './resolvers';

export const catalogSubgraph: SubgraphModule<CatalogTables, CatalogContext> = {
  name: 'catalog',
  schemaFile: fileURLToPath(new URL('../schema.graphql', import.meta.url)),
  tables,
  migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
  resolvers,
  context: createContext,
  seedDemo,
};
