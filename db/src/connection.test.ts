import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from './connection';
import { createTestDatabase, type TestDatabase } from './testing';

let testDatabase: TestDatabase;
let database: Database<Record<string, never>>;

beforeAll(async () => {
  testDatabase = await createTestDatabase('db');
  database = createDatabase({ url: testDatabase.url, schema: {}, applicationName: 'hall-db-test' });
});
afterAll(async () => {
  await database?.close();
  await testDatabase?.drop();
});

describe('database toolkit', () => {
  it('runs on a real PostgreSQL with UTF-8 text', async () => {
    const { rows } = await database.pool.query<{ text: string; encoding: string }>(
      `SELECT '政务服务中心' AS text, pg_encoding_to_char(encoding) AS encoding FROM pg_database WHERE datname = current_database()`,
    );
    expect(rows[0]).toEqual({ text: '政务服务中心', encoding: 'UTF8' });
  });

  it('counts every statement sent, through the pool and through checked-out clients', async () => {
    const { statements, texts } = await database.statements.measure(async () => {
      await database.pool.query('SELECT 1');
      const client = await database.pool.connect();
      try {
        await client.query('SELECT 2');
      } finally {
        client.release();
      }
    });
    expect(statements).toBe(2);
    expect(texts).toEqual(['SELECT 1', 'SELECT 2']);
  });

  it('answers the health ping', async () => {
    expect(await database.ping()).toBe(true);
  });
});
