import { fileURLToPath } from 'node:url';
import { hallCalendarSource, type SubgraphModule } from '@hall/service-kit';
import { hallTimeZone } from './config';
import { createContext, type DutyContext, type DutyOptions } from './context';
import { tables, type DutyTables } from './db/schema';
import { seedDemo } from './db/seed';
import { resolvers } from './resolvers';

/**
 * The duty subgraph; `now`, `timeZone` and `calendarSource` default to the system clock, HALL_TZ and the cases
 * subgraph's hall calendar (tests fix the clock and the calendar).
 */
export function createDutySubgraph(options: Partial<DutyOptions> = {}): SubgraphModule<DutyTables, DutyContext> {
  const resolved: DutyOptions = {
    now: options.now ?? (() => new Date()),
    timeZone: options.timeZone ?? hallTimeZone(),
    calendarSource: options.calendarSource ?? hallCalendarSource(),
  };
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
