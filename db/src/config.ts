/** The four subgraphs; each owns a PostgreSQL schema of the same name. */
export const SERVICE_NAMES = ['catalog', 'cases', 'duty', 'inspections'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

type Env = Record<string, string | undefined>;

/**
 * The connection string a service uses: `<NAME>_DATABASE_URL`, else `DATABASE_URL` (CONTRACT.md).
 * Returns undefined when neither is set, so the caller decides whether to start an embedded server.
 */
export function databaseUrlFor(service: string, env: Env = process.env): string | undefined {
  return env[`${service.toUpperCase()}_DATABASE_URL`] || env.DATABASE_URL || undefined;
}

/** The same server URL pointing at another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
