import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { departmentFixture, startHarness, tokens, type CasesHarness } from './test-helpers';

const { department, committed, instant, clerk } = departmentFixture('GAJ');
const other = departmentFixture('SCJG');

let harness: CasesHarness;
let manager: string;
let counter = 0;

beforeAll(async () => {
  harness = await startHarness({ seedDemo: false });
  harness.setNow(new Date('2026-11-20T02:00:00Z'));
  manager = await tokens.manager();
});
afterAll(() => harness?.close());

/** A historical case: a committed one with a full trail and an evaluation, or an instant one done on the spot. */
function row(kind: 'committed' | 'instant' = 'committed', overrides: Record<string, unknown> = {}) {
  counter += 1;
  const number = `ZW20250303${String(counter).padStart(5, "0")}`;
  const base = {
    number,
    firstOwnerStaffId: clerk.id,
    applicantName: '钱七',
    applicantIdNumber: '33990119850505123X',
    applicantPhone: `1380000${String(counter).padStart(4, '0')}`,
    visits: kind === 'instant' ? 1 : 2,
  };
  if (kind === 'instant') {
    return {
      ...base,
      matterId: instant.id,
      events: [
        { at: '2025-03-03T02:00:00Z', to: 'SUBMITTED' },
        { at: '2025-03-03T02:00:20Z', to: 'ACCEPTED' },
        { at: '2025-03-03T02:01:00Z', to: 'COMPLETED' },
      ],
      evaluation: { level: 5, channel: 'WINDOW_TABLET', evaluatedAt: '2025-03-03T02:02:00Z' },
      ...overrides,
    };
  }
  return {
    ...base,
    matterId: committed.id,
    events: [
      { at: '2025-03-03T02:00:00Z', to: 'SUBMITTED' },
      { at: '2025-03-03T03:00:00Z', to: 'ACCEPTED' },
      { at: '2025-03-04T02:00:00Z', to: 'UNDER_REVIEW' },
      { at: '2025-03-05T02:00:00Z', to: 'SUSPENDED', reason: '专家评审' },
      { at: '2025-03-07T02:00:00Z', to: 'UNDER_REVIEW' },
      { at: '2025-03-10T02:00:00Z', to: 'APPROVED' },
      { at: '2025-03-10T03:00:00Z', to: 'COMPLETED' },
      { at: '2025-03-11T03:00:00Z', to: 'DELIVERED', reason: '窗口领取' },
    ],
    evaluation: { level: 4, channel: 'SMS', evaluatedAt: '2025-03-11T05:00:00Z', comment: '满意' },
    ...overrides,
  };
}

const IMPORT = `mutation ($input: ImportCasesInput!) { importCases(input: $input) { imported batches { firstRow rows imported } errors { row field message } } }`;

interface Report {
  imported: number;
  batches: Array<{ firstRow: number; rows: number; imported: boolean }>;
  errors: Array<{ row: number; field: string; message: string }>;
}

async function counts(): Promise<{ cases: number; events: number; evaluations: number }> {
  const { rows } = await harness.subgraph.runtime.database.pool.query<{ cases: number; events: number; evaluations: number }>(
    `SELECT (SELECT count(*)::int FROM cases.cases) AS cases, (SELECT count(*)::int FROM cases.case_events) AS events,
            (SELECT count(*)::int FROM cases.evaluations) AS evaluations`,
  );
  return rows[0] ?? { cases: 0, events: 0, evaluations: 0 };
}

describe('importCases', () => {
  it('imports cases with trails, clocks and evaluations in batches', async () => {
    const before = await counts();
    const rows = [row(), row('instant'), row(), row('instant'), row()];
    const result = await harness.subgraph.execute<{ importCases: Report }>(IMPORT, { input: { cases: rows, batchSize: 2 } }, manager);
    expect(result.errors).toBeUndefined();
    expect(result.data?.importCases).toEqual({
      imported: 5,
      batches: [
        { firstRow: 1, rows: 2, imported: true },
        { firstRow: 3, rows: 2, imported: true },
        { firstRow: 5, rows: 1, imported: true },
      ],
      errors: [],
    });
    const after = await counts();
    expect(after.cases - before.cases).toBe(5);
    expect(after.events - before.events).toBe(3 * 8 + 2 * 3);
    expect(after.evaluations - before.evaluations).toBe(5);
    const { rows: stored } = await harness.subgraph.runtime.database.pool.query<{ due_at: Date; paused_working_days: number; status: string; version: number }>(
      `SELECT due_at, paused_working_days, status, version FROM cases.cases WHERE number = $1`,
      [rows[0]?.number],
    );
    // Accepted Mon 3 Mar 2025, 5 working days + 2 paused (Thu 6, Fri 7) → Wed 12 Mar, 17:00.
    expect(stored[0]).toMatchObject({ paused_working_days: 2, status: 'DELIVERED', version: 8 });
    expect(stored[0]?.due_at.toISOString()).toBe('2025-03-12T09:00:00.000Z');
  });

  it('reports every bad row by number and writes nothing of a batch that holds one', async () => {
    const before = await counts();
    const rows = [
      row(),
      row('committed', { events: [{ at: '2025-03-03T02:00:00Z', to: 'SUBMITTED' }, { at: '2025-03-03T03:00:00Z', to: 'COMPLETED' }] }),
      row(),
      row('committed', { applicantPhone: '12345' }),
      row('instant'),
      row('instant', { evaluation: { level: 5, channel: 'PC', evaluatedAt: '2025-03-01T00:00:00Z' } }),
    ];
    const duplicate = { ...row('instant'), number: rows[4]?.number };
    const result = await harness.subgraph.execute<{ importCases: Report }>(IMPORT, { input: { cases: [...rows, duplicate], batchSize: 2 } }, manager);
    expect(result.errors).toBeUndefined();
    const report = result.data?.importCases;
    expect(report?.errors.map((error) => [error.row, error.field])).toEqual([
      [2, 'events.1.to'],
      [4, 'applicantPhone'],
      [6, 'evaluation.evaluatedAt'],
      [7, 'number'],
    ]);
    expect(report?.batches.map((batch) => batch.imported)).toEqual([false, false, false, false]);
    expect(report?.imported).toBe(0);
    expect(await counts()).toEqual(before);
  });

  it('costs the same few statements whatever the rows per batch', async () => {
    const measure = async (size: number) =>
      (
        await harness.subgraph.runtime.database.statements.measure(() =>
          harness.subgraph.execute(IMPORT, { input: { cases: Array.from({ length: size * 2 }, () => row()), batchSize: size } }, manager),
        )
      ).statements;
    expect(await measure(20)).toBe(await measure(2));
  });

  it('refuses staff, and a department admin importing another department’s cases, writing nothing', async () => {
    const before = await counts();
    const staff = await harness.subgraph.execute(IMPORT, { input: { cases: [row()] } }, await tokens.staff(department.id, clerk.id));
    expect(staff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const foreign = await harness.subgraph.execute(IMPORT, { input: { cases: [row()] } }, await tokens.deptAdmin(other.department.id));
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const own = await harness.subgraph.execute<{ importCases: Report }>(IMPORT, { input: { cases: [row()] } }, await tokens.deptAdmin(department.id));
    expect(own.data?.importCases.imported).toBe(1);
    expect((await counts()).cases).toBe(before.cases + 1);
  });
});
