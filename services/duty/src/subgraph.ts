import { fileURLToPath } from 'node:url';
import type { SubgraphModule } from '@hall/service-kit';
import { hallTimeZone } from './config';
import { createContext, type DutyContext, type DutyOptions } from './context';
import { tables, type DutyTables } from './db/schema';
import { seedDemo } from './db/seed';
import { resolvers } from './resolvers';

/** The duty subgraph; `now` and `timeZone` default to the system clock and HALL_TZ (tests fix the clock). */
export function createDutySubgraph(options: Partial<DutyOptions> = {}): SubgraphModule<DutyTables, DutyContext> {
  const resolved: DutyOptions = { now: options.now ?? (() => new Date()), timeZone: options.timeZone ?? hallTimeZone() };
  return {
    name: 'duty',
    schemaFile: fileURLToPath(new URL('../schema.graphql', import.meta.url)),
    tables,
    migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
    resolvers,
    context: (identity, database) => createContext(identity, database, resolved),
    seedDemo,
  };
}

export const dutySubgraph = createDutySubgraph();
