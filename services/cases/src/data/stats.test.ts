import { createTestSubgraph, tokenFor, type TestSubgraph } from '@hall/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CasesContext } from '../context';
import { cases, evaluations, type CasesTables } from '../db/schema';
import { caseStatsOf, EMPTY_CASE_COUNTS, evaluationStatsOf, rate } from './stats';
import { newEvaluationCode } from '../domain/codes';
import { createCasesSubgraph } from '../subgraph';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const MATTER = '33333333-3333-4333-8333-333333333333';
const STAFF = '44444444-4444-4444-8444-444444444444';
/** Hall time (UTC+8) to an instant. */
const t = (local: string) => new Date(`${local}+08:00`);

let subgraph: TestSubgraph<CasesTables, CasesContext>;
let manager: string;

let sequence = 0;
function fixture(departmentId: string, fields: Partial<typeof cases.$inferInsert>): typeof cases.$inferInsert {
  sequence += 1;
  return {
    id: `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
    number: `ZW2026110200${String(sequence).padStart(3, '0')}`,
    matterId: MATTER,
    departmentId,
    firstOwnerStaffId: STAFF,
    status: 'COMPLETED',
    applicantName: '王五',
    applicantIdNumber: '339901199001011234',
    applicantPhone: `1390000${String(sequence).padStart(4, '0')}`,
    submittedAt: fields.acceptedAt ?? t('2026-11-02T09:00:00'),
    ...fields,
    evaluationCode: (fields.status ?? 'COMPLETED') === 'COMPLETED' ? newEvaluationCode() : null,
  };
}

/*
 * Period 2026-11-02 … 11-06, now 11-20. Department A:
 *  c1 instant, accepted and completed 11-02, 1 visit;
 *  c2 accepted 11-02, due 11-05, completed 11-04 (on time, before its pre-warning), 2 visits;
 *  c3 accepted 11-03, pre-warning 11-03 17:00, due 11-04, completed 11-06 (late), 3 visits;
 *  c4 accepted 10-30, due 11-06, completed 11-05 (on time), 4 visits;
 *  c5 accepted 11-05, under review, pre-warning 11-11, due 11-12.
 * Department B: c6 accepted 11-02, due 11-03, withdrawn 11-02 (never warned).
 */
const rows = [
  fixture(A, { instant: true, acceptedAt: t('2026-11-02T10:00:00'), completedAt: t('2026-11-02T10:01:00'), visits: 1 }),
  fixture(A, {
    acceptedAt: t('2026-11-02T10:00:00'),
    preWarningAt: t('2026-11-04T17:00:00'),
    dueAt: t('2026-11-05T17:00:00'),
    supervisionDueAt: t('2026-11-10T17:00:00'),
    completedAt: t('2026-11-04T10:00:00'),
    visits: 2,
  }),
  fixture(A, {
    acceptedAt: t('2026-11-03T10:00:00'),
    preWarningAt: t('2026-11-03T17:00:00'),
    dueAt: t('2026-11-04T17:00:00'),
    supervisionDueAt: t('2026-11-09T17:00:00'),
    completedAt: t('2026-11-06T11:00:00'),
    visits: 3,
  }),
  fixture(A, {
    acceptedAt: t('2026-10-30T10:00:00'),
    preWarningAt: t('2026-11-05T17:00:00'),
    dueAt: t('2026-11-06T17:00:00'),
    supervisionDueAt: t('2026-11-11T17:00:00'),
    completedAt: t('2026-11-05T16:00:00'),
    visits: 4,
  }),
  fixture(A, {
    status: 'UNDER_REVIEW',
    acceptedAt: t('2026-11-05T10:00:00'),
    preWarningAt: t('2026-11-11T17:00:00'),
    dueAt: t('2026-11-12T17:00:00'),
    supervisionDueAt: t('2026-11-17T17:00:00'),
  }),
  fixture(B, {
    status: 'WITHDRAWN',
    acceptedAt: t('2026-11-02T10:00:00'),
    preWarningAt: t('2026-11-02T17:00:00'),
    dueAt: t('2026-11-03T17:00:00'),
    supervisionDueAt: t('2026-11-06T17:00:00'),
  }),
];

beforeAll(async () => {
  subgraph = await createTestSubgraph(
    createCasesSubgraph({ matters: { matter: async () => null }, clock: () => t('2026-11-20T12:00:00') }),
    { seedDemo: false },
  );
  manager = await tokenFor({ sub: 'manager-1', role: 'manager' });
  const { db } = subgraph.runtime.database;
  await db.insert(cases).values(rows);
  const evaluation = (index: number, level: number, at: string) => ({
    caseId: rows[index]?.id ?? '',
    matterId: MATTER,
    departmentId: A,
    level,
    channel: 'WINDOW_TABLET' as const,
    evaluatedAt: t(at),
  });
  // In the period: 5, 4, 1; c4's evaluation comes after it.
  await db.insert(evaluations).values([
    evaluation(0, 5, '2026-11-02T10:02:00'),
    evaluation(1, 4, '2026-11-04T11:00:00'),
    evaluation(2, 1, '2026-11-06T12:00:00'),
    evaluation(3, 3, '2026-11-10T09:00:00'),
  ]);
});
afterAll(() => subgraph?.close());

const PERIOD = { from: '2026-11-02', to: '2026-11-06' };
const STATS = `caseStats(period: $p) { accepted completed completionRate completedOnTime onTimeRate instantCount oneVisitRate twoVisitRate threeVisitRate preWarnings yellowCards redCards }
  evaluationStats(period: $p) { total byLevel { level count } satisfactionRate goodRate badRate evaluationRate }`;

describe('the KPI formulas', () => {
  it('gives null for a zero denominator', () => {
    expect(rate(0, 0)).toBeNull();
    expect(rate(3, 4)).toBe(0.75);
    expect(caseStatsOf(EMPTY_CASE_COUNTS)).toMatchObject({ completionRate: null, onTimeRate: null, oneVisitRate: null });
    expect(evaluationStatsOf(new Map(), 0, 0)).toMatchObject({ total: 0, satisfactionRate: null, goodRate: null, badRate: null, evaluationRate: null });
  });

  it('splits satisfied (4–5), good (3–5) and bad (1–2)', () => {
    const stats = evaluationStatsOf(new Map([[5, 6], [4, 2], [3, 1], [1, 1]]), 20, 10);
    expect(stats).toMatchObject({ total: 10, satisfactionRate: 0.8, goodRate: 0.9, badRate: 0.1, evaluationRate: 0.5 });
    expect(stats.byLevel).toEqual([
      { level: 5, count: 6 },
      { level: 4, count: 2 },
      { level: 3, count: 1 },
      { level: 2, count: 0 },
      { level: 1, count: 1 },
    ]);
  });
});

describe('statistics on hand-computed fixtures', () => {
  it('computes the hall’s KPIs', async () => {
    const result = await subgraph.execute<Record<string, unknown>>(`query ($p: Period!) { ${STATS} }`, { p: PERIOD }, manager);
    expect(result.errors).toBeUndefined();
    expect(result.data?.caseStats).toEqual({
      accepted: 5,
      completed: 4,
      completionRate: 0.6,
      completedOnTime: 3,
      onTimeRate: 0.75,
      instantCount: 1,
      oneVisitRate: 0.25,
      twoVisitRate: 0.5,
      threeVisitRate: 0.75,
      preWarnings: 1,
      yellowCards: 1,
      redCards: 0,
    });
    expect(result.data?.evaluationStats).toMatchObject({ total: 3, satisfactionRate: 2 / 3, goodRate: 2 / 3, badRate: 1 / 3, evaluationRate: 1 });
  });

  it('computes each department’s KPIs with one statement per batch of departments', async () => {
    const { result, statements } = await subgraph.runtime.database.statements.measure(() =>
      subgraph.execute<{ _entities: Array<Record<string, Record<string, unknown>>> }>(
        `query ($r: [_Any!]!, $p: Period!) { _entities(representations: $r) { ... on Department { ${STATS} } } }`,
        { r: [A, B].map((id) => ({ __typename: 'Department', id })), p: PERIOD },
        manager,
      ),
    );
    expect(result.errors).toBeUndefined();
    expect(statements).toBe(2);
    const [a, b] = result.data?._entities ?? [];
    expect(a?.caseStats).toMatchObject({ accepted: 4, completed: 4, completionRate: 0.75, onTimeRate: 0.75, preWarnings: 1, yellowCards: 1 });
    expect(b?.caseStats).toEqual({
      accepted: 1,
      completed: 0,
      completionRate: 0,
      completedOnTime: 0,
      onTimeRate: null,
      instantCount: 0,
      oneVisitRate: null,
      twoVisitRate: null,
      threeVisitRate: null,
      preWarnings: 0,
      yellowCards: 0,
      redCards: 0,
    });
    expect(b?.evaluationStats).toMatchObject({ total: 0, satisfactionRate: null, evaluationRate: null });
  });

  it('gives zeros and nulls for an empty period, and refuses a reversed one', async () => {
    const empty = await subgraph.execute<{ caseStats: Record<string, unknown> }>(`query ($p: Period!) { ${STATS} }`, { p: { from: '2025-01-01', to: '2025-01-31' } }, manager);
    expect(empty.data?.caseStats).toMatchObject({ accepted: 0, completed: 0, completionRate: null, onTimeRate: null, oneVisitRate: null });
    const reversed = await subgraph.execute(`query ($p: Period!) { ${STATS} }`, { p: { from: '2026-11-06', to: '2026-11-02' } }, manager);
    expect(reversed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('shows the hall figures to the manager only and a department’s to its own people', async () => {
    const staffA = await tokenFor({ sub: 's', role: 'staff', dept: A, staffId: STAFF });
    const hallTry = await subgraph.execute(`query ($p: Period!) { caseStats(period: $p) { accepted } }`, { p: PERIOD }, staffA);
    expect(hallTry.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const entities = await subgraph.execute<{ _entities: Array<{ caseStats: { accepted: number } | null }> }>(
      `query ($r: [_Any!]!, $p: Period!) { _entities(representations: $r) { ... on Department { caseStats(period: $p) { accepted } } } }`,
      { r: [A, B].map((id) => ({ __typename: 'Department', id })), p: PERIOD },
      staffA,
    );
    expect(entities.data?._entities[0]?.caseStats?.accepted).toBe(4);
    expect(entities.data?._entities[1]?.caseStats).toBeNull();
    expect(entities.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
