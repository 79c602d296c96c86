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

export function createDatabase<TSchema extends Record<string, unknown>>(
  options: DatabaseOptions<TSchema>,
): Database<TSchema> {
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
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      statements.record(statementText(args[0]));
      return query(...args);
    };
  });
  // An idle client losing its server (a restart) must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);

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
