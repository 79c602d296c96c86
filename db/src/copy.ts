import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { getTableColumns, type Column } from 'drizzle-orm';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';

/** A value COPY can carry: null, text, numbers, booleans, timestamps, and objects or arrays stored as jsonb. */
export type CopyValue = string | number | bigint | boolean | Date | null | undefined | object;

export interface CopyTarget {
  /** Schema-qualified table, e.g. `cases.case_events`. */
  table: string;
  columns: readonly string[];
}

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** One field in COPY's text format: `\N` for null, special characters backslash-escaped. */
export function copyField(value: CopyValue): string {
  if (value === null || value === undefined) return '\\N';
  let text: string;
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number' || typeof value === 'bigint') text = String(value);
  else if (typeof value === 'boolean') text = value ? 't' : 'f';
  else if (value instanceof Date) text = value.toISOString();
  else text = JSON.stringify(value);
  return text.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c] ?? c);
}

function quoteIdentifier(name: string): string {
  return name
    .split('.')
    .map((part) => `"${part.replaceAll('"', '""')}"`)
    .join('.');
}

/**
 * Streams rows into a table with `COPY … FROM STDIN` (PostgreSQL's bulk path: no per-row parse, plan or round trip).
 * Runs on the client given, so it joins that client's transaction. Returns the number of rows written.
 */
export async function copyRows(
  client: pg.PoolClient | pg.Client,
  target: CopyTarget,
  rows: Iterable<readonly CopyValue[]>,
): Promise<number> {
  const statement = `COPY ${quoteIdentifier(target.table)} (${target.columns.map(quoteIdentifier).join(', ')}) FROM STDIN`;
  let count = 0;
  const width = target.columns.length;
  function* lines(): Generator<string> {
    let chunk = '';
    for (const row of rows) {
      if (row.length !== width) throw new Error(`COPY ${target.table}: a row has ${row.length} fields, expected ${width}`);
      chunk += `${row.map(copyField).join('\t')}\n`;
      count += 1;
      if (chunk.length > 1 << 16) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk) yield chunk;
  }
  await pipeline(Readable.from(lines()), client.query(copyFrom(statement)));
  return count;
}

/** A row for `copyInto`: every chosen column's value, keyed by the drizzle table's property names. */
export type CopyRow<T extends PgTable, K extends keyof T['$inferInsert']> = { [P in K]-?: T['$inferInsert'][P] | null };

/**
 * The typed bulk path: `COPY` into a drizzle table, the columns named by the table's own property names and each value
 * encoded by its column exactly as an `insert` would (arrays, jsonb, timestamps, dates), so a bulk-loaded row equals a
 * row written by a mutation. Columns left out take their database defaults. Joins the given client's transaction.
 */
export async function copyInto<T extends PgTable, const K extends readonly (keyof T['$inferInsert'] & string)[]>(
  client: pg.PoolClient | pg.Client,
  table: T,
  keys: K,
  rows: Iterable<CopyRow<T, K[number]>>,
): Promise<number> {
  const { schema, name } = getTableConfig(table);
  const all: Record<string, Column> = getTableColumns(table);
  const columns = keys.map((key) => {
    const column = all[key];
    if (!column) throw new Error(`COPY ${name}: the table has no column ${key}`);
    return column;
  });
  function* values(): Generator<CopyValue[]> {
    for (const row of rows) {
      const record = row as Record<string, unknown>;
      yield columns.map((column, index) => {
        const value = record[keys[index] as string];
        return value === null || value === undefined ? null : (column.mapToDriverValue(value) as CopyValue);
      });
    }
  }
  return copyRows(client, { table: schema ? `${schema}.${name}` : name, columns: columns.map((column) => column.name) }, values());
}
