// Suite 7: the tables that prove the commitment refuse UPDATE, DELETE and TRUNCATE even from a login role with
// every privilege on the service's schema (what a service's own database user has), not only from the API.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ServiceName } from '@hall/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportFigures } from './support/figures';
import { migratedDatabase, withClient, type ServiceDatabase } from './support/services';

/**
 * Every append-only table, with the rows the rule covers (`where`): some tables lock a row only once its
 * inspection is submitted. A test below checks that this list covers every append-only trigger in the migrations.
 */
const APPEND_ONLY: Array<{ service: ServiceName; table: string; where: string }> = [
  { service: 'cases', table: 'case_events', where: 'true' },
  { service: 'cases', table: 'evaluation_actions', where: 'true' },
  { service: 'cases', table: 'recognitions', where: 'true' },
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
const role = `hall_audit_${randomBytes(4).toString('hex')}`;
const password = randomBytes(12).toString('hex');
const attempts: Array<{ table: string; operation: string; refused: boolean; message: string }> = [];

function asRole(url: string): string {
  const parsed = new URL(url);
  parsed.username = role;
  parsed.password = password;
  return parsed.toString();
}

beforeAll(async () => {
  for (const service of SERVICES) databases.set(service, await migratedDatabase(service, true));
  const inspections = databases.get('inspections');
  if (!inspections) throw new Error('no database');
  // The demo hall has no amendment and no rectification evidence yet: add one of each to attack.
  await withClient(inspections.url, async (client) => {
    await client.query(
      `INSERT INTO inspections.amendments (inspection_id, reason, changes)
       SELECT id, 'audit suite', '[]'::jsonb FROM inspections.inspections WHERE status = 'SUBMITTED' LIMIT 1`,
    );
    await client.query(
      `INSERT INTO inspections.evidence (rectification_id, kind, mime_type, file_name, size, sha256, content)
       SELECT id, 'PHOTO', 'image/jpeg', 'audit.jpg', 3, 'x', '\\x010203'::bytea FROM inspections.rectifications LIMIT 1`,
    );
  });
  const first = databases.get('cases');
  if (!first) throw new Error('no database');
  // Nor a confirmed recognition (服务明星 / 流动红旗).
  await withClient(first.url, (client) =>
    client.query(
      `INSERT INTO cases.recognitions (month, kind, subject_id, note, confirmed_by, confirmed_at)
       VALUES ('2026-10', 'SERVICE_STAR', gen_random_uuid(), 'audit suite', 'audit', now())`,
    ),
  );
  await withClient(first.url, (client) => client.query(`CREATE ROLE ${role} LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD '${password}'`));
  for (const [service, database] of databases) {
    await withClient(database.url, async (client) => {
      await client.query(`GRANT ALL PRIVILEGES ON DATABASE "${new URL(database.url).pathname.slice(1)}" TO ${role}`);
      await client.query(`GRANT ALL PRIVILEGES ON SCHEMA ${service} TO ${role}`);
      await client.query(`GRANT ALL PRIVILEGES ON ALL TABLES IN SCHEMA ${service} TO ${role}`);
      await client.query(`GRANT ALL PRIVILEGES ON ALL SEQUENCES IN SCHEMA ${service} TO ${role}`);
    });
  }
});

afterAll(async () => {
  for (const [service, database] of databases) {
    await withClient(database.url, async (client) => {
      await client.query(`REVOKE ALL PRIVILEGES ON ALL TABLES IN SCHEMA ${service} FROM ${role}`);
      await client.query(`REVOKE ALL PRIVILEGES ON ALL SEQUENCES IN SCHEMA ${service} FROM ${role}`);
      await client.query(`REVOKE ALL PRIVILEGES ON SCHEMA ${service} FROM ${role}`);
      await client.query(`REVOKE ALL PRIVILEGES ON DATABASE "${new URL(database.url).pathname.slice(1)}" FROM ${role}`);
    });
  }
  const first = databases.get('cases');
  if (first) await withClient(first.url, (client) => client.query(`DROP ROLE IF EXISTS ${role}`));
  await Promise.all([...databases.values()].map((database) => database.drop()));
  const refused = attempts.filter((attempt) => attempt.refused).length;
  reportFigures('audit', { tables: APPEND_ONLY.length, attempts: attempts.length, refused, allowed: attempts.length - refused });
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

  it('the role is an ordinary login with full privileges (it can write the service’s other tables)', async () => {
    const database = databases.get('cases');
    if (!database) throw new Error('no database');
    await withClient(asRole(database.url), async (client) => {
      const { rows } = await client.query<{ rolsuper: boolean }>('SELECT rolsuper FROM pg_roles WHERE rolname = current_user');
      expect(rows[0]?.rolsuper).toBe(false);
      await client.query('BEGIN');
      const updated = await client.query('UPDATE cases.cases SET version = version WHERE true');
      await client.query('ROLLBACK');
      expect(updated.rowCount).toBeGreaterThan(0);
    });
  });

  for (const entry of APPEND_ONLY) {
    it(`${entry.service}.${entry.table} refuses UPDATE, DELETE and TRUNCATE`, async () => {
      const database = databases.get(entry.service);
      if (!database) throw new Error('no database');
      const qualified = `${entry.service}.${entry.table}`;
      await withClient(asRole(database.url), async (client) => {
        const { rows } = await client.query<{ count: string }>(`SELECT count(*) FROM ${qualified} WHERE ${entry.where}`);
        expect(Number(rows[0]?.count), `${qualified} needs rows to attack`).toBeGreaterThan(0);
        const operations = {
          UPDATE: `UPDATE ${qualified} SET id = id WHERE ${entry.where}`,
          DELETE: `DELETE FROM ${qualified} WHERE ${entry.where}`,
          TRUNCATE: `TRUNCATE ${qualified} CASCADE`,
          'DISABLE TRIGGER': `ALTER TABLE ${qualified} DISABLE TRIGGER ALL`,
        };
        for (const [operation, sql] of Object.entries(operations)) {
          await client.query('BEGIN');
          const outcome = await client.query(sql).then(
            (result) => ({ refused: false, message: `${result.rowCount ?? 0} rows` }),
            (error: unknown) => ({ refused: true, message: (error as Error).message }),
          );
          await client.query('ROLLBACK');
          attempts.push({ table: qualified, operation, ...outcome });
          expect(outcome.refused, `${operation} on ${qualified}: ${outcome.message}`).toBe(true);
        }
      });
    });
  }
});
