import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCasesSubgraph } from './subgraph';
import { createTestSubgraph } from '@hall/service-kit/testing';
import { dutyDirectory } from './ports/duty';
import { catalogMatterDirectory } from './ports/matters';
import { applicant, departmentFixture, GENEROUS_RATE_LIMITS, hall, startHarness, tokens, type CasesHarness } from './test-helpers';

const gaj = departmentFixture('GAJ');
const scjg = departmentFixture('SCJG');
const ownWindow = hall.windows.find((window) => window.departmentIds.includes(gaj.department.id));
const foreignWindow = hall.windows.find((window) => !window.departmentIds.includes(gaj.department.id));
if (!ownWindow || !foreignWindow) throw new Error('the demo hall needs windows in and out of GAJ');

let harness: CasesHarness;
let staff: string;
let admin: string;
let manager: string;
let seq = 0;

beforeAll(async () => {
  harness = await startHarness({ seedDemo: false });
  harness.setNow(new Date('2026-11-20T02:00:00Z'));
  staff = await tokens.staff(gaj.department.id, gaj.clerk.id);
  admin = await tokens.deptAdmin(gaj.department.id);
  manager = await tokens.manager();
});
afterAll(() => harness?.close());

const REGISTER = `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id number window { id } firstOwner { id } } }`;

async function count(table: string): Promise<number> {
  const { rows } = await harness.subgraph.runtime.database.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM cases.${table}`);
  return rows[0]?.n ?? 0;
}

async function registration(extra: Record<string, unknown>, token = staff) {
  seq += 1;
  return harness.subgraph.execute<{ registerCase: { id: string; window: { id: string } | null; firstOwner: { id: string } } }>(
    REGISTER,
    { input: { matterId: gaj.committed.id, ...applicant(seq), ...extra } },
    token,
  );
}

describe('registerCase asks the duty subgraph who and where', () => {
  it('registers at the department’s own window with its own staff member as first owner', async () => {
    const result = await registration({ windowId: ownWindow.id, firstOwnerStaffId: gaj.clerk.id }, admin);
    expect(result.errors).toBeUndefined();
    expect(result.data?.registerCase).toMatchObject({ window: { id: ownWindow.id }, firstOwner: { id: gaj.clerk.id } });
  });

  it('refuses another department’s staff or window, and ids nobody knows, writing nothing', async () => {
    const before = { cases: await count('cases'), events: await count('case_events'), counters: await count('number_counters') };
    const codes = [];
    for (const [extra, token] of [
      [{ firstOwnerStaffId: scjg.clerk.id }, admin],
      [{ firstOwnerStaffId: scjg.clerk.id }, manager],
      [{ windowId: foreignWindow.id }, staff],
      [{ firstOwnerStaffId: randomUUID() }, manager],
      [{ windowId: randomUUID() }, staff],
    ] as const) {
      codes.push((await registration(extra, token)).errors?.[0]?.extensions?.code);
    }
    expect(codes).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'BAD_USER_INPUT', 'BAD_USER_INPUT']);
    // A staff member registering names themself by default: another department's staff token cannot register here at all.
    const foreignStaff = await tokens.staff(scjg.department.id, scjg.clerk.id);
    expect((await registration({}, foreignStaff)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect({ cases: await count('cases'), events: await count('case_events'), counters: await count('number_counters') }).toEqual(before);
  });

  it('refers a case only to a department the catalog knows', async () => {
    const created = await registration({});
    const id = created.data?.registerCase.id;
    const REFER = `mutation ($id: ID!, $to: ID!) { referCase(id: $id, expectedVersion: 1, toDepartmentId: $to, reason: "不属本部门职责") { status } }`;
    const refused = await harness.subgraph.execute(REFER, { id, to: randomUUID() }, staff);
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const { rows } = await harness.subgraph.runtime.database.pool.query<{ status: string; version: number }>('SELECT status, version FROM cases.cases WHERE id = $1', [id]);
    expect(rows[0]).toEqual({ status: 'SUBMITTED', version: 1 });
    const referred = await harness.subgraph.execute(REFER, { id, to: scjg.department.id }, staff);
    expect(referred.errors).toBeUndefined();
  });

  it('answers SERVICE_UNAVAILABLE, writing nothing, when the duty subgraph cannot be reached', async () => {
    const unreachable = await createTestSubgraph(
      createCasesSubgraph({ matters: catalogMatterDirectory(harness.catalogUrl), duty: dutyDirectory('http://127.0.0.1:9/graphql') }),
      { seedDemo: false, rateLimits: GENEROUS_RATE_LIMITS },
    );
    try {
      const result = await unreachable.execute(REGISTER, { input: { matterId: gaj.committed.id, ...applicant(999) } }, staff);
      expect(result.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      const { rows } = await unreachable.runtime.database.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM cases.cases');
      expect(rows[0]?.n).toBe(0);
    } finally {
      await unreachable.close();
    }
  });
});

const IMPORT = `mutation ($input: ImportCasesInput!) { importCases(input: $input) { imported errors { row field message } } }`;

function historical(overrides: Record<string, unknown> = {}) {
  seq += 1;
  return {
    number: `ZW20250303${String(seq).padStart(5, '0')}`,
    matterId: gaj.committed.id,
    windowId: ownWindow?.id,
    firstOwnerStaffId: gaj.clerk.id,
    ...applicant(seq),
    visits: 1,
    events: [
      { at: '2025-03-03T02:00:00Z', to: 'SUBMITTED', actorRole: 'public' },
      { at: '2025-03-03T03:00:00Z', to: 'ACCEPTED', actorRole: 'staff' },
    ],
    ...overrides,
  };
}

interface Report {
  imported: number;
  errors: Array<{ row: number; field: string; message: string }>;
}

describe('importCases checks who it names', () => {
  it('refuses a department admin’s rows claiming the manager’s role, writing nothing', async () => {
    const before = await count('cases');
    const claimed = historical({
      events: [
        { at: '2025-03-03T02:00:00Z', to: 'SUBMITTED' },
        { at: '2025-03-03T03:00:00Z', to: 'ACCEPTED', actorRole: 'manager' },
      ],
    });
    const result = await harness.subgraph.execute(IMPORT, { input: { cases: [historical(), claimed] } }, admin);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(result.errors?.[0]?.message).toMatch(/row 2/);
    expect(await count('cases')).toBe(before);
    // The manager may import the manager's steps; the admin the roles up to their own.
    const asManager = await harness.subgraph.execute<{ importCases: Report }>(IMPORT, { input: { cases: [{ ...claimed, number: historical().number }] } }, manager);
    expect(asManager.data?.importCases.imported).toBe(1);
    const asAdmin = await harness.subgraph.execute<{ importCases: Report }>(
      IMPORT,
      { input: { cases: [historical({ events: [{ at: '2025-03-03T02:00:00Z', to: 'SUBMITTED', actorRole: 'dept_admin' }] })] } },
      admin,
    );
    expect(asAdmin.data?.importCases.imported).toBe(1);
  });

  it('reports unknown and foreign staff and windows by row, writing nothing of their batch', async () => {
    const before = await count('cases');
    const result = await harness.subgraph.execute<{ importCases: Report }>(
      IMPORT,
      {
        input: {
          cases: [
            historical({ firstOwnerStaffId: randomUUID() }),
            historical({ windowId: randomUUID() }),
            historical({ firstOwnerStaffId: scjg.clerk.id }),
            historical({ windowId: foreignWindow.id }),
            historical({ matterId: randomUUID() }),
          ],
        },
      },
      manager,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.importCases.errors.map((error) => [error.row, error.field])).toEqual([
      [1, 'firstOwnerStaffId'],
      [2, 'windowId'],
      [3, 'firstOwnerStaffId'],
      [4, 'windowId'],
      [5, 'matterId'],
    ]);
    expect(await count('cases')).toBe(before);
  });
});

describe('entities with malformed ids', () => {
  it('answers null for the bad entry and the rest of the batch as usual, never INTERNAL_SERVER_ERROR', async () => {
    const created = await registration({});
    const id = created.data?.registerCase.id;
    const result = await harness.subgraph.execute<{ _entities: Array<{ id?: string } | null> }>(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Case { id } ... on Matter { id caseCount } ... on Department { id } } }`,
      {
        r: [
          { __typename: 'Case', id: 'not-a-uuid' },
          { __typename: 'Case', id },
          { __typename: 'Case', id: "1' OR '1'='1" },
          { __typename: 'Matter', id: 'zzz' },
          { __typename: 'Matter', id: gaj.committed.id },
          { __typename: 'Department', id: 42 },
        ],
      },
      manager,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([null, { id }, null, null, { id: gaj.committed.id, caseCount: expect.any(Number) }, null]);
  });
});
