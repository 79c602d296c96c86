import type { Database } from '@hall/db';
import type { CalendarSource, Identity, ModuleContext, SubgraphContext, WorkingCalendar } from '@hall/service-kit';
import type { DutyTables } from './db/schema';
import { loadSettings, type HallSettings } from './data/settings';
import { createLoaders, type DutyLoaders } from './data/loaders';

export interface DutyContext extends SubgraphContext {
  database: Database<DutyTables>;
  loaders: DutyLoaders;
  /** The hall's time zone (HALL_TZ). */
  timeZone: string;
  /** The request's clock: read once per request, so every rule in it sees the same instant. */
  now: Date;
  /** The hall settings, read at most once per request. */
  settings(): Promise<HallSettings>;
  /** The hall calendar with the manager's overrides, asked of the cases subgraph at most once per request. */
  calendar(): Promise<WorkingCalendar>;
}

export interface DutyOptions {
  /** The clock; tests pass a fixed one. */
  now: () => Date;
  timeZone: string;
  /** Where the hall calendar comes from: the cases subgraph; tests inject a fixed one. */
  calendarSource: CalendarSource;
}

export function createContext(identity: Identity, database: Database<DutyTables>, options: DutyOptions): ModuleContext<DutyContext> {
  const now = options.now();
  let settings: Promise<HallSettings> | undefined;
  let calendar: Promise<WorkingCalendar> | undefined;
  const base = {
    identity,
    database,
    timeZone: options.timeZone,
    now,
    settings: () => (settings ??= loadSettings(database.db, options.timeZone)),
    calendar: () => (calendar ??= options.calendarSource.calendar()),
  };
  return { ...base, loaders: createLoaders(base) };
}
