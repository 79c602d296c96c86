import { demoHall, demoUsers, type DemoCase } from '@hall/demo-hall';
import { WorkingCalendar } from '@hall/service-kit';
import { clockRules } from './domain/deadlines';
import { createTestSubgraph, tokenFor, type TestSubgraph } from '@hall/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CasesContext } from './context';
import type { CasesTables } from './db/schema';
import { snapshotOf, visitsOf } from './db/seed';
import { deriveImportedCase, type ImportRow } from './bulk/rows';
import { settingsFromEnv } from './settings';
import { casesSubgraph } from './subgraph';

const hall = demoHall();
const users = demoUsers(hall);
const staffUser = users.find((user) => user.role === 'staff');
if (!staffUser?.dept || !staffUser.staffId) throw new Error('demo hall needs a staff user');
const ownCase = hall.cases.find((kase) => kase.departmentId === staffUser.dept) as DemoCase;
const otherCase = hall.cases.find((kase) => kase.departmentId !== staffUser.dept) as DemoCase;

let subgraph: TestSubgraph<CasesTables, CasesContext>;
let staffToken: string;
let managerToken: string;

beforeAll(async () => {
  subgraph = await createTestSubgraph(casesSubgraph, { seedDemo: true });
  staffToken = await tokenFor({ sub: staffUser.id, role: 'staff', dept: staffUser.dept, staffId: staffUser.staffId });
  managerToken = await tokenFor({ sub: 'manager-1', role: 'manager' });
});
afterAll(() => subgraph?.close());

const CASE = `query ($id: ID!) { case(id: $id) { number status applicantName applicantIdNumber applicantPhone events { from to } } }`;

describe('who sees which case', () => {
  it('shows staff their own department’s case with the applicant in full', async () => {
    const result = await subgraph.execute<{ case: { applicantName: string; applicantPhone: string; events: Array<{ to: string }> } }>(
      CASE,
      { id: ownCase.id },
      staffToken,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.case.applicantName).toBe(ownCase.applicantName);
    expect(result.data?.case.applicantPhone).toBe(ownCase.applicantPhone);
    expect(result.data?.case.events.at(-1)?.to).toBe(ownCase.status);
  });

  it('refuses staff a case of another department', async () => {
    const result = await subgraph.execute(CASE, { id: otherCase.id }, staffToken);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('shows the manager every case with the applicant masked', async () => {
    const result = await subgraph.execute<{ case: { applicantName: string; applicantIdNumber: string; applicantPhone: string } }>(
      CASE,
      { id: otherCase.id },
      managerToken,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.case.applicantName).not.toBe(otherCase.applicantName);
    expect(result.data?.case.applicantName.startsWith([...otherCase.applicantName][0] ?? '?')).toBe(true);
    expect(result.data?.case.applicantIdNumber).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
    expect(result.data?.case.applicantPhone).toMatch(/^\d{3}\*{4}\d{4}$/);
  });

  it('refuses the public the case list', async () => {
    const result = await subgraph.execute(`{ cases { nodes { id } } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('case list', () => {
  it('pages newest first with a cursor, without overlap, and only the staff member’s department', async () => {
    const PAGE = `query ($after: String) { cases(first: 3, after: $after) { nodes { id number } endCursor hasNextPage } }`;
    type Page = { cases: { nodes: Array<{ id: string }>; endCursor: string | null; hasNextPage: boolean } };
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const result: Awaited<ReturnType<typeof subgraph.execute<Page>>> = await subgraph.execute<Page>(PAGE, { after }, staffToken);
      expect(result.errors).toBeUndefined();
      seen.push(...(result.data?.cases.nodes.map((node) => node.id) ?? []));
      after = result.data?.cases.endCursor ?? null;
    } while (after);
    const expected = hall.cases
      .filter((kase) => kase.departmentId === staffUser.dept)
      .sort((a, b) => b.submittedAt.getTime() - a.submittedAt.getTime() || (b.id > a.id ? 1 : -1))
      .map((kase) => kase.id);
    expect(seen).toEqual(expected);
  });

  it('refuses a forged cursor with BAD_USER_INPUT', async () => {
    const result = await subgraph.execute(`{ cases(after: "bm90LWEtY3Vyc29y") { nodes { id } } }`, {}, managerToken);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('public case tracking', () => {
  it('shows status and steps to whoever knows the number and phone tail, and nothing personal', async () => {
    const QUERY = `query ($number: String!, $tail: String!) { caseProgress(number: $number, phoneTail: $tail) { number status steps { status } } }`;
    const right = await subgraph.execute<{ caseProgress: Record<string, unknown> }>(QUERY, { number: ownCase.number, tail: ownCase.applicantPhone.slice(-4) });
    expect(right.data?.caseProgress).toMatchObject({ number: ownCase.number, status: ownCase.status });
    expect(JSON.stringify(right.data)).not.toContain(ownCase.applicantName);
    const wrongTail = ownCase.applicantPhone.slice(-4) === '0000' ? '1111' : '0000';
    const wrong = await subgraph.execute<{ caseProgress: unknown }>(QUERY, { number: ownCase.number, tail: wrongTail });
    expect(wrong.data?.caseProgress).toBeNull();
    const bad = await subgraph.execute(QUERY, { number: ownCase.number, tail: '12ab' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('federation', () => {
  it('resolves a batch of Case references with one SQL statement', async () => {
    const ids = hall.cases.slice(0, 8).map((kase) => kase.id);
    const { result, statements } = await subgraph.runtime.database.statements.measure(() =>
      subgraph.execute<{ _entities: Array<{ id: string } | null> }>(
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Case { id status } } }`,
        { r: ids.map((id) => ({ __typename: 'Case', id })) },
        managerToken,
      ),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities.map((entity) => entity?.id)).toEqual(ids);
    expect(statements).toBe(1);
  });

  it('counts cases for a batch of Matter references with one SQL statement', async () => {
    const matterIds = [...new Set(hall.cases.map((kase) => kase.matterId))].slice(0, 6);
    const { result, statements } = await subgraph.runtime.database.statements.measure(() =>
      subgraph.execute<{ _entities: Array<{ caseCount: number }> }>(
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Matter { caseCount } } }`,
        { r: matterIds.map((id) => ({ __typename: 'Matter', id })) },
      ),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities.map((entity) => entity.caseCount)).toEqual(
      matterIds.map((id) => hall.cases.filter((kase) => kase.matterId === id).length),
    );
    expect(statements).toBe(1);
  });
});

describe('no N+1', () => {
  it('answers a page of cases with their trails, visits, notices, evaluations and escalations in one statement per field', async () => {
    const { result, statements } = await subgraph.runtime.database.statements.measure(() =>
      subgraph.execute<{ cases: { nodes: unknown[] } }>(
        `{ cases(first: 40) { nodes { id events { to } visitLog { at } supplementNotices { missingMaterials } evaluation { level actions { action } } escalations { level } } } }`,
        {},
        managerToken,
      ),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.cases.nodes).toHaveLength(40);
    // cases, events (also for the notices), visits, evaluations, evaluation actions, escalations.
    expect(statements).toBe(6);
  });
});

describe('the trail', () => {
  it('is append-only in the database itself', async () => {
    const { pool } = subgraph.runtime.database;
    await expect(pool.query(`UPDATE cases.case_events SET reason = 'rewritten'`)).rejects.toThrow(/append-only/);
    await expect(pool.query(`DELETE FROM cases.case_events`)).rejects.toThrow(/append-only/);
    // The service's app role has no TRUNCATE at all; the trigger stops even the owner role (ADR 0010).
    await expect(pool.query(`TRUNCATE cases.case_events`)).rejects.toMatchObject({ code: '42501' });
    await expect(subgraph.owner.pool.query(`TRUNCATE cases.case_events`)).rejects.toThrow(/append-only/);
  });
});

describe('the demo seed', () => {
  it('inserts trails that follow the lifecycle table, with versions, clocks and visits that match them', async () => {
    const settings = settingsFromEnv({});
    const calendar = new WorkingCalendar();
    for (const kase of hall.cases) {
      const matter = hall.matters.find((m) => m.id === kase.matterId);
      if (!matter) throw new Error('a demo case without a matter');
      const row = { ...kase, visits: kase.visits, events: kase.events.map((e) => ({ at: e.at, to: e.to, reason: e.reason })) };
      const derived = deriveImportedCase(row as unknown as ImportRow, snapshotOf(matter), clockRules(calendar, settings));
      expect(derived.problems, kase.number).toEqual([]);
      // Instant cases carry no deadline (the demo generator gives them the day of completion).
      if (!derived.columns.instant) expect(derived.columns.dueAt?.getTime() ?? null, kase.number).toBe(kase.dueAt?.getTime() ?? null);
      expect(visitsOf(kase), kase.number).toHaveLength(kase.visits);
    }
    const { rows } = await subgraph.runtime.database.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM cases.cases c WHERE version <> (SELECT count(*) FROM cases.case_events e WHERE e.case_id = c.id)`,
    );
    expect(rows[0]?.n).toBe(0);
  });

  it('gives the manager the demo hall’s evaluation figures', async () => {
    const result = await subgraph.execute<{ evaluationStats: { total: number; badRate: number; byLevel: Array<{ level: number; count: number }> } }>(
      `{ evaluationStats(period: { from: "2026-10-01", to: "2026-11-30" }) { total badRate byLevel { level count } } }`,
      {},
      managerToken,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.evaluationStats.total).toBe(hall.evaluations.length);
    expect(result.data?.evaluationStats.byLevel.find((entry) => entry.level === 5)?.count).toBe(hall.evaluations.filter((e) => e.level === 5).length);
    expect(result.data?.evaluationStats.badRate).toBeCloseTo(2 / hall.evaluations.length);
  });
});
