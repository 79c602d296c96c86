import { randomUUID } from 'node:crypto';
import { demoHall } from '@hall/demo-hall';
import { createTestDatabase, type TestDatabase } from '@hall/db/testing';
import { openServiceDatabase, prepareDatabase } from '@hall/service-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDepartments, importMatters, type BulkMatter } from './import';
import { BulkImportRefused, type Database } from '@hall/db';
import type { CatalogTables } from '../db/schema';
import { catalogSubgraph } from '../subgraph';

const hall = demoHall();
let testDatabase: TestDatabase;
let database: Database<CatalogTables>;
const AT = new Date('2026-01-01T00:00:00Z');

beforeAll(async () => {
  testDatabase = await createTestDatabase('catalog_bulk');
  database = openServiceDatabase(catalogSubgraph, testDatabase.url);
  await prepareDatabase(catalogSubgraph, database, { seedDemo: false });
});
afterAll(async () => {
  await database?.close();
  await testDatabase?.drop();
});

async function count(table: string, where = 'true'): Promise<number> {
  const { rows } = await database.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`);
  return rows[0]?.n ?? -1;
}

async function counts(): Promise<Record<string, number>> {
  const tables = ['departments', 'department_changes', 'matters', 'materials', 'process_steps', 'joint_departments', 'matter_changes'];
  return Object.fromEntries(await Promise.all(tables.map(async (table) => [table, await count(`catalog.${table}`)] as const)));
}

/** A demo matter under a new id and code, so the demo matters can be imported again. */
function copyOf(matter: BulkMatter, suffix: string, overrides: Partial<BulkMatter> = {}): BulkMatter {
  return { ...matter, id: randomUUID(), code: `${matter.code}-${suffix}`, ...overrides };
}

const [firstMatter, secondMatter] = hall.matters;
if (!firstMatter || !secondMatter) throw new Error('the demo hall needs matters');

describe('catalog bulk import', () => {
  it('refuses an invalid department and writes nothing', async () => {
    const [good, other] = hall.departments;
    if (!good || !other) throw new Error('no departments');
    await expect(importDepartments(database, [good, { ...other, contactPhone: '电话' }], { at: AT })).rejects.toMatchObject({
      name: 'BulkImportRefused',
      index: 1,
    });
    await expect(importDepartments(database, [good, { ...other, code: good.code }], { at: AT })).rejects.toBeInstanceOf(BulkImportRefused);
    expect(await count('catalog.departments')).toBe(0);
    expect(await count('catalog.department_changes')).toBe(0);
  });

  it('imports departments and matters with their materials, steps, joint departments and IMPORT log entries', async () => {
    const departments = await importDepartments(database, hall.departments, { at: AT, batchSize: 7 });
    expect(departments.rows).toEqual({
      'catalog.departments': hall.departments.length,
      'catalog.department_changes': hall.departments.length,
    });
    const result = await importMatters(database, hall.matters, { at: AT, batchSize: 50 });
    const sum = (of: (matter: (typeof hall.matters)[number]) => number) => hall.matters.reduce((total, matter) => total + of(matter), 0);
    expect(result.rows).toEqual({
      'catalog.matters': hall.matters.length,
      'catalog.materials': sum((matter) => matter.materials.length),
      'catalog.process_steps': sum((matter) => matter.processSteps.length),
      'catalog.joint_departments': sum((matter) => matter.jointDepartmentIds.length),
      'catalog.matter_changes': hall.matters.length,
    });
    expect(await counts()).toEqual({
      departments: hall.departments.length,
      department_changes: hall.departments.length,
      matters: hall.matters.length,
      materials: sum((matter) => matter.materials.length),
      process_steps: sum((matter) => matter.processSteps.length),
      joint_departments: sum((matter) => matter.jointDepartmentIds.length),
      matter_changes: hall.matters.length,
    });
    expect(await count('catalog.matters', `status = 'PUBLISHED' AND version = 1 AND published_at = '2026-01-01T00:00:00Z'`)).toBe(
      hall.matters.length,
    );
    expect(
      await count('catalog.matter_changes', `action = 'IMPORT' AND actor_role = 'system' AND jsonb_array_length(detail->'fields') > 5`),
    ).toBe(hall.matters.length);
    expect(await count('catalog.department_changes', `action = 'IMPORT'`)).toBe(hall.departments.length);
  });

  it('fills the search columns exactly as the triggers do for a created matter (materials included)', async () => {
    const { rows } = await database.pool.query<{ same: boolean; has_material: boolean }>(
      `SELECT search_text = catalog.matter_search_text(id, code, name, keywords) AND search_terms = catalog.text_grams(search_text) AS same,
              search_text LIKE '%' || (SELECT name FROM catalog.materials m WHERE m.matter_id = matters.id ORDER BY position LIMIT 1) || '%' AS has_material
       FROM catalog.matters`,
    );
    expect(rows.length).toBe(hall.matters.length);
    expect(rows.every((row) => row.same && row.has_material)).toBe(true);
  });

  it('refuses invalid matters, duplicates and unknown departments; a refused batch writes nothing', async () => {
    const before = await counts();
    const cases: Array<[string, BulkMatter[]]> = [
      [
        'instant matter committing days',
        [copyOf(firstMatter, 'A'), copyOf(secondMatter, 'B', { kind: 'INSTANT', committedLimitDays: 3, legalLimitDays: 5 })],
      ],
      ['existing code', [copyOf(firstMatter, 'C'), { ...secondMatter, id: randomUUID() }]],
      ['code twice', [copyOf(firstMatter, 'D'), copyOf(secondMatter, 'D', { code: `${firstMatter.code}-D` })]],
      ['unknown department', [copyOf(firstMatter, 'E'), copyOf(secondMatter, 'E', { departmentId: randomUUID(), jointDepartmentIds: [] })]],
      ['not a uuid', [copyOf(firstMatter, 'F', { id: 'matter-1' })]],
    ];
    for (const [label, records] of cases) {
      await expect(importMatters(database, records, { at: AT }), label).rejects.toBeInstanceOf(BulkImportRefused);
    }
    expect(await counts()).toEqual(before);
  });

  it('keeps the batches before a refused one, and nothing of a batch the database fails half-way', async () => {
    const before = await counts();
    // A failure after the matters and materials of the batch were copied: the process steps' COPY fails.
    await database.pool.query(`CREATE FUNCTION catalog.test_fail_step() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.name = '故障环节' THEN RAISE EXCEPTION 'injected failure'; END IF; RETURN NEW; END; $$`);
    await database.pool.query(
      `CREATE TRIGGER test_fail_step BEFORE INSERT ON catalog.process_steps FOR EACH ROW EXECUTE FUNCTION catalog.test_fail_step()`,
    );
    try {
      const failing = copyOf(secondMatter, 'H', {
        processSteps: [{ name: '故障环节', post: '窗口', days: 0 }],
      });
      const records = [copyOf(firstMatter, 'G'), copyOf(secondMatter, 'G'), copyOf(firstMatter, 'H'), failing];
      await expect(importMatters(database, records, { at: AT, batchSize: 2 })).rejects.toThrow(/injected failure/);
    } finally {
      await database.pool.query('DROP TRIGGER test_fail_step ON catalog.process_steps; DROP FUNCTION catalog.test_fail_step()');
    }
    const after = await counts();
    expect(after.matters).toBe((before.matters ?? 0) + 2);
    expect(after.matter_changes).toBe((before.matter_changes ?? 0) + 2);
    expect(after.materials).toBe((before.materials ?? 0) + firstMatter.materials.length + secondMatter.materials.length);
    expect(await count('catalog.matters', `code LIKE '%-G'`)).toBe(2);
    expect(await count('catalog.matters', `code LIKE '%-H'`)).toBe(0);
  });
});
