import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDatabase } from './admin';
import { databaseUrlFor, SERVICE_NAMES, type ServiceName } from './config';
import { startEmbeddedPostgres, type EmbeddedServer } from './embedded';

export interface PlatformDatabases {
  urls: Record<ServiceName, string>;
  /** Set when no database was configured and the embedded PostgreSQL was started; stop it when done. */
  embedded?: EmbeddedServer;
}

/**
 * The databases `npm start` and `npm run generate` use: the configured URLs (`<NAME>_DATABASE_URL`, else `DATABASE_URL`),
 * or the embedded PostgreSQL kept in `<root>/.data/postgres` with one database per service (`hall_<name>`), as if each
 * department ran its own server.
 */
export async function platformDatabases(options: { root: string; port: number; log(message: string): void }): Promise<PlatformDatabases> {
  const configured = Object.fromEntries(SERVICE_NAMES.map((name) => [name, databaseUrlFor(name)]));
  if (SERVICE_NAMES.every((name) => configured[name])) {
    options.log('using the configured database URL(s)');
    return { urls: configured as Record<ServiceName, string> };
  }
  mkdirSync(join(options.root, '.data'), { recursive: true });
  options.log(`starting the embedded PostgreSQL on port ${options.port} with its data in .data/postgres`);
  const embedded = await startEmbeddedPostgres({ dataDir: join(options.root, '.data', 'postgres'), port: options.port, persistent: true });
  const urls = {} as Record<ServiceName, string>;
  for (const name of SERVICE_NAMES) urls[name] = configured[name] ?? (await ensureDatabase(embedded.url, `hall_${name}`));
  return { urls, embedded };
}
