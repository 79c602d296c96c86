import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from './connection';
import { copyField, copyRows, PgArray } from './copy';
import { createTestDatabase, type TestDatabase } from './testing';

let testDatabase: TestDatabase;
let database: Database<Record<string, never>>;

beforeAll(async () => {
  testDatabase = await createTestDatabase('copy');
  database = createDatabase({ url: testDatabase.url, schema: {}, applicationName: 'hall-copy-test' });
  await database.pool.query(
    `CREATE SCHEMA bulk; CREATE TABLE bulk.rows (id int PRIMARY KEY, label text, at timestamptz, ok boolean, data jsonb, tags text[])`,
  );
});
afterAll(async () => {
  await database?.close();
  await testDatabase?.drop();
});

describe('copyRows', () => {
  it('writes every value back as it was, including the characters COPY treats specially', async () => {
    const at = new Date('2026-03-04T05:06:07.089Z');
    const awkward = '窗口\t1号\\办件\n第二行\r"引号"';
    const client = await database.pool.connect();
    try {
      const written = await copyRows(client, { table: 'bulk.rows', columns: ['id', 'label', 'at', 'ok', 'data', 'tags'] }, [
        [1, awkward, at, true, { note: awkward, list: [1, 2] }, new PgArray(['甲', 'a "b"', 'c\\d', null])],
        [2, null, null, false, null, null],
      ]);
      expect(written).toBe(2);
    } finally {
      client.release();
    }
    const { rows } = await database.pool.query('SELECT * FROM bulk.rows ORDER BY id');
    expect(rows).toEqual([
      { id: 1, label: awkward, at, ok: true, data: { note: awkward, list: [1, 2] }, tags: ['甲', 'a "b"', 'c\\d', null] },
      { id: 2, label: null, at: null, ok: false, data: null, tags: null },
    ]);
  });

  it('joins the caller’s transaction: a rollback leaves nothing', async () => {
    const client = await database.pool.connect();
    try {
      await client.query('BEGIN');
      await copyRows(client, { table: 'bulk.rows', columns: ['id'] }, [[10], [11]]);
      await client.query('ROLLBACK');
    } finally {
      client.release();
    }
    const { rows } = await database.pool.query('SELECT count(*)::int AS n FROM bulk.rows WHERE id >= 10');
    expect(rows[0]).toEqual({ n: 0 });
  });

  it('refuses a row of the wrong width and a duplicate key, writing nothing of the failed COPY', async () => {
    const client = await database.pool.connect();
    try {
      await expect(copyRows(client, { table: 'bulk.rows', columns: ['id', 'label'] }, [[20, 'a'], [21]])).rejects.toThrow(
        /2 fields|1 fields/,
      );
      await expect(copyRows(client, { table: 'bulk.rows', columns: ['id'] }, [[30], [30]])).rejects.toThrow(/duplicate key/);
    } finally {
      client.release();
    }
    const { rows } = await database.pool.query('SELECT count(*)::int AS n FROM bulk.rows WHERE id >= 20');
    expect(rows[0]).toEqual({ n: 0 });
  });

  it('encodes fields in COPY text format', () => {
    expect(copyField(undefined)).toBe('\\N');
    expect(copyField('a\\b')).toBe('a\\\\b');
    expect(copyField(12n)).toBe('12');
  });
});
