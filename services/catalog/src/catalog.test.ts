import { demoHall, demoUsers } from '@hall/db/demo';
import { createTestSubgraph, tokenFor, type TestSubgraph } from '@hall/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogContext } from './context';
import type { CatalogTables } from './db/schema';
import { catalogSubgraph } from './subgraph';

const hall = demoHall();
const users = demoUsers(hall);
const [firstDepartment, secondDepartment] = hall.departments;
if (!firstDepartment || !secondDepartment) throw new Error('demo hall needs departments');

let subgraph: TestSubgraph<CatalogTables, CatalogContext>;
let managerToken: string;
let ownAdminToken: string;
let otherAdminToken: string;
let staffToken: string;

async function tokenOf(role: string, departmentId?: string): Promise<string> {
  const user = users.find((candidate) => candidate.role === role && (!departmentId || candidate.dept === departmentId));
  if (!user) throw new Error(`no demo ${role}`);
  return tokenFor({ sub: user.id, role: user.role, dept: user.dept, staffId: user.staffId, supervisorId: user.supervisorId });
}

beforeAll(async () => {
  subgraph = await createTestSubgraph(catalogSubgraph, { seedDemo: true });
  managerToken = await tokenOf('manager');
  ownAdminToken = await tokenOf('dept_admin', firstDepartment.id);
  otherAdminToken = await tokenOf('dept_admin', secondDepartment.id);
  staffToken = await tokenOf('staff');
});
afterAll(() => subgraph?.close());

const matterInput = (overrides: Record<string, unknown> = {}) => ({
  code: 'TEST-XK-001',
  name: '测试许可事项',
  departmentId: firstDepartment.id,
  kind: 'COMMITTED',
  category: 'PERMIT',
  legalLimitDays: 20,
  committedLimitDays: 5,
  channels: ['WINDOW', 'ONLINE'],
  keywords: ['测试'],
  conditions: '申请人符合法定条件',
  legalBasis: ['《中华人民共和国行政许可法》第二十九条'],
  materials: [{ name: '申请书', form: 'ORIGINAL' }],
  ...overrides,
});

const CREATE = `mutation ($input: MatterInput!) { createMatter(input: $input) { id status version compressionRate department { id } } }`;
const COUNT = `{ matters(filter: { status: DRAFT }, first: 200) { id } }`;

describe('catalog queries', () => {
  it('lists the seeded departments by code with their published matters', async () => {
    const result = await subgraph.execute<{ departments: Array<{ code: string; matters: Array<{ status: string }> }> }>(
      `{ departments { code name matters { name status } } }`,
    );
    expect(result.errors).toBeUndefined();
    const codes = result.data?.departments.map((department) => department.code) ?? [];
    expect(codes.length).toBeGreaterThanOrEqual(12);
    expect(codes).toEqual([...codes].sort());
    expect(result.data?.departments.flatMap((department) => department.matters).every((matter) => matter.status === 'PUBLISHED')).toBe(true);
  });

  it('finds matters by a Chinese word in their name, keywords or materials', async () => {
    const result = await subgraph.execute<{ matters: Array<{ name: string; keywords: string[]; materials: Array<{ name: string }> }> }>(
      `{ matters(filter: { search: "营业执照" }) { name keywords materials { name } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.matters.length).toBeGreaterThan(0);
    for (const matter of result.data?.matters ?? []) {
      const haystack = [matter.name, ...matter.keywords, ...matter.materials.map((material) => material.name)].join(' ');
      expect(haystack).toContain('营业执照');
    }
  });

  it('treats % and _ in a search as plain characters', async () => {
    const result = await subgraph.execute<{ matters: unknown[] }>(`{ matters(filter: { search: "%" }) { id } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.matters).toEqual([]);
  });

  it('refuses a malformed id and an oversized page with BAD_USER_INPUT', async () => {
    const badId = await subgraph.execute(`{ matter(id: "1; DROP TABLE matters") { id } }`);
    expect(badId.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const hugePage = await subgraph.execute(`{ matters(first: 100000) { id } }`);
    expect(hugePage.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a forged token with UNAUTHENTICATED', async () => {
    await expect(subgraph.runtime.contextFor('Bearer not.a.token')).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});

describe('federation', () => {
  it('resolves a batch of Matter references with one SQL statement', async () => {
    const ids = hall.matters.slice(0, 5).map((matter) => matter.id);
    const { result, statements } = await subgraph.runtime.database.statements.measure(() =>
      subgraph.execute<{ _entities: Array<{ id: string; name: string }> }>(
        `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Matter { id name } } }`,
        { representations: ids.map((id) => ({ __typename: 'Matter', id })) },
      ),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities.map((entity) => entity.id)).toEqual(ids);
    expect(statements).toBe(1);
  });

  it('resolves a batch of Department references with one SQL statement', async () => {
    const ids = hall.departments.slice(0, 6).map((department) => department.id);
    const { result, statements } = await subgraph.runtime.database.statements.measure(() =>
      subgraph.execute<{ _entities: Array<{ code: string }> }>(
        `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Department { id code } } }`,
        { representations: ids.map((id) => ({ __typename: 'Department', id })) },
      ),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toHaveLength(6);
    expect(statements).toBe(1);
  });

  it('loads the materials of a whole list of matters in one statement', async () => {
    const { result, statements } = await subgraph.runtime.database.statements.measure(() =>
      subgraph.execute(`{ matters(first: 60) { id materials { name } } }`),
    );
    expect(result.errors).toBeUndefined();
    expect(statements).toBe(2);
  });
});

describe('matter lifecycle and authorization', () => {
  it('refuses a committed limit above the legal limit and changes nothing', async () => {
    const before = await subgraph.execute<{ matters: unknown[] }>(COUNT, {}, managerToken);
    const result = await subgraph.execute(CREATE, { input: matterInput({ code: 'TEST-BAD-1', committedLimitDays: 25 }) }, managerToken);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('committedLimitDays');
    const after = await subgraph.execute<{ matters: unknown[] }>(COUNT, {}, managerToken);
    expect(after.data?.matters).toHaveLength(before.data?.matters.length ?? -1);
  });

  it('refuses an instant matter that commits days', async () => {
    const result = await subgraph.execute(CREATE, { input: matterInput({ code: 'TEST-BAD-2', kind: 'INSTANT', committedLimitDays: 1 }) }, managerToken);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it.each([
    ['the public', undefined],
    ['window staff', 'staff'],
    ["another department's admin", 'other'],
  ])('refuses %s creating a matter with FORBIDDEN', async (_label, who) => {
    const token = who === 'staff' ? staffToken : who === 'other' ? otherAdminToken : undefined;
    const result = await subgraph.execute(CREATE, { input: matterInput({ code: 'TEST-FORBID' }) }, token);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('takes a matter from draft to published to withdrawn, visible to the public only once published', async () => {
    const created = await subgraph.execute<{ createMatter: { id: string; status: string; compressionRate: number } }>(
      CREATE,
      { input: matterInput() },
      ownAdminToken,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data?.createMatter.id;
    expect(created.data?.createMatter).toMatchObject({ status: 'DRAFT', compressionRate: 0.75 });

    const hidden = await subgraph.execute<{ matter: unknown }>(`query ($id: ID!) { matter(id: $id) { id } }`, { id });
    expect(hidden.data?.matter).toBeNull();

    const duplicate = await subgraph.execute(CREATE, { input: matterInput() }, ownAdminToken);
    expect(duplicate.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const published = await subgraph.execute<{ publishMatter: { status: string } }>(
      `mutation ($id: ID!) { publishMatter(id: $id) { status } }`,
      { id },
      ownAdminToken,
    );
    expect(published.data?.publishMatter.status).toBe('PUBLISHED');
    const visible = await subgraph.execute<{ matter: { name: string } }>(`query ($id: ID!) { matter(id: $id) { name } }`, { id });
    expect(visible.data?.matter.name).toBe('测试许可事项');

    const again = await subgraph.execute(`mutation ($id: ID!) { publishMatter(id: $id) { status } }`, { id }, ownAdminToken);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const edit = await subgraph.execute(`mutation ($id: ID!, $input: MatterInput!) { updateMatter(id: $id, input: $input) { id } }`, { id, input: matterInput({ name: '改名' }) }, ownAdminToken);
    expect(edit.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const otherWithdraw = await subgraph.execute(`mutation ($id: ID!) { withdrawMatter(id: $id) { status } }`, { id }, otherAdminToken);
    expect(otherWithdraw.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const withdrawn = await subgraph.execute<{ withdrawMatter: { status: string } }>(`mutation ($id: ID!) { withdrawMatter(id: $id) { status } }`, { id }, managerToken);
    expect(withdrawn.data?.withdrawMatter.status).toBe('WITHDRAWN');
  });

  it('lists drafts to the department admin and the manager but refuses them to staff', async () => {
    expect((await subgraph.execute(COUNT, {}, staffToken)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await subgraph.execute(COUNT, {}, ownAdminToken)).errors).toBeUndefined();
  });
});
