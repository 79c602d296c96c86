import { fileURLToPath } from 'node:url';
import type { SubgraphModule } from '@hall/service-kit';
import { createContext, type InspectionsContext, type InspectionsOptions } from './context';
import { tables, type InspectionsTables } from './db/schema';
import { seedDefaults, seedDemo } from './db/seed';
import { hallTimeZone } from './domain/days';
import { resolvers } from './resolvers';

/** The inspections subgraph; `now` and `timeZone` default to the system clock and HALL_TZ (tests fix the clock). */
export function createInspectionsSubgraph(options: Partial<InspectionsOptions> = {}): SubgraphModule<InspectionsTables, InspectionsContext> {
  const resolved: InspectionsOptions = { now: options.now ?? (() => new Date()), timeZone: options.timeZone ?? hallTimeZone() };
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
