import { DEMO_NOW } from '@hall/demo-hall';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referralFlagsOf, type ReferralCase } from './domain/referrals';
import { applicant, departmentFixture, evaluationCodeOf, hall, startHarness, tokens, type CasesHarness } from './test-helpers';

const gaj = departmentFixture('GAJ');
const scjg = departmentFixture('SCJG');

let harness: CasesHarness;
let manager: string;
let gajStaff: string;
let scjgStaff: string;

beforeAll(async () => {
  harness = await startHarness({ seedDemo: true });
  harness.setNow(DEMO_NOW);
  manager = await tokens.manager();
  gajStaff = await tokens.staff(gaj.department.id, gaj.clerk.id);
  scjgStaff = await tokens.staff(scjg.department.id, scjg.clerk.id);
});
afterAll(() => harness?.close());

async function ok<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const result = await harness.subgraph.execute<Record<string, T>>(query, variables, token);
  expect(result.errors).toBeUndefined();
  return Object.values(result.data ?? {})[0] as T;
}
async function code(query: string, variables: Record<string, unknown>, token?: string) {
  return (await harness.subgraph.execute(query, variables, token)).errors?.[0]?.extensions?.code;
}

describe('complaints', () => {
  const FILE = `mutation ($input: FileComplaintInput!) { fileComplaint(input: $input) { id number status answerDueAt complainantName } }`;
  const input = { channel: 'WEB', subject: 'WINDOW', windowId: hall.windows[0]?.id, content: '窗口午休期间无人值守，等候四十分钟', complainantName: '孙八', complainantPhone: '13712345678' };

  it('lets anyone complain, due in 10 working days, and walks received → assigned → answered → closed', async () => {
    const filed = await ok<{ id: string; number: string; status: string; answerDueAt: string; complainantName: string }>(FILE, { input });
    expect(filed).toMatchObject({ status: 'RECEIVED', answerDueAt: '2026-12-04T09:00:00.000Z', complainantName: '孙*' });
    expect(filed.number).toMatch(/^TS20261120\d{4}$/);
    expect(await code(`mutation ($id: ID!) { answerComplaint(id: $id, answer: "已调整午间轮岗安排") { id } }`, { id: filed.id }, gajStaff)).toBe('FORBIDDEN');
    expect(await code(`mutation ($id: ID!) { closeComplaint(id: $id, satisfaction: SATISFIED) { id } }`, { id: filed.id }, manager)).toBe('CONFLICT');
    expect(await code(`mutation ($id: ID!, $d: ID!) { assignComplaint(id: $id, departmentId: $d) { id } }`, { id: filed.id, d: gaj.department.id }, gajStaff)).toBe('FORBIDDEN');
    await ok(`mutation ($id: ID!, $d: ID!) { assignComplaint(id: $id, departmentId: $d) { status } }`, { id: filed.id, d: gaj.department.id }, manager);
    expect(await code(`mutation ($id: ID!) { answerComplaint(id: $id, answer: "已调整午间轮岗") { id } }`, { id: filed.id }, scjgStaff)).toBe('FORBIDDEN');
    const answered = await ok<{ status: string; overdue: boolean }>(`mutation ($id: ID!) { answerComplaint(id: $id, answer: "已调整午间轮岗安排") { status overdue } }`, { id: filed.id }, gajStaff);
    expect(answered).toEqual({ status: 'ANSWERED', overdue: false });
    const closed = await ok<{ status: string; complainantName: string }>(`mutation ($id: ID!) { closeComplaint(id: $id, satisfaction: SATISFIED) { status complainantName } }`, { id: filed.id }, manager);
    expect(closed).toEqual({ status: 'CLOSED', complainantName: '孙八' });
  });

  it('refuses a complaint about a window, staff member or matter nobody knows, storing nothing', async () => {
    const { rows: before } = await harness.subgraph.runtime.database.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM cases.complaints');
    const unknown = '99999999-9999-4999-8999-999999999999';
    expect(await code(FILE, { input: { ...input, windowId: unknown } })).toBe('BAD_USER_INPUT');
    expect(await code(FILE, { input: { ...input, subject: 'STAFF', windowId: null, staffId: unknown } })).toBe('BAD_USER_INPUT');
    expect(await code(FILE, { input: { ...input, subject: 'MATTER', windowId: null, matterId: unknown } })).toBe('BAD_USER_INPUT');
    expect(await code(FILE, { input: { ...input, subject: 'DEPARTMENT', windowId: null, departmentId: unknown } })).toBe('BAD_USER_INPUT');
    const { rows: after } = await harness.subgraph.runtime.database.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM cases.complaints');
    expect(after[0]?.n).toBe(before[0]?.n);
    const aboutStaff = await ok<{ id: string }>(FILE, { input: { ...input, subject: 'STAFF', windowId: null, staffId: gaj.clerk.id } });
    // Nor is a complaint assigned to a department nobody knows.
    const ASSIGN = `mutation ($id: ID!, $d: ID!) { assignComplaint(id: $id, departmentId: $d) { status } }`;
    expect(await code(ASSIGN, { id: aboutStaff.id, d: unknown }, manager)).toBe('BAD_USER_INPUT');
    const { rows: status } = await harness.subgraph.runtime.database.pool.query<{ status: string }>('SELECT status FROM cases.complaints WHERE id = $1', [aboutStaff.id]);
    expect(status[0]?.status).toBe('RECEIVED');
  });

  it('refuses a complaint that does not name its subject, and lists the overdue ones', async () => {
    expect(await code(FILE, { input: { ...input, windowId: null } })).toBe('BAD_USER_INPUT');
    const late = await ok<{ id: string }>(FILE, { input: { ...input, content: '材料被退回三次，每次说法不同' } });
    harness.setNow(new Date('2026-12-08T02:00:00Z'));
    const overdue = await ok<Array<{ id: string; overdue: boolean }>>(`{ complaints(overdueOnly: true) { id overdue } }`, {}, manager);
    expect(overdue.map((row) => row.id)).toContain(late.id);
    expect(overdue.every((row) => row.overdue)).toBe(true);
    expect(await code(`{ complaints { id } }`, {})).toBe('FORBIDDEN');
    harness.setNow(DEMO_NOW);
  });
});

describe('the demo hall’s complaints', () => {
  it('seeds its closed complaint with the complainant’s satisfaction', async () => {
    const closed = await ok<Array<{ satisfaction: string | null }>>(`{ complaints(status: CLOSED) { satisfaction } }`, {}, manager);
    expect(closed.length).toBeGreaterThan(0);
    expect(closed.every((row) => row.satisfaction === 'SATISFIED')).toBe(true);
  });
});

describe('escalations (督办)', () => {
  it('lets the manager escalate a case with a red card once, with a new deadline', async () => {
    // Accepted Mon 2 Nov with 5 working days: due Mon 9, supervision deadline Thu 12: red on 20 Nov.
    harness.setNow(new Date('2026-11-02T02:00:00Z'));
    const registered = await ok<{ id: string }>(`mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id } }`, { input: { matterId: gaj.committed.id, ...applicant(600) } }, gajStaff);
    await ok(`mutation ($id: ID!) { acceptCase(id: $id, expectedVersion: 1) { id } }`, { id: registered.id }, gajStaff);
    harness.setNow(DEMO_NOW);
    const ESCALATE = `mutation ($id: ID!) { escalateCase(id: $id, note: "请于三个工作日内办结并书面说明超期原因") { level dueAt case { id escalations { level } } } }`;
    expect(await code(ESCALATE, { id: registered.id }, gajStaff)).toBe('FORBIDDEN');
    const escalation = await ok<{ level: string; dueAt: string; case: { escalations: Array<{ level: string }> } }>(ESCALATE, { id: registered.id }, manager);
    // DEMO_NOW is Fri 20 Nov 17:30: three working days later is Wed 25 Nov, 17:00.
    expect(escalation).toMatchObject({ level: 'RED', dueAt: '2026-11-25T09:00:00.000Z' });
    expect(escalation.case.escalations).toEqual([{ level: 'RED' }]);
    expect(await code(ESCALATE, { id: registered.id }, manager)).toBe('CONFLICT');
    const calm = hall.cases.find((kase) => kase.status === 'COMPLETED');
    expect(await code(ESCALATE, { id: calm?.id }, manager)).toBe('CONFLICT');
    // Completing the case settles its escalation.
    await ok(`mutation ($id: ID!) { startReview(id: $id, expectedVersion: 2) { id } }`, { id: registered.id }, gajStaff);
    await ok(`mutation ($id: ID!) { decideCase(id: $id, expectedVersion: 3, approved: true) { id } }`, { id: registered.id }, gajStaff);
    const completed = await ok<{ escalations: Array<{ resolvedAt: string | null }> }>(
      `mutation ($id: ID!) { completeCase(id: $id, expectedVersion: 4) { escalations { resolvedAt } } }`,
      { id: registered.id },
      gajStaff,
    );
    expect(completed.escalations).toEqual([{ resolvedAt: DEMO_NOW.toISOString() }]);
  });

  it('seeds the demo hall’s escalation of its overdue case', async () => {
    const [seeded] = hall.escalations;
    const kase = await ok<{ warning: string; escalations: Array<{ level: string }> }>(`query ($id: ID!) { case(id: $id) { warning escalations { level } } }`, { id: seeded?.caseId }, manager);
    expect(kase.escalations).toEqual([{ level: 'YELLOW' }]);
  });
});

describe('the buck-passing detector', () => {
  const row = (id: string, departmentId: string, referredTo: string | null, from: string | null): ReferralCase => ({
    id,
    departmentId,
    status: referredTo ? 'REFERRED' : 'ACCEPTED',
    referredToDepartmentId: referredTo,
    referredFromCaseId: from,
  });

  it('flags a loop A → B → A and a third hand-off, and leaves a plain referral alone', () => {
    expect(referralFlagsOf([row('1', 'A', 'B', null), row('2', 'B', null, '1')])).toEqual([]);
    const loop = referralFlagsOf([row('1', 'A', 'B', null), row('2', 'B', 'A', '1')]);
    expect(loop.map((flag) => [flag.kind, flag.departmentIds])).toEqual([['LOOP', ['A', 'B', 'A']]]);
    const third = referralFlagsOf([row('1', 'A', 'B', null), row('2', 'B', 'C', '1'), row('3', 'C', 'D', '2')]);
    expect(third.map((flag) => [flag.kind, flag.departmentIds])).toEqual([['THIRD_HANDOFF', ['A', 'B', 'C', 'D']]]);
  });

  it('finds a loop built through the API and shows it to the manager only', async () => {
    const REGISTER = `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id version } }`;
    const first = await ok<{ id: string; version: number }>(REGISTER, { input: { matterId: gaj.committed.id, ...applicant(700) } }, gajStaff);
    await ok(`mutation ($id: ID!, $to: ID!) { referCase(id: $id, expectedVersion: 1, toDepartmentId: $to, reason: "属市场监管局职责") { id } }`, { id: first.id, to: scjg.department.id }, gajStaff);
    // Registered in SCJG under one of its matters, naming the referred case, then sent back.
    const second = await ok<{ id: string }>(REGISTER, { input: { matterId: scjg.committed.id, ...applicant(701), referredFromCaseId: first.id } }, scjgStaff);
    await ok(`mutation ($id: ID!, $to: ID!) { referCase(id: $id, expectedVersion: 1, toDepartmentId: $to, reason: "属公安局职责") { id } }`, { id: second.id, to: gaj.department.id }, scjgStaff);
    const flags = await ok<Array<{ kind: string; cases: Array<{ id: string }>; departments: Array<{ id: string }> }>>(
      `{ referralFlags { kind cases { id } departments { id } } }`,
      {},
      manager,
    );
    const loop = flags.find((flag) => flag.cases[0]?.id === first.id);
    expect(loop).toEqual({ kind: 'LOOP', cases: [{ id: first.id }, { id: second.id }], departments: [gaj.department.id, scjg.department.id, gaj.department.id].map((id) => ({ id })) });
    expect(await code(`{ referralFlags { kind } }`, {}, gajStaff)).toBe('FORBIDDEN');
    // The receiving case must name a case referred to its department.
    expect(await code(REGISTER, { input: { matterId: gaj.committed.id, ...applicant(702), referredFromCaseId: first.id } }, gajStaff)).toBe('BAD_USER_INPUT');
  });
});

describe('the bad-review workflow', () => {
  const ADVANCE = `mutation ($id: ID!, $v: Int!, $action: BadReviewAction!) { advanceBadReview(id: $id, expectedVersion: $v, action: $action, note: "处理意见") { rectificationStatus version callbackAt actions { action toStatus } } }`;

  async function badReview(number: string, level = 1) {
    return ok<{ id: string; version: number }>(
      `mutation ($input: EvaluateCaseInput!) { evaluateCase(input: $input) { id version } }`,
      { input: { code: await evaluationCodeOf(harness.subgraph, { number }), level, channel: 'MOBILE', comment: '服务态度差' } },
    );
  }
  const unevaluated = (departmentId?: string) => {
    const rated = new Set(hall.evaluations.map((e) => e.caseId));
    return hall.cases.filter(
      (c) =>
        (c.status === 'COMPLETED' || c.status === 'DELIVERED') &&
        !rated.has(c.id) &&
        (departmentId ? c.departmentId === departmentId : c.departmentId !== scjg.department.id),
    );
  };

  it('has the hall verify and call back, the department rectify, and refuses to close a real-name review before the callback', async () => {
    const target = unevaluated()[0];
    if (!target) throw new Error('the demo hall leaves a case unevaluated');
    const review = await badReview(target.number);
    const department = await tokens.deptAdmin(target.departmentId);
    const departmentStaff = await tokens.staff(target.departmentId, target.firstOwnerStaffId);
    // The reviewed department cannot verify (核实) or call back (回访) its own bad review; nothing changes.
    for (const token of [department, departmentStaff]) {
      expect(await code(ADVANCE, { id: review.id, v: 1, action: 'START' }, token)).toBe('FORBIDDEN');
      expect(await code(ADVANCE, { id: review.id, v: 1, action: 'CALLBACK' }, token)).toBe('FORBIDDEN');
    }
    let state = await ok<{ version: number; rectificationStatus: string }>(ADVANCE, { id: review.id, v: 1, action: 'START' }, manager);
    expect(state).toMatchObject({ version: 2, rectificationStatus: 'IN_PROGRESS' });
    expect(await code(ADVANCE, { id: review.id, v: state.version, action: 'COMPLETE' }, department)).toBe('CONFLICT');
    expect(await code(ADVANCE, { id: review.id, v: 1, action: 'CALLBACK' }, manager)).toBe('CONFLICT');
    expect(await code(ADVANCE, { id: review.id, v: state.version, action: 'CALLBACK' }, department)).toBe('FORBIDDEN');
    state = await ok(ADVANCE, { id: review.id, v: state.version, action: 'CALLBACK' }, manager);
    const done = await ok<{ rectificationStatus: string; actions: Array<{ action: string }> }>(ADVANCE, { id: review.id, v: state.version, action: 'COMPLETE' }, department);
    expect(done.rectificationStatus).toBe('DONE');
    expect(done.actions.map((step) => step.action)).toEqual(['OPEN', 'START', 'CALLBACK', 'COMPLETE']);
    expect(await code(ADVANCE, { id: review.id, v: 4, action: 'DECLARE_INVALID' }, manager)).toBe('CONFLICT');
  });

  it('leaves the invalid and unrectifiable branches to the manager, and other departments out', async () => {
    const [first, second] = unevaluated().slice(1);
    if (!first || !second) throw new Error('the demo hall leaves cases unevaluated');
    const review = await badReview(first.number, 2);
    expect(await code(ADVANCE, { id: review.id, v: 1, action: 'DECLARE_INVALID' }, await tokens.deptAdmin(first.departmentId))).toBe('FORBIDDEN');
    expect(await code(ADVANCE, { id: review.id, v: 1, action: 'COMPLETE' }, scjgStaff)).toBe('FORBIDDEN');
    const invalid = await ok<{ rectificationStatus: string }>(ADVANCE, { id: review.id, v: 1, action: 'DECLARE_INVALID' }, manager);
    expect(invalid.rectificationStatus).toBe('INVALID');
    const other = await badReview(second.number, 1);
    const unrectifiable = await ok<{ rectificationStatus: string }>(ADVANCE, { id: other.id, v: 1, action: 'DECLARE_UNRECTIFIABLE' }, manager);
    expect(unrectifiable.rectificationStatus).toBe('UNRECTIFIABLE');
    const all = await ok<Array<{ rectificationStatus: string }>>(`{ badReviews { rectificationStatus } }`, {}, manager);
    expect(all.map((row) => row.rectificationStatus)).toEqual(expect.arrayContaining(['INVALID', 'UNRECTIFIABLE', 'DONE', 'IN_PROGRESS']));
    const own = await ok<Array<{ department: { id: string } }>>(`{ badReviews { department { id } } }`, {}, await tokens.deptAdmin(first.departmentId));
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((row) => row.department.id === first.departmentId)).toBe(true);
  });
});
