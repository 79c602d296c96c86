import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provisionServiceRoles, serviceDatabaseFromEnv, serviceRoleNames, type ServiceDatabaseUrls } from './roles';
import { createTestDatabase, type TestDatabase } from './testing';

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** What a service's first migration does, as its owner: its schema, a table with a sequence and an append-only trigger. */
const MIGRATION = (schema: string) => `
  CREATE SCHEMA IF NOT EXISTS drizzle;
  CREATE TABLE IF NOT EXISTS drizzle.${schema}_migrations (id serial PRIMARY KEY, hash text NOT NULL);
  INSERT INTO drizzle.${schema}_migrations (hash) VALUES ('0000');
  CREATE SCHEMA ${schema};
  CREATE TABLE ${schema}.things (id serial PRIMARY KEY, name text NOT NULL);
  CREATE TABLE ${schema}.trail (seq bigint GENERATED ALWAYS AS IDENTITY, note text NOT NULL);
  CREATE FUNCTION ${schema}.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION '${schema}.trail is append-only' USING ERRCODE = '42501'; END $$;
  CREATE TRIGGER trail_append_only BEFORE UPDATE OR DELETE ON ${schema}.trail FOR EACH ROW EXECUTE FUNCTION ${schema}.refuse_change();
  INSERT INTO ${schema}.trail (note) VALUES ('first');
`;

let database: TestDatabase;
let catalog: ServiceDatabaseUrls;
let cases: ServiceDatabaseUrls;

beforeAll(async () => {
  database = await createTestDatabase('roles');
  // One database for two services, as a single DATABASE_URL gives: the strictest case for "no other service's schema".
  catalog = await provisionServiceRoles(database.url, 'catalog');
  cases = await provisionServiceRoles(database.url, 'cases');
  await withClient(catalog.owner, (client) => client.query(MIGRATION('catalog')));
  await withClient(cases.owner, (client) => client.query(MIGRATION('cases')));
});
afterAll(async () => {
  await database?.drop();
});

/** Runs `sql` as the given URL's role inside a rolled-back transaction; the error code when refused, else 'allowed'. */
async function attempt(url: string, sql: string): Promise<string> {
  return withClient(url, async (client) => {
    await client.query('BEGIN');
    try {
      await client.query(sql);
      return 'allowed';
    } catch (error) {
      return (error as { code?: string }).code ?? 'error';
    } finally {
      await client.query('ROLLBACK');
    }
  });
}

describe('service database roles (ADR 0010)', () => {
  it('logs in as ordinary roles named after the service, neither superuser nor able to create roles or databases', async () => {
    expect(new URL(catalog.app).username).toBe(serviceRoleNames('catalog').app);
    expect(new URL(catalog.owner).username).toBe('hall_catalog_owner');
    const { rows } = await withClient(database.url, (client) =>
      client.query<{ rolname: string; rolsuper: boolean; rolcreaterole: boolean; rolcreatedb: boolean; rolbypassrls: boolean }>(
        `SELECT rolname, rolsuper, rolcreaterole, rolcreatedb, rolbypassrls FROM pg_roles WHERE rolname = ANY($1) ORDER BY rolname`,
        [['hall_catalog_app', 'hall_catalog_owner']],
      ),
    );
    expect(rows).toEqual([
      { rolname: 'hall_catalog_app', rolsuper: false, rolcreaterole: false, rolcreatedb: false, rolbypassrls: false },
      { rolname: 'hall_catalog_owner', rolsuper: false, rolcreaterole: false, rolcreatedb: false, rolbypassrls: false },
    ]);
  });

  it('lets the app role read and write its own tables and sequences', async () => {
    await withClient(catalog.app, async (client) => {
      await client.query(`INSERT INTO catalog.things (name) VALUES ('a'), ('b')`);
      await client.query(`UPDATE catalog.things SET name = 'c' WHERE name = 'b'`);
      await client.query(`DELETE FROM catalog.things WHERE name = 'a'`);
      await client.query(`INSERT INTO catalog.trail (note) VALUES ('second')`);
      const { rows } = await client.query<{ name: string }>('SELECT name FROM catalog.things');
      expect(rows).toEqual([{ name: 'c' }]);
    });
  });

  it('refuses the app role every DDL, TRUNCATE, trigger control and another service’s schema; the trigger still holds', async () => {
    const refused = {
      'UPDATE an append-only row': `UPDATE catalog.trail SET note = 'rewritten'`,
      'DELETE an append-only row': `DELETE FROM catalog.trail`,
      TRUNCATE: 'TRUNCATE catalog.trail',
      'DISABLE TRIGGER': 'ALTER TABLE catalog.trail DISABLE TRIGGER ALL',
      'session_replication_role (skips triggers)': 'SET session_replication_role = replica',
      'ALTER TABLE': 'ALTER TABLE catalog.things ADD COLUMN extra text',
      'DROP TABLE': 'DROP TABLE catalog.things',
      'CREATE TABLE in its schema': 'CREATE TABLE catalog.extra (id int)',
      'CREATE TABLE IF NOT EXISTS of an existing table': 'CREATE TABLE IF NOT EXISTS catalog.things (id int)',
      'CREATE TABLE in public': 'CREATE TABLE public.extra (id int)',
      'CREATE TEMP TABLE': 'CREATE TEMP TABLE extra (id int)',
      'CREATE SCHEMA': 'CREATE SCHEMA extra',
      'CREATE FUNCTION': `CREATE FUNCTION catalog.f() RETURNS int LANGUAGE sql AS 'SELECT 1'`,
      setval: `SELECT setval('catalog.things_id_seq', 1)`,
      'read another service’s schema': 'SELECT * FROM cases.things',
      'write another service’s schema': `INSERT INTO cases.things (name) VALUES ('x')`,
      'read the migrations table': 'SELECT * FROM drizzle.catalog_migrations',
      'CREATE ROLE': 'CREATE ROLE intruder',
    };
    const outcomes = Object.fromEntries(
      await Promise.all(Object.entries(refused).map(async ([what, sql]) => [what, await attempt(catalog.app, sql)] as const)),
    );
    for (const [what, outcome] of Object.entries(outcomes)) expect(outcome, what).not.toBe('allowed');
    // The append-only trigger refuses with its own message, not a missing privilege: the app role may UPDATE and DELETE.
    await expect(withClient(catalog.app, (client) => client.query(`DELETE FROM catalog.trail`))).rejects.toThrow(/append-only/);
    // Nothing changed.
    const { rows } = await withClient(catalog.app, (client) => client.query<{ count: string }>('SELECT count(*) FROM catalog.trail'));
    expect(Number(rows[0]?.count)).toBe(2);
  });

  it('refuses the owner role another service’s schema, and gives it no superuser escape from its own triggers', async () => {
    expect(await attempt(catalog.owner, 'SELECT * FROM cases.things')).toBe('42501');
    expect(await attempt(catalog.owner, 'ALTER TABLE cases.things ADD COLUMN extra text')).toBe('42501');
    expect(await attempt(catalog.owner, 'SET session_replication_role = replica')).toBe('42501');
    // Its own schema is its to change (that is what migrations need).
    expect(await attempt(catalog.owner, 'ALTER TABLE catalog.things ADD COLUMN extra text')).toBe('allowed');
  });

  it('grants the app role the tables a later migration adds, through the owner’s default privileges', async () => {
    await withClient(catalog.owner, (client) => client.query('CREATE TABLE catalog.later (id bigserial PRIMARY KEY, note text)'));
    await withClient(catalog.app, async (client) => {
      await client.query(`INSERT INTO catalog.later (note) VALUES ('x')`);
      expect((await client.query('SELECT * FROM catalog.later')).rowCount).toBe(1);
      await expect(client.query('TRUNCATE catalog.later')).rejects.toMatchObject({ code: '42501' });
    });
  });

  it('is idempotent and safe to run concurrently (roles are cluster-wide; every test file provisions them)', async () => {
    const others = await Promise.all([createTestDatabase('roles_a'), createTestDatabase('roles_b')]);
    try {
      const runs = await Promise.all(
        [database, ...others].flatMap((target) =>
          (['catalog', 'cases', 'duty'] as const).flatMap((service) => [
            provisionServiceRoles(target.url, service),
            provisionServiceRoles(target.url, service),
          ]),
        ),
      );
      expect(runs).toHaveLength(18);
      // The passwords are derived, not rotated: what an earlier provisioning handed out still logs in.
      await withClient(catalog.app, (client) => client.query('SELECT 1 FROM catalog.things'));
    } finally {
      await Promise.all(others.map((other) => other.drop()));
    }
  });

  it('hands an older single-role database (tables owned by the administrator) to the owner role once', async () => {
    const legacy = await createTestDatabase('roles_legacy');
    try {
      await withClient(legacy.url, (client) =>
        client.query(`${MIGRATION('duty')}
          CREATE TYPE duty.kind AS ENUM ('a', 'b');
          CREATE TABLE duty.kinds (kind duty.kind NOT NULL);
          CREATE SEQUENCE duty.standalone;`),
      );
      const duty = await provisionServiceRoles(legacy.url, 'duty');
      const { rows } = await withClient(legacy.url, (client) =>
        client.query<{ object: string; owner: string }>(
          `SELECT c.relname AS object, pg_get_userbyid(c.relowner) AS owner FROM pg_class c
            WHERE c.relnamespace = 'duty'::regnamespace AND c.relkind IN ('r', 'S')
           UNION ALL SELECT 'schema', pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = 'duty'
           UNION ALL SELECT 'migrations', pg_get_userbyid(relowner) FROM pg_class WHERE oid = 'drizzle.duty_migrations'::regclass
           UNION ALL SELECT 'enum', pg_get_userbyid(typowner) FROM pg_type WHERE oid = 'duty.kind'::regtype
           UNION ALL SELECT 'function', pg_get_userbyid(proowner) FROM pg_proc WHERE oid = 'duty.refuse_change'::regproc`,
        ),
      );
      expect(rows.length).toBeGreaterThan(8);
      for (const row of rows) expect(row.owner, row.object).toBe('hall_duty_owner');
      await withClient(duty.owner, (client) => client.query('ALTER TABLE duty.things ADD COLUMN extra text'));
      await withClient(duty.app, async (client) => {
        await client.query(`INSERT INTO duty.things (name) VALUES ('x')`);
        await client.query(`INSERT INTO duty.trail (note) VALUES ('x')`);
        await expect(client.query('TRUNCATE duty.things')).rejects.toMatchObject({ code: '42501' });
      });
    } finally {
      await legacy.drop();
    }
  });
});

describe('serviceDatabaseFromEnv', () => {
  const owner = 'postgres://o:p@db/hall';
  const app = 'postgres://a:p@db/hall';
  it('takes the role URLs of a deployment that provisions them itself, both or neither', () => {
    expect(serviceDatabaseFromEnv('cases', { CASES_DATABASE_OWNER_URL: owner, CASES_DATABASE_APP_URL: app, DATABASE_URL: 'x' })).toEqual({
      owner,
      app,
    });
    expect(() => serviceDatabaseFromEnv('cases', { CASES_DATABASE_APP_URL: app })).toThrow(/CASES_DATABASE_OWNER_URL/);
  });
  it('else the administrative URL, the service’s own first', () => {
    expect(serviceDatabaseFromEnv('duty', { DATABASE_URL: 'postgres://all', DUTY_DATABASE_URL: 'postgres://duty' })).toBe(
      'postgres://duty',
    );
    expect(serviceDatabaseFromEnv('duty', { DATABASE_URL: 'postgres://all' })).toBe('postgres://all');
    expect(serviceDatabaseFromEnv('duty', {})).toBeUndefined();
  });
});
