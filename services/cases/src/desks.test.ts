import { createTestSubgraph, tokenFor, type TestSubgraph } from '@hall/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CasesContext } from './context';
import { cases, complaints, type CasesTables } from './db/schema';
import { newEvaluationCode } from './domain/codes';
import { createCasesSubgraph } from './subgraph';
import { GENEROUS_RATE_LIMITS } from './test-helpers';

/** The 差评整改, complaint and 督办 desks (issue 15) through GraphQL, on cases inserted as rows. */
const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const STAFF = '44444444-4444-4444-8444-444444444444';
const START = new Date('2026-11-20T02:00:00Z');

let now = START;
let subgraph: TestSubgraph<CasesTables, CasesContext>;

const caseRow = (n: number, departmentId = A) => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  number: `ZW202611160${String(n).padStart(4, '0')}`,
  matterId: '33333333-3333-4333-8333-333333333333',
  departmentId,
  firstOwnerStaffId: STAFF,
  applicantName: '赵六',
  applicantIdNumber: '339901199001011234',
  applicantPhone: `139000${String(n).padStart(5, '0')}`,
  submittedAt: new Date('2026-11-16T02:00:00Z'),
  completedAt: new Date('2026-11-18T02:00:00Z'),
  status: 'COMPLETED' as const,
  evaluationCode: newEvaluationCode(),
});
const evaluated = Array.from({ length: 6 }, (_, i) => caseRow(i + 1, i === 5 ? B : A));
/** Running cases past their deadline (yellow), for the escalation desk. */
const late = (n: number, departmentId: string) => ({
  ...caseRow(n, departmentId),
  status: 'UNDER_REVIEW' as const,
  completedAt: null,
  evaluationCode: null,
  acceptedAt: new Date('2026-11-02T02:00:00Z'),
  dueAt: new Date('2026-11-09T09:00:00Z'),
  supervisionDueAt: new Date('2026-11-25T09:00:00Z'),
  preWarningAt: new Date('2026-11-06T09:00:00Z'),
});
const lateA = late(20, A);
const lateB = late(21, B);

const staffOf = (department: string) => tokenFor({ sub: `staff-${department}`, role: 'staff', dept: department, staffId: STAFF });
const adminOf = (department: string) => tokenFor({ sub: `admin-${department}`, role: 'dept_admin', dept: department });
const manager = () => tokenFor({ sub: 'manager', role: 'manager' });

beforeAll(async () => {
  subgraph = await createTestSubgraph(createCasesSubgraph({ matters: { matter: async () => null }, clock: () => now }), {
    seedDemo: false,
    rateLimits: GENEROUS_RATE_LIMITS,
  });
  await subgraph.runtime.database.db.insert(cases).values([...evaluated, lateA, lateB]);
});
afterAll(() => subgraph?.close());

async function run<T>(query: string, variables: Record<string, unknown>, token?: string) {
  const result = await subgraph.execute<Record<string, T>>(query, variables, token);
  return { data: result.data ? (Object.values(result.data)[0] as T) : undefined, error: result.errors?.[0] };
}
async function ok<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const result = await subgraph.execute<Record<string, T>>(query, variables, token);
  expect(result.errors).toBeUndefined();
  return Object.values(result.data ?? {})[0] as T;
}
async function refusal(query: string, variables: Record<string, unknown>, token?: string) {
  const { error } = await run(query, variables, token);
  const extensions = error?.extensions ?? {};
  const fields = (extensions.fields as Array<{ path: string }> | undefined)?.map((field) => field.path);
  return { code: extensions.code, field: extensions.field ?? fields?.[0] };
}
async function scalar(sql: string, values: unknown[] = []): Promise<unknown> {
  const { rows } = await subgraph.runtime.database.pool.query<{ value: unknown }>(sql, values);
  return rows[0]?.value;
}

const EVALUATE = `mutation ($input: EvaluateCaseInput!) { evaluateCase(input: $input) { id level tags rectificationStatus } }`;
const ADVANCE = `mutation ($id: ID!, $v: Int!, $action: BadReviewAction!, $note: String!, $tags: [BadReviewTag!]) {
  advanceBadReview(id: $id, expectedVersion: $v, action: $action, note: $note, tags: $tags) {
    version rectificationStatus tags overdue appeal { reason filedAt decidedAt upheld decisionNote }
    history { action fromStatus toStatus actorRole note }
  }
}`;
interface Advanced {
  version: number;
  rectificationStatus: string;
  tags: string[] | null;
  overdue: boolean;
  appeal: { reason: string; filedAt: string; decidedAt: string | null; upheld: boolean | null; decisionNote: string | null } | null;
  history: Array<{ action: string; fromStatus: string | null; toStatus: string | null; actorRole: string; note: string | null }> | null;
}

const reviewIds: string[] = [];

describe('差评整改 desk', () => {
  it('takes 差评 tags with a level 1–2 evaluation only (BAD_USER_INPUT on tags otherwise), writing nothing', async () => {
    const [good, first] = evaluated;
    expect(await refusal(EVALUATE, { input: { code: good?.evaluationCode, level: 4, channel: 'PC', tags: ['ATTITUDE'] } })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'tags',
    });
    expect(await scalar('SELECT count(*)::int AS value FROM cases.evaluations')).toBe(0);
    expect(await ok(EVALUATE, { input: { code: good?.evaluationCode, level: 4, channel: 'PC', tags: [] } })).toMatchObject({ tags: null });
    // The public who just evaluated does not see the workflow's tags; the department and the manager do.
    const review = await ok<{ id: string; tags: string[] | null }>(EVALUATE, {
      input: { code: first?.evaluationCode, level: 1, channel: 'PC', tags: ['ATTITUDE', 'REPEATED_TRIPS', 'ATTITUDE'] },
    });
    expect(review.tags).toBeNull();
    reviewIds.push(review.id);
    for (const [i, kase] of evaluated.slice(2).entries()) {
      const made = await ok<{ id: string }>(EVALUATE, { input: { code: kase.evaluationCode, level: 2, channel: 'MOBILE', realName: i !== 0 } });
      reviewIds.push(made.id);
    }
    const listed = await ok<Array<{ id: string; tags: string[] }>>(`{ badReviews { id tags } }`, {}, await adminOf(A));
    expect(listed.find((row) => row.id === review.id)?.tags).toEqual(['ATTITUDE', 'REPEATED_TRIPS']);
    expect(listed.every((row) => row.tags !== null)).toBe(true);
  });

  it('walks verify with tags → appeal → reject → rectify after the callback, refusing each wrong role, missing reason and illegal step', async () => {
    const id = reviewIds[0];
    const department = await staffOf(A);
    const other = await staffOf(B);
    const boss = await manager();
    const step = (v: number, action: string, note: string, token: string, tags?: string[]) =>
      refusal(ADVANCE, { id, v, action, note, ...(tags ? { tags } : {}) }, token);
    expect(await step(1, 'START', '核实', department)).toEqual({ code: 'FORBIDDEN', field: undefined });
    expect(await step(1, 'OVERDUE', '系统', boss)).toEqual({ code: 'BAD_USER_INPUT', field: 'action' });
    expect(await step(1, 'OPEN', '系统', boss)).toEqual({ code: 'BAD_USER_INPUT', field: 'action' });
    expect(await step(1, 'CALLBACK', '已回访', boss, ['OTHER'])).toEqual({ code: 'BAD_USER_INPUT', field: 'tags' });
    expect(await step(1, 'APPEAL', '恶意差评', boss)).toEqual({ code: 'FORBIDDEN', field: undefined });
    expect(await step(1, 'APPEAL', '恶意差评', other)).toEqual({ code: 'FORBIDDEN', field: undefined });
    expect(await step(1, 'APPEAL', '   ', department)).toEqual({ code: 'BAD_USER_INPUT', field: 'note' });
    expect(await step(1, 'UPHOLD_APPEAL', '维持', boss)).toMatchObject({ code: 'CONFLICT' });
    expect(await scalar('SELECT version AS value FROM cases.evaluations WHERE id = $1', [id])).toBe(1);

    let state = await ok<Advanced>(ADVANCE, { id, v: 1, action: 'START', note: '核实属实', tags: ['EXTRA_MATERIALS'] }, boss);
    expect(state).toMatchObject({ rectificationStatus: 'IN_PROGRESS', tags: ['EXTRA_MATERIALS'], overdue: false, appeal: null });
    state = await ok<Advanced>(ADVANCE, { id, v: state.version, action: 'APPEAL', note: '申请人所述与事实不符' }, department);
    expect(state.rectificationStatus).toBe('APPEALED');
    expect(state.appeal).toEqual({ reason: '申请人所述与事实不符', filedAt: START.toISOString(), decidedAt: null, upheld: null, decisionNote: null });
    expect(await step(state.version, 'COMPLETE', '已整改', department)).toMatchObject({ code: 'CONFLICT' });
    expect(await step(state.version, 'REJECT_APPEAL', '驳回', department)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await step(state.version, 'REJECT_APPEAL', '', boss)).toEqual({ code: 'BAD_USER_INPUT', field: 'note' });
    state = await ok<Advanced>(ADVANCE, { id, v: state.version, action: 'REJECT_APPEAL', note: '经调取录像，差评属实' }, boss);
    expect(state).toMatchObject({ rectificationStatus: 'IN_PROGRESS', appeal: { upheld: false, decisionNote: '经调取录像，差评属实' } });
    expect(await step(state.version, 'APPEAL', '再次申诉', department)).toMatchObject({ code: 'CONFLICT' });
    expect(await step(state.version, 'COMPLETE', '已整改', department)).toMatchObject({ code: 'CONFLICT' });
    expect(await step(state.version, 'COMPLETE', '', department)).toEqual({ code: 'BAD_USER_INPUT', field: 'note' });
    state = await ok<Advanced>(ADVANCE, { id, v: state.version, action: 'CALLBACK', note: '电话回访，申请人认可' }, boss);
    state = await ok<Advanced>(ADVANCE, { id, v: state.version, action: 'COMPLETE', note: '材料清单已更新并公示' }, department);
    expect(state.rectificationStatus).toBe('DONE');
    expect(state.history).toEqual([
      { action: 'OPEN', fromStatus: null, toStatus: 'PENDING', actorRole: 'public', note: '差评自动进入核实整改流程' },
      { action: 'START', fromStatus: 'PENDING', toStatus: 'IN_PROGRESS', actorRole: 'manager', note: '核实属实' },
      { action: 'APPEAL', fromStatus: 'IN_PROGRESS', toStatus: 'APPEALED', actorRole: 'staff', note: '申请人所述与事实不符' },
      { action: 'REJECT_APPEAL', fromStatus: 'APPEALED', toStatus: 'IN_PROGRESS', actorRole: 'manager', note: '经调取录像，差评属实' },
      { action: 'CALLBACK', fromStatus: 'IN_PROGRESS', toStatus: 'IN_PROGRESS', actorRole: 'manager', note: '电话回访，申请人认可' },
      { action: 'COMPLETE', fromStatus: 'IN_PROGRESS', toStatus: 'DONE', actorRole: 'staff', note: '材料清单已更新并公示' },
    ]);
  });

  it('upholds an appeal as INVALID, requires written reasons for 无效 and 无法整改, and filters by tag', async () => {
    const [, second, third, fourth] = reviewIds;
    const boss = await manager();
    let state = await ok<Advanced>(ADVANCE, { id: second, v: 1, action: 'APPEAL', note: '评价对象错误' }, await adminOf(A));
    state = await ok<Advanced>(ADVANCE, { id: second, v: state.version, action: 'UPHOLD_APPEAL', note: '申诉成立' }, boss);
    expect(state).toMatchObject({ rectificationStatus: 'INVALID', appeal: { reason: '评价对象错误', upheld: true, decisionNote: '申诉成立' } });
    expect(await refusal(ADVANCE, { id: third, v: 1, action: 'DECLARE_INVALID', note: ' ' }, boss)).toEqual({ code: 'BAD_USER_INPUT', field: 'note' });
    expect(await refusal(ADVANCE, { id: third, v: 1, action: 'DECLARE_UNRECTIFIABLE', note: '' }, boss)).toEqual({ code: 'BAD_USER_INPUT', field: 'note' });
    await ok(ADVANCE, { id: fourth, v: 1, action: 'START', note: '核实', tags: ['SYSTEM_FAILURE', 'EXTRA_MATERIALS'] }, boss);
    const tagged = await ok<Array<{ id: string }>>(`{ badReviews(tag: EXTRA_MATERIALS) { id } }`, {}, boss);
    expect(tagged.map((row) => row.id).sort()).toEqual([reviewIds[0], fourth].sort());
    expect(await ok<Array<{ id: string }>>(`{ badReviews(status: APPEALED) { id } }`, {}, boss)).toEqual([]);
  });

  it('counts the desk’s KPIs over a period (hand-computed), the manager for any department, a department its own', async () => {
    const STATS = `query ($d: ID) { badReviewStats(period: { from: "2026-11-01", to: "2026-11-30" }, departmentId: $d) {
      reviews rectified rectifiedOnTime onTimeRate callbacksDue callbacksDone callbackRate appeals appealsUpheld byTag { tag count } } }`;
    // A's reviews: #1 DONE on time, real name, called back, appealed (rejected); #2 anonymous, appealed and upheld; #3 untouched;
    // #4 started with two tags.
    // B's review (#5): level 2, real name, untouched.
    const hall = await ok<Record<string, unknown>>(STATS, {}, await manager());
    const ofA = await ok<Record<string, unknown>>(STATS, {}, await staffOf(A));
    const byTag = (counts: Record<string, number>) =>
      ['OVER_TIME_LIMIT', 'EXTRA_CONDITIONS', 'EXTRA_MATERIALS', 'NOT_TOLD_AT_ONCE', 'REPEATED_TRIPS', 'ATTITUDE', 'SYSTEM_FAILURE', 'OTHER'].map((tag) => ({
        tag,
        count: counts[tag] ?? 0,
      }));
    expect(ofA).toEqual({
      reviews: 4,
      rectified: 1,
      rectifiedOnTime: 1,
      onTimeRate: 1,
      callbacksDue: 3,
      callbacksDone: 1,
      callbackRate: 1 / 3,
      appeals: 2,
      appealsUpheld: 1,
      byTag: byTag({ EXTRA_MATERIALS: 2, SYSTEM_FAILURE: 1 }),
    });
    expect(hall).toMatchObject({ reviews: 5, callbacksDue: 4, callbacksDone: 1, callbackRate: 0.25 });
    expect(await ok(STATS, { d: A }, await manager())).toEqual(ofA);
    expect(await refusal(STATS, { d: A }, await staffOf(B))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refusal(STATS, {})).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refusal(STATS, { d: 'nope' }, await manager())).toEqual({ code: 'BAD_USER_INPUT', field: 'departmentId' });
  });

  it('marks an open review overdue past its deadline and loads history and appeal in batches (no N+1)', async () => {
    now = new Date('2026-12-20T02:00:00Z');
    const { result, statements } = await subgraph.runtime.database.statements.measure(async () =>
      ok<Array<{ overdue: boolean; rectificationStatus: string; history: unknown[]; appeal: unknown }>>(
        `{ badReviews { overdue rectificationStatus history { action } appeal { reason } } }`,
        {},
        await manager(),
      ),
    );
    expect(result).toHaveLength(5);
    expect(result.filter((row) => row.overdue).map((row) => row.rectificationStatus).sort()).toEqual(['IN_PROGRESS', 'PENDING', 'PENDING']);
    expect(statements).toBe(2);
    now = START;
  });
});

describe('complaint desk', () => {
  const row = (n: number, extra: Partial<typeof complaints.$inferInsert>) => ({
    number: `TS2026110${String(n).padStart(6, '0')}`,
    channel: 'HOTLINE' as const,
    subjectKind: 'DEPARTMENT' as const,
    departmentId: A,
    content: '办理时间过长',
    receivedAt: new Date('2026-11-02T02:00:00Z'),
    answerDueAt: new Date('2026-11-16T09:00:00Z'),
    ...extra,
  });

  it('closes an answered complaint with the complainant’s satisfaction and counts the KPIs', async () => {
    const [answered] = await subgraph.runtime.database.db
      .insert(complaints)
      .values([
        row(1, { status: 'ANSWERED', answer: '已整改', answeredAt: new Date('2026-11-10T02:00:00Z') }),
        row(2, { status: 'ANSWERED', answer: '已说明', answeredAt: new Date('2026-11-18T02:00:00Z') }),
        row(3, { status: 'ASSIGNED' }),
        row(4, { status: 'ASSIGNED', departmentId: B }),
      ])
      .returning();
    const CLOSE = `mutation ($id: ID!, $s: ComplaintSatisfaction!) { closeComplaint(id: $id, satisfaction: $s) { status satisfaction } }`;
    expect(await refusal(CLOSE, { id: answered?.id, s: 'SATISFIED' }, await adminOf(A))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await ok(CLOSE, { id: answered?.id, s: 'BASICALLY_SATISFIED' }, await manager())).toEqual({ status: 'CLOSED', satisfaction: 'BASICALLY_SATISFIED' });
    expect(await refusal(CLOSE, { id: answered?.id, s: 'SATISFIED' }, await manager())).toMatchObject({ code: 'CONFLICT' });
    const STATS = `query ($d: ID) { complaintStats(period: { from: "2026-11-01", to: "2026-11-30" }, departmentId: $d) {
      received answered answeredOnTime onTimeRate overdueOpen closed satisfied satisfactionRate } }`;
    expect(await ok(STATS, {}, await staffOf(A))).toEqual({
      received: 3,
      answered: 2,
      answeredOnTime: 1,
      onTimeRate: 0.5,
      overdueOpen: 1,
      closed: 1,
      satisfied: 1,
      satisfactionRate: 1,
    });
    expect(await ok(STATS, {}, await manager())).toMatchObject({ received: 4, overdueOpen: 2 });
    expect(await refusal(STATS, { d: B }, await staffOf(A))).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('督办 desk', () => {
  const RESPOND = `mutation ($id: ID!, $r: String!) { respondEscalation(id: $id, response: $r) { response respondedAt overdue tier automatic department { id } } }`;

  it('lets the case’s department (or the manager) respond once in writing, and lists a department its cases’ escalations only', async () => {
    now = new Date('2026-11-12T02:00:00Z');
    const ESCALATE = `mutation ($id: ID!) { escalateCase(id: $id, note: "请说明超期原因") { id tier automatic level overdue } }`;
    const mine = await ok<{ id: string; tier: string; automatic: boolean }>(ESCALATE, { id: lateA.id }, await manager());
    expect(mine).toMatchObject({ tier: 'DEPARTMENT', automatic: false, level: 'YELLOW', overdue: false });
    const theirs = await ok<{ id: string }>(ESCALATE, { id: lateB.id }, await manager());
    expect((await ok<Array<{ id: string }>>(`{ escalations(openOnly: true) { id } }`, {}, await staffOf(A))).map((e) => e.id)).toEqual([mine.id]);
    expect((await ok<Array<{ id: string }>>(`{ escalations { id } }`, {}, await manager())).length).toBe(2);
    expect(await refusal(`{ escalations { id } }`, {})).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refusal(RESPOND, { id: mine.id, r: '已加派人手' }, await staffOf(B))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refusal(RESPOND, { id: mine.id, r: '已加派人手' })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refusal(RESPOND, { id: mine.id, r: '  ' }, await staffOf(A))).toEqual({ code: 'BAD_USER_INPUT', field: 'response' });
    expect(await ok(RESPOND, { id: mine.id, r: '已加派人手，本周办结' }, await staffOf(A))).toEqual({
      response: '已加派人手，本周办结',
      respondedAt: now.toISOString(),
      overdue: false,
      tier: 'DEPARTMENT',
      automatic: false,
      department: { id: A },
    });
    expect(await refusal(RESPOND, { id: mine.id, r: '再次答复' }, await manager())).toMatchObject({ code: 'CONFLICT' });
    now = new Date('2026-11-20T02:00:00Z');
    expect((await ok<Array<{ id: string }>>(`{ escalations(overdueOnly: true) { id } }`, {}, await manager())).map((e) => e.id)).toEqual([theirs.id]);
    expect(await ok(`{ escalations(openOnly: true) { id } }`, {}, await adminOf(A))).toEqual([]);
    const STATS = `query ($d: ID) { escalationStats(period: { from: "2026-11-01", to: "2026-11-30" }, departmentId: $d) { raised automatic responded respondedOnTime climbed open } }`;
    expect(await ok(STATS, {}, await manager())).toEqual({ raised: 2, automatic: 0, responded: 1, respondedOnTime: 1, climbed: 0, open: 1 });
    expect(await ok(STATS, {}, await staffOf(B))).toEqual({ raised: 1, automatic: 0, responded: 0, respondedOnTime: 0, climbed: 0, open: 1 });
    now = START;
  });

  it('loads Case.escalations and Escalation.case / department in batches (no N+1)', async () => {
    const { result, statements } = await subgraph.runtime.database.statements.measure(async () =>
      ok<Array<{ case: { escalations: unknown[] }; department: { id: string } }>>(
        `{ escalations { department { id } case { id escalations { id } } } }`,
        {},
        await manager(),
      ),
    );
    expect(result).toHaveLength(2);
    expect(statements).toBe(3);
  });
});
