import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicant, departmentFixture, evaluationCodeOf, hall, startHarness, tokens, type CasesHarness } from './test-helpers';

const gaj = departmentFixture('GAJ');
const DAY = '2026-11-20';
const shift = hall.duty.shifts.find((candidate) => candidate.staffId === gaj.clerk.id && candidate.date === DAY && candidate.period === 'FULL_DAY');
if (!shift) throw new Error(`the demo roster has no full-day shift for the GAJ clerk on ${DAY}`);
const rosteredWindow = shift.windowId;
const otherWindow = hall.windows.find((window) => window.departmentIds.includes(gaj.department.id) && window.id !== rosteredWindow);
if (!otherWindow) throw new Error('GAJ needs a second window');

/** 10:00 and 12:30 in the hall (Asia/Shanghai): a morning on the roster, and the lunch break nobody is rostered in. */
const ON_DUTY = new Date(`${DAY}T02:00:00Z`);
const LUNCH = new Date(`${DAY}T04:30:00Z`);

let harness: CasesHarness;
let staff: string;
let manager: string;
let seq = 0;

beforeAll(async () => {
  harness = await startHarness({ seedDemo: false });
  harness.setNow(ON_DUTY);
  staff = await tokens.staff(gaj.department.id, gaj.clerk.id);
  manager = await tokens.manager();
});
afterAll(() => harness?.close());

const REGISTER = `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id window { id } events { data } } }`;

interface Registered {
  id: string;
  window: { id: string } | null;
  events: Array<{ data: Record<string, unknown> }>;
}

async function register(extra: Record<string, unknown>, token = staff) {
  seq += 1;
  return harness.subgraph.execute<{ registerCase: Registered }>(REGISTER, { input: { matterId: gaj.committed.id, ...applicant(seq), ...extra } }, token);
}

async function counts(): Promise<{ cases: number; events: number }> {
  const { rows } = await harness.subgraph.runtime.database.pool.query<{ cases: number; events: number }>(
    'SELECT (SELECT count(*)::int FROM cases.cases) AS cases, (SELECT count(*)::int FROM cases.case_events) AS events',
  );
  return rows[0] ?? { cases: 0, events: 0 };
}

describe('a desk registration carries the window the roster puts the clerk at', () => {
  it('takes the rostered window when the clerk sends none, and accepts the rostered one sent', async () => {
    harness.setNow(ON_DUTY);
    const plain = await register({});
    expect(plain.errors).toBeUndefined();
    expect(plain.data?.registerCase.window).toEqual({ id: rosteredWindow });
    expect(plain.data?.registerCase.events[0]?.data).not.toHaveProperty('offRoster');
    const named = await register({ windowId: rosteredWindow });
    expect(named.errors).toBeUndefined();
    expect(named.data?.registerCase.window).toEqual({ id: rosteredWindow });
  });

  it('refuses a clerk another window of the department, with the field named, writing nothing', async () => {
    harness.setNow(ON_DUTY);
    const before = await counts();
    const refused = await register({ windowId: otherWindow.id });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'windowId' });
    expect(await counts()).toEqual(before);
  });

  it('registers a clerk with no shift now without a window, marked off the roster in the trail; a window sent is refused', async () => {
    harness.setNow(LUNCH);
    try {
      const off = await register({});
      expect(off.errors).toBeUndefined();
      expect(off.data?.registerCase.window).toBeNull();
      expect(off.data?.registerCase.events[0]?.data).toMatchObject({ offRoster: true });
      const before = await counts();
      const refused = await register({ windowId: rosteredWindow });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'windowId' });
      expect(await counts()).toEqual(before);
    } finally {
      harness.setNow(ON_DUTY);
    }
  });

  it('lets the manager name any window of the department, and gives online registrations none', async () => {
    harness.setNow(ON_DUTY);
    const byManager = await register({ windowId: otherWindow.id, firstOwnerStaffId: gaj.clerk.id }, manager);
    expect(byManager.errors).toBeUndefined();
    expect(byManager.data?.registerCase.window).toEqual({ id: otherWindow.id });
    const online = await register({ online: true });
    expect(online.errors).toBeUndefined();
    expect(online.data?.registerCase.window).toBeNull();
    expect(online.data?.registerCase.events[0]?.data).not.toHaveProperty('offRoster');
  });
});

const RECORDS = `query ($p: Period!) { serviceRecords(period: $p, by: WINDOW) { subjectId completed evaluations verySatisfied evaluationRate } }`;
const EVALUATE = `mutation ($input: EvaluateCaseInput!) { evaluateCase(input: $input) { level window { id } } }`;

interface WindowRecord {
  subjectId: string;
  completed: number;
  evaluations: number;
  verySatisfied: number;
  evaluationRate: number | null;
}

async function windowRecord(): Promise<WindowRecord | undefined> {
  const answer = await harness.subgraph.execute<{ serviceRecords: WindowRecord[] }>(RECORDS, { p: { from: DAY, to: DAY } }, manager);
  expect(answer.errors).toBeUndefined();
  return answer.data?.serviceRecords.find((record) => record.subjectId === rosteredWindow);
}

describe('per-window KPIs count live desk cases', () => {
  it('moves the rostered window’s completed and evaluation figures when a desk case is completed and evaluated', async () => {
    harness.setNow(ON_DUTY);
    const before = (await windowRecord()) ?? { completed: 0, evaluations: 0, verySatisfied: 0 };
    seq += 1;
    const instant = await harness.subgraph.execute<{ registerCase: { id: string; window: { id: string } | null } }>(
      `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id window { id } } }`,
      { input: { matterId: gaj.instant.id, ...applicant(seq), completeOnTheSpot: true } },
      staff,
    );
    expect(instant.errors).toBeUndefined();
    const id = instant.data?.registerCase.id ?? '';
    expect(instant.data?.registerCase.window).toEqual({ id: rosteredWindow });
    const completed = await windowRecord();
    expect(completed?.completed).toBe(before.completed + 1);

    const code = await evaluationCodeOf(harness.subgraph, { id });
    const evaluated = await harness.subgraph.execute<{ evaluateCase: { level: number; window: { id: string } | null } }>(EVALUATE, {
      input: { code, level: 5, channel: 'WINDOW_TABLET' },
    });
    expect(evaluated.errors).toBeUndefined();
    expect(evaluated.data?.evaluateCase).toEqual({ level: 5, window: { id: rosteredWindow } });
    const after = await windowRecord();
    expect(after).toMatchObject({ completed: before.completed + 1, evaluations: before.evaluations + 1, verySatisfied: before.verySatisfied + 1 });
  });
});
