import { fileURLToPath } from 'node:url';
import { createTestDatabase, type TestDatabase } from '@hall/db/testing';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSubgraph, type StartedSubgraph, type SubgraphContext, type SubgraphModule } from './subgraph';
import { createTestSubgraph, type TestSubgraph } from './testing';

interface FixtureContext extends SubgraphContext {
  pool: pg.Pool;
}

const folder = (path: string) => fileURLToPath(new URL(`./fixtures/roles/${path}`, import.meta.url));

/** A one-table subgraph; it borrows the `duty` name (and so its schema and roles) on a throwaway database. */
const fixture: SubgraphModule<Record<string, never>, FixtureContext> = {
  name: 'duty',
  schemaFile: folder('schema.graphql'),
  tables: {},
  migrationsFolder: folder('drizzle'),
  resolvers: {
    Query: {
      notes: async (_: unknown, __: unknown, context: FixtureContext) =>
        (await context.pool.query<{ text: string }>('SELECT text FROM duty.notes ORDER BY id')).rows.map((row) => row.text),
      whoAmI: async (_: unknown, __: unknown, context: FixtureContext) =>
        (await context.pool.query<{ user: string }>('SELECT current_user AS user')).rows[0]?.user,
    },
    Mutation: {
      addNote: async (_: unknown, args: { text: string }, context: FixtureContext) =>
        (await context.pool.query<{ id: number }>('INSERT INTO duty.notes (text) VALUES ($1) RETURNING id', [args.text])).rows[0]?.id,
    },
  },
  context: (identity, database) => ({ identity, pool: database.pool }),
  seedDemo: async (database) => {
    await database.pool.query(`INSERT INTO duty.notes (text) SELECT 'seeded' WHERE NOT EXISTS (SELECT 1 FROM duty.notes)`);
  },
};

let subgraph: TestSubgraph<Record<string, never>, FixtureContext>;

beforeAll(async () => {
  subgraph = await createTestSubgraph(fixture, { seedDemo: true });
});
afterAll(async () => {
  await subgraph?.close();
});

describe('the roles a subgraph runs with (ADR 0010)', () => {
  it('migrates and seeds as the owner role, then serves as the app role', async () => {
    const served = await subgraph.execute<{ whoAmI: string; notes: string[] }>('{ whoAmI notes }');
    expect(served.errors).toBeUndefined();
    expect(served.data).toEqual({ whoAmI: 'hall_duty_app', notes: ['seeded'] });
    const { rows } = await subgraph.owner.pool.query<{ owner: string }>(
      `SELECT pg_get_userbyid(relowner) AS owner FROM pg_class WHERE oid = 'duty.notes'::regclass`,
    );
    expect(rows[0]?.owner).toBe('hall_duty_owner');
  });

  it('writes through the app role, and counts rate limits in a table the app role did not create', async () => {
    const added = await subgraph.execute<{ addNote: number }>('mutation { addNote(text: "second") }');
    expect(added.errors).toBeUndefined();
    const context = await subgraph.runtime.contextFor(undefined, '192.0.2.77');
    await context.rateLimit.consume('caseProgress', 'ZW202612030001');
    const { rows } = await subgraph.runtime.database.pool.query<{ count: string }>('SELECT count(*) FROM duty.rate_limits');
    expect(Number(rows[0]?.count)).toBeGreaterThan(0);
  });

  it('gives the runtime no DDL: its pool cannot create, alter, truncate or drop', async () => {
    const { pool } = subgraph.runtime.database;
    for (const sql of [
      'CREATE TABLE duty.extra (id int)',
      'ALTER TABLE duty.notes ADD COLUMN extra text',
      'TRUNCATE duty.notes',
      'DROP TABLE duty.rate_limits',
      'ALTER TABLE duty.notes DISABLE TRIGGER ALL',
    ]) {
      await expect(pool.query(sql), sql).rejects.toMatchObject({ code: '42501' });
    }
    expect((await pool.query('SELECT 1 FROM duty.notes')).rowCount).toBe(2);
  });
});

describe('startSubgraph', () => {
  let database: TestDatabase;
  let started: StartedSubgraph | undefined;
  beforeAll(async () => {
    database = await createTestDatabase('kit_start');
  });
  afterAll(async () => {
    await started?.close();
    await database?.drop();
  });

  it('provisions the roles from an administrative URL and serves on the app role', async () => {
    started = await startSubgraph(fixture, { databaseUrl: database.url, port: 0, seedDemo: false });
    expect(new URL(started.databaseUrls.app).username).toBe('hall_duty_app');
    expect(new URL(started.databaseUrls.owner).username).toBe('hall_duty_owner');
    const response = await fetch(started.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ whoAmI }' }),
    });
    expect(await response.json()).toEqual({ data: { whoAmI: 'hall_duty_app' } });
  });
});
