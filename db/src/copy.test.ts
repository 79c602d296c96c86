import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from './connection';
import { boolean, date, integer, jsonb, pgSchema, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { copyField, copyInto, copyRows } from './copy';
import { createTestDatabase, type TestDatabase } from './testing';

let testDatabase: TestDatabase;
let database: Database<Record<string, never>>;

beforeAll(async () => {
  testDatabase = await createTestDatabase('copy');
  database = createDatabase({ url: testDatabase.url, schema: {}, applicationName: 'hall-copy-test' });
  await database.pool.query(
    `CREATE SCHEMA bulk; CREATE TABLE bulk.rows (id int PRIMARY KEY, label text, at timestamptz, ok boolean, data jsonb, tags text[]);
     CREATE TABLE bulk.typed (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), position integer NOT NULL, day date,
       signed_at timestamptz, active boolean NOT NULL DEFAULT true, detail jsonb, ids uuid[], note text)`,
  );
});
afterAll(async () => {
  await database?.close();
  await testDatabase?.drop();
});

const bulk = pgSchema('bulk');
const typed = bulk.table('typed', {
  id: uuid('id').primaryKey().defaultRandom(),
  position: integer('position').notNull(),
  day: date('day'),
  signedAt: timestamp('signed_at', { withTimezone: true }),
  active: boolean('active').notNull().default(true),
  detail: jsonb('detail').$type<{ items: string[] }>(),
  ids: uuid('ids').array(),
  note: text('note'),
});

describe('copyInto', () => {
  it('takes the columns from the drizzle table and writes what an insert of the same row would', async () => {
    const signedAt = new Date('2026-11-20T01:30:00.000Z');
    const row = {
      position: 1,
      day: '2026-11-20',
      signedAt,
      detail: { items: ['材料\t一', '"二"'] },
      ids: ['0193a1c4-0000-7000-8000-000000000001'],
      note: '窗口\n1号',
    };
    await database.db.insert(typed).values({ ...row, position: 0 });
    const client = await database.pool.connect();
    try {
      // `id` and `active` are left out: the database defaults fill them, as for the insert.
      expect(await copyInto(client, typed, ['position', 'day', 'signedAt', 'detail', 'ids', 'note'], [row])).toBe(1);
    } finally {
      client.release();
    }
    const written = await database.db.select().from(typed).orderBy(typed.position);
    expect(written).toHaveLength(2);
    const [inserted, copied] = written.map(({ id: _id, position: _position, ...rest }) => rest);
    expect(copied).toEqual(inserted);
    expect(copied).toEqual({ day: row.day, signedAt, active: true, detail: row.detail, ids: row.ids, note: row.note });
  });

  it('refuses a key that is not a column of the table', async () => {
    const client = await database.pool.connect();
    try {
      await expect(copyInto(client, typed, ['position', 'missing' as 'note'], [{ position: 2, note: null }])).rejects.toThrow(/no column missing/);
    } finally {
      client.release();
    }
  });
});

describe('copyRows', () => {
  it('writes every value back as it was, including the characters COPY treats specially', async () => {
    const at = new Date('2026-03-04T05:06:07.089Z');
    const awkward = '窗口\t1号\\办件\n第二行\r"引号"';
    const client = await database.pool.connect();
    try {
      const written = await copyRows(client, { table: 'bulk.rows', columns: ['id', 'label', 'at', 'ok', 'data', 'tags'] }, [
        [1, awkward, at, true, { note: awkward, list: [1, 2] }, '{甲,"a \\"b\\"",NULL}'],
        [2, null, null, false, null, null],
      ]);
      expect(written).toBe(2);
    } finally {
      client.release();
    }
    const { rows } = await database.pool.query('SELECT * FROM bulk.rows ORDER BY id');
    expect(rows).toEqual([
      { id: 1, label: awkward, at, ok: true, data: { note: awkward, list: [1, 2] }, tags: ['甲', 'a "b"', null] },
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
