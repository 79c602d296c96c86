import { createTestSubgraph, tokenFor, type TestSubgraph } from '@hall/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CasesContext } from './context';
import { cases, type CasesTables } from './db/schema';
import { groupEvaluationCode, newEvaluationCode } from './domain/codes';
import { createCasesSubgraph } from './subgraph';
import { GENEROUS_RATE_LIMITS } from './test-helpers';

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
const completed = { completedAt: new Date('2026-11-18T02:00:00Z') };
const done = { ...base, ...completed, id: '00000000-0000-4000-8000-000000000001', number: 'ZW2026111600001', status: 'COMPLETED' as const, applicantPhone: '13900001111', evaluationCode: newEvaluationCode() };
const bad = { ...base, ...completed, id: '00000000-0000-4000-8000-000000000002', number: 'ZW2026111600002', status: 'DELIVERED' as const, applicantPhone: '13900002222', evaluationCode: newEvaluationCode() };
const open = { ...base, id: '00000000-0000-4000-8000-000000000003', number: 'ZW2026111600003', status: 'UNDER_REVIEW' as const, applicantPhone: '13900003333' };
const tablet = { ...base, ...completed, id: '00000000-0000-4000-8000-000000000004', number: 'ZW2026111600004', status: 'COMPLETED' as const, applicantPhone: '13900004444', evaluationCode: newEvaluationCode() };
const foreign = { ...base, ...completed, id: '00000000-0000-4000-8000-000000000005', number: 'ZW2026111600005', status: 'COMPLETED' as const, applicantPhone: '13900005555', evaluationCode: newEvaluationCode() };

beforeAll(async () => {
  subgraph = await createTestSubgraph(
    createCasesSubgraph({ matters: { matter: async () => null }, clock: () => new Date('2026-11-20T02:00:00Z') }),
    { seedDemo: false, rateLimits: GENEROUS_RATE_LIMITS },
  );
  await subgraph.runtime.database.db.insert(cases).values([done, bad, open, tablet, foreign]);
});
afterAll(() => subgraph?.close());

const EVALUATE = `mutation ($input: EvaluateCaseInput!) { evaluateCase(input: $input) { level channel bad realName rectificationStatus rectificationDueAt department { id } window { id } staff { id } } }`;

async function evaluationCount(): Promise<number> {
  const { rows } = await subgraph.runtime.database.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM cases.evaluations');
  return rows[0]?.n ?? 0;
}

const staffOf = (department: string) => tokenFor({ sub: `staff-${department}`, role: 'staff', dept: department, staffId: STAFF });
const adminOf = (department: string) => tokenFor({ sub: `admin-${department}`, role: 'dept_admin', dept: department });
const manager = () => tokenFor({ sub: 'manager', role: 'manager' });

describe('evaluations (好差评, 一事一评)', () => {
  it('lets the holder of the code evaluate, typed grouped and in lower case, once, attributed to the department, window and staff', async () => {
    const input = { code: groupEvaluationCode(done.evaluationCode).toLowerCase(), level: 5, channel: 'QR_CODE', comment: '办事效率高' };
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
    const second = await subgraph.execute(EVALUATE, { input: { ...input, code: done.evaluationCode, level: 1 } });
    expect(second.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await evaluationCount()).toBe(1);
  });

  it('opens the rectification workflow for a bad review, due in 15 working days', async () => {
    const result = await subgraph.execute<{ evaluateCase: Record<string, unknown> }>(EVALUATE, {
      input: { code: bad.evaluationCode, level: 2, channel: 'SMS', comment: '窗口人员态度冷淡' },
    });
    expect(result.errors).toBeUndefined();
    // Fri 20 Nov 2026 + 15 working days = Fri 11 Dec, 17:00 hall time.
    expect(result.data?.evaluateCase).toMatchObject({ bad: true, rectificationStatus: 'PENDING', rectificationDueAt: '2026-12-11T09:00:00.000Z' });
    const { rows } = await subgraph.runtime.database.pool.query<{ to_status: string }>('SELECT to_status FROM cases.evaluation_actions');
    expect(rows.map((row) => row.to_status)).toEqual(['PENDING']);
    await expect(subgraph.runtime.database.pool.query(`DELETE FROM cases.evaluation_actions`)).rejects.toThrow(/append-only/);
  });

  it('refuses an unknown code, a malformed one, a level outside 1–5 and the case’s own department, writing nothing', async () => {
    const before = await evaluationCount();
    const unknown = await subgraph.execute(EVALUATE, { input: { code: newEvaluationCode(), level: 5, channel: 'PC' } });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const malformed = await subgraph.execute(EVALUATE, { input: { code: tablet.number, level: 5, channel: 'PC' } });
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const level = await subgraph.execute(EVALUATE, { input: { code: tablet.evaluationCode, level: 6, channel: 'PC' } });
    expect(level.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    for (const token of [await staffOf(A), await adminOf(A)]) {
      const own = await subgraph.execute(EVALUATE, { input: { code: tablet.evaluationCode, level: 5, channel: 'WINDOW_TABLET' } }, token);
      expect(own.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await evaluationCount()).toBe(before);
    // The desk's tablet sends the code without the staff member's token.
    const atTheDesk = await subgraph.execute(EVALUATE, { input: { code: tablet.evaluationCode, level: 4, channel: 'WINDOW_TABLET', realName: false } });
    expect(atTheDesk.errors).toBeUndefined();
    // Staff of another department are applicants like anyone else.
    const elsewhere = await subgraph.execute(EVALUATE, { input: { code: foreign.evaluationCode, level: 5, channel: 'MOBILE' } }, await staffOf(B));
    expect(elsewhere.errors).toBeUndefined();
    expect(await evaluationCount()).toBe(before + 2);
  });

  it('hands the public the rating only: not the applicant’s words, the trail or the case', async () => {
    const { rows } = await subgraph.runtime.database.pool.query<{ id: string }>('SELECT id FROM cases.evaluations WHERE case_id = $1', [bad.id]);
    const FIELDS = `level comment callbackNote actions { action } case { id number applicantName events { reason } }`;
    // The department reads its bad review in full; the public evaluator of another case gets the rating back, no more.
    const asDepartment = await subgraph.execute<{ badReviews: Array<Record<string, unknown>> }>(`{ badReviews { ${FIELDS} } }`, {}, await adminOf(A));
    expect(asDepartment.data?.badReviews[0]).toMatchObject({ comment: '窗口人员态度冷淡', actions: [{ action: 'OPEN' }], case: { id: bad.id } });
    const fresh = { ...foreign, id: '00000000-0000-4000-8000-000000000006', number: 'ZW2026111600006', evaluationCode: newEvaluationCode() };
    await subgraph.runtime.database.db.insert(cases).values(fresh);
    const evaluated = await subgraph.execute<{ evaluateCase: Record<string, unknown> }>(
      `mutation ($input: EvaluateCaseInput!) { evaluateCase(input: $input) { ${FIELDS} } }`,
      { input: { code: fresh.evaluationCode, level: 1, channel: 'PC', comment: '我的电话是13900006666' } },
    );
    expect(evaluated.errors).toBeUndefined();
    expect(evaluated.data?.evaluateCase).toEqual({ level: 1, comment: null, callbackNote: null, actions: [], case: null });
    expect(rows).toHaveLength(1);
  });

  it('shows the code and its link to the department and the manager once the case is completed', async () => {
    const QUERY = `query ($id: ID!) { case(id: $id) { evaluationCode evaluationUrl } }`;
    for (const token of [await staffOf(A), await manager()]) {
      const seen = await subgraph.execute<{ case: { evaluationCode: string; evaluationUrl: string } }>(QUERY, { id: done.id }, token);
      expect(seen.data?.case).toEqual({
        evaluationCode: done.evaluationCode,
        evaluationUrl: `http://localhost:9000/evaluate?code=${done.evaluationCode}`,
      });
    }
    const unfinished = await subgraph.execute<{ case: unknown }>(QUERY, { id: open.id }, await staffOf(A));
    expect(unfinished.data?.case).toEqual({ evaluationCode: null, evaluationUrl: null });
    const entities = await subgraph.execute<{ _entities: unknown[] }>(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Case { evaluationCode } } }`,
      { r: [{ __typename: 'Case', id: done.id }] },
      await staffOf(B),
    );
    expect(entities.data?._entities).toEqual([null]);
  });

  it('tells the holder of a code which case it is, nothing personal, and null for an unknown code', async () => {
    const INVITATION = `query ($code: String!) { evaluationInvitation(code: $code) { number matter { id } department { id } completedAt evaluated } }`;
    const known = await subgraph.execute<{ evaluationInvitation: unknown }>(INVITATION, { code: groupEvaluationCode(tablet.evaluationCode) });
    expect(known.data?.evaluationInvitation).toEqual({
      number: tablet.number,
      matter: { id: base.matterId },
      department: { id: A },
      completedAt: '2026-11-18T02:00:00.000Z',
      evaluated: true,
    });
    const waiting = { ...foreign, id: '00000000-0000-4000-8000-000000000007', number: 'ZW2026111600007', evaluationCode: newEvaluationCode() };
    await subgraph.runtime.database.db.insert(cases).values(waiting);
    const notYet = await subgraph.execute<{ evaluationInvitation: { evaluated: boolean } }>(INVITATION, { code: waiting.evaluationCode });
    expect(notYet.data?.evaluationInvitation.evaluated).toBe(false);
    const unknown = await subgraph.execute<{ evaluationInvitation: unknown }>(INVITATION, { code: newEvaluationCode() });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data?.evaluationInvitation).toBeNull();
    const malformed = await subgraph.execute(INVITATION, { code: 'ZW2026111600004' });
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
