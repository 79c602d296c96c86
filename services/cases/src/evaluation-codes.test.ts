import { DEMO_NOW } from '@hall/demo-hall';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_NUMBERS, COMPLAINT_NUMBERS, parseNumber } from './data/numbers';
import { applicant, departmentFixture, evaluationCodeOf, hall, startHarness, tokens, type CasesHarness } from './test-helpers';

const { department, committed, instant, clerk } = departmentFixture('GAJ');
const CODE = /^[0-9A-HJKMNP-TV-Z]{16}$/;

let harness: CasesHarness;
let staff: string;
let manager: string;
let seq = 0;

beforeAll(async () => {
  harness = await startHarness({ seedDemo: true });
  harness.setNow(DEMO_NOW);
  staff = await tokens.staff(department.id, clerk.id);
  manager = await tokens.manager();
});
afterAll(() => harness?.close());

interface CaseView {
  id: string;
  number: string;
  version: number;
  status: string;
  evaluationCode: string | null;
  evaluationUrl: string | null;
}
const FIELDS = 'id number version status evaluationCode evaluationUrl';

async function ok(mutation: string, variables: Record<string, unknown>, token = staff): Promise<CaseView> {
  const result = await harness.subgraph.execute<Record<string, CaseView>>(mutation, variables, token);
  expect(result.errors).toBeUndefined();
  return Object.values(result.data ?? {})[0] as CaseView;
}

const step = (name: string, extra = '') => `mutation ($id: ID!, $v: Int!) { ${name}(id: $id, expectedVersion: $v${extra}) { ${FIELDS} } }`;

async function query<T>(sql: string, values: unknown[] = []): Promise<T[]> {
  return (await harness.subgraph.runtime.database.pool.query(sql, values)).rows as T[];
}

describe('evaluation codes on every path by which a case becomes completed', () => {
  it('are given to every completed or delivered demo case, all different, and to no open one; the day counters follow the demo', async () => {
    const rows = await query<{ status: string; evaluation_code: string | null }>('SELECT status, evaluation_code FROM cases.cases');
    const done = rows.filter((row) => row.status === 'COMPLETED' || row.status === 'DELIVERED');
    expect(done.length).toBeGreaterThan(10);
    expect(done.every((row) => CODE.test(row.evaluation_code ?? ''))).toBe(true);
    expect(new Set(done.map((row) => row.evaluation_code)).size).toBe(done.length);
    expect(rows.filter((row) => !done.includes(row)).every((row) => row.evaluation_code === null)).toBe(true);
    const counters = new Map((await query<{ prefix: string; last: number }>('SELECT prefix, last FROM cases.number_counters')).map((row) => [row.prefix, row.last]));
    for (const kase of hall.cases) {
      const parsed = parseNumber(CASE_NUMBERS, kase.number);
      expect(parsed, kase.number).not.toBeNull();
      if (parsed) expect(counters.get(parsed.prefix) ?? 0).toBeGreaterThanOrEqual(parsed.sequence);
    }
    for (const complaint of hall.complaints) {
      const parsed = parseNumber(COMPLAINT_NUMBERS, complaint.number);
      if (parsed) expect(counters.get(parsed.prefix) ?? 0).toBeGreaterThanOrEqual(parsed.sequence);
    }
  });

  it('is made by completeCase, kept on delivery, shown with its link, and evaluates the case', async () => {
    seq += 1;
    let kase = await ok(`mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { ${FIELDS} } }`, {
      input: { matterId: committed.id, ...applicant(seq) },
    });
    expect(kase.evaluationCode).toBeNull();
    for (const [name, extra] of [
      ['acceptCase', ''],
      ['startReview', ''],
      ['decideCase', ', approved: true'],
    ] as const) {
      kase = await ok(step(name, extra), { id: kase.id, v: kase.version });
      expect(kase.evaluationCode).toBeNull();
    }
    kase = await ok(step('completeCase'), { id: kase.id, v: kase.version });
    expect(kase.evaluationCode).toMatch(CODE);
    expect(kase.evaluationUrl).toBe(`http://localhost:9000/evaluate?code=${kase.evaluationCode}`);
    const code = kase.evaluationCode;
    const delivered = await ok(step('deliverCase', ', method: PICKUP'), { id: kase.id, v: kase.version });
    expect(delivered.evaluationCode).toBe(code);
    const evaluated = await harness.subgraph.execute(`mutation ($input: EvaluateCaseInput!) { evaluateCase(input: $input) { level } }`, {
      input: { code, level: 5, channel: 'SMS' },
    });
    expect(evaluated.errors).toBeUndefined();
  });

  it('is made by an instant registration completed on the spot', async () => {
    seq += 1;
    const kase = await ok(`mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { ${FIELDS} } }`, {
      input: { matterId: instant.id, ...applicant(seq), completeOnTheSpot: true },
    });
    expect(kase.status).toBe('COMPLETED');
    expect(kase.evaluationCode).toMatch(CODE);
  });

  it('is made for cases imported as completed or delivered, and not for open ones', async () => {
    const row = (number: string, events: Array<{ at: string; to: string }>) => {
      seq += 1;
      return { number, matterId: committed.id, firstOwnerStaffId: clerk.id, ...applicant(seq), visits: 1, events };
    };
    const trail = [
      { at: '2025-03-03T02:00:00Z', to: 'SUBMITTED' },
      { at: '2025-03-03T03:00:00Z', to: 'ACCEPTED' },
      { at: '2025-03-04T02:00:00Z', to: 'UNDER_REVIEW' },
      { at: '2025-03-05T02:00:00Z', to: 'APPROVED' },
      { at: '2025-03-05T03:00:00Z', to: 'COMPLETED' },
      { at: '2025-03-06T03:00:00Z', to: 'DELIVERED' },
    ];
    const rows = [row('ZW2025030300001', trail.slice(0, 5)), row('ZW2025030300002', trail), row('ZW2025030300003', trail.slice(0, 2))];
    const result = await harness.subgraph.execute<{ importCases: { imported: number } }>(
      `mutation ($input: ImportCasesInput!) { importCases(input: $input) { imported } }`,
      { input: { cases: rows } },
      manager,
    );
    expect(result.data?.importCases.imported).toBe(3);
    expect(await evaluationCodeOf(harness.subgraph, { number: 'ZW2025030300001' })).toMatch(CODE);
    expect(await evaluationCodeOf(harness.subgraph, { number: 'ZW2025030300002' })).toMatch(CODE);
    await expect(evaluationCodeOf(harness.subgraph, { number: 'ZW2025030300003' })).rejects.toThrow(/no evaluation code/);
  });

  it('is required by the database itself: no write path can complete a case without one', async () => {
    const [open] = await query<{ id: string }>(`SELECT id FROM cases.cases WHERE status = 'APPROVED' LIMIT 1`);
    await expect(
      harness.subgraph.runtime.database.pool.query(`UPDATE cases.cases SET status = 'COMPLETED' WHERE id = $1`, [open?.id]),
    ).rejects.toThrow(/cases_completed_have_evaluation_code/);
    await expect(
      harness.subgraph.runtime.database.pool.query(`UPDATE cases.cases SET evaluation_code = 'ZW2026' WHERE id = $1`, [open?.id]),
    ).rejects.toThrow(/cases_evaluation_code_format/);
  });
});
