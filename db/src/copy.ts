import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** A value COPY can carry: null, text, numbers, booleans, timestamps, and objects or arrays stored as jsonb. */
export type CopyValue = string | number | bigint | boolean | Date | null | undefined | PgArray | object;

/** A PostgreSQL array literal (`text[]`, `uuid[]`), as opposed to a JS array stored as jsonb. */
export class PgArray {
  constructor(readonly items: readonly (string | number | null)[]) {}

  toString(): string {
    const quoted = this.items.map((item) => (item === null ? 'NULL' : `"${String(item).replace(/[\\"]/g, (c) => `\\${c}`)}"`));
    return `{${quoted.join(',')}}`;
  }
}

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
  else if (value instanceof PgArray) text = value.toString();
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
