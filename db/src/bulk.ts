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

/** A record refused by validation: which one (0-based, over the whole import) and why. Nothing of its batch is written. */
export class BulkImportRefused extends Error {
  constructor(
    readonly index: number,
    readonly problems: string[],
  ) {
    super(`record ${index} refused: ${problems.join('; ')}`);
    this.name = 'BulkImportRefused';
  }
}

/** Adds `count` rows written to `table` to a bulk import's tally. */
export function tallyRows(rows: Record<string, number>, table: string, count: number): void {
  rows[table] = (rows[table] ?? 0) + count;
}
