import type { Database } from '@hall/db';
import type { Identity, ModuleContext, SubgraphContext } from '@hall/service-kit';
import type { InspectionsTables } from './db/schema';
import { localDay } from './domain/days';
import { createLoaders, type InspectionsLoaders } from './data/loaders';

export interface InspectionsOptions {
  /** The clock; tests pass a fixed one. */
  now: () => Date;
  timeZone: string;
}

export interface InspectionsContext extends SubgraphContext {
  database: Database<InspectionsTables>;
  loaders: InspectionsLoaders;
  /** Read once per request, so every rule in it sees the same instant. */
  now: Date;
  /** The hall's day of `now` (HALL_TZ). */
  today: string;
  timeZone: string;
}

export function createContext(identity: Identity, database: Database<InspectionsTables>, options: InspectionsOptions): ModuleContext<InspectionsContext> {
  const now = options.now();
  const today = localDay(now, options.timeZone);
  return { identity, database, now, today, timeZone: options.timeZone, loaders: createLoaders(database.db, identity, today, options.timeZone) };
}
