import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';

/**
 * Counts every SQL statement sent through a pool, so tests can assert batching
 * ("one statement per `_entities` batch"). Only statement text is kept, never parameters.
 */
export class StatementCounter {
  count = 0;
  readonly recent: string[] = [];

  record(text: string): void {
    this.count += 1;
    this.recent.push(text);
    if (this.recent.length > 50) this.recent.shift();
  }

  reset(): void {
    this.count = 0;
    this.recent.length = 0;
  }

  /** Runs `work` and returns how many statements it sent, with its result. */
  async measure<T>(work: () => Promise<T>): Promise<{ result: T; statements: number; texts: string[] }> {
    this.reset();
    const result = await work();
    return { result, statements: this.count, texts: [...this.recent] };
  }
}

export interface Database<TSchema extends Record<string, unknown>> {
  db: NodePgDatabase<TSchema>;
  pool: pg.Pool;
  statements: StatementCounter;
  /** SELECT 1 with a short timeout; used by `/health`. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export interface DatabaseOptions<TSchema extends Record<string, unknown>> {
  url: string;
  schema: TSchema;
  /** Shown in `pg_stat_activity`, to tell the services apart on a shared server. */
  applicationName: string;
  maxConnections?: number;
}

function statementText(config: unknown): string {
  if (typeof config === 'string') return config;
  if (config && typeof config === 'object' && 'text' in config && typeof config.text === 'string') {
    return config.text;
  }
  return '<unknown>';
}

/**
 * A client checked out with `pool.connect()` whose connection dies (a database restart) must still go back to the
 * pool, or the pool shrinks by one for good and `pool.end()` never returns. drizzle's `transaction()` sends `begin`
 * before its try/finally, so a failed `begin` never releases its client (issue 9, database restart suite). So: a
 * checked-out client that emits 'error' is released with that error (the pool destroys it), and a second release by
 * its borrower is ignored instead of throwing.
 */
function guardCheckedOutClients(pool: pg.Pool): void {
  const connect = pool.connect.bind(pool) as (callback?: (...args: unknown[]) => void) => Promise<pg.PoolClient> | undefined;
  const guarded = (callback?: (...args: unknown[]) => void) => {
    // pool.query() passes a callback and releases the client itself.
    if (callback) return connect(callback);
    return (connect() as Promise<pg.PoolClient>).then((client) => {
      const release = client.release.bind(client);
      let released = false;
      const onError = (error: Error) => client.release(error);
      client.release = (error?: Error | boolean) => {
        if (released) return;
        released = true;
        client.removeListener('error', onError);
        release(error);
      };
      client.on('error', onError);
      return client;
    });
  };
  (pool as unknown as { connect: typeof guarded }).connect = guarded;
}

export function createDatabase<TSchema extends Record<string, unknown>>(options: DatabaseOptions<TSchema>): Database<TSchema> {
  const pool = new pg.Pool({
    connectionString: options.url,
    application_name: options.applicationName,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  const statements = new StatementCounter();

  // Wrapping each client's query catches pool.query, drizzle and transactions alike.
  pool.on('connect', (client) => {
    // A checked-out client losing its server (a restart) emits 'error' too; unhandled, that would crash the process.
    // The query in flight fails on its own, and the pool discards the broken client when it is released.
    client.on('error', () => undefined);
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      statements.record(statementText(args[0]));
      return query(...args);
    };
  });
  // An idle client losing its server (a restart) must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);

  guardCheckedOutClients(pool);
  const db = drizzle({ client: pool, schema: options.schema });

  return {
    db,
    pool,
    statements,
    async ping() {
      try {
        await pool.query({ text: 'SELECT 1', query_timeout: 2_000 } as pg.QueryConfig);
        return true;
      } catch {
        return false;
      }
    },
    async close() {
      await pool.end();
    },
  };
}
