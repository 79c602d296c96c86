import { createTestSubgraph, tokenFor, type TestSubgraph } from '@hall/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CasesContext } from './context';
import { cases, type CasesTables } from './db/schema';
import { createCasesSubgraph } from './subgraph';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const STAFF = '44444444-4444-4444-8444-444444444444';
const WINDOW = '55555555-5555-4555-8555-555555555555';

let subgraph: TestSubgraph<CasesTables, CasesContext>;
const base = {
  matterId: '33333333-3333-4333-8333-333333333333',
  departmentId: A,
  windowId: WINDOW,
  firstOwnerStaffId: STAFF,
  applicantName: '赵六',
  applicantIdNumber: '339901199001011234',
  submittedAt: new Date('2026-11-16T02:00:00Z'),
};
const done = { ...base, id: '00000000-0000-4000-8000-000000000001', number: 'ZW202611160001', status: 'COMPLETED' as const, applicantPhone: '13900001111' };
const bad = { ...base, id: '00000000-0000-4000-8000-000000000002', number: 'ZW202611160002', status: 'DELIVERED' as const, applicantPhone: '13900002222' };
const open = { ...base, id: '00000000-0000-4000-8000-000000000003', number: 'ZW202611160003', status: 'UNDER_REVIEW' as const, applicantPhone: '13900003333' };
const tablet = { ...base, id: '00000000-0000-4000-8000-000000000004', number: 'ZW202611160004', status: 'COMPLETED' as const, applicantPhone: '13900004444' };

beforeAll(async () => {
  subgraph = await createTestSubgraph(
    createCasesSubgraph({ matters: { matter: async () => null }, clock: () => new Date('2026-11-20T02:00:00Z') }),
    { seedDemo: false },
  );
  await subgraph.runtime.database.db.insert(cases).values([done, bad, open, tablet]);
});
afterAll(() => subgraph?.close());

const EVALUATE = `mutation ($input: EvaluateCaseInput!) { evaluateCase(input: $input) { level channel bad realName rectificationStatus rectificationDueAt department { id } window { id } staff { id } } }`;

async function evaluationCount(): Promise<number> {
  const { rows } = await subgraph.runtime.database.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM cases.evaluations');
  return rows[0]?.n ?? 0;
}

describe('evaluations (好差评)', () => {
  it('lets the public evaluate with the number and phone tail, once, attributed to the department, window and staff', async () => {
    const input = { number: done.number, phoneTail: '1111', level: 5, channel: 'QR_CODE', comment: '办事效率高' };
    const first = await subgraph.execute<{ evaluateCase: Record<string, unknown> }>(EVALUATE, { input });
    expect(first.errors).toBeUndefined();
    expect(first.data?.evaluateCase).toMatchObject({
      level: 5,
      bad: false,
      rectificationStatus: null,
      department: { id: A },
      window: { id: WINDOW },
      staff: { id: STAFF },
    });
    const second = await subgraph.execute(EVALUATE, { input: { ...input, level: 1 } });
    expect(second.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await evaluationCount()).toBe(1);
  });

  it('opens the rectification workflow for a bad review, due in 15 working days', async () => {
    const result = await subgraph.execute<{ evaluateCase: Record<string, unknown> }>(EVALUATE, {
      input: { number: bad.number, phoneTail: '2222', level: 2, channel: 'SMS', comment: '窗口人员态度冷淡' },
    });
    expect(result.errors).toBeUndefined();
    // Fri 20 Nov 2026 + 15 working days = Fri 11 Dec, 17:00 hall time.
    expect(result.data?.evaluateCase).toMatchObject({ bad: true, rectificationStatus: 'PENDING', rectificationDueAt: '2026-12-11T09:00:00.000Z' });
    const { rows } = await subgraph.runtime.database.pool.query<{ to_status: string }>('SELECT to_status FROM cases.evaluation_actions');
    expect(rows.map((row) => row.to_status)).toEqual(['PENDING']);
    await expect(subgraph.runtime.database.pool.query(`DELETE FROM cases.evaluation_actions`)).rejects.toThrow(/append-only/);
  });

  it('refuses a wrong phone tail, an unfinished case, a level outside 1–5 and another department’s tablet, writing nothing', async () => {
    const before = await evaluationCount();
    const wrongTail = await subgraph.execute(EVALUATE, { input: { number: tablet.number, phoneTail: '0000', level: 5, channel: 'PC' } });
    expect(wrongTail.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const unfinished = await subgraph.execute(EVALUATE, { input: { number: open.number, phoneTail: '3333', level: 5, channel: 'PC' } });
    expect(unfinished.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const level = await subgraph.execute(EVALUATE, { input: { number: tablet.number, phoneTail: '4444', level: 6, channel: 'PC' } });
    expect(level.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const otherStaff = await tokenFor({ sub: 'b', role: 'staff', dept: B, staffId: STAFF });
    const foreign = await subgraph.execute(EVALUATE, { input: { caseId: tablet.id, level: 5, channel: 'WINDOW_TABLET' } }, otherStaff);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymousId = await subgraph.execute(EVALUATE, { input: { caseId: tablet.id, level: 5, channel: 'WINDOW_TABLET' } });
    expect(anonymousId.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await evaluationCount()).toBe(before);
    const ownStaff = await tokenFor({ sub: 'a', role: 'staff', dept: A, staffId: STAFF });
    const own = await subgraph.execute(EVALUATE, { input: { caseId: tablet.id, level: 4, channel: 'WINDOW_TABLET', realName: false } }, ownStaff);
    expect(own.errors).toBeUndefined();
  });
});
