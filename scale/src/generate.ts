import { casesSubgraph } from '@hall/cases-subgraph';
import { catalogSubgraph } from '@hall/catalog-subgraph';
import { serviceDatabaseUrls, type ServiceDatabaseUrls, type ServiceName } from '@hall/db';
import { CLOSING_MINUTE, dayOf, isoOf, localDayOf, localTime } from '@hall/demo-hall';
import { dutySubgraph } from '@hall/duty-subgraph';
import { inspectionsSubgraph } from '@hall/inspections-subgraph';
import { openServiceDatabase, prepareDatabase, type SubgraphContext, type SubgraphModule } from '@hall/service-kit';
import type { GenerationContext, LoadReport, Loader } from './context';
import { loadCases } from './load/cases';
import { loadCatalog } from './load/catalog';
import { loadDuty } from './load/duty';
import { loadInspections } from './load/inspections';
import { buildOrganisation } from './organisation';
import type { ScaleProfile } from './profiles';

/** A table that is empty until a hall has data of its own (the defaults a service seeds live elsewhere). */
const SERVICES: ReadonlyArray<{
  name: ServiceName;
  module: SubgraphModule<Record<string, unknown>, SubgraphContext>;
  marker: string;
  load: Loader;
}> = [
  { name: 'catalog', module: catalogSubgraph as never, marker: 'catalog.departments', load: loadCatalog },
  { name: 'duty', module: dutySubgraph as never, marker: 'duty.staff', load: loadDuty },
  { name: 'inspections', module: inspectionsSubgraph as never, marker: 'inspections.supervisors', load: loadInspections },
  { name: 'cases', module: casesSubgraph as never, marker: 'cases.cases', load: loadCases },
];

export interface GenerateOptions {
  profile: ScaleProfile;
  /** Each service's owner and app URLs, or an administrative URL the roles are provisioned from (ADR 0010). */
  databaseUrls: Record<ServiceName, string | ServiceDatabaseUrls>;
  /** Last day of the history (YYYY-MM-DD, Asia/Shanghai); today when absent. */
  until?: string;
  /** Drop each service's schema and start from empty tables; without it a database holding data is refused. */
  replace: boolean;
  log(message: string): void;
}

export interface GenerationSummary {
  profile: ScaleProfile['name'];
  from: string;
  until: string;
  reports: LoadReport[];
  /** All rows written, and rows per second of the loaders' own time. */
  rows: number;
  rowsPerSecond: number;
  seconds: number;
}

export class DatabaseNotEmptyError extends Error {}

/** The period and the "now" a profile's history ends at. */
export function periodOf(
  profile: ScaleProfile,
  until: string | undefined,
  clock = new Date(),
): Pick<GenerationContext, 'from' | 'until' | 'now'> {
  const today = isoOf(localDayOf(clock));
  const last = until ?? today;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(last) || Number.isNaN(dayOf(last))) throw new Error(`--until must be a date YYYY-MM-DD, not ${last}`);
  const endOfDay = localTime(dayOf(last), CLOSING_MINUTE);
  return { from: isoOf(dayOf(last) - profile.days + 1), until: last, now: last === today && clock < endOfDay ? clock : endOfDay };
}

/**
 * Migrates (or, with `replace`, recreates) each service's database as its owner role, runs the loaders in dependency
 * order as the app role (what the services' own bulk imports run as), then VACUUM ANALYZE as the owner again.
 */
export async function generate(options: GenerateOptions): Promise<GenerationSummary> {
  const started = performance.now();
  const roles = {} as Record<ServiceName, ServiceDatabaseUrls>;
  for (const service of SERVICES) roles[service.name] = await serviceDatabaseUrls(service.name, options.databaseUrls[service.name]);
  const context: GenerationContext = {
    profile: options.profile,
    organisation: buildOrganisation(options.profile),
    ...periodOf(options.profile, options.until),
    databaseUrls: Object.fromEntries(SERVICES.map((service) => [service.name, roles[service.name].app])) as Record<ServiceName, string>,
    log: options.log,
  };
  for (const service of SERVICES) {
    const database = openServiceDatabase(service.module, roles[service.name].owner, `hall-scale-${service.name}-owner`);
    try {
      if (options.replace) {
        await database.pool.query(`DROP SCHEMA IF EXISTS ${service.name} CASCADE; DROP TABLE IF EXISTS drizzle.${service.name}_migrations`);
      }
      await prepareDatabase(service.module, database, { seedDemo: false });
      const { rows } = await database.pool.query<{ found: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${service.marker}) AS found`);
      if (rows[0]?.found) {
        throw new DatabaseNotEmptyError(
          `the ${service.name} database already holds data; run again with --replace to drop it and generate anew`,
        );
      }
    } finally {
      await database.close();
    }
  }
  options.log(`${options.profile.name}: ${context.from} … ${context.until}, as of ${context.now.toISOString()}`);
  const reports: LoadReport[] = [];
  for (const service of SERVICES) {
    const report = await service.load(context);
    reports.push(report);
    const rows = Object.values(report.rows).reduce((sum, count) => sum + count, 0);
    options.log(
      `${service.name}: ${rows.toLocaleString('en')} rows in ${report.seconds.toFixed(1)} s (${Math.round(rows / report.seconds).toLocaleString('en')} rows/s)`,
    );
    const database = openServiceDatabase(service.module, roles[service.name].owner, `hall-scale-${service.name}-owner`);
    try {
      // VACUUM as well: COPY leaves the visibility map unset, and index-only scans need it to skip the heap. Only this
      // service's tables: with one database for all four, the others were vacuumed after their own load.
      const { rows: tables } = await database.pool.query<{ name: string }>(
        `SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables WHERE schemaname = $1`,
        [service.name],
      );
      await database.pool.query(`VACUUM ANALYZE ${tables.map((table) => table.name).join(', ')}`);
    } finally {
      await database.close();
    }
  }
  const rows = reports.reduce((sum, report) => sum + Object.values(report.rows).reduce((a, b) => a + b, 0), 0);
  const loading = reports.reduce((sum, report) => sum + report.seconds, 0);
  return {
    profile: options.profile.name,
    from: context.from,
    until: context.until,
    reports,
    rows,
    rowsPerSecond: Math.round(rows / loading),
    seconds: (performance.now() - started) / 1000,
  };
}
