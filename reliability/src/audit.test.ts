// Suite 7: the tables that prove the commitment refuse UPDATE, DELETE and TRUNCATE from the database role every
// subgraph really runs as (its app role, ADR 0010), not only from the API; and that role has no DDL, no trigger control
// and no other service's schema. The triggers also hold against the owner role, short of it disabling them.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SERVICE_NAMES, serviceRoleNames, type ServiceName } from '@hall/db';
import { createTestDatabase, type TestDatabase } from '@hall/db/testing';
import { openPreparedDatabase } from '@hall/service-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportFigures } from './support/figures';
import { MODULES, migratedDatabase, withClient, type ServiceDatabase } from './support/services';

/**
 * Every append-only table, with the rows the rule covers (`where`): some tables lock a row only once its
 * inspection is submitted. A test below checks that this list covers every append-only trigger in the migrations.
 */
const APPEND_ONLY: Array<{ service: ServiceName; table: string; where: string }> = [
  { service: 'cases', table: 'case_events', where: 'true' },
  { service: 'cases', table: 'evaluation_actions', where: 'true' },
  { service: 'cases', table: 'recognitions', where: 'true' },
  { service: 'cases', table: 'published_reports', where: 'true' },
  { service: 'catalog', table: 'matter_changes', where: 'true' },
  { service: 'catalog', table: 'department_changes', where: 'true' },
  { service: 'inspections', table: 'amendments', where: 'true' },
  { service: 'inspections', table: 'rectification_events', where: 'true' },
  { service: 'inspections', table: 'checklist_templates', where: 'true' },
  { service: 'inspections', table: 'inspections', where: `status = 'SUBMITTED'` },
  {
    service: 'inspections',
    table: 'item_results',
    where: `inspection_id IN (SELECT id FROM inspections.inspections WHERE status = 'SUBMITTED')`,
  },
  {
    service: 'inspections',
    table: 'findings',
    where: `inspection_id IN (SELECT id FROM inspections.inspections WHERE status = 'SUBMITTED')`,
  },
  {
    service: 'inspections',
    table: 'evidence',
    where: `inspection_id IN (SELECT id FROM inspections.inspections WHERE status = 'SUBMITTED') OR rectification_id IS NOT NULL`,
  },
];

const SERVICES = [...new Set(APPEND_ONLY.map((entry) => entry.service))];

/** Tables that a migration protects with a refusing trigger (`... BEFORE UPDATE OR DELETE ON "schema"."table"`). */
function protectedTablesInMigrations(service: ServiceName): string[] {
  const folder = fileURLToPath(new URL(`../../services/${service}/drizzle/`, import.meta.url));
  const tables = new Set<string>();
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.sql'))) {
    const sql = readFileSync(folder + file, 'utf8');
    for (const match of sql.matchAll(
      /BEFORE (?:INSERT OR )?UPDATE OR DELETE ON "\w+"\."(\w+)"\s+FOR EACH ROW EXECUTE FUNCTION "\w+"\."refuse_\w+"/g,
    )) {
      if (match[1]) tables.add(match[1]);
    }
  }
  return [...tables].sort();
}

const databases = new Map<ServiceName, ServiceDatabase>();
/** One database holding all four schemas, as a single DATABASE_URL deployment has. */
let shared: TestDatabase;
/** A table of each service to aim at (its first, alphabetically). */
const someTable = new Map<ServiceName, string>();
type Attempt = { role: 'app' | 'owner'; target: string; operation: string; refused: boolean; code: string };
const attempts: Attempt[] = [];

/** Runs `sql` as `url`'s role in a rolled-back transaction and records whether it was refused (and with which code). */
async function attack(url: string, role: Attempt['role'], target: string, operation: string, sql: string): Promise<Attempt> {
  const outcome = await withClient(url, async (client) => {
    await client.query('BEGIN');
    try {
      await client.query(sql);
      return { refused: false, code: 'allowed' };
    } catch (error) {
      return { refused: true, code: (error as { code?: string }).code ?? 'error' };
    } finally {
      await client.query('ROLLBACK');
    }
  });
  const attempt = { role, target, operation, ...outcome };
  attempts.push(attempt);
  return attempt;
}

function database(service: ServiceName): ServiceDatabase {
  const found = databases.get(service);
  if (!found) throw new Error(`no ${service} database`);
  return found;
}

beforeAll(async () => {
  const seeded = await Promise.all(SERVICE_NAMES.map((service) => migratedDatabase(service, SERVICES.includes(service))));
  for (const entry of seeded) databases.set(entry.name, entry);
  // The demo hall has no amendment and no rectification evidence yet: add one of each to attack.
  await withClient(database('inspections').url, async (client) => {
    await client.query(
      `INSERT INTO inspections.amendments (inspection_id, reason, changes)
       SELECT id, 'audit suite', '[]'::jsonb FROM inspections.inspections WHERE status = 'SUBMITTED' LIMIT 1`,
    );
    await client.query(
      `INSERT INTO inspections.evidence (rectification_id, kind, mime_type, file_name, size, sha256, content)
       SELECT id, 'PHOTO', 'image/jpeg', 'audit.jpg', 3, 'x', '\\x010203'::bytea FROM inspections.rectifications LIMIT 1`,
    );
  });
  // Nor a confirmed recognition (服务明星 / 流动红旗), nor a published monthly report.
  await withClient(database('cases').url, async (client) => {
    await client.query(
      `INSERT INTO cases.recognitions (month, kind, subject_id, note, confirmed_by, confirmed_at)
       VALUES ('2026-10', 'SERVICE_STAR', gen_random_uuid(), 'audit suite', 'audit', now())`,
    );
    await client.query(`INSERT INTO cases.published_reports (month, report, published_by, published_at) VALUES ('2026-10', '{}'::jsonb, 'audit', now())`);
  });
  for (const service of SERVICE_NAMES) {
    const { rows } = await withClient(database(service).url, (client) =>
      client.query<{ name: string }>(`SELECT min(tablename) AS name FROM pg_tables WHERE schemaname = $1 AND tablename <> 'rate_limits'`, [
        service,
      ]),
    );
    someTable.set(service, `${service}.${rows[0]?.name ?? ''}`);
  }
  shared = await createTestDatabase('rel_shared');
  for (const service of SERVICE_NAMES) {
    const module = MODULES[service] as typeof MODULES.catalog;
    const prepared = await openPreparedDatabase(module, shared.url, { seedDemo: false });
    await prepared.database.close();
  }
});

afterAll(async () => {
  await Promise.all([...databases.values()].map((entry) => entry.drop()));
  await shared?.drop();
  const app = attempts.filter((attempt) => attempt.role === 'app');
  const owner = attempts.filter((attempt) => attempt.role === 'owner');
  reportFigures('audit', {
    tables: APPEND_ONLY.length,
    role: 'hall_<service>_app',
    attempts: app.length,
    refused: app.filter((attempt) => attempt.refused).length,
    allowed: app.filter((attempt) => !attempt.refused).length,
    byOperation: Object.fromEntries(
      [...new Set(app.map((attempt) => attempt.operation))].map((operation) => [
        operation,
        app.filter((attempt) => attempt.operation === operation && attempt.refused).length,
      ]),
    ),
    ownerTriggerAttempts: owner.length,
    ownerTriggerRefused: owner.filter((attempt) => attempt.refused).length,
  });
});

describe('append-only tables (suite 7)', () => {
  it('lists every table a migration protects', () => {
    for (const service of SERVICES) {
      const listed = APPEND_ONLY.filter((entry) => entry.service === service)
        .map((entry) => entry.table)
        .sort();
      expect(protectedTablesInMigrations(service), service).toEqual(listed);
    }
  });

  it('attacks the role the kit runs every subgraph as: an ordinary login that writes the service’s other tables', async () => {
    for (const service of SERVICE_NAMES) {
      const { app } = database(service).roles;
      await withClient(app, async (client) => {
        const { rows } = await client.query<{ user: string; rolsuper: boolean }>(
          'SELECT current_user AS user, rolsuper FROM pg_roles WHERE rolname = current_user',
        );
        expect(rows[0]).toEqual({ user: serviceRoleNames(service).app, rolsuper: false });
      });
    }
    await withClient(database('cases').roles.app, async (client) => {
      await client.query('BEGIN');
      const updated = await client.query('UPDATE cases.cases SET version = version WHERE true');
      await client.query('ROLLBACK');
      expect(updated.rowCount).toBeGreaterThan(0);
    });
  });

  for (const entry of APPEND_ONLY) {
    it(`${entry.service}.${entry.table} refuses the app role UPDATE, DELETE, TRUNCATE, trigger control, ALTER and DROP`, async () => {
      const { roles } = database(entry.service);
      const qualified = `${entry.service}.${entry.table}`;
      await withClient(roles.app, async (client) => {
        const { rows } = await client.query<{ count: string }>(`SELECT count(*) FROM ${qualified} WHERE ${entry.where}`);
        expect(Number(rows[0]?.count), `${qualified} needs rows to attack`).toBeGreaterThan(0);
      });
      const operations = {
        UPDATE: `UPDATE ${qualified} SET id = id WHERE ${entry.where}`,
        DELETE: `DELETE FROM ${qualified} WHERE ${entry.where}`,
        TRUNCATE: `TRUNCATE ${qualified} CASCADE`,
        'DISABLE TRIGGER': `ALTER TABLE ${qualified} DISABLE TRIGGER ALL`,
        'ALTER TABLE': `ALTER TABLE ${qualified} ADD COLUMN audit_extra text`,
        'DROP TABLE': `DROP TABLE ${qualified} CASCADE`,
      };
      for (const [operation, sql] of Object.entries(operations)) {
        const outcome = await attack(roles.app, 'app', qualified, operation, sql);
        expect(outcome.refused, `${operation} on ${qualified}: ${outcome.code}`).toBe(true);
      }
      // The owner (the migrating role) is refused the same rows by the triggers themselves.
      for (const operation of ['UPDATE', 'DELETE', 'TRUNCATE'] as const) {
        const outcome = await attack(roles.owner, 'owner', qualified, operation, operations[operation]);
        expect(outcome.refused, `owner ${operation} on ${qualified}: ${outcome.code}`).toBe(true);
      }
    });
  }

  for (const service of SERVICE_NAMES) {
    it(`${service}: the app role has no DDL, no trigger escape and no other service’s schema`, async () => {
      const { roles } = database(service);
      const table = someTable.get(service) ?? '';
      const operations = {
        'CREATE TABLE in its schema': `CREATE TABLE ${service}.audit_extra (id int)`,
        'CREATE TABLE in public': 'CREATE TABLE public.audit_extra (id int)',
        'CREATE TEMP TABLE': 'CREATE TEMP TABLE audit_extra (id int)',
        'CREATE SCHEMA': 'CREATE SCHEMA audit_extra',
        'CREATE FUNCTION': `CREATE FUNCTION ${service}.audit_extra() RETURNS int LANGUAGE sql AS 'SELECT 1'`,
        'ALTER TABLE': `ALTER TABLE ${table} ADD COLUMN audit_extra text`,
        'DROP TABLE': `DROP TABLE ${table} CASCADE`,
        TRUNCATE: `TRUNCATE ${table} CASCADE`,
        'DISABLE TRIGGER': `ALTER TABLE ${table} DISABLE TRIGGER ALL`,
        session_replication_role: 'SET session_replication_role = replica',
      };
      for (const [operation, sql] of Object.entries(operations)) {
        const outcome = await attack(roles.app, 'app', service, operation, sql);
        expect(outcome.refused, `${operation} as ${service}: ${outcome.code}`).toBe(true);
      }
      for (const other of SERVICE_NAMES.filter((name) => name !== service)) {
        const target = someTable.get(other) ?? '';
        // In the other service's own database (its schema is there: the refusal is a privilege, 42501, not a missing table)…
        const own = await attack(
          onDatabase(roles.app, database(other).url),
          'app',
          target,
          'read another service’s schema',
          `SELECT * FROM ${target} LIMIT 1`,
        );
        expect(own.code, `${service} reading ${target} in its database`).toBe('42501');
        // …and in one database holding every schema.
        const sharedApp = onDatabase(roles.app, shared.url);
        const inShared = await attack(sharedApp, 'app', target, 'read another service’s schema', `SELECT * FROM ${target} LIMIT 1`);
        expect(inShared.code, `${service} reading ${target} in a shared database`).toBe('42501');
        const write = await attack(sharedApp, 'app', target, 'write another service’s schema', `DELETE FROM ${target}`);
        expect(write.code, `${service} deleting from ${target} in a shared database`).toBe('42501');
      }
    });
  }
});

/** The same role on another database (roles are cluster-wide; their privileges are granted per database). */
function onDatabase(url: string, databaseUrl: string): string {
  const parsed = new URL(url);
  parsed.pathname = new URL(databaseUrl).pathname;
  return parsed.toString();
}
