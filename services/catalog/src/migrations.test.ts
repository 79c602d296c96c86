import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, migrateService, type Database } from '@hall/db';
import { createTestDatabase, type TestDatabase } from '@hall/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogSubgraph } from './subgraph';
import { tables } from './db/schema';

/**
 * A catalog database made by issue 2 (migration 0000 only), with the rows that code could write, must migrate to the
 * current schema without losing anything and with its old rows brought to the new rules.
 */
let testDatabase: TestDatabase;
let database: Database<typeof tables>;
let firstMigrationOnly: string;

const DEPARTMENT = '1c84bf45-19a5-555a-a563-620cabdfa14f';
const MATTER = 'a7d5c3f0-0000-4000-8000-000000000001';

beforeAll(async () => {
  testDatabase = await createTestDatabase('catalog_migrations');
  database = createDatabase({ url: testDatabase.url, schema: tables, applicationName: 'hall-catalog-migrations-test' });
  firstMigrationOnly = mkdtempSync(join(tmpdir(), 'catalog-0000-'));
  cpSync(join(catalogSubgraph.migrationsFolder, '0000_init.sql'), join(firstMigrationOnly, '0000_init.sql'));
  const journal = JSON.parse(readFileSync(join(catalogSubgraph.migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: unknown[];
  };
  cpSync(join(catalogSubgraph.migrationsFolder, 'meta'), join(firstMigrationOnly, 'meta'), { recursive: true });
  writeFileSync(join(firstMigrationOnly, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries: journal.entries.slice(0, 1) }));
});

afterAll(async () => {
  await database?.close();
  await testDatabase?.drop();
  rmSync(firstMigrationOnly, { recursive: true, force: true });
});

describe('migrations', () => {
  it('upgrades an issue-2 catalog with its rows', async () => {
    await migrateService(database.db, database.pool, 'catalog', firstMigrationOnly);
    const pool = database.pool;
    await pool.query(
      `INSERT INTO catalog.departments (id, code, name, short_name, hall_zone, contact_phone) VALUES ($1, 'SCJG', '市场监督管理局', '市场监管', 'A区', '0571-81234567')`,
      [DEPARTMENT],
    );
    // Issue 2 let a fee of 0 through without a basis.
    await pool.query(
      `INSERT INTO catalog.matters (id, code, department_id, name, kind, category, legal_limit_days, committed_limit_days, fee_yuan, channels, keywords, conditions, legal_basis, status)
       VALUES ($1, 'OLD-XK-001', $2, '旧事项餐饮许可', 'COMMITTED', 'PERMIT', 20, 5, 0, '{WINDOW}', '{餐饮}', '条件', '{《某法》}', 'PUBLISHED')`,
      [MATTER, DEPARTMENT],
    );
    await pool.query(
      `INSERT INTO catalog.materials (matter_id, position, name, form, source) VALUES ($1, 0, '营业执照', 'COPY', '申请人自备')`,
      [MATTER],
    );
    await pool.query(
      `INSERT INTO catalog.matter_changes (matter_id, action, actor_role, detail) VALUES ($1, 'create', 'manager', '{"code":"OLD-XK-001"}'), ($1, 'DRAFT->PUBLISHED', 'manager', '{}')`,
      [MATTER],
    );

    await migrateService(database.db, database.pool, 'catalog', catalogSubgraph.migrationsFolder);

    const { rows: matters } = await pool.query(`SELECT fee_yuan, fee_basis, search_text, search_terms FROM catalog.matters`);
    expect(matters).toHaveLength(1);
    expect(matters[0]).toMatchObject({ fee_yuan: null, fee_basis: null, search_text: 'OLD-XK-001\n旧事项餐饮许可\n餐饮\n营业执照' });
    expect(matters[0].search_terms).toEqual(expect.arrayContaining(['餐饮', '执照', '旧', 'ol']));
    const { rows: changes } = await pool.query(`SELECT action, detail FROM catalog.matter_changes ORDER BY seq`);
    expect(changes).toEqual([
      { action: 'CREATE', detail: { code: 'OLD-XK-001', fields: [] } },
      { action: 'PUBLISH', detail: { fields: [] } },
    ]);
    await expect(pool.query(`DELETE FROM catalog.matter_changes`)).rejects.toMatchObject({ code: '42501' });
  });
});
