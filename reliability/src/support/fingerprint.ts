import type pg from 'pg';

/**
 * Row count and an md5 of every row of every table of a service's schema: equal fingerprints, equal data. The rate
 * limits' table is left out: a refused attempt is meant to be counted there (services/kit rate-limit.ts).
 */
export async function fingerprint(client: pg.Client, schema: string): Promise<Record<string, string>> {
  const { rows: tables } = await client.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = $1 AND table_type = 'BASE TABLE' AND table_name <> 'rate_limits' ORDER BY table_name`,
    [schema],
  );
  if (tables.length === 0) return {};
  const sql = tables
    .map(
      ({ table_name: table }) =>
        `SELECT '${table}' AS name, count(*)::text || ':' || md5(coalesce(string_agg(md5(t::text), ',' ORDER BY md5(t::text)), '')) AS print FROM "${schema}"."${table}" t`,
    )
    .join(' UNION ALL ');
  const { rows } = await client.query<{ name: string; print: string }>(sql);
  return Object.fromEntries(rows.map((row) => [row.name, row.print]));
}
