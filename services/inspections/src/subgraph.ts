import { fileURLToPath } from 'node:url';
import type { SubgraphModule } from '@hall/service-kit';
import { createContext, type InspectionsContext } from './context';
import { tables, type InspectionsTables } from './db/schema';
import { seedDemo } from './db/seed';
import { resolvers } from './resolvers';

export const inspectionsSubgraph: SubgraphModule<InspectionsTables, InspectionsContext> = {
  name: 'inspections',
  schemaFile: fileURLToPath(new URL('../schema.graphql', import.meta.url)),
  tables,
  migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
  resolvers,
  context: createContext,
  seedDemo,
};
