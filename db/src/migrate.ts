import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type pg from 'pg';

/**
 * Applies a service's generated SQL migrations.
 *
 * Every service keeps its own migrations table (`drizzle.<service>_migrations`): drizzle's migrator only
 * compares `created_at` with the newest row of its table, so services sharing one table would silently skip
 * each other's migrations. An advisory lock keeps two instances of one service from migrating at once.
 */
export async function migrateService(
  db: NodePgDatabase<Record<string, unknown>>,
  pool: pg.Pool,
  service: string,
  migrationsFolder: string,
): Promise<void> {
  const lock = await pool.connect();
  try {
    await lock.query('SELECT pg_advisory_lock(hashtext($1))', [`hall-migrate-${service}`]);
    await migrate(db, {
      migrationsFolder,
      migrationsSchema: 'drizzle',
      migrationsTable: `${service}_migrations`,
    });
  } finally {
    await lock.query('SELECT pg_advisory_unlock(hashtext($1))', [`hall-migrate-${service}`]).catch(() => undefined);
    lock.release();
  }
}
