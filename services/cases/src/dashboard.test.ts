import { DEMO_NOW } from '@hall/demo-hall';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RANKING_WEIGHTS } from './data/ranking-weights';
import { departmentFixture, startHarness, tokens, type CasesHarness } from './test-helpers';

let harness: CasesHarness;
let manager: string;
let admin: string;

beforeAll(async () => {
  harness = await startHarness({ seedDemo: true });
  harness.setNow(DEMO_NOW);
  manager = await tokens.manager();
  admin = await tokens.deptAdmin(departmentFixture('GAJ').department.id);
});
afterAll(() => harness?.close());

interface Point {
  day: string;
  accepted: number;
  completed: number;
  warnings: number;
}

const SERIES = `query ($p: Period!) {
  dailyCaseSeries(period: $p) { day accepted completed warnings }
  caseStats(period: $p) { accepted completed yellowCards redCards }
}`;
const WEIGHTS = `{ rankingWeights { completion onTime satisfaction attendance inspection } }`;
const SET_WEIGHTS = `mutation ($input: RankingWeightsInput!) { setRankingWeights(input: $input) { completion onTime satisfaction attendance inspection } }`;

describe('dailyCaseSeries', () => {
  it('lists every day of the period and sums to the period’s CaseStats, in one statement', async () => {
    const period = { from: '2026-10-01', to: '2026-11-20' };
    const { result, statements } = await harness.subgraph.runtime.database.statements.measure(() =>
      harness.subgraph.execute<{ dailyCaseSeries: Point[]; caseStats: { accepted: number; completed: number; yellowCards: number; redCards: number } }>(
        `query ($p: Period!) { dailyCaseSeries(period: $p) { day accepted completed warnings } }`,
        { p: period },
        manager,
      ),
    );
    expect(result.errors).toBeUndefined();
    expect(statements).toBe(1);
    const both = await harness.subgraph.execute<{ dailyCaseSeries: Point[]; caseStats: { accepted: number; completed: number; yellowCards: number; redCards: number } }>(SERIES, { p: period }, manager);
    const series = both.data?.dailyCaseSeries ?? [];
    const stats = both.data?.caseStats;
    expect(series).toHaveLength(51);
    expect(series[0]?.day).toBe('2026-10-01');
    expect(series.at(-1)?.day).toBe('2026-11-20');
    const sum = (key: keyof Omit<Point, 'day'>) => series.reduce((total, point) => total + point[key], 0);
    expect(stats?.accepted).toBeGreaterThan(0);
    expect(sum('accepted')).toBe(stats?.accepted);
    expect(sum('completed')).toBe(stats?.completed);
    expect(sum('warnings')).toBe((stats?.yellowCards ?? 0) + (stats?.redCards ?? 0));
  });

  it('gives each day the cases of that hall day: one day’s point equals that day’s CaseStats', async () => {
    const day = { from: '2026-11-18', to: '2026-11-18' };
    const result = await harness.subgraph.execute<{ dailyCaseSeries: Point[]; caseStats: { accepted: number; completed: number; yellowCards: number; redCards: number } }>(SERIES, { p: day }, manager);
    const [point] = result.data?.dailyCaseSeries ?? [];
    expect(point).toEqual({
      day: '2026-11-18',
      accepted: result.data?.caseStats.accepted,
      completed: result.data?.caseStats.completed,
      warnings: (result.data?.caseStats.yellowCards ?? 0) + (result.data?.caseStats.redCards ?? 0),
    });
  });

  it('is the manager’s only, and refuses a reversed or too long period', async () => {
    const refused = await harness.subgraph.execute(SERIES, { p: { from: '2026-11-01', to: '2026-11-20' } }, admin);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const reversed = await harness.subgraph.execute(SERIES, { p: { from: '2026-11-20', to: '2026-11-01' } }, manager);
    expect(reversed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const long = await harness.subgraph.execute(SERIES, { p: { from: '2024-01-01', to: '2026-11-20' } }, manager);
    expect(long.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('rankingWeights', () => {
  it('starts at the defaults, keeps the manager’s new weights, and refuses others and bad input without a change', async () => {
    const before = await harness.subgraph.execute<{ rankingWeights: typeof DEFAULT_RANKING_WEIGHTS }>(WEIGHTS, {}, manager);
    expect(before.data?.rankingWeights).toEqual(DEFAULT_RANKING_WEIGHTS);
    const weights = { completion: 10, onTime: 30, satisfaction: 40, attendance: 10, inspection: 10 };
    expect((await harness.subgraph.execute(SET_WEIGHTS, { input: weights }, admin)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await harness.subgraph.execute(WEIGHTS, {}, admin)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const negative = await harness.subgraph.execute(SET_WEIGHTS, { input: { ...weights, onTime: -1 } }, manager);
    expect(negative.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const zeros = await harness.subgraph.execute(SET_WEIGHTS, { input: { completion: 0, onTime: 0, satisfaction: 0, attendance: 0, inspection: 0 } }, manager);
    expect(zeros.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await harness.subgraph.execute<{ rankingWeights: unknown }>(WEIGHTS, {}, manager)).data?.rankingWeights).toEqual(DEFAULT_RANKING_WEIGHTS);

    const set = await harness.subgraph.execute<{ setRankingWeights: unknown }>(SET_WEIGHTS, { input: weights }, manager);
    expect(set.errors).toBeUndefined();
    expect(set.data?.setRankingWeights).toEqual(weights);
    expect((await harness.subgraph.execute<{ rankingWeights: unknown }>(WEIGHTS, {}, manager)).data?.rankingWeights).toEqual(weights);
    const history = await harness.subgraph.runtime.database.pool.query('SELECT set_by FROM cases.ranking_weights ORDER BY id');
    expect(history.rows).toEqual([{ set_by: 'manager-1' }]);
  });
});
