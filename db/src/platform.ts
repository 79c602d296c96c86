import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDatabase } from './admin';
import type { ServiceName } from './config';
import { localSubgraphs } from './subgraphs';
import { startEmbeddedPostgres, superuserPassword, type EmbeddedServer } from './embedded';
import { provisionServiceRoles, serviceDatabaseEnv, serviceDatabaseFromEnv, type ServiceDatabaseUrls } from './roles';

export interface PlatformDatabases {
  /** Each service's owner and app connections (ADR 0010). */
  services: Record<ServiceName, ServiceDatabaseUrls> & Readonly<Record<string, ServiceDatabaseUrls>>;
  /** The administrative URL of each service's database, where one is known (not when a deployment gives only role URLs). */
  adminUrls: Partial<Record<string, string>>;
  /** Set when no database was configured and the embedded PostgreSQL was started; stop it when done. */
  embedded?: EmbeddedServer;
}

/**
 * The databases `npm start` and `npm run generate` use: the configured ones (`<NAME>_DATABASE_OWNER_URL` and
 * `<NAME>_DATABASE_APP_URL`, else the administrative `<NAME>_DATABASE_URL` / `DATABASE_URL` from which the roles are
 * created), or the embedded PostgreSQL kept in `<root>/.data/postgres` with one database per service (`hall_<name>`), as
 * if each department ran its own server. Every subgraph of this repository in the platform's list (subgraphs.json) gets
 * one, a department's own included. Its superuser password is random, kept in `.data/postgres.password` (0600).
 */
export async function platformDatabases(options: { root: string; port: number; log(message: string): void }): Promise<PlatformDatabases> {
  const names = platformServiceNames();
  const configured = Object.fromEntries(names.map((name) => [name, serviceDatabaseFromEnv(name)])) as Record<
    string,
    ServiceDatabaseUrls | string | undefined
  >;
  let embedded: EmbeddedServer | undefined;
  if (names.every((name) => configured[name])) {
    options.log('using the configured database URL(s)');
  } else {
    const data = join(options.root, '.data');
    mkdirSync(data, { recursive: true });
    options.log(`starting the embedded PostgreSQL on port ${options.port} with its data in .data/postgres`);
    embedded = await startEmbeddedPostgres({
      dataDir: join(data, 'postgres'),
      port: options.port,
      persistent: true,
      password: superuserPassword(join(data, 'postgres.password')),
    });
  }
  const services: Record<string, ServiceDatabaseUrls> = {};
  const adminUrls: Partial<Record<string, string>> = {};
  try {
    for (const name of names) {
      const source = configured[name] ?? (await ensureDatabase((embedded as EmbeddedServer).url, `hall_${name}`));
      if (typeof source === 'string') {
        adminUrls[name] = source;
        services[name] = await provisionServiceRoles(source, name);
      } else {
        services[name] = source;
      }
    }
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  return { services: services as PlatformDatabases['services'], adminUrls, ...(embedded ? { embedded } : {}) };
}

/** The environment handing every service process its owner and app URLs (`<NAME>_DATABASE_OWNER_URL`, `…_APP_URL`). */
export function platformDatabaseEnv(databases: Pick<PlatformDatabases, 'services'>): Record<string, string> {
  return Object.assign(
    {},
    ...Object.entries(databases.services).map(([name, urls]) => serviceDatabaseEnv(name, urls)),
  ) as Record<string, string>;
}

/** The services that need a database: every subgraph of this repository in the list (the hall's four are always there). */
export function platformServiceNames(): string[] {
  return localSubgraphs().map((entry) => entry.name);
}
