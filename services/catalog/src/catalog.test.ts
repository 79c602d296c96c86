import { demoHall, demoUsers } from '@hall/demo-hall';
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
    expect(result.data?.departments.flatMap((department) => department.matters).every((matter) => matter.status === 'PUBLISHED')).toBe(
      true,
    );
  });

  it('counts every published matter of a department, also beyond the first page of matters', async () => {
    const result = await subgraph.execute<{ departments: Array<{ publishedMatterCount: number; all: unknown[]; page: unknown[] }> }>(
      `{ departments { publishedMatterCount all: matters(first: 200) { id } page: matters(first: 1) { id } } }`,
    );
    expect(result.errors).toBeUndefined();
    const departments = result.data?.departments ?? [];
    const busiest = departments.reduce((most, department) => Math.max(most, department.all.length), 0);
    expect(busiest).toBeGreaterThan(1);
    for (const department of departments) {
      expect(department.publishedMatterCount).toBe(department.all.length);
      expect(department.page.length).toBe(Math.min(1, department.all.length));
    }
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
    const hugePage = await subgraph.execute(`{ matters(first: 1000) { id } }`);
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
    const result = await subgraph.execute(
      CREATE,
      { input: matterInput({ code: 'TEST-BAD-2', kind: 'INSTANT', committedLimitDays: 1 }) },
      managerToken,
    );
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

    // Editing the published version makes a new draft version; the published one is left as it was.
    const edit = await subgraph.execute<{ updateMatter: { id: string; version: number; status: string } }>(
      `mutation ($id: ID!, $input: MatterInput!) { updateMatter(id: $id, input: $input) { id version status } }`,
      { id, input: matterInput({ name: '改名' }) },
      ownAdminToken,
    );
    expect(edit.data?.updateMatter).toMatchObject({ version: 2, status: 'DRAFT' });
    expect(edit.data?.updateMatter.id).not.toBe(id);
    const unchanged = await subgraph.execute<{ matter: { name: string; status: string } }>(
      `query ($id: ID!) { matter(id: $id) { name status } }`,
      { id },
    );
    expect(unchanged.data?.matter).toEqual({ name: '测试许可事项', status: 'PUBLISHED' });

    const otherWithdraw = await subgraph.execute(`mutation ($id: ID!) { withdrawMatter(id: $id) { status } }`, { id }, otherAdminToken);
    expect(otherWithdraw.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const withdrawn = await subgraph.execute<{ withdrawMatter: { status: string } }>(
      `mutation ($id: ID!) { withdrawMatter(id: $id) { status } }`,
      { id },
      managerToken,
    );
    expect(withdrawn.data?.withdrawMatter.status).toBe('WITHDRAWN');
  });

  it('lists drafts to the department admin and the manager but refuses them to staff', async () => {
    expect((await subgraph.execute(COUNT, {}, staffToken)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await subgraph.execute(COUNT, {}, ownAdminToken)).errors).toBeUndefined();
  });
});

describe('the service guide of a matter', () => {
  const GUIDE_FIELDS = `id code name isFree feeYuan feeBasis onSiteInspection refusalGrounds appealRoute
    processSteps { name post days }
    jointDepartments { id code }
    materials { name form copies required condition source notes sampleTemplate }`;

  it('serves process steps, joint approval, refusal grounds, appeal route and sample templates of the demo hall', async () => {
    const food = hall.matters.find((matter) => matter.name === '食品经营许可证核发');
    if (!food) throw new Error('missing demo matter');
    const result = await subgraph.execute<{ matter: Record<string, unknown> & { materials: Array<{ sampleTemplate: string | null }> } }>(
      `query ($id: ID!) { matter(id: $id) { ${GUIDE_FIELDS} } }`,
      { id: food.id },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.matter).toMatchObject({
      isFree: true,
      onSiteInspection: true,
      refusalGrounds: food.refusalGrounds,
      appealRoute: food.appealRoute,
      processSteps: food.processSteps,
      jointDepartments: [],
    });
    expect(result.data?.matter.materials.map((material) => material.sampleTemplate)).toEqual(
      food.materials.map((material) => material.sampleTemplate ?? null),
    );

    const founding = hall.matters.find((matter) => matter.name === '企业设立登记');
    const joint = await subgraph.execute<{ matter: { jointDepartments: Array<{ id: string; code: string }> } }>(
      `query ($id: ID!) { matter(id: $id) { jointDepartments { id code } } }`,
      { id: founding?.id },
    );
    expect(joint.data?.matter.jointDepartments.map((department) => department.code)).toEqual(['SWJ', 'GAJ']);
  });

  it('loads the guide of a whole page of matters in a fixed number of statements', async () => {
    const { result, statements } = await subgraph.runtime.database.statements.measure(() =>
      subgraph.execute(`{ matters(first: 80) { ${GUIDE_FIELDS} department { name } } }`),
    );
    expect(result.errors).toBeUndefined();
    // The list, materials, steps, joint-department ids, then the departments of both (one batch).
    expect(statements).toBeLessThanOrEqual(5);
  });

  it('stores and returns every field of a new matter as written', async () => {
    const guide = {
      refusalGrounds: ['不属于本部门职权范围的', '提供虚假材料的'],
      appealRoute: '六十日内申请行政复议',
      processSteps: [
        { name: '受理', post: '窗口', days: 0 },
        { name: '现场核查', post: '核查人员', days: 2 },
        { name: '决定', post: '负责人', days: 3 },
      ],
    };
    const input = matterInput({
      ...guide,
      code: 'TEST-FULL-001',
      feeYuan: 50,
      feeBasis: '《某收费标准》',
      onSiteInspection: true,
      jointDepartmentIds: [secondDepartment.id],
      materials: [
        {
          name: '申请书',
          form: 'ORIGINAL',
          copies: 1,
          required: true,
          source: '窗口领取',
          sampleTemplate: '/templates/TEST-FULL-001/1.pdf',
        },
        { name: '委托书', form: 'COPY', copies: 2, required: false, condition: '委托办理的', source: '申请人自备', notes: '加盖公章' },
      ],
    });
    const created = await subgraph.execute<{ createMatter: Record<string, unknown> }>(
      `mutation ($input: MatterInput!) { createMatter(input: $input) { ${GUIDE_FIELDS} } }`,
      { input },
      managerToken,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createMatter).toMatchObject({
      isFree: false,
      feeYuan: 50,
      onSiteInspection: true,
      jointDepartments: [{ id: secondDepartment.id }],
      ...guide,
      materials: [
        { name: '申请书', condition: null, notes: null, sampleTemplate: '/templates/TEST-FULL-001/1.pdf' },
        { name: '委托书', form: 'COPY', copies: 2, required: false, condition: '委托办理的', notes: '加盖公章', sampleTemplate: null },
      ],
    });
  });
});
