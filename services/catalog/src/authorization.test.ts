import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CREATE,
  PUBLISH,
  UPDATE,
  WITHDRAW,
  dataOf,
  demoTokens,
  errorCode,
  hall,
  matterInput,
  otherDepartment,
  ownDepartment,
  publishedMatter,
  startCatalog,
  thirdDepartment,
  type CatalogTestSubgraph,
  type MatterResult,
  type Tokens,
} from './test-helpers';

let subgraph: CatalogTestSubgraph;
let tokens: Tokens;
let publishedId: string;
let draftId: string;
let inactiveDepartmentId: string;

const CREATE_DEPARTMENT = `mutation ($input: DepartmentInput!) { createDepartment(input: $input) { id code active } }`;
const UPDATE_DEPARTMENT = `mutation ($id: ID!, $input: DepartmentInput!) { updateDepartment(id: $id, input: $input) { id name contactPhone } }`;
const DEACTIVATE = `mutation ($id: ID!) { deactivateDepartment(id: $id) { id active } }`;
const REACTIVATE = `mutation ($id: ID!) { reactivateDepartment(id: $id) { id active } }`;

const departmentInput = (overrides: Record<string, unknown> = {}) => ({
  code: 'TYJ',
  name: '体育局',
  shortName: '体育',
  hallZone: '二楼西区',
  contactPhone: '0571-86001234',
  ...overrides,
});

/** A fingerprint of every catalog table: equal before and after means nothing changed. */
async function fingerprint(): Promise<Record<string, string>> {
  const tables = ['departments', 'matters', 'materials', 'process_steps', 'joint_departments', 'matter_changes', 'department_changes'];
  const result: Record<string, string> = {};
  for (const table of tables) {
    const { rows } = await subgraph.runtime.database.pool.query<{ digest: string | null }>(
      `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM catalog.${table} AS t`,
    );
    result[table] = rows[0]?.digest ?? '';
  }
  return result;
}

beforeAll(async () => {
  subgraph = await startCatalog();
  tokens = await demoTokens();
  publishedId = await publishedMatter(subgraph, tokens.ownAdmin, { code: 'AUTH-PUB-001' });
  draftId = dataOf(
    await subgraph.execute<{ createMatter: MatterResult }>(CREATE, { input: matterInput({ code: 'AUTH-DRAFT-001' }) }, tokens.ownAdmin),
  ).createMatter.id;
  inactiveDepartmentId = dataOf(
    await subgraph.execute<{ createDepartment: { id: string } }>(
      CREATE_DEPARTMENT,
      { input: departmentInput({ code: 'CSJ', name: '测试局', shortName: '测试' }) },
      tokens.manager,
    ),
  ).createDepartment.id;
  dataOf(await subgraph.execute(DEACTIVATE, { id: inactiveDepartmentId }, tokens.manager));
});
afterAll(() => subgraph?.close());

type Who = keyof Tokens | 'anonymous';
const tokenOf = (who: Who) => (who === 'anonymous' ? undefined : tokens[who]);
const NOT_EDITORS: Who[] = ['anonymous', 'citizen', 'staff', 'supervisor', 'otherAdmin'];

describe('who edits matters', () => {
  it.each(NOT_EDITORS)('refuses %s every matter mutation with FORBIDDEN and changes nothing', async (who) => {
    const before = await fingerprint();
    const token = tokenOf(who);
    expect(errorCode(await subgraph.execute(CREATE, { input: matterInput({ code: 'AUTH-NEW-001' }) }, token))).toBe('FORBIDDEN');
    expect(errorCode(await subgraph.execute(UPDATE, { id: publishedId, input: matterInput({ code: 'AUTH-PUB-001' }) }, token))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await subgraph.execute(WITHDRAW, { id: publishedId }, token))).toBe('FORBIDDEN');
    // A draft of another department is not even visible to them.
    expect(errorCode(await subgraph.execute(PUBLISH, { id: draftId }, token))).toMatch(/FORBIDDEN|NOT_FOUND/);
    expect(await fingerprint()).toEqual(before);
  });

  it("refuses a department admin moving its matter into another department's hands", async () => {
    const before = await fingerprint();
    const moved = await subgraph.execute(
      UPDATE,
      { id: draftId, input: matterInput({ code: 'AUTH-DRAFT-001', departmentId: otherDepartment.id, jointDepartmentIds: [] }) },
      tokens.ownAdmin,
    );
    expect(errorCode(moved)).toBe('FORBIDDEN');
    const foreign = await subgraph.execute(
      CREATE,
      { input: matterInput({ code: 'AUTH-FOREIGN', departmentId: otherDepartment.id, jointDepartmentIds: [] }) },
      tokens.ownAdmin,
    );
    expect(errorCode(foreign)).toBe('FORBIDDEN');
    expect(await fingerprint()).toEqual(before);
  });

  it('lets the manager edit every department and the department admin its own', async () => {
    const managerMade = await subgraph.execute<{ createMatter: MatterResult }>(
      CREATE,
      { input: matterInput({ code: 'AUTH-MGR-001', departmentId: otherDepartment.id, jointDepartmentIds: [] }) },
      tokens.manager,
    );
    expect(managerMade.errors).toBeUndefined();
    const ownEdit = await subgraph.execute<{ updateMatter: MatterResult }>(
      UPDATE,
      { id: draftId, input: matterInput({ code: 'AUTH-DRAFT-001', name: '改名后的草稿' }) },
      tokens.ownAdmin,
    );
    expect(ownEdit.data?.updateMatter).toMatchObject({ id: draftId, status: 'DRAFT' });
    const otherEdits = await subgraph.execute(
      UPDATE,
      {
        id: managerMade.data?.createMatter.id,
        input: matterInput({ code: 'AUTH-MGR-001', departmentId: otherDepartment.id, jointDepartmentIds: [] }),
      },
      tokens.otherAdmin,
    );
    expect(otherEdits.errors).toBeUndefined();
  });
});

describe('who reads matters', () => {
  const MATTER = `query ($id: ID!) { matter(id: $id) { id status } }`;
  const ENTITIES = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Matter { id } } }`;

  it.each(['anonymous', 'citizen', 'staff', 'supervisor', 'otherAdmin'] as Who[])(
    'shows %s published matters but no drafts',
    async (who) => {
      const token = tokenOf(who);
      expect(dataOf(await subgraph.execute<{ matter: unknown }>(MATTER, { id: publishedId }, token)).matter).toEqual({
        id: publishedId,
        status: 'PUBLISHED',
      });
      expect(dataOf(await subgraph.execute<{ matter: unknown }>(MATTER, { id: draftId }, token)).matter).toBeNull();
      const entities = dataOf(
        await subgraph.execute<{ _entities: unknown[] }>(ENTITIES, { representations: [{ __typename: 'Matter', id: draftId }] }, token),
      );
      expect(entities._entities).toEqual([null]);
      const versions = dataOf(
        await subgraph.execute<{ matterVersions: Array<{ status: string }> }>(
          `{ matterVersions(code: "AUTH-DRAFT-001") { status } }`,
          {},
          token,
        ),
      );
      expect(versions.matterVersions).toEqual([]);
      if (who !== 'otherAdmin') {
        for (const status of ['DRAFT', 'WITHDRAWN']) {
          expect(
            errorCode(
              await subgraph.execute(`query ($status: MatterStatus) { matters(filter: { status: $status }) { id } }`, { status }, token),
            ),
          ).toBe('FORBIDDEN');
        }
      }
    },
  );

  it('shows drafts to their department admin and the manager', async () => {
    for (const token of [tokens.ownAdmin, tokens.manager]) {
      expect(dataOf(await subgraph.execute<{ matter: unknown }>(MATTER, { id: draftId }, token)).matter).toEqual({
        id: draftId,
        status: 'DRAFT',
      });
    }
    const own = dataOf(
      await subgraph.execute<{ matters: Array<{ id: string }> }>(
        `{ matters(filter: { status: DRAFT }, first: 200) { id } }`,
        {},
        tokens.ownAdmin,
      ),
    );
    expect(own.matters.map((matter) => matter.id)).toContain(draftId);
    const other = dataOf(
      await subgraph.execute<{ matters: Array<{ id: string }> }>(
        `{ matters(filter: { status: DRAFT }, first: 200) { id } }`,
        {},
        tokens.otherAdmin,
      ),
    );
    expect(other.matters.map((matter) => matter.id)).not.toContain(draftId);
    const asking = await subgraph.execute(
      `query ($d: ID) { matters(filter: { status: DRAFT, departmentId: $d }) { id } }`,
      { d: ownDepartment.id },
      tokens.otherAdmin,
    );
    expect(errorCode(asking)).toBe('FORBIDDEN');
  });
});

describe('bad input changes nothing', () => {
  const cases: Array<[string, Record<string, unknown>]> = [
    ['a committed limit above the legal one', { committedLimitDays: 21 }],
    ['an instant matter committing days', { kind: 'INSTANT', committedLimitDays: 1, processSteps: [] }],
    ['a negative limit', { legalLimitDays: -1 }],
    ['a fee without basis', { feeYuan: 20 }],
    ['a fee basis on a free matter', { feeBasis: '某文件' }],
    ['a fee of 0', { feeYuan: 0, feeBasis: '某文件' }],
    ['process steps longer than the committed limit', { processSteps: [{ name: '审查', post: '经办人', days: 6 }] }],
    ['the own department as joint approver', { jointDepartmentIds: [ownDepartment.id] }],
    ['a joint approver twice', { jointDepartmentIds: [thirdDepartment.id, thirdDepartment.id] }],
    ['an unknown joint approver', { jointDepartmentIds: ['00000000-0000-4000-8000-000000000000'] }],
    ['an inactive joint approver', { jointDepartmentIds: ['INACTIVE'] }],
    ['an unknown department', { departmentId: '00000000-0000-4000-8000-000000000000' }],
    ['a repeated channel', { channels: ['WINDOW', 'WINDOW'] }],
    ['no channel', { channels: [] }],
    ['a conditional material without its condition', { materials: [{ name: '委托书', form: 'ORIGINAL', required: false }] }],
    ['a required material with a condition', { materials: [{ name: '委托书', form: 'ORIGINAL', required: true, condition: '委托的' }] }],
    [
      'a material twice',
      {
        materials: [
          { name: '申请书', form: 'ORIGINAL' },
          { name: '申请书', form: 'COPY' },
        ],
      },
    ],
    ['a sample template that is not a link', { materials: [{ name: '申请书', form: 'ORIGINAL', sampleTemplate: 'javascript:alert(1)' }] }],
    ['no legal basis', { legalBasis: [] }],
    ['a malformed code', { code: '事项 1' }],
    ['a control character', { name: '测试\u0007事项' }],
    ['an overlong appeal route', { appealRoute: '复'.repeat(1001) }],
  ];

  const withInactive = (overrides: Record<string, unknown>) =>
    overrides.jointDepartmentIds && (overrides.jointDepartmentIds as string[])[0] === 'INACTIVE'
      ? { ...overrides, jointDepartmentIds: [inactiveDepartmentId] }
      : overrides;

  it.each(cases)('refuses %s with BAD_USER_INPUT on create, draft edit and new version', async (_label, overrides) => {
    const before = await fingerprint();
    const input = withInactive(overrides);
    const created = await subgraph.execute(CREATE, { input: matterInput({ code: 'AUTH-BAD-001', ...input }) }, tokens.manager);
    expect(errorCode(created)).toBe('BAD_USER_INPUT');
    const edited = await subgraph.execute(
      UPDATE,
      { id: draftId, input: matterInput({ code: 'AUTH-DRAFT-001', ...input }) },
      tokens.manager,
    );
    expect(errorCode(edited)).toBe('BAD_USER_INPUT');
    const versioned = await subgraph.execute(
      UPDATE,
      { id: publishedId, input: matterInput({ code: 'AUTH-PUB-001', ...input }) },
      tokens.manager,
    );
    expect(errorCode(versioned)).toBe('BAD_USER_INPUT');
    expect(await fingerprint()).toEqual(before);
  });

  it('names the offending field', async () => {
    const result = await subgraph.execute(CREATE, { input: matterInput({ code: 'AUTH-BAD-002', committedLimitDays: 25 }) }, tokens.manager);
    expect(result.errors?.[0]?.message).toContain('committedLimitDays');
    const steps = await subgraph.execute(
      CREATE,
      { input: matterInput({ code: 'AUTH-BAD-002', processSteps: [{ name: '审查', post: '经办人', days: 9 }] }) },
      tokens.manager,
    );
    expect(steps.errors?.[0]?.message).toMatch(/processSteps: the steps take 9 working days, more than the committed 5/);
  });

  it('refuses a malformed id with BAD_USER_INPUT and an unknown one with NOT_FOUND', async () => {
    expect(errorCode(await subgraph.execute(PUBLISH, { id: 'not-a-uuid' }, tokens.manager))).toBe('BAD_USER_INPUT');
    expect(errorCode(await subgraph.execute(PUBLISH, { id: '00000000-0000-4000-8000-000000000000' }, tokens.manager))).toBe('NOT_FOUND');
    expect(errorCode(await subgraph.execute(`{ matterVersions(code: "no such code!") { id } }`))).toBe('BAD_USER_INPUT');
  });
});

describe('departments management', () => {
  it.each(['anonymous', 'citizen', 'staff', 'supervisor', 'ownAdmin'] as Who[])(
    'is the manager’s alone: %s is refused with FORBIDDEN',
    async (who) => {
      const before = await fingerprint();
      const token = tokenOf(who);
      expect(errorCode(await subgraph.execute(CREATE_DEPARTMENT, { input: departmentInput() }, token))).toBe('FORBIDDEN');
      expect(
        errorCode(
          await subgraph.execute(UPDATE_DEPARTMENT, { id: ownDepartment.id, input: departmentInput({ code: ownDepartment.code }) }, token),
        ),
      ).toBe('FORBIDDEN');
      expect(errorCode(await subgraph.execute(DEACTIVATE, { id: ownDepartment.id }, token))).toBe('FORBIDDEN');
      expect(errorCode(await subgraph.execute(REACTIVATE, { id: inactiveDepartmentId }, token))).toBe('FORBIDDEN');
      expect(errorCode(await subgraph.execute(`{ departments(includeInactive: true) { id } }`, {}, token))).toBe('FORBIDDEN');
      expect(await fingerprint()).toEqual(before);
    },
  );

  it('creates, updates, deactivates and reactivates a department, logging each change', async () => {
    const created = dataOf(
      await subgraph.execute<{ createDepartment: { id: string; code: string; active: boolean } }>(
        CREATE_DEPARTMENT,
        { input: departmentInput() },
        tokens.manager,
      ),
    ).createDepartment;
    expect(created).toMatchObject({ code: 'TYJ', active: true });
    const listed = dataOf(await subgraph.execute<{ departments: Array<{ code: string }> }>(`{ departments { code } }`));
    expect(listed.departments.map((department) => department.code)).toContain('TYJ');

    const updated = dataOf(
      await subgraph.execute<{ updateDepartment: { contactPhone: string } }>(
        UPDATE_DEPARTMENT,
        { id: created.id, input: departmentInput({ contactPhone: '0571-86009999' }) },
        tokens.manager,
      ),
    );
    expect(updated.updateDepartment.contactPhone).toBe('0571-86009999');

    // A department with a published matter cannot be deactivated.
    await publishedMatter(subgraph, tokens.manager, { code: 'AUTH-TYJ-001', departmentId: created.id, jointDepartmentIds: [] });
    const before = await fingerprint();
    const refused = await subgraph.execute(DEACTIVATE, { id: created.id }, tokens.manager);
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toMatch(/1 published matters/);
    expect(await fingerprint()).toEqual(before);
    const [published] = dataOf(
      await subgraph.execute<{ matters: Array<{ id: string }> }>(`query ($d: ID) { matters(filter: { departmentId: $d }) { id } }`, {
        d: created.id,
      }),
    ).matters;
    dataOf(await subgraph.execute(WITHDRAW, { id: published?.id }, tokens.manager));

    expect(
      dataOf(await subgraph.execute<{ deactivateDepartment: { active: boolean } }>(DEACTIVATE, { id: created.id }, tokens.manager))
        .deactivateDepartment.active,
    ).toBe(false);
    const active = dataOf(await subgraph.execute<{ departments: Array<{ code: string }> }>(`{ departments { code } }`));
    expect(active.departments.map((department) => department.code)).not.toContain('TYJ');
    const all = dataOf(
      await subgraph.execute<{ departments: Array<{ code: string; active: boolean }> }>(
        `{ departments(includeInactive: true) { code active } }`,
        {},
        tokens.manager,
      ),
    );
    expect(all.departments.find((department) => department.code === 'TYJ')).toEqual({ code: 'TYJ', active: false });
    // Still resolvable by id (other subgraphs keep referencing it).
    const entity = dataOf(
      await subgraph.execute<{ _entities: unknown[] }>(
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Department { code active } } }`,
        { r: [{ __typename: 'Department', id: created.id }] },
      ),
    );
    expect(entity._entities).toEqual([{ code: 'TYJ', active: false }]);
    // No new matter may be led by an inactive department.
    expect(
      errorCode(
        await subgraph.execute(
          CREATE,
          { input: matterInput({ code: 'AUTH-TYJ-002', departmentId: created.id, jointDepartmentIds: [] }) },
          tokens.manager,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(errorCode(await subgraph.execute(DEACTIVATE, { id: created.id }, tokens.manager))).toBe('CONFLICT');

    dataOf(await subgraph.execute(REACTIVATE, { id: created.id }, tokens.manager));
    const log = dataOf(
      await subgraph.execute<{
        department: {
          changes: Array<{ action: string; actorRole: string; fields: Array<{ field: string; from: string | null; to: string | null }> }>;
        };
      }>(
        `query ($id: ID!) { department(id: $id) { changes { action actorRole fields { field from to } } } }`,
        { id: created.id },
        tokens.manager,
      ),
    ).department.changes;
    expect(log.map((change) => change.action)).toEqual(['CREATE', 'UPDATE', 'DEACTIVATE', 'REACTIVATE']);
    expect(log[1]?.fields).toEqual([{ field: 'contactPhone', from: '"0571-86001234"', to: '"0571-86009999"' }]);
    expect(log.every((change) => change.actorRole === 'manager')).toBe(true);
  });

  it('lets only the manager and the department’s own admin read a department’s change log', async () => {
    const QUERY = `query ($id: ID!) { department(id: $id) { changes { action } } }`;
    expect(
      dataOf(
        await subgraph.execute<{ department: { changes: Array<{ action: string }> } }>(QUERY, { id: ownDepartment.id }, tokens.ownAdmin),
      ).department.changes,
    ).toEqual([{ action: 'IMPORT' }]);
    for (const who of ['anonymous', 'staff', 'otherAdmin'] as Who[]) {
      expect(errorCode(await subgraph.execute(QUERY, { id: ownDepartment.id }, tokenOf(who)))).toBe('FORBIDDEN');
    }
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a lowercase code', { code: 'tyj2' }, 'BAD_USER_INPUT'],
    ['a bad phone', { code: 'TYJB', contactPhone: '12345678' }, 'BAD_USER_INPUT'],
    ['an empty name', { code: 'TYJB', name: ' ' }, 'BAD_USER_INPUT'],
    ['a code in use', { code: hall.departments[3]?.code, name: '新部门' }, 'CONFLICT'],
    ['a name in use', { code: 'TYJB', name: hall.departments[3]?.name }, 'CONFLICT'],
  ])('refuses creating a department with %s and changes nothing', async (_label, overrides, code) => {
    const before = await fingerprint();
    expect(errorCode(await subgraph.execute(CREATE_DEPARTMENT, { input: departmentInput(overrides) }, tokens.manager))).toBe(code);
    expect(await fingerprint()).toEqual(before);
  });

  it('refuses changing a department code or taking another’s name, and changes nothing', async () => {
    const before = await fingerprint();
    const base = {
      code: ownDepartment.code,
      name: ownDepartment.name,
      shortName: ownDepartment.shortName,
      hallZone: ownDepartment.hallZone,
      contactPhone: ownDepartment.contactPhone,
    };
    expect(
      errorCode(await subgraph.execute(UPDATE_DEPARTMENT, { id: ownDepartment.id, input: { ...base, code: 'NEWCODE' } }, tokens.manager)),
    ).toBe('BAD_USER_INPUT');
    expect(
      errorCode(
        await subgraph.execute(UPDATE_DEPARTMENT, { id: ownDepartment.id, input: { ...base, name: otherDepartment.name } }, tokens.manager),
      ),
    ).toBe('CONFLICT');
    expect(
      errorCode(await subgraph.execute(UPDATE_DEPARTMENT, { id: '00000000-0000-4000-8000-000000000000', input: base }, tokens.manager)),
    ).toBe('NOT_FOUND');
    // The unchanged record is no change at all.
    expect(dataOf(await subgraph.execute(UPDATE_DEPARTMENT, { id: ownDepartment.id, input: base }, tokens.manager))).toBeTruthy();
    expect(await fingerprint()).toEqual(before);
  });
});
