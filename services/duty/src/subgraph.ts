import { fileURLToPath } from 'node:url';
import type { SubgraphModule } from '@hall/service-kit';
import { createContext, type DutyContext } from './context';
import { tables, type DutyTables } from './db/schema';
import { seedDemo } from './db/seed';
import { resolvers } from './resolvers';

export const dutySubgraph: SubgraphModule<DutyTables, DutyContext> = {
  name: 'duty',
  schemaFile: fileURLToPath(new URL('../schema.graphql', import.meta.url)),
  tables,
  migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
  resolvers,
  context: createContext,
  seedDemo,
};
