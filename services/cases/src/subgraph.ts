import { fileURLToPath } from 'node:url';
import type { SubgraphModule } from '@hall/service-kit';
import { contextFactory, type CasesContext, type CasesDependencies } from './context';
import { tables, type CasesTables } from './db/schema';
import { seedDemo } from './db/seed';
import { dutyDirectory } from './ports/duty';
import { catalogMatterDirectory } from './ports/matters';
import { resolvers } from './resolvers';
import { settingsFromEnv } from './settings';

/** The cases subgraph with its ports: tests inject directories pointed at an in-process catalog and duty, and their own clock. */
export function createCasesSubgraph(dependencies: Partial<CasesDependencies> = {}): SubgraphModule<CasesTables, CasesContext> {
  const settings = dependencies.settings ?? settingsFromEnv();
  return {
    name: 'cases',
    schemaFile: fileURLToPath(new URL('../schema.graphql', import.meta.url)),
    tables,
    migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
    resolvers,
    context: contextFactory({
      matters: dependencies.matters ?? catalogMatterDirectory(),
      duty: dependencies.duty ?? dutyDirectory(),
      settings,
      ...(dependencies.clock ? { clock: dependencies.clock } : {}),
    }),
    seedDemo: (database) => seedDemo(database, settings),
  };
}

export const casesSubgraph = createCasesSubgraph();
