import type { ServiceName } from '@hall/db';
import type { Organisation } from './organisation';
import type { ScaleProfile } from './profiles';

/** What every service's loader gets: the profile, the generated organisation, the period and its database. */
export interface GenerationContext {
  profile: ScaleProfile;
  organisation: Organisation;
  /** First and last calendar day of the history, YYYY-MM-DD (Asia/Shanghai); `until` is normally today. */
  from: string;
  until: string;
  /** The moment the data is generated "as of": the end of `until`'s working day, or now if earlier. */
  now: Date;
  /** Connection string of each service's database (the same server or not), as the service's app role. */
  databaseUrls: Record<ServiceName, string>;
  /** Progress for the terminal; never anything personal. */
  log(message: string): void;
}

/** What a loader reports: rows written per table and how long the writing took. */
export interface LoadReport {
  service: ServiceName;
  rows: Record<string, number>;
  /** Seconds spent generating and writing. */
  seconds: number;
}

export type Loader = (context: GenerationContext) => Promise<LoadReport>;
