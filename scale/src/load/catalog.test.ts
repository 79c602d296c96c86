import { catalogSubgraph, type CatalogContext } from '@hall/catalog-subgraph';
import { CLOSING_MINUTE, dayOf, isoOf, localTime } from '@hall/demo-hall';
import { createTestDatabase, type TestDatabase } from '@hall/db/testing';
import { createSubgraphRuntime, openServiceDatabase, prepareDatabase, type SubgraphRuntime } from '@hall/service-kit';
import { tokenFor } from '@hall/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GenerationContext, LoadReport } from '../context';
import { buildOrganisation, type ScaleMatter } from '../organisation';
import { PROFILES } from '../profiles';
import { loadCatalog } from './catalog';

const profile = PROFILES.test;
const UNTIL = '2026-11-20';
const organisation = buildOrganisation(profile);
let testDatabase: TestDatabase;
let catalog: SubgraphRuntime<typeof catalogSubgraph.tables, CatalogContext>;
let report: LoadReport;
let manager: string;

async function execute<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const contextValue = await catalog.contextFor(token ? `Bearer ${token}` : undefined);
  const response = await catalog.apollo.executeOperation<T>({ query, variables }, { contextValue });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  const { data, errors } = response.body.singleResult;
  if (errors?.length || !data) throw new Error(`unexpected errors: ${JSON.stringify(errors)}`);
  return data;
}

beforeAll(async () => {
  testDatabase = await createTestDatabase('scale_catalog');
  const database = openServiceDatabase(catalogSubgraph, testDatabase.url);
  await prepareDatabase(catalogSubgraph, database, { seedDemo: false });
  const context: GenerationContext = {
    profile,
    organisation,
    from: isoOf(dayOf(UNTIL) - profile.days + 1),
    until: UNTIL,
    now: localTime(dayOf(UNTIL), CLOSING_MINUTE),
    databaseUrls: { catalog: testDatabase.url, cases: testDatabase.url, duty: testDatabase.url, inspections: testDatabase.url },
    log: () => undefined,
  };
  report = await loadCatalog(context);
  catalog = createSubgraphRuntime(catalogSubgraph, database);
  await catalog.apollo.start();
  manager = await tokenFor({ sub: 'scale-manager', role: 'manager' });
});

afterAll(async () => {
  await catalog?.apollo.stop();
  await catalog?.database.close();
  await testDatabase?.drop();
});

async function count(table: string): Promise<number> {
  const { rows } = await catalog.database.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
  return rows[0]?.n ?? -1;
}

const haystackOf = (matter: ScaleMatter) =>
  [matter.code, matter.name, ...matter.keywords, ...matter.materials.map((m) => m.name)].join('\n');

type Listed = { matters: Array<{ id: string; code: string; name: string; status: string; version: number; department: { id: string } }> };
const LIST = `query ($filter: MatterFilter, $first: Int) { matters(filter: $filter, first: $first) { id code name status version department { id } } }`;

describe('loadCatalog at test scale', () => {
  it('writes the organisation’s departments and matters with everything they carry', async () => {
    const materials = organisation.matters.reduce((sum, matter) => sum + matter.materials.length, 0);
    const steps = organisation.matters.reduce((sum, matter) => sum + matter.processSteps.length, 0);
    const joint = organisation.matters.reduce((sum, matter) => sum + matter.jointDepartmentIds.length, 0);
    expect(report.service).toBe('catalog');
    expect(report.rows).toEqual({
      'catalog.departments': profile.departments,
      'catalog.department_changes': profile.departments,
      'catalog.matters': profile.matters,
      'catalog.materials': materials,
      'catalog.process_steps': steps,
      'catalog.joint_departments': joint,
      'catalog.matter_changes': profile.matters,
    });
    for (const [table, rows] of Object.entries(report.rows)) expect(await count(table), table).toBe(rows);
    expect(materials).toBeGreaterThan(profile.matters);
    expect(steps).toBeGreaterThan(profile.matters);
    const { rows } = await catalog.database.pool.query<{ action: string; n: number }>(
      `SELECT action, count(*)::int AS n FROM catalog.matter_changes GROUP BY action`,
    );
    expect(rows).toEqual([{ action: 'IMPORT', n: profile.matters }]);
  });

  it('lists every published matter, and a department’s own', async () => {
    const all = (await execute<Listed>(LIST, { first: 200 })).matters;
    expect(all.map((matter) => matter.id).sort()).toEqual(organisation.matters.map((matter) => matter.id).sort());
    expect(all.every((matter) => matter.status === 'PUBLISHED' && matter.version === 1)).toBe(true);
    const department = organisation.departments[1];
    if (!department) throw new Error('no department');
    const own = (await execute<Listed>(LIST, { filter: { departmentId: department.id }, first: 200 }, manager)).matters;
    expect(own.map((matter) => matter.code).sort()).toEqual(
      organisation.matters
        .filter((matter) => matter.departmentId === department.id)
        .map((matter) => matter.code)
        .sort(),
    );
  });

  it('finds a generated matter by its Chinese name, and exactly the matters containing a word', async () => {
    const variant = organisation.matters.find((matter) => matter.name.includes('（'));
    if (!variant) throw new Error('the test profile has no matter variant');
    const byName = (await execute<Listed>(LIST, { filter: { search: variant.name } })).matters;
    expect(byName[0]?.id).toBe(variant.id);

    for (const word of ['营业执照', '身份证', '登记', variant.keywords[0] ?? '证']) {
      const found = (await execute<Listed>(LIST, { filter: { search: word }, first: 200 })).matters;
      const expected = organisation.matters.filter((matter) => haystackOf(matter).toLowerCase().includes(word.toLowerCase()));
      expect(expected.length, word).toBeGreaterThan(0);
      expect(found.map((matter) => matter.code).sort(), word).toEqual(expected.map((matter) => matter.code).sort());
    }
  });

  it('finds a matter by the name of one of its materials (the search terms include the bulk-loaded materials)', async () => {
    const matter = organisation.matters.find((candidate) => candidate.materials.some((material) => material.name.length >= 4));
    const material = matter?.materials.find((candidate) => candidate.name.length >= 4);
    if (!matter || !material) throw new Error('no material');
    const found = (await execute<Listed>(LIST, { filter: { search: material.name }, first: 200 })).matters;
    expect(found.map((candidate) => candidate.id)).toContain(matter.id);
  });
});
