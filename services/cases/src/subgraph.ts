import { fileURLToPath } from 'node:url';
import type { SubgraphModule } from '@hall/service-kit';
import { createContext, type CasesContext } from './context';
import { tables, type CasesTables } from './db/schema';
import { seedDemo } from './db/seed';
import { resolvers } from './resolvers';

export const casesSubgraph: SubgraphModule<CasesTables, CasesContext> = {
  name: 'cases',
  schemaFile: fileURLToPath(new URL('../schema.graphql', import.meta.url)),
  tables,
  migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
  resolvers,
  context: createContext,
  seedDemo,
};
