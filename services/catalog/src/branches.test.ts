import { randomUUID } from 'node:crypto';
import { BulkImportRefused } from '@hall/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDepartments } from './bulk/import';
import { demoTokens, hall, startCatalog, type CatalogTestSubgraph, type Tokens } from './test-helpers';

/** Bureaus and their branch offices (上级单位, 分局): one level deep, read in batches, refused with the field named. */

let subgraph: CatalogTestSubgraph;
let tokens: Tokens;
const [bureau, other] = hall.departments;
if (!bureau || !other) throw new Error('the demo hall needs departments');

const CREATE = 'mutation ($input: DepartmentInput!) { createDepartment(input: $input) { id parent { id } } }';
const UPDATE = 'mutation ($id: ID!, $input: DepartmentInput!) { updateDepartment(id: $id, input: $input) { id parent { id } } }';
const branchInput = (code: string, name: string, parentId: string | null) => ({
  code,
  name,
  shortName: name.slice(0, 4),
  hallZone: 'B区',
  contactPhone: '0571-87000001',
  parentId,
});

async function count(table: string): Promise<number> {
  const { rows } = await subgraph.runtime.database.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM catalog.${table}`);
  return rows[0]?.n ?? 0;
}

beforeAll(async () => {
  subgraph = await startCatalog();
  tokens = await demoTokens();
});
afterAll(() => subgraph?.close());

describe('branch offices', () => {
  let branchId: string;

  it('lets the manager create a branch of a bureau; the bureau lists it, with its change logged', async () => {
    const created = await subgraph.execute<{ createDepartment: { id: string; parent: { id: string } | null } }>(
      CREATE,
      { input: branchInput('BRANCHA', `${bureau.name}江北分局`, bureau.id) },
      tokens.manager,
    );
    expect(created.errors).toBeUndefined();
    branchId = created.data?.createDepartment.id ?? '';
    expect(created.data?.createDepartment.parent).toEqual({ id: bureau.id });
    const read = await subgraph.execute<{ department: { branches: Array<{ id: string; parent: { id: string } }> } }>(
      'query ($id: ID!) { department(id: $id) { branches { id parent { id } } } }',
      { id: bureau.id },
    );
    expect(read.data?.department.branches).toEqual([{ id: branchId, parent: { id: bureau.id } }]);
    const changes = await subgraph.execute<{ department: { changes: Array<{ action: string; fields: Array<{ field: string }> }> } }>(
      'query ($id: ID!) { department(id: $id) { changes { action fields { field } } } }',
      { id: branchId },
      tokens.manager,
    );
    expect(changes.data?.department.changes[0]?.fields.map((field) => field.field)).toContain('parentId');
  });

  it('refuses a branch of a branch, a department as its own bureau, an unknown bureau and a bureau becoming a branch, writing nothing', async () => {
    const before = await count('departments');
    const refusals: Array<[string, Record<string, unknown>]> = [
      [CREATE, { input: branchInput('BRANCHB', '二级分局', branchId) }],
      [CREATE, { input: branchInput('BRANCHC', '无主分局', randomUUID()) }],
      [UPDATE, { id: branchId, input: branchInput('BRANCHA', `${bureau.name}江北分局`, branchId) }],
      [UPDATE, { id: bureau.id, input: { ...branchInput(bureau.code, bureau.name, other.id), shortName: bureau.shortName, hallZone: bureau.hallZone, contactPhone: bureau.contactPhone } }],
    ];
    for (const [mutation, variables] of refusals) {
      const result = await subgraph.execute(mutation, variables, tokens.manager);
      expect(result.errors?.[0]?.extensions, JSON.stringify(variables)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
    }
    expect(await count('departments')).toBe(before);
    const bureauNow = await subgraph.execute<{ department: { parent: null } }>('query ($id: ID!) { department(id: $id) { parent { id } } }', { id: bureau.id });
    expect(bureauNow.data?.department.parent).toBeNull();
  });

  it('keeps the bureau when an update leaves parentId out, and clears it with null', async () => {
    const { parentId: _omitted, ...withoutParent } = branchInput('BRANCHA', `${bureau.name}江北分局新址`, null);
    const kept = await subgraph.execute<{ updateDepartment: { parent: { id: string } | null } }>(UPDATE, { id: branchId, input: withoutParent }, tokens.manager);
    expect(kept.data?.updateDepartment.parent).toEqual({ id: bureau.id });
    const cleared = await subgraph.execute<{ updateDepartment: { parent: { id: string } | null } }>(
      UPDATE,
      { id: branchId, input: { ...withoutParent, parentId: null } },
      tokens.manager,
    );
    expect(cleared.data?.updateDepartment.parent).toBeNull();
  });

  it('refuses a department admin', async () => {
    const result = await subgraph.execute(CREATE, { input: branchInput('BRANCHD', '越权分局', bureau.id) }, tokens.ownAdmin);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('reads the bureaus and branches of a whole list in a fixed number of statements', async () => {
    const { result, statements } = await subgraph.runtime.database.statements.measure(() =>
      subgraph.execute<{ departments: Array<{ parent: { id: string } | null; branches: Array<{ id: string }> }> }>(
        '{ departments { id parent { id code } branches { id code } } }',
      ),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.departments.length).toBeGreaterThan(10);
    // The list, the bureaus (one batch), the branches (one batch).
    expect(statements).toBeLessThanOrEqual(3);
  });
});

describe('importing branch offices', () => {
  const record = (code: string, name: string, parentId?: string) => ({ ...branchInput(code, name, null), id: randomUUID(), parentId });

  it('takes a bureau from the catalog or the same batch, and refuses a branch of a branch by row and field, writing none of its batch', async () => {
    const database = subgraph.runtime.database;
    const newBureau = record('IMPBUREAU', '导入局');
    const result = await importDepartments(database, [newBureau, record('IMPBRANCHA', '导入局分局', newBureau.id), record('IMPBRANCHB', `${other.name}分局`, other.id)]);
    expect(result.rows['catalog.departments']).toBe(3);
    const before = await count('departments');
    const branch = record('IMPBRANCHC', '导入分局一', other.id);
    const refused = importDepartments(database, [branch, record('IMPBRANCHD', '导入分局二', branch.id)]);
    await expect(refused).rejects.toBeInstanceOf(BulkImportRefused);
    // Row 2 names a branch as its bureau; row 1, a branch, would have a branch of its own.
    await expect(refused).rejects.toMatchObject({ problems: [{ row: 1, field: 'parentId' }, { row: 2, field: 'parentId' }] });
    expect(await count('departments')).toBe(before);
  });
});
