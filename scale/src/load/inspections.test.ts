import { CLOSING_MINUTE, dayOf, demoId, isoOf, localTime } from '@hall/demo-hall';
import { createTestDatabase, type TestDatabase } from '@hall/db/testing';
import { createInspectionsSubgraph, type InspectionsContext } from '@hall/inspections-subgraph';
import { WorkingCalendar, createSubgraphRuntime, openServiceDatabase, prepareDatabase, type SubgraphRuntime } from '@hall/service-kit';
import { tokenFor } from '@hall/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GenerationContext, LoadReport } from '../context';
import { buildOrganisation } from '../organisation';
import { PROFILES } from '../profiles';
import { generateInspections, loadInspections } from './inspections';

const profile = PROFILES.test;
const UNTIL = '2026-11-20';
const context: GenerationContext = {
  profile,
  organisation: buildOrganisation(profile),
  from: isoOf(dayOf(UNTIL) - profile.days + 1),
  until: UNTIL,
  now: localTime(dayOf(UNTIL), CLOSING_MINUTE),
  databaseUrls: { catalog: '', cases: '', duty: '', inspections: '' },
  log: () => undefined,
};
const subgraph = createInspectionsSubgraph({ now: () => context.now, timeZone: 'Asia/Shanghai' });
let testDatabase: TestDatabase;
let runtime: SubgraphRuntime<typeof subgraph.tables, InspectionsContext>;
let report: LoadReport;

beforeAll(async () => {
  testDatabase = await createTestDatabase('scale_inspections');
  const database = openServiceDatabase(subgraph, testDatabase.url);
  await prepareDatabase(subgraph, database, { seedDemo: false });
  report = await loadInspections({ ...context, databaseUrls: { ...context.databaseUrls, inspections: testDatabase.url } });
  runtime = createSubgraphRuntime(subgraph, database);
  await runtime.apollo.start();
});
afterAll(async () => {
  await runtime?.apollo.stop();
  await runtime?.database.close();
  await testDatabase?.drop();
});

async function query<T extends Record<string, unknown>>(sql: string, values: unknown[] = []): Promise<T[]> {
  return (await runtime.database.pool.query<T>(sql, values)).rows;
}

async function execute<T>(text: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const contextValue = await runtime.contextFor(`Bearer ${token}`);
  const response = await runtime.apollo.executeOperation<T>({ query: text, variables }, { contextValue });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  const { data, errors } = response.body.singleResult;
  if (errors?.length || !data) throw new Error(`unexpected errors: ${JSON.stringify(errors)}`);
  return data;
}

describe('loadInspections at test scale', () => {
  it('writes the organisation’s supervisors and profile.inspections inspections, as it reports', async () => {
    expect(report.rows['inspections.supervisors']).toBe(profile.supervisors);
    expect(report.rows['inspections.inspections']).toBe(profile.inspections);
    for (const [table, rows] of Object.entries(report.rows)) {
      const [row] = await query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
      expect(row?.n, table).toBe(rows);
    }
    const statuses = await query<{ status: string; n: number }>(
      `SELECT status, count(*)::int AS n FROM inspections.inspections GROUP BY status ORDER BY status`,
    );
    const byStatus = Object.fromEntries(statuses.map((row) => [row.status, row.n]));
    expect(byStatus.PLANNED).toBeGreaterThanOrEqual(2);
    expect(byStatus.DRAFT).toBeGreaterThanOrEqual(1);
    expect(byStatus.SUBMITTED).toBe(profile.inspections - (byStatus.PLANNED ?? 0) - (byStatus.DRAFT ?? 0));
    const [planned] = await query<{ earliest: string }>(
      `SELECT min(planned_for)::text AS earliest FROM inspections.inspections WHERE status = 'PLANNED'`,
    );
    expect((planned?.earliest ?? '') > UNTIL).toBe(true);
  });

  it('is deterministic', () => {
    const ids = (run: Iterable<{ id: string; supervisorId: string; plannedFor: string }>) =>
      [...run].map((i) => `${i.id}:${i.supervisorId}:${i.plannedFor}`);
    expect(ids(generateInspections(context))).toEqual(ids(generateInspections(context)));
  });

  it('keeps the confidentiality rules: no supervisor inspects a department he is tied to; visits on working days in the term', async () => {
    const [tied] = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM inspections.inspections i JOIN inspections.supervisors s ON s.id = i.supervisor_id
       WHERE i.department_id = ANY(s.tied_department_ids) OR i.planned_for NOT BETWEEN s.term_start AND s.term_end`,
    );
    expect(tied?.n).toBe(0);
    const calendar = new WorkingCalendar();
    const days = await query<{ day: string }>(`SELECT DISTINCT planned_for::text AS day FROM inspections.inspections`);
    expect(days.filter((row) => !calendar.isWorkingDay(row.day))).toEqual([]);
    const windows = new Set(context.organisation.windows.map((window) => window.id));
    const stored = await query<{ window_id: string; department_id: string }>(
      `SELECT DISTINCT window_id, department_id FROM inspections.inspections`,
    );
    for (const row of stored) {
      expect(windows.has(row.window_id)).toBe(true);
      expect(context.organisation.windows.find((window) => window.id === row.window_id)?.departmentIds[0]).toBe(row.department_id);
    }
  });

  it('has realistic scores, orders mostly verified by someone other than the finder, and a history that ends by now', async () => {
    const [scores] = await query<{ total: number; high: number; failing: number }>(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE score >= 85)::int AS high, count(*) FILTER (WHERE score < 85)::int AS failing
       FROM inspections.inspections WHERE status = 'SUBMITTED'`,
    );
    if (!scores) throw new Error('no scores');
    expect(scores.high / scores.total).toBeGreaterThan(0.85);
    expect(scores.failing).toBeGreaterThan(0);
    const orders = await query<{ status: string; found_by: string; verifier_role: string | null; verifier: string | null; old: boolean }>(
      `SELECT r.status, r.found_by, e.actor_role AS verifier_role, e.actor_id AS verifier, r.opened_at < $1::timestamptz - interval '30 days' AS old
       FROM inspections.rectifications r LEFT JOIN inspections.rectification_events e ON e.rectification_id = r.id AND e.to_status = 'VERIFIED'`,
      [context.now],
    );
    const verified = orders.filter((order) => order.status === 'VERIFIED');
    expect(verified.length).toBeGreaterThan(0);
    for (const order of verified) {
      expect(order.verifier_role === 'manager' || order.verifier_role === 'supervisor').toBe(true);
      expect(order.verifier).not.toBe(demoId('user', `supervisor:${order.found_by}`));
    }
    const old = orders.filter((order) => order.old && order.status !== 'CANCELLED');
    expect(old.filter((order) => order.status === 'VERIFIED').length / old.length).toBeGreaterThan(0.6);
    const [late] = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM inspections.inspections WHERE submitted_at > $1 OR visited_at > $1`,
      [context.now],
    );
    expect(late?.n).toBe(0);
  });

  it('answers inspectionStats over the loaded data as a direct SQL count does', async () => {
    const token = await tokenFor({ sub: 'scale-manager', role: 'manager' });
    const period = { from: context.from, to: context.until };
    const { inspectionStats } = await execute<{
      inspectionStats: {
        inspections: number;
        averageScore: number | null;
        findings: number;
        openRectifications: number;
        overdueRectifications: number;
      };
    }>(
      `query ($period: Period!) { inspectionStats(period: $period) { inspections averageScore findings openRectifications overdueRectifications } }`,
      { period },
      token,
    );
    const [expected] = await query<{ inspections: number; average: number; open: number; overdue: number }>(
      `SELECT count(*)::int AS inspections,
              round(avg(coalesce((SELECT a.score FROM inspections.amendments a WHERE a.inspection_id = i.id ORDER BY a.created_at DESC LIMIT 1), i.score))::numeric, 2)::float8 AS average,
              (SELECT count(*) FROM inspections.rectifications r WHERE r.status IN ('OPEN', 'RESPONDED'))::int AS open,
              (SELECT count(*) FROM inspections.rectifications r WHERE r.status = 'OPEN' AND r.due_on < $1::date)::int AS overdue
       FROM inspections.inspections i
       WHERE i.status = 'SUBMITTED' AND (i.visited_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN $2::date AND $1::date`,
      [context.until, context.from],
    );
    expect(inspectionStats.inspections).toBe(expected?.inspections);
    expect(inspectionStats.inspections).toBeGreaterThan(100);
    expect(inspectionStats.averageScore).toBe(expected?.average);
    expect(inspectionStats.openRectifications).toBe(expected?.open);
    expect(inspectionStats.overdueRectifications).toBe(expected?.overdue);
    const [findings] = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM inspections.findings f WHERE NOT EXISTS (SELECT 1 FROM inspections.appeals a WHERE a.finding_id = f.id AND a.status = 'OVERTURNED')`,
    );
    expect(inspectionStats.findings).toBe(findings?.n);
  });
});
