import { fileURLToPath } from 'node:url';
import { PUBLIC_IDENTITY, type SubgraphModule } from '@hall/service-kit';
import { contextFactory, type CasesContext, type CasesDependencies } from './context';
import { tables, type CasesTables } from './db/schema';
import { seedDemo } from './db/seed';
import { dutyDirectory } from './ports/duty';
import { hallFigures } from './ports/hall-figures';
import { catalogMatterDirectory } from './ports/matters';
import { resolvers } from './resolvers';
import { settingsFromEnv } from './settings';
import { CASES_JOBS_SCHEMA, sweep } from './data/sweep';

/** The cases subgraph with its ports: tests inject directories pointed at an in-process catalog and duty, and their own clock. */
export function createCasesSubgraph(dependencies: Partial<CasesDependencies> = {}): SubgraphModule<CasesTables, CasesContext> {
  const settings = dependencies.settings ?? settingsFromEnv();
  const context = contextFactory({
    matters: dependencies.matters ?? catalogMatterDirectory(),
    duty: dependencies.duty ?? dutyDirectory(),
    figures: dependencies.figures ?? hallFigures(),
    settings,
    ...(dependencies.clock ? { clock: dependencies.clock } : {}),
  });
  return {
    name: 'cases',
    schemaFile: fileURLToPath(new URL('../schema.graphql', import.meta.url)),
    tables,
    migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
    resolvers,
    context,
    seedDemo: (database) => seedDemo(database, settings),
    jobs: {
      schema: CASES_JOBS_SCHEMA,
      // Every minute; `?max=1`: a failed sweep is not retried, the next minute's runs anyway.
      crontab: '* * * * * sweep ?max=1',
      tasks: (database, logger) => ({
        // On the module's own context: its clock (tests move it), settings and calendar.
        sweep: async () => {
          const report = await sweep(context(PUBLIC_IDENTITY, database));
          if (report.raised + report.climbed + report.overdueReviews + report.keyed > 0) logger.info(report, 'sweep');
        },
      }),
    },
  };
}

export const casesSubgraph = createCasesSubgraph();
