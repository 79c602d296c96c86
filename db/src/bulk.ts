import type pg from 'pg';

/** Rows handed to a bulk import: a list, a generator or a stream. */
export type BulkSource<T> = Iterable<T> | AsyncIterable<T>;

/** Groups a source into batches of `size` (the last one may be shorter). */
export async function* batchesOf<T>(source: BulkSource<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const item of source) {
    batch.push(item);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** Runs `work` on one pooled connection inside a transaction: committed if it resolves, rolled back if it throws. */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    try {
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  } finally {
    client.release();
  }
}

/**
 * Writes each batch once the previous one is committed, preparing the next one meanwhile: generating and validating
 * a batch overlaps the database writing the one before. A failure of the batch being written wins over a refusal of
 * the next one, so the error is always the first thing that went wrong.
 */
export async function pipelined<T, P>(
  batches: AsyncIterable<T[]>,
  prepare: (batch: T[]) => P,
  write: (prepared: P) => Promise<void>,
): Promise<void> {
  let writing: Promise<void> | null = null;
  try {
    for await (const batch of batches) {
      const prepared = prepare(batch);
      if (writing) await writing;
      writing = write(prepared);
      writing.catch(() => undefined);
    }
    if (writing) await writing;
  } catch (error) {
    if (writing) await writing;
    throw error;
  }
}

/**
 * One thing wrong with one record of a bulk import: which record (`row`, counted from 1 over the whole import, as a
 * spreadsheet counts its rows), of which table when an import loads several, which field, and why.
 */
export interface BulkProblem {
  row: number;
  table?: string;
  field: string;
  message: string;
}

/** The one way every service refuses a bulk import: the problems found (at least one). Nothing of the batch is written. */
export class BulkImportRefused extends Error {
  readonly problems: BulkProblem[];

  constructor(problems: BulkProblem | BulkProblem[]) {
    const list = Array.isArray(problems) ? problems : [problems];
    const shown = list
      .slice(0, 5)
      .map((problem) => `row ${problem.row}${problem.table ? ` of ${problem.table}` : ''}, ${problem.field || 'record'}: ${problem.message}`);
    super(`bulk import refused: ${shown.join('; ')}${list.length > 5 ? ` (and ${list.length - 5} more)` : ''}`);
    this.name = 'BulkImportRefused';
    this.problems = list;
  }

  /** The first refused record's row. */
  get row(): number {
    return this.problems[0]?.row ?? 0;
  }
}

/** The problems of a schema's parse (a zod error's issues, or anything of that shape) for one record. */
export function bulkProblemsOf(
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>,
  row: number,
  table?: string,
): BulkProblem[] {
  return issues.map((issue) => ({ row, ...(table ? { table } : {}), field: issue.path.map(String).join('.'), message: issue.message }));
}

/** Adds `count` rows written to `table` to a bulk import's tally. */
export function tallyRows(rows: Record<string, number>, table: string, count: number): void {
  rows[table] = (rows[table] ?? 0) + count;
}
