import { fileURLToPath } from 'node:url';
import { hallCalendarSource, type SubgraphModule } from '@hall/service-kit';
import { createContext, type InspectionsContext, type InspectionsOptions } from './context';
import { tables, type InspectionsTables } from './db/schema';
import { seedDefaults, seedDemo } from './db/seed';
import { hallTimeZone } from './domain/days';
import { resolvers } from './resolvers';

/**
 * The inspections subgraph; `now`, `timeZone` and `calendarSource` default to the system clock, HALL_TZ and the cases
 * subgraph's hall calendar (tests fix the clock and the calendar).
 */
export function createInspectionsSubgraph(options: Partial<InspectionsOptions> = {}): SubgraphModule<InspectionsTables, InspectionsContext> {
  const resolved: InspectionsOptions = {
    now: options.now ?? (() => new Date()),
    timeZone: options.timeZone ?? hallTimeZone(),
    calendarSource: options.calendarSource ?? hallCalendarSource(),
  };
  return {
    name: 'inspections',
    schemaFile: fileURLToPath(new URL('../schema.graphql', import.meta.url)),
    tables,
    migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
    resolvers,
    context: (identity, database) => createContext(identity, database, resolved),
    seedDemo,
    seedDefaults,
    // Evidence (photos up to 10 MB, audio up to 20 MB) arrives base64-encoded in a mutation, from these roles only.
    uploads: {
      maxBodyBytes: 30 * 1024 * 1024,
      mutations: { addInspectionEvidence: ['supervisor'], respondToRectification: ['dept_admin'] },
    },
  };
}

export const inspectionsSubgraph = createInspectionsSubgraph();
