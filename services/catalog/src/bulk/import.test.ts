import { randomUUID } from 'node:crypto';
import { demoHall } from '@hall/demo-hall';
import { createTestDatabase, type TestDatabase } from '@hall/db/testing';
import { openServiceDatabase, prepareDatabase } from '@hall/service-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDepartments, importMatters, type BulkMatter } from './import';
import { BulkImportRefused, type Database } from '@hall/db';
import type { CatalogTables } from '../db/schema';
import { catalogSubgraph } from '../subgraph';
import { departmentInputSchema, matterInputSchema } from '../resolvers/inputs';

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
      row: 2,
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

  it('refuses what the API refuses, field by field, with the record’s row over the whole import', async () => {
    const before = await counts();
    const withoutLegalBasis = copyOf(secondMatter, 'J');
    Reflect.deleteProperty(withoutLegalBasis, 'legalBasis');
    const matterCases: Array<[string, BulkMatter, string]> = [
      ['a name too long', copyOf(secondMatter, 'J', { name: '事'.repeat(101) }), 'name'],
      ['control characters', copyOf(secondMatter, 'J', { conditions: '申请人\u0007条件' }), 'conditions'],
      ['a kind that does not exist', Object.assign(copyOf(secondMatter, 'J'), { kind: 'FAST' }), 'kind'],
      ['a missing legal basis', withoutLegalBasis, 'legalBasis'],
    ];
    for (const [label, record, field] of matterCases) {
      expect(matterInputSchema.safeParse(record).success, label).toBe(false);
      await expect(
        importMatters(database, [copyOf(firstMatter, 'J'), copyOf(firstMatter, 'K'), record], { at: AT }),
        label,
      ).rejects.toMatchObject({
        name: 'BulkImportRefused',
        row: 3,
        problems: [expect.objectContaining({ row: 3, table: 'catalog.matters', field })],
      });
    }
    const [department] = hall.departments;
    if (!department) throw new Error('no departments');
    const departmentCases: Array<[string, typeof department, string]> = [
      ['a name too long', { ...department, id: randomUUID(), code: 'NEWA', name: '部'.repeat(51) }, 'name'],
      ['control characters', { ...department, id: randomUUID(), code: 'NEWB', name: '新部门', shortName: `新\u001b` }, 'shortName'],
      ['a code the API refuses', { ...department, id: randomUUID(), code: 'new', name: '新部门' }, 'code'],
    ];
    for (const [label, record, field] of departmentCases) {
      expect(departmentInputSchema.safeParse(record).success, label).toBe(false);
      await expect(importDepartments(database, [record], { at: AT }), label).rejects.toMatchObject({
        problems: [expect.objectContaining({ row: 1, table: 'catalog.departments', field })],
      });
    }
    expect(await counts()).toEqual(before);
  });

  it('imports a later version over the published one, before or in the same batch, as publishing it would', async () => {
    const drafted = new Date('2026-03-02T02:00:00Z');
    const published = new Date('2026-03-05T01:30:00Z');
    const editor = { id: 'editor-1', name: '事项管理员', role: 'dept_admin' };
    const laterOf = (first: BulkMatter, version: number, supersedesId: string, extra: string): BulkMatter => ({
      ...first,
      id: randomUUID(),
      version,
      supersedesId,
      draftedAt: drafted,
      publishedAt: published,
      editor,
      keywords: [...first.keywords, extra],
    });
    const stored = copyOf(firstMatter, 'V');
    await importMatters(database, [stored], { at: AT });
    const second = laterOf(stored, 2, stored.id, '新版');
    const chained = copyOf(secondMatter, 'W');
    const chainedSecond = laterOf(chained, 2, chained.id, '二版');
    const chainedThird = laterOf(chainedSecond, 3, chainedSecond.id, '三版');
    const result = await importMatters(database, [second, chained, chainedSecond, chainedThird], { at: AT });
    expect(result.rows['catalog.matters']).toBe(4);
    expect(result.rows['catalog.matter_changes']).toBe(1 + 3 * 3);

    const { rows } = await database.pool.query<{
      id: string;
      status: string;
      based_on_version: number | null;
      superseded_by_id: string | null;
    }>(`SELECT id, status, based_on_version, superseded_by_id FROM catalog.matters WHERE code IN ($1, $2) ORDER BY code, version`, [
      stored.code,
      chained.code,
    ]);
    expect(rows).toEqual([
      { id: stored.id, status: 'WITHDRAWN', based_on_version: null, superseded_by_id: second.id },
      { id: second.id, status: 'PUBLISHED', based_on_version: 1, superseded_by_id: null },
      { id: chained.id, status: 'WITHDRAWN', based_on_version: null, superseded_by_id: chainedSecond.id },
      { id: chainedSecond.id, status: 'WITHDRAWN', based_on_version: 1, superseded_by_id: chainedThird.id },
      { id: chainedThird.id, status: 'PUBLISHED', based_on_version: 2, superseded_by_id: null },
    ]);
    expect(
      await count('catalog.matters', `id = '${stored.id}' AND withdrawn_at = '${published.toISOString()}' AND updated_at = withdrawn_at`),
    ).toBe(1);
    expect(
      await count(
        'catalog.matters',
        `id = '${second.id}' AND created_at = '${drafted.toISOString()}' AND published_at = '${published.toISOString()}'`,
      ),
    ).toBe(1);

    const changes = await database.pool.query<{
      matter_id: string;
      action: string;
      actor_name: string | null;
      detail: { fields: Array<{ field: string; to: unknown }> };
    }>(`SELECT matter_id, action, actor_name, detail FROM catalog.matter_changes WHERE matter_id IN ($1, $2) ORDER BY seq`, [
      stored.id,
      second.id,
    ]);
    expect(changes.rows.map((row) => [row.matter_id, row.action, row.actor_name])).toEqual([
      [stored.id, 'IMPORT', null],
      [second.id, 'NEW_VERSION', editor.name],
      [stored.id, 'SUPERSEDE', editor.name],
      [second.id, 'PUBLISH', editor.name],
    ]);
    expect(changes.rows[1]?.detail.fields).toEqual([
      { field: 'basedOnVersion', from: null, to: 1 },
      { field: 'keywords', from: stored.keywords, to: second.keywords },
    ]);
    expect(changes.rows[3]?.detail.fields).toContainEqual({ field: 'supersedes', from: null, to: stored.id });
  });

  it('refuses a later version without a published predecessor of its code, and writes nothing', async () => {
    const before = await counts();
    const base = copyOf(firstMatter, 'X');
    const later = (overrides: Partial<BulkMatter>): BulkMatter => ({
      ...base,
      id: randomUUID(),
      version: 2,
      supersedesId: base.id,
      ...overrides,
    });
    const cases: Array<[string, BulkMatter[], string]> = [
      ['no predecessor named', [base, later({ supersedesId: null })], 'supersedesId'],
      ['an unknown predecessor', [base, later({ supersedesId: randomUUID() })], 'supersedesId'],
      ['a predecessor of another code', [base, later({ code: `${base.code}-Y` })], 'supersedesId'],
      ['a predecessor imported after it', [later({}), base], 'supersedesId'],
      ['one version superseded twice', [base, later({}), later({ version: 3 })], 'supersedesId'],
      ['a version 1 superseding another', [base, later({ version: 1, code: `${base.code}-Z` })], 'supersedesId'],
    ];
    for (const [label, records, field] of cases) {
      await expect(importMatters(database, records, { at: AT }), label).rejects.toMatchObject({
        problems: [expect.objectContaining({ table: 'catalog.matters', field })],
      });
    }
    expect(await counts()).toEqual(before);
  });
});
