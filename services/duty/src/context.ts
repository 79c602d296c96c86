import type { Database } from '@hall/db';
import type { Identity, ModuleContext, SubgraphContext } from '@hall/service-kit';
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
}

export interface DutyOptions {
  /** The clock; tests pass a fixed one. */
  now: () => Date;
  timeZone: string;
}

export function createContext(identity: Identity, database: Database<DutyTables>, options: DutyOptions): ModuleContext<DutyContext> {
  const now = options.now();
  let settings: Promise<HallSettings> | undefined;
  const base = {
    identity,
    database,
    timeZone: options.timeZone,
    now,
    settings: () => (settings ??= loadSettings(database.db, options.timeZone)),
  };
  return { ...base, loaders: createLoaders(base) };
}
