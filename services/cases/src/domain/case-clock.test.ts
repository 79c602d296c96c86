import { DEMO_NOW } from '@hall/demo-hall';
import { WorkingCalendar } from '@hall/service-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseClockOf, needsCalendar, type ClockedCase } from './case-clock';
import { applicant, departmentFixture, hall, startHarness, tokens, type CasesHarness } from '../test-helpers';

const ZONE = 'Asia/Shanghai';
// The statutory calendar: in the week of November 2026 (Mon 23 … Fri 27) the weekend 28–29 is off.
const calendar = new WorkingCalendar();
const at = (local: string) => new Date(`${local}+08:00`);
const underReview = (dueAt: Date | null): ClockedCase => ({ status: 'UNDER_REVIEW', acceptedAt: at('2026-11-16T09:00:00'), dueAt });
const left = (now: Date, kase: ClockedCase) => caseClockOf(kase, now, ZONE, calendar).timeLeft;

// The rule moved from the case desk (frontends/case-desk/src/warnings.ts), with its tests' expectations.
describe('time left (the rule)', () => {
  it('counts working days after today up to the due day, skipping the weekend', () => {
    expect(left(at('2026-11-26T10:00:00'), underReview(at('2026-11-30T17:00:00')))).toEqual({ kind: 'DAYS', days: 2 });
  });

  it('counts hours on the due day and after it, working days once overdue for longer', () => {
    const kase = underReview(at('2026-11-24T17:00:00'));
    expect(left(at('2026-11-24T09:30:00'), kase)).toEqual({ kind: 'HOURS', hours: 8 });
    expect(left(at('2026-11-24T19:10:00'), kase)).toEqual({ kind: 'OVERDUE_HOURS', hours: 2 });
    expect(left(at('2026-11-27T09:00:00'), kase)).toEqual({ kind: 'OVERDUE_DAYS', days: 3 });
  });

  it('rounds hours left up and hours overdue down, at least one either way', () => {
    const kase = underReview(at('2026-11-24T17:00:00'));
    expect(left(at('2026-11-24T17:00:00'), kase)).toEqual({ kind: 'HOURS', hours: 1 });
    expect(left(at('2026-11-24T16:59:00'), kase)).toEqual({ kind: 'HOURS', hours: 1 });
    expect(left(at('2026-11-24T17:20:00'), kase)).toEqual({ kind: 'OVERDUE_HOURS', hours: 1 });
  });

  it('shows a paused clock as paused and a running one without a deadline as nothing', () => {
    const paused = caseClockOf({ status: 'SUSPENDED', acceptedAt: at('2026-11-16T09:00:00'), dueAt: at('2026-11-30T17:00:00') }, new Date(), ZONE, calendar);
    expect(paused).toEqual({ state: 'PAUSED', timeLeft: { kind: 'PAUSED' } });
    expect(caseClockOf(underReview(null), new Date(), ZONE, calendar)).toEqual({ state: 'RUNNING', timeLeft: null });
  });

  it('counts nothing for a closed case, even one completed late, nor for one not accepted', () => {
    const dueAt = at('2026-11-24T17:00:00');
    const now = at('2026-11-27T09:00:00');
    expect(caseClockOf({ status: 'DELIVERED', acceptedAt: at('2026-11-16T09:00:00'), dueAt }, now, ZONE, calendar)).toEqual({ state: 'STOPPED', timeLeft: null });
    expect(caseClockOf({ status: 'RESUBMITTED', acceptedAt: null, dueAt: null }, now, ZONE, calendar)).toEqual({ state: 'STOPPED', timeLeft: null });
    expect(caseClockOf(underReview(dueAt), now, ZONE, calendar)).toEqual({ state: 'RUNNING', timeLeft: { kind: 'OVERDUE_DAYS', days: 3 } });
  });

  it('keeps counting for a decided case until it is completed (the deadline is the completion’s, 办结)', () => {
    const decided: ClockedCase = { status: 'APPROVED', acceptedAt: at('2026-11-16T09:00:00'), dueAt: at('2026-11-24T17:00:00') };
    expect(caseClockOf(decided, at('2026-11-27T09:00:00'), ZONE, calendar)).toEqual({ state: 'RUNNING', timeLeft: { kind: 'OVERDUE_DAYS', days: 3 } });
  });

  it('takes the day in the hall’s time zone', () => {
    // 17:30 UTC on the 23rd is already the 24th in the hall: the deadline at 17:00 that day is hours away, not a day.
    const kase = underReview(at('2026-11-24T17:00:00'));
    expect(left(new Date('2026-11-23T17:30:00Z'), kase)).toEqual({ kind: 'HOURS', hours: 16 });
    expect(needsCalendar(kase, new Date('2026-11-23T17:30:00Z'), ZONE)).toBe(false);
    expect(needsCalendar(kase, new Date('2026-11-23T15:30:00Z'), ZONE)).toBe(true);
  });

  it('follows the hall’s overrides of the calendar', () => {
    const closed = new WorkingCalendar(new Map([['2026-11-27', 'OFF']]));
    expect(caseClockOf(underReview(at('2026-11-30T17:00:00')), at('2026-11-26T10:00:00'), ZONE, closed).timeLeft).toEqual({ kind: 'DAYS', days: 1 });
  });
});

const { department, committed, clerk } = departmentFixture('GAJ');
const other = departmentFixture('SCJG');
const CLOCK = 'clock { state timeLeft { kind days hours } }';

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

interface Clocked {
  id: string;
  version: number;
  clock: { state: string; timeLeft: { kind: string; days: number | null; hours: number | null } | null };
}

async function run<T>(when: string, query: string, variables: Record<string, unknown>, token = staff): Promise<T> {
  harness.setNow(new Date(when));
  const result = await harness.subgraph.execute<Record<string, T>>(query, variables, token);
  expect(result.errors).toBeUndefined();
  return Object.values(result.data ?? {})[0] as T;
}

const clockAt = (when: string, id: string) => run<Clocked>(when, `query ($id: ID!) { case(id: $id) { id version ${CLOCK} } }`, { id });

async function registeredAt(when: string): Promise<Clocked> {
  seq += 1;
  return run<Clocked>(when, `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id version ${CLOCK} } }`, {
    input: { matterId: committed.id, ...applicant(900 + seq) },
  });
}

describe('Case.clock through the API', () => {
  it('counts a 5-day matter accepted before the 2026 Spring Festival in working days, hours, then overdue', async () => {
    const registered = await registeredAt('2026-02-12T01:00:00Z');
    expect(registered.clock).toEqual({ state: 'STOPPED', timeLeft: null });
    const accepted = await run<Clocked>('2026-02-12T02:00:00Z', `mutation ($id: ID!) { acceptCase(id: $id, expectedVersion: 1) { id version ${CLOCK} } }`, {
      id: registered.id,
    });
    // Due Thu 26 Feb 17:00. From Fri 13: Sat 14 (make-up day) and 24–26 count, the holiday 15–23 does not.
    expect(accepted.clock).toEqual({ state: 'RUNNING', timeLeft: { kind: 'DAYS', days: 5, hours: null } });
    expect((await clockAt('2026-02-13T02:00:00Z', accepted.id)).clock.timeLeft).toEqual({ kind: 'DAYS', days: 4, hours: null });
    expect((await clockAt('2026-02-26T01:30:00Z', accepted.id)).clock.timeLeft).toEqual({ kind: 'HOURS', days: null, hours: 8 });
    expect((await clockAt('2026-02-26T11:10:00Z', accepted.id)).clock.timeLeft).toEqual({ kind: 'OVERDUE_HOURS', days: null, hours: 2 });
    // Fri 27, the make-up Saturday 28 and Mon 2 March.
    expect((await clockAt('2026-03-02T01:00:00Z', accepted.id)).clock).toEqual({
      state: 'RUNNING',
      timeLeft: { kind: 'OVERDUE_DAYS', days: 3, hours: null },
    });
  });

  it('shows a suspended case as paused and a delivered one as stopped', async () => {
    const registered = await registeredAt('2026-11-02T01:00:00Z');
    const accepted = await run<Clocked>('2026-11-02T01:30:00Z', `mutation ($id: ID!) { acceptCase(id: $id, expectedVersion: 1) { id version } }`, { id: registered.id });
    const reviewed = await run<Clocked>('2026-11-03T02:00:00Z', `mutation ($id: ID!, $v: Int!) { startReview(id: $id, expectedVersion: $v) { id version } }`, {
      id: accepted.id,
      v: accepted.version,
    });
    const suspended = await run<Clocked>(
      '2026-11-04T03:00:00Z',
      `mutation ($id: ID!, $v: Int!) { suspendCase(id: $id, expectedVersion: $v, reason: "专家评审") { id version ${CLOCK} } }`,
      { id: reviewed.id, v: reviewed.version },
    );
    expect(suspended.clock).toEqual({ state: 'PAUSED', timeLeft: { kind: 'PAUSED', days: null, hours: null } });
    expect((await clockAt('2026-11-20T03:00:00Z', suspended.id)).clock.state).toBe('PAUSED');

    const delivered = hall.cases.find((kase) => kase.status === 'DELIVERED' && kase.departmentId === department.id);
    if (!delivered) throw new Error('the demo hall has a delivered case');
    expect((await clockAt(DEMO_NOW.toISOString(), delivered.id)).clock).toEqual({ state: 'STOPPED', timeLeft: null });
  });

  it('follows the case’s own rule: refused to another department, null through an entity reference', async () => {
    const registered = await registeredAt('2026-11-09T01:00:00Z');
    const outsider = await tokens.staff(other.department.id, other.clerk.id);
    const refused = await harness.subgraph.execute(`query ($id: ID!) { case(id: $id) { ${CLOCK} } }`, { id: registered.id }, outsider);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const entities = await harness.subgraph.execute<{ _entities: Array<{ clock: unknown } | null> }>(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Case { ${CLOCK} } } }`,
      { r: [{ __typename: 'Case', id: registered.id }] },
      outsider,
    );
    expect(entities.data?._entities).toEqual([null]);
    expect((await run<Clocked>('2026-11-09T02:00:00Z', `query ($id: ID!) { case(id: $id) { id version ${CLOCK} } }`, { id: registered.id }, manager)).clock).toEqual({
      state: 'STOPPED',
      timeLeft: null,
    });
  });
});

describe('no N+1', () => {
  it('gives a page of 100 cases their clocks with one more statement in all (the request’s calendar)', async () => {
    // The demo hall holds fewer than 100 cases: register (and accept every other one of) enough more.
    const missing = 100 - (await run<{ nodes: unknown[] }>(DEMO_NOW.toISOString(), `{ cases(first: 100) { nodes { id } } }`, {}, manager)).nodes.length;
    for (let index = 0; index < missing; index += 1) {
      const registered = await registeredAt('2026-11-16T01:00:00Z');
      if (index % 2 === 0) await run('2026-11-16T02:00:00Z', `mutation ($id: ID!) { acceptCase(id: $id, expectedVersion: 1) { id } }`, { id: registered.id });
    }
    harness.setNow(DEMO_NOW);
    const database = harness.subgraph.runtime.database;
    const bare = await database.statements.measure(() => harness.subgraph.execute(`{ cases(first: 100) { nodes { id } } }`, {}, manager));
    const clocked = await database.statements.measure(() =>
      harness.subgraph.execute<{ cases: { nodes: Clocked[] } }>(`{ cases(first: 100) { nodes { id ${CLOCK} } } }`, {}, manager),
    );
    expect(clocked.result.errors).toBeUndefined();
    const nodes = clocked.result.data?.cases.nodes ?? [];
    expect(nodes).toHaveLength(100);
    // The page holds clocks counted in working days, so the calendar was needed.
    expect(nodes.some((node) => node.clock.timeLeft?.days != null)).toBe(true);
    expect(bare.statements).toBe(1);
    expect(clocked.statements).toBe(2);
  });
});
