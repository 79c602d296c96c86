import type { Database } from '@hall/db';
import type { CalendarSource, Identity, ModuleContext, SubgraphContext, WorkingCalendar } from '@hall/service-kit';
import type { InspectionsTables } from './db/schema';
import { localDay } from './domain/days';
import { createLoaders, type InspectionsLoaders } from './data/loaders';

export interface InspectionsOptions {
  /** The clock; tests pass a fixed one. */
  now: () => Date;
  timeZone: string;
  /** Where the hall calendar comes from: the cases subgraph; tests inject a fixed one. */
  calendarSource: CalendarSource;
}

export interface InspectionsContext extends SubgraphContext {
  database: Database<InspectionsTables>;
  loaders: InspectionsLoaders;
  /** Read once per request, so every rule in it sees the same instant. */
  now: Date;
  /** The hall's day of `now` (HALL_TZ). */
  today: string;
  timeZone: string;
  /** The hall calendar with the manager's overrides, asked of the cases subgraph at most once per request. */
  calendar(): Promise<WorkingCalendar>;
}

export function createContext(identity: Identity, database: Database<InspectionsTables>, options: InspectionsOptions): ModuleContext<InspectionsContext> {
  const now = options.now();
  const today = localDay(now, options.timeZone);
  let calendar: Promise<WorkingCalendar> | undefined;
  return {
    identity,
    database,
    now,
    today,
    timeZone: options.timeZone,
    loaders: createLoaders(database.db, identity, today, options.timeZone),
    calendar: () => (calendar ??= options.calendarSource.calendar()),
  };
}
