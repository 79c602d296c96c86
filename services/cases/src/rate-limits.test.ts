import type { RateLimitSettings } from '@hall/service-kit';
import { createTestSubgraph, type TestSubgraph } from '@hall/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newEvaluationCode } from './domain/codes';
import type { CasesContext } from './context';
import { cases, type CasesTables } from './db/schema';
import { createCasesSubgraph } from './subgraph';
import { GENEROUS_RATE_LIMITS } from './test-helpers';

const A = '11111111-1111-4111-8111-111111111111';
const budget = (points: number) => ({ points, windowSeconds: 3600, blockSeconds: 3600 });
/** Small budgets, so a test reaches them: per subject 5 attempts, per client address 8 (complaints: 3). */
const LIMITS: RateLimitSettings = {
  ...GENEROUS_RATE_LIMITS,
  caseProgress: { address: budget(8), subject: budget(5) },
  evaluationInvitation: { address: budget(8), subject: budget(5) },
  evaluateCase: { address: budget(8), subject: budget(5) },
  fileComplaint: { address: budget(3) },
};

const base = {
  matterId: '33333333-3333-4333-8333-333333333333',
  departmentId: A,
  firstOwnerStaffId: '44444444-4444-4444-8444-444444444444',
  applicantName: '赵六',
  applicantIdNumber: '339901199001011234',
  submittedAt: new Date('2026-11-16T02:00:00Z'),
  completedAt: new Date('2026-11-18T02:00:00Z'),
  status: 'COMPLETED' as const,
};
const tracked = { ...base, id: '00000000-0000-4000-8000-000000000001', number: 'ZW2026111600001', applicantPhone: '13900001111', evaluationCode: newEvaluationCode() };
const rated = { ...base, id: '00000000-0000-4000-8000-000000000002', number: 'ZW2026111600002', applicantPhone: '13900002222', evaluationCode: newEvaluationCode() };
const invited = { ...base, id: '00000000-0000-4000-8000-000000000003', number: 'ZW2026111600003', applicantPhone: '13900003333', evaluationCode: newEvaluationCode() };

let subgraph: TestSubgraph<CasesTables, CasesContext>;
let address = 0;
/** A fresh client address (TEST-NET-2) for each caller of a test. */
const nextAddress = () => `198.51.100.${(address += 1)}`;

beforeAll(async () => {
  subgraph = await createTestSubgraph(
    createCasesSubgraph({ matters: { matter: async () => null }, clock: () => new Date('2026-11-20T02:00:00Z') }),
    { seedDemo: false, rateLimits: LIMITS },
  );
  await subgraph.runtime.database.db.insert(cases).values([tracked, rated, invited]);
});
afterAll(() => subgraph?.close());

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }>;
}
const as = (clientAddress: string) => (query: string, variables: Record<string, unknown>) =>
  subgraph.execute(query, variables, undefined, { clientAddress }) as Promise<Answer>;

function expectRateLimited(answer: Answer): void {
  expect(answer.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  expect(answer.errors?.[0]?.extensions?.retryAfter).toEqual(expect.any(Number));
  expect(Number(answer.errors?.[0]?.extensions?.retryAfter)).toBeGreaterThan(0);
  expect(answer.data?.[Object.keys(answer.data ?? {})[0] ?? ''] ?? null).toBeNull();
}

const PROGRESS = `query ($number: String!, $tail: String!) { caseProgress(number: $number, phoneTail: $tail) { number status } }`;
const EVALUATE = `mutation ($input: EvaluateCaseInput!) { evaluateCase(input: $input) { level } }`;
const INVITATION = `query ($code: String!) { evaluationInvitation(code: $code) { number } }`;
const FILE = `mutation ($input: FileComplaintInput!) { fileComplaint(input: $input) { number } }`;

async function count(table: string): Promise<number> {
  const { rows } = await subgraph.runtime.database.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM cases.${table}`);
  return rows[0]?.n ?? 0;
}

describe('rate limits on the public operations', () => {
  it('caseProgress: a wrong tail and an unknown number look alike, and after the limit on the number even the right tail is refused', async () => {
    const guesser = as(nextAddress());
    const wrongTail = await guesser(PROGRESS, { number: tracked.number, tail: '0000' });
    const unknownNumber = await guesser(PROGRESS, { number: 'ZW2026111699999', tail: '1111' });
    expect(wrongTail).toEqual({ data: { caseProgress: null } });
    expect(unknownNumber).toEqual(wrongTail);
    const right = await guesser(PROGRESS, { number: tracked.number, tail: '1111' });
    expect(right.data?.caseProgress).toEqual({ number: tracked.number, status: 'COMPLETED' });
    // Spread over many addresses, guesses still count against the case number: 5 attempts on it in all.
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect((await as(nextAddress())(PROGRESS, { number: tracked.number, tail: String(1000 + attempt) })).data?.caseProgress).toBeNull();
    }
    expectRateLimited(await as(nextAddress())(PROGRESS, { number: tracked.number, tail: '1111' }));
    // Another case number is counted on its own.
    expect((await as(nextAddress())(PROGRESS, { number: rated.number, tail: '2222' })).data?.caseProgress).toMatchObject({ number: rated.number });
  });

  it('caseProgress: one address walking the numbers of a day is locked out, the right answer included', async () => {
    const walker = as(nextAddress());
    for (let sequence = 100; sequence < 108; sequence += 1) {
      expect((await walker(PROGRESS, { number: `ZW20261116${String(sequence).padStart(5, '0')}`, tail: '1111' })).data?.caseProgress).toBeNull();
    }
    expectRateLimited(await walker(PROGRESS, { number: rated.number, tail: '2222' }));
  });

  it('evaluateCase: wrong codes cost like the right one, and after the limit the right code is refused and nothing written', async () => {
    const guesser = as(nextAddress());
    for (let attempt = 0; attempt < 8; attempt += 1) {
      const wrong = await guesser(EVALUATE, { input: { code: newEvaluationCode(), level: 1, channel: 'PC' } });
      expect(wrong.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(wrong.errors?.[0]?.message).toBe('evaluation code not found');
    }
    expectRateLimited(await guesser(EVALUATE, { input: { code: rated.evaluationCode, level: 1, channel: 'PC' } }));
    expect(await count('evaluations')).toBe(0);
    // Per code: attempts on one code from many addresses (with hyphens and lower case, the same code) run out too; the
    // refused attempt above was the first of its five.
    const grouped = rated.evaluationCode.toLowerCase().replace(/(.{4})(?=.)/g, '$1-');
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const refused = await as(nextAddress())(EVALUATE, { input: { code: attempt % 2 ? grouped : rated.evaluationCode, level: 9, channel: 'PC' } });
      expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expectRateLimited(await as(nextAddress())(EVALUATE, { input: { code: rated.evaluationCode, level: 5, channel: 'PC' } }));
    expect(await count('evaluations')).toBe(0);
  });

  it('evaluationInvitation: an unknown code answers null like any wrong one, until the limit refuses the right one', async () => {
    const guesser = as(nextAddress());
    for (let attempt = 0; attempt < 7; attempt += 1) {
      expect(await guesser(INVITATION, { code: newEvaluationCode() })).toEqual({ data: { evaluationInvitation: null } });
    }
    expect((await guesser(INVITATION, { code: invited.evaluationCode })).data?.evaluationInvitation).toEqual({ number: invited.number });
    expectRateLimited(await guesser(INVITATION, { code: invited.evaluationCode }));
  });

  it('fileComplaint: an address filing over its budget is refused and nothing more is stored', async () => {
    const filer = as(nextAddress());
    const input = { channel: 'WEB', subject: 'DEPARTMENT', departmentId: A, content: '窗口工作人员解释不清楚' };
    for (let attempt = 0; attempt < 3; attempt += 1) expect((await filer(FILE, { input })).errors).toBeUndefined();
    const before = await count('complaints');
    expectRateLimited(await filer(FILE, { input }));
    expect(await count('complaints')).toBe(before);
    expect((await as(nextAddress())(FILE, { input })).errors).toBeUndefined();
  });
});
