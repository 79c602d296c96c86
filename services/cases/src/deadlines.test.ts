import { DEMO_NOW } from '@hall/demo-hall';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicant, departmentFixture, hall, startHarness, tokens, type CasesHarness } from './test-helpers';

const { department, committed, clerk } = departmentFixture('GAJ');
const other = departmentFixture('SCJG');

let harness: CasesHarness;
let staff: string;
let manager: string;
let seq = 0;

beforeAll(async () => {
  harness = await startHarness({ seedDemo: true });
  staff = await tokens.staff(department.id, clerk.id);
  manager = await tokens.manager();
});
afterAll(() => harness?.close());

interface Clock {
  id: string;
  version: number;
  status: string;
  dueAt: string | null;
  preWarningAt: string | null;
  supervisionDueAt: string | null;
  pausedWorkingDays: number;
  warning: string;
  visits: number;
}
const FIELDS = 'id version status dueAt preWarningAt supervisionDueAt pausedWorkingDays warning visits';

async function at<T>(when: string, query: string, variables: Record<string, unknown>, token = staff) {
  harness.setNow(new Date(when));
  const result = await harness.subgraph.execute<Record<string, T>>(query, variables, token);
  expect(result.errors).toBeUndefined();
  return Object.values(result.data ?? {})[0] as T;
}

async function acceptedAt(when: string): Promise<Clock> {
  seq += 1;
  const kase = await at<Clock>(when, `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { ${FIELDS} } }`, {
    input: { matterId: committed.id, ...applicant(seq) },
  });
  return at<Clock>(when, `mutation ($id: ID!) { acceptCase(id: $id, expectedVersion: 1) { ${FIELDS} } }`, { id: kase.id });
}

describe('deadlines through the API', () => {
  it('puts the deadline of a 5-day matter accepted before the 2026 Spring Festival after the holiday', async () => {
    expect(committed.committedLimitDays).toBe(5);
    const kase = await acceptedAt('2026-02-12T02:00:00Z');
    expect(kase).toMatchObject({
      dueAt: '2026-02-26T09:00:00.000Z',
      preWarningAt: '2026-02-25T09:00:00.000Z',
      supervisionDueAt: '2026-03-02T09:00:00.000Z',
      warning: 'NONE',
    });
  });

  it('stops the clock while suspended and adds the paused working days back', async () => {
    const accepted = await acceptedAt('2026-11-02T01:30:00Z');
    expect(accepted.dueAt).toBe('2026-11-09T09:00:00.000Z');
    const reviewed = await at<Clock>('2026-11-03T02:00:00Z', `mutation ($id: ID!, $v: Int!) { startReview(id: $id, expectedVersion: $v) { ${FIELDS} } }`, {
      id: accepted.id,
      v: accepted.version,
    });
    const suspended = await at<Clock>(
      '2026-11-04T03:00:00Z',
      `mutation ($id: ID!, $v: Int!) { suspendCase(id: $id, expectedVersion: $v, reason: "专家评审") { ${FIELDS} } }`,
      { id: reviewed.id, v: reviewed.version },
    );
    // Paused: no warning even long past the original deadline.
    const paused = await at<{ warning: string }>('2026-11-10T05:00:00Z', `query ($id: ID!) { case(id: $id) { warning } }`, { id: suspended.id });
    expect(paused.warning).toBe('NONE');
    const resumed = await at<Clock>('2026-11-10T06:00:00Z', `mutation ($id: ID!, $v: Int!) { resumeCase(id: $id, expectedVersion: $v) { ${FIELDS} } }`, {
      id: suspended.id,
      v: suspended.version,
    });
    // Thu 5, Fri 6, Mon 9, Tue 10 stood still: deadline Mon 9 → Fri 13; pre-warning end of Thu 12.
    expect(resumed).toMatchObject({ pausedWorkingDays: 4, dueAt: '2026-11-13T09:00:00.000Z', preWarningAt: '2026-11-12T09:00:00.000Z', warning: 'NONE' });
    const pre = await at<{ warning: string }>('2026-11-12T09:00:01Z', `query ($id: ID!) { case(id: $id) { warning } }`, { id: resumed.id });
    expect(pre.warning).toBe('PRE');
    const late = await at<{ warning: string }>('2026-11-13T09:00:01Z', `query ($id: ID!) { case(id: $id) { warning } }`, { id: resumed.id });
    expect(late.warning).toBe('YELLOW');
    const red = await at<{ warning: string }>('2026-11-18T09:00:01Z', `query ($id: ID!) { case(id: $id) { warning } }`, { id: resumed.id });
    expect(red.warning).toBe('RED');
  });

  it('stops the clock while a supplement asked for during review is awaited', async () => {
    const accepted = await acceptedAt('2026-11-02T01:30:00Z');
    const reviewed = await at<Clock>('2026-11-02T03:00:00Z', `mutation ($id: ID!, $v: Int!) { startReview(id: $id, expectedVersion: $v) { ${FIELDS} } }`, {
      id: accepted.id,
      v: accepted.version,
    });
    const materials = committed.materials.map((m) => m.name);
    const asked = await at<Clock>(
      '2026-11-03T02:00:00Z',
      `mutation ($id: ID!, $v: Int!, $r: [String!]!, $m: [String!]!) { requestSupplement(id: $id, expectedVersion: $v, receivedMaterials: $r, missingMaterials: $m, note: "审查中发现需补正") { ${FIELDS} } }`,
      { id: reviewed.id, v: reviewed.version, r: materials.slice(1), m: materials.slice(0, 1) },
    );
    expect(asked.warning).toBe('NONE');
    const back = await at<Clock>('2026-11-05T02:00:00Z', `mutation ($id: ID!, $v: Int!) { resubmitCase(id: $id, expectedVersion: $v, atWindow: false) { ${FIELDS} } }`, {
      id: asked.id,
      v: asked.version,
    });
    // Wed 4 and Thu 5 stood still: Mon 9 → Wed 11; the case then goes back to review.
    expect(back).toMatchObject({ status: 'RESUBMITTED', pausedWorkingDays: 2, dueAt: '2026-11-11T09:00:00.000Z' });
    const again = await at<Clock>('2026-11-05T03:00:00Z', `mutation ($id: ID!, $v: Int!) { startReview(id: $id, expectedVersion: $v) { ${FIELDS} } }`, { id: back.id, v: back.version });
    expect(again.status).toBe('UNDER_REVIEW');
  });

  it('lets only the manager edit the calendar, and moves running deadlines with it', async () => {
    const kase = await acceptedAt('2026-12-01T02:00:00Z'); // Tue; 5 working days → Tue 8 Dec
    expect(kase.dueAt).toBe('2026-12-08T09:00:00.000Z');
    const SET = `mutation ($day: Date!, $kind: CalendarDayKind) { setCalendarDay(day: $day, kind: $kind, note: "临时闭厅") { day working override } }`;
    harness.setNow(new Date('2026-12-01T03:00:00Z'));
    const refused = await harness.subgraph.execute(SET, { day: '2026-12-03', kind: 'OFF' }, staff);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const set = await at<{ working: boolean; override: string }>('2026-12-01T03:00:00Z', SET, { day: '2026-12-03', kind: 'OFF' }, manager);
    expect(set).toMatchObject({ working: false, override: 'OFF' });
    const moved = await at<{ dueAt: string }>('2026-12-01T03:00:00Z', `query ($id: ID!) { case(id: $id) { dueAt } }`, { id: kase.id });
    expect(moved.dueAt).toBe('2026-12-09T09:00:00.000Z');
    const calendar = await at<Array<{ day: string; working: boolean; holiday: string | null; override: string | null }>>(
      '2026-12-01T03:00:00Z',
      `query { calendar(from: "2026-12-02", to: "2026-12-05") { day working holiday override } }`,
      {},
    );
    expect(calendar.map((day) => day.working)).toEqual([true, false, true, false]);
    const reset = await at<{ working: boolean; override: string | null }>('2026-12-01T03:00:00Z', SET, { day: '2026-12-03', kind: null }, manager);
    expect(reset).toMatchObject({ working: true, override: null });
    const spring = await at<Array<{ holiday: string | null; working: boolean; statutoryDataKnown: boolean }>>(
      '2026-12-01T03:00:00Z',
      `query { calendar(from: "2026-02-14", to: "2026-02-15") { holiday working statutoryDataKnown } }`,
      {},
    );
    expect(spring).toEqual([
      { holiday: '春节', working: true, statutoryDataKnown: true },
      { holiday: '春节', working: false, statutoryDataKnown: true },
    ]);
    const next = await at<Array<{ statutoryDataKnown: boolean }>>('2026-12-01T03:00:00Z', `query { calendar(from: "2027-02-08", to: "2027-02-08") { statutoryDataKnown } }`, {});
    expect(next).toEqual([{ statutoryDataKnown: false }]);
  });

  it('lists every override of the manager to anyone, in day order: what the duty and inspections subgraphs count on', async () => {
    const SET = `mutation ($day: Date!, $kind: CalendarDayKind) { setCalendarDay(day: $day, kind: $kind, note: "调整") { day } }`;
    const LIST = `query { calendarOverrides { day working override note holiday statutoryDataKnown } }`;
    await at('2026-12-01T03:00:00Z', SET, { day: '2027-01-09', kind: 'WORKING' }, manager);
    await at('2026-12-01T03:00:00Z', SET, { day: '2027-01-04', kind: 'OFF' }, manager);
    const listed = await at<Array<{ day: string }>>('2026-12-01T03:00:00Z', LIST, {}, '');
    expect(listed.filter((day) => day.day.startsWith('2027-01'))).toEqual([
      { day: '2027-01-04', working: false, override: 'OFF', note: '调整', holiday: null, statutoryDataKnown: false },
      { day: '2027-01-09', working: true, override: 'WORKING', note: '调整', holiday: null, statutoryDataKnown: false },
    ]);
    expect(listed.map((day) => day.day)).toEqual(listed.map((day) => day.day).sort());
    await at('2026-12-01T03:00:00Z', SET, { day: '2027-01-04', kind: null }, manager);
    await at('2026-12-01T03:00:00Z', SET, { day: '2027-01-09', kind: null }, manager);
    const after = await at<Array<{ day: string }>>('2026-12-01T03:00:00Z', LIST, {}, '');
    expect(after.filter((day) => day.day.startsWith('2027-01'))).toEqual([]);
  });

  it('records every visit', async () => {
    const kase = await acceptedAt('2026-11-16T02:00:00Z');
    const visited = await at<{ visits: number; visitLog: Array<{ purpose: string }> }>(
      '2026-11-17T02:00:00Z',
      `mutation ($id: ID!) { recordVisit(input: { id: $id, purpose: "现场核验原件" }) { visits visitLog { purpose } } }`,
      { id: kase.id },
    );
    expect(visited.visits).toBe(2);
    expect(visited.visitLog.map((visit) => visit.purpose)).toEqual(['提交申请', '现场核验原件']);
    harness.setNow(new Date('2026-11-17T02:00:00Z'));
    const refused = await harness.subgraph.execute(`mutation ($id: ID!) { recordVisit(input: { id: $id, purpose: "x" }) { visits } }`, { id: kase.id }, await tokens.staff(other.department.id, other.clerk.id));
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the warning list', () => {
  it('shows the manager the demo hall’s overdue case first and a department only its own', async () => {
    const overdue = hall.cases.find((kase) => kase.status === 'UNDER_REVIEW' && kase.dueAt && kase.dueAt < DEMO_NOW);
    if (!overdue) throw new Error('the demo hall has an overdue case');
    const list = await at<Array<{ id: string; warning: string; department: { id: string } }>>(
      DEMO_NOW.toISOString(),
      `{ warningCases { id warning department { id } } }`,
      {},
      manager,
    );
    expect(list.length).toBeGreaterThan(0);
    expect(list.map((kase) => kase.id)).toContain(overdue.id);
    expect(list.every((kase) => kase.warning !== 'NONE')).toBe(true);
    const order = { RED: 0, YELLOW: 1, PRE: 2 } as Record<string, number>;
    expect(list.map((kase) => order[kase.warning])).toEqual([...list.map((kase) => order[kase.warning])].sort());
    const mine = await at<Array<{ department: { id: string } }>>(DEMO_NOW.toISOString(), `{ warningCases { department { id } } }`, {}, staff);
    expect(mine.every((kase) => kase.department.id === department.id)).toBe(true);
    harness.setNow(DEMO_NOW);
    const publicTry = await harness.subgraph.execute(`{ warningCases { id } }`);
    expect(publicTry.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
