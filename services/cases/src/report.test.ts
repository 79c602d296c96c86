import { DEMO_NOW } from '@hall/demo-hall';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { departmentFixture, hall, startHarness, tokens, type CasesHarness } from './test-helpers';

let harness: CasesHarness;
let manager: string;
let admin: string;
const month = { from: '2026-11-01', to: '2026-11-30' };

beforeAll(async () => {
  harness = await startHarness({ seedDemo: true });
  harness.setNow(DEMO_NOW);
  manager = await tokens.manager();
  admin = await tokens.deptAdmin(departmentFixture('GAJ').department.id);
});
afterAll(() => harness?.close());

interface Row {
  subjectId: string;
  evaluations: number;
  verySatisfied: number;
  badReviews: number;
  completed: number;
  overdueCases: number;
  complaints: number;
  longestVerySatisfiedStreak: number;
  staff: { id: string } | null;
  window: { id: string } | null;
}
const RECORDS = `query ($p: Period!, $by: ServiceSubject!) { serviceRecords(period: $p, by: $by) {
  subjectId evaluations verySatisfied badReviews completed overdueCases complaints longestVerySatisfiedStreak staff { id } window { id } } }`;
const sum = (rows: Row[], key: 'evaluations' | 'verySatisfied' | 'badReviews' | 'completed' | 'overdueCases') => rows.reduce((total, row) => total + row[key], 0);

describe('serviceRecords', () => {
  it('attributes the month’s evaluations, completions and overdue cases to staff and windows, as the tables hold them', async () => {
    const db = harness.subgraph.runtime.database.pool;
    const staff = (await harness.subgraph.execute<{ serviceRecords: Row[] }>(RECORDS, { p: month, by: 'STAFF' }, manager)).data?.serviceRecords ?? [];
    const windows = (await harness.subgraph.execute<{ serviceRecords: Row[] }>(RECORDS, { p: month, by: 'WINDOW' }, manager)).data?.serviceRecords ?? [];
    const counted = await db.query<{ staff: number; windows: number; five: number; bad: number }>(`
      SELECT count(*) FILTER (WHERE staff_id IS NOT NULL)::int AS staff, count(*) FILTER (WHERE window_id IS NOT NULL)::int AS windows,
        count(*) FILTER (WHERE staff_id IS NOT NULL AND level = 5)::int AS five, count(*) FILTER (WHERE staff_id IS NOT NULL AND level <= 2)::int AS bad
      FROM cases.evaluations WHERE evaluated_at >= '2026-10-31T16:00:00Z' AND evaluated_at < '2026-11-30T16:00:00Z'`);
    const expected = counted.rows[0];
    expect(expected?.staff).toBeGreaterThan(0);
    expect(sum(staff, 'evaluations')).toBe(expected?.staff);
    expect(sum(staff, 'verySatisfied')).toBe(expected?.five);
    expect(sum(staff, 'badReviews')).toBe(expected?.bad);
    expect(sum(windows, 'evaluations')).toBe(expected?.windows);
    const stats = (await harness.subgraph.execute<{ caseStats: { completed: number; yellowCards: number } }>(`query ($p: Period!) { caseStats(period: $p) { completed yellowCards } }`, { p: month }, manager)).data?.caseStats;
    // Every case has a first owner: the staff records hold every completion and every overdue case of the month.
    expect(sum(staff, 'completed')).toBe(stats?.completed);
    expect(sum(staff, 'overdueCases')).toBe(stats?.yellowCards);
    for (const row of staff) {
      expect(row.staff).toEqual({ id: row.subjectId });
      expect(row.window).toBeNull();
      expect(row.longestVerySatisfiedStreak).toBeLessThanOrEqual(row.verySatisfied);
      if (row.verySatisfied > 0) expect(row.longestVerySatisfiedStreak).toBeGreaterThan(0);
    }
    expect(windows.every((row) => row.window?.id === row.subjectId && row.staff === null)).toBe(true);
  });

  it('finds the longest run of level-5 evaluations in evaluation order (hand-computed)', async () => {
    const db = harness.subgraph.runtime.database.pool;
    const { rows } = await db.query<{ id: string; staff_id: string }>(
      `SELECT c.id, c.first_owner_staff_id AS staff_id FROM cases.cases c WHERE c.status IN ('COMPLETED', 'DELIVERED')
        AND NOT EXISTS (SELECT 1 FROM cases.evaluations v WHERE v.case_id = c.id) LIMIT 7`,
    );
    expect(rows).toHaveLength(7);
    const staffId = hall.staff.at(-1)?.id as string;
    // Levels in time order: 5 5 2 5 5 5 4 → the longest run of 5s is 3.
    const levels = [5, 5, 2, 5, 5, 5, 4];
    for (const [index, row] of rows.entries()) {
      await db.query(
        `INSERT INTO cases.evaluations (case_id, matter_id, department_id, window_id, staff_id, level, channel, evaluated_at, real_name)
         SELECT id, matter_id, department_id, NULL, $2, $3, 'WINDOW_TABLET', $4, true FROM cases.cases WHERE id = $1`,
        [row.id, staffId, levels[index], `2026-12-0${index + 1}T02:00:00Z`],
      );
    }
    const december = { from: '2026-12-01', to: '2026-12-31' };
    const records = (await harness.subgraph.execute<{ serviceRecords: Row[] }>(RECORDS, { p: december, by: 'STAFF' }, manager)).data?.serviceRecords ?? [];
    expect(records.find((row) => row.subjectId === staffId)).toMatchObject({ evaluations: 7, verySatisfied: 5, badReviews: 1, longestVerySatisfiedStreak: 3 });
  });

  it('is the manager’s only', async () => {
    expect((await harness.subgraph.execute(RECORDS, { p: month, by: 'STAFF' }, admin)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await harness.subgraph.execute(`query ($p: Period!) { overdueCases(period: $p) { id } }`, { p: month }, admin)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('overdueCases', () => {
  it('lists the month’s yellow cards', async () => {
    const result = await harness.subgraph.execute<{ overdueCases: Array<{ id: string; dueAt: string }>; caseStats: { yellowCards: number } }>(
      `query ($p: Period!) { overdueCases(period: $p) { id dueAt } caseStats(period: $p) { yellowCards } }`,
      { p: month },
      manager,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.overdueCases.length).toBe(result.data?.caseStats.yellowCards);
    expect(result.data?.overdueCases.length).toBeGreaterThan(0);
  });
});
