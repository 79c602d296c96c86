import { createCasesSubgraph, staticDutyDirectory, type CasesContext, type CasesTables } from '@hall/cases-subgraph';
import type { Database, ServiceName } from '@hall/db';
import { CLOSING_MINUTE, dayOf, isoOf, localDayOf, localTime } from '@hall/demo-hall';
import { createTestDatabase, type TestDatabase } from '@hall/db/testing';
import { createSubgraphRuntime, openServiceDatabase, prepareDatabase, WorkingCalendar, type SubgraphRuntime } from '@hall/service-kit';
import { tokenFor } from '@hall/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GenerationContext, LoadReport } from '../context';
import { buildOrganisation } from '../organisation';
import { PROFILES } from '../profiles';
import { caseImportRows, loadCases, organisationMatters } from './cases';

const profile = PROFILES.test;
const organisation = buildOrganisation(profile);
const until = '2026-11-20';
const context: GenerationContext = {
  profile,
  organisation,
  from: isoOf(dayOf(until) - profile.days + 1),
  until,
  now: localTime(dayOf(until), CLOSING_MINUTE),
  databaseUrls: {} as Record<ServiceName, string>,
  log: () => undefined,
};
const lookup = organisationMatters(organisation);
const module = createCasesSubgraph({
  matters: { matter: async (id) => (await lookup([id])).get(id) ?? null },
  duty: staticDutyDirectory(organisation),
  clock: () => context.now,
});

let testDatabase: TestDatabase;
let database: Database<CasesTables>;
let runtime: SubgraphRuntime<CasesTables, CasesContext>;
let report: LoadReport;

beforeAll(async () => {
  testDatabase = await createTestDatabase('scale_cases');
  context.databaseUrls = { cases: testDatabase.url } as Record<ServiceName, string>;
  database = openServiceDatabase(module, testDatabase.url);
  await prepareDatabase(module, database, { seedDemo: false });
  report = await loadCases(context);
  runtime = createSubgraphRuntime(module, database);
  await runtime.apollo.start();
});
afterAll(async () => {
  await runtime?.apollo.stop();
  await database?.close();
  await testDatabase?.drop();
});

async function execute<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const contextValue = await runtime.contextFor(`Bearer ${token}`);
  const response = await runtime.apollo.executeOperation<T>({ query, variables }, { contextValue });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  expect(response.body.singleResult.errors).toBeUndefined();
  return response.body.singleResult.data as T;
}

async function one<T extends Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T> {
  const { rows } = await database.pool.query<T>(text, values);
  if (!rows[0]) throw new Error(`no row: ${text}`);
  return rows[0];
}

const share = (part: number, whole: number) => part / whole;

describe('loadCases (test profile)', () => {
  it('writes the profile’s cases with their trails, visits, evaluations and complaints, and reports them', async () => {
    const counts = await one<Record<string, number>>(`SELECT
      (SELECT count(*)::int FROM cases.cases) AS cases, (SELECT count(*)::int FROM cases.case_events) AS case_events,
      (SELECT count(*)::int FROM cases.case_visits) AS case_visits, (SELECT count(*)::int FROM cases.evaluations) AS evaluations,
      (SELECT count(*)::int FROM cases.complaints) AS complaints`);
    expect(counts.cases).toBe(profile.cases);
    expect(counts.complaints).toBe(Math.round((profile.cases * profile.complaintsPerThousandCases) / 1000));
    expect(report.rows).toEqual(counts);
    expect(report.service).toBe('cases');
    expect(report.seconds).toBeGreaterThan(0);
    // Every trail as long as its case's version, and every stored visit count matching the visit rows.
    const mismatched = await one<{ events: number; visits: number }>(`SELECT
      (SELECT count(*)::int FROM cases.cases c WHERE c.version <> (SELECT count(*) FROM cases.case_events e WHERE e.case_id = c.id)) AS events,
      (SELECT count(*)::int FROM cases.cases c WHERE c.visits <> (SELECT count(*) FROM cases.case_visits v WHERE v.case_id = c.id)) AS visits`);
    expect(mismatched).toEqual({ events: 0, visits: 0 });
  });

  it('ties every case to the organisation: the matter’s department, one of its windows or online, one of its staff', async () => {
    const { rows } = await database.pool.query<{
      matter_id: string;
      department_id: string;
      window_id: string | null;
      first_owner_staff_id: string;
    }>(`SELECT matter_id, department_id, window_id, first_owner_staff_id FROM cases.cases`);
    const matters = new Map(organisation.matters.map((m) => [m.id, m]));
    const windows = new Map(organisation.windows.map((w) => [w.id, w]));
    const staff = new Map(organisation.staff.map((s) => [s.id, s]));
    for (const row of rows) {
      expect(matters.get(row.matter_id)?.departmentId).toBe(row.department_id);
      if (row.window_id) expect(windows.get(row.window_id)?.departmentIds).toContain(row.department_id);
      expect(staff.get(row.first_owner_staff_id)?.departmentId).toBe(row.department_id);
    }
    // Online (no window) for about 15 % of the matters that offer it (88 % of them do in the demo catalogue), by popularity.
    const onlineOf = (kind: string) => {
      const ofKind = organisation.matters.filter((m) => m.kind === kind);
      const total = ofKind.reduce((sum, m) => sum + m.weight, 0);
      return ofKind.filter((m) => m.channels.includes('ONLINE')).reduce((sum, m) => sum + m.weight, 0) / total;
    };
    const expectedOnline = (0.15 / 0.88) * (0.94 * onlineOf('INSTANT') + 0.06 * onlineOf('COMMITTED'));
    const online = rows.filter((row) => row.window_id === null).length;
    expect(Math.abs(share(online, rows.length) - expectedOnline)).toBeLessThan(0.025);
  });

  it('follows the published distributions: instant matters, popular matters, visits, evaluations, late cases', async () => {
    const kinds = await one<{ instant: number; committed: number; instant_done: number }>(`SELECT
      count(*) FILTER (WHERE matter_snapshot->>'kind' = 'INSTANT')::int AS instant,
      count(*) FILTER (WHERE matter_snapshot->>'kind' = 'COMMITTED')::int AS committed,
      count(*) FILTER (WHERE instant)::int AS instant_done FROM cases.cases`);
    expect(share(kinds.instant, profile.cases)).toBeGreaterThan(0.92);
    expect(share(kinds.instant, profile.cases)).toBeLessThan(0.96);
    expect(share(kinds.instant_done, kinds.instant)).toBeGreaterThan(0.95);

    // Popularity is skewed: the top tenth of the matters take most of the cases.
    const { rows: perMatter } = await database.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM cases.cases GROUP BY matter_id ORDER BY 1 DESC`,
    );
    const top = perMatter.slice(0, Math.ceil(profile.matters / 10)).reduce((sum, row) => sum + row.n, 0);
    expect(share(top, profile.cases)).toBeGreaterThan(0.4);

    const visits = await one<{ one: number; two: number; three: number; total: number }>(`SELECT
      count(*) FILTER (WHERE visits = 1)::int AS one, count(*) FILTER (WHERE visits = 2)::int AS two,
      count(*) FILTER (WHERE visits = 3)::int AS three, count(*)::int AS total FROM cases.cases WHERE window_id IS NOT NULL`);
    expect(share(visits.one, visits.total)).toBeGreaterThan(0.71);
    expect(share(visits.one, visits.total)).toBeLessThan(0.79);
    expect(share(visits.two, visits.total)).toBeGreaterThan(0.2);
    expect(share(visits.two, visits.total)).toBeLessThan(0.28);
    expect(share(visits.three, visits.total)).toBeLessThan(0.03);
    expect(visits.one + visits.two + visits.three).toBe(visits.total);

    const evaluations = await one<{
      completed: number;
      evaluated: number;
      five: number;
      bad: number;
      done: number;
      channels: number;
    }>(`SELECT
      (SELECT count(*)::int FROM cases.cases WHERE completed_at IS NOT NULL) AS completed,
      count(*)::int AS evaluated, count(*) FILTER (WHERE level = 5)::int AS five, count(*) FILTER (WHERE level <= 2)::int AS bad,
      count(*) FILTER (WHERE rectification_status = 'DONE')::int AS done, count(DISTINCT channel)::int AS channels FROM cases.evaluations`);
    expect(share(evaluations.evaluated, evaluations.completed)).toBeGreaterThan(0.56);
    expect(share(evaluations.evaluated, evaluations.completed)).toBeLessThan(0.64);
    expect(share(evaluations.five, evaluations.evaluated)).toBeGreaterThan(0.94);
    expect(share(evaluations.five, evaluations.evaluated)).toBeLessThan(0.98);
    expect(evaluations.done).toBe(evaluations.bad);
    expect(evaluations.channels).toBeGreaterThanOrEqual(5);

    const late = await one<{
      done: number;
      late: number;
    }>(`SELECT count(*)::int AS done, count(*) FILTER (WHERE completed_at > due_at)::int AS late
      FROM cases.cases WHERE due_at IS NOT NULL AND completed_at IS NOT NULL`);
    expect(share(late.late, late.done)).toBeGreaterThan(0.01);
    expect(share(late.late, late.done)).toBeLessThan(0.12);
  });

  it('leaves the recent cases open in realistic statuses, and some refused, referred or withdrawn', async () => {
    const { rows } = await database.pool.query<{ status: string; n: number }>(
      `SELECT status, count(*)::int AS n FROM cases.cases GROUP BY status`,
    );
    const byStatus = new Map(rows.map((row) => [row.status, row.n]));
    for (const status of ['COMPLETED', 'DELIVERED', 'NOT_ACCEPTED', 'REFERRED', 'WITHDRAWN', 'UNDER_REVIEW', 'SUPPLEMENT_REQUESTED']) {
      expect(byStatus.get(status), status).toBeGreaterThan(0);
    }
    const unusual = ['NOT_ACCEPTED', 'REFERRED', 'WITHDRAWN'].reduce((sum, status) => sum + (byStatus.get(status) ?? 0), 0);
    expect(share(unusual, profile.cases)).toBeLessThan(0.06);
    const referred = await one<{ named: number }>(
      `SELECT count(*)::int AS named FROM cases.cases WHERE status = 'REFERRED' AND referred_to_department_id <> department_id`,
    );
    expect(referred.named).toBe(byStatus.get('REFERRED'));
  });

  it('submits on working days in office hours, busiest on Mondays, numbered ZW + date + daily sequence', async () => {
    const { rows } = await database.pool.query<{ number: string; submitted_at: Date }>(
      `SELECT number, submitted_at FROM cases.cases ORDER BY submitted_at, number`,
    );
    const calendar = new WorkingCalendar();
    const perWeekday = new Map<number, number>();
    const sequence = new Map<string, number>();
    for (const { number, submitted_at: at } of rows) {
      const day = localDayOf(at);
      const date = isoOf(day);
      expect(calendar.isWorkingDay(date), date).toBe(true);
      const minute = Math.floor((at.getTime() - localTime(day, 0).getTime()) / 60_000);
      expect(minute).toBeGreaterThanOrEqual(9 * 60);
      expect(minute).toBeLessThan(17 * 60);
      expect(number.slice(0, 10)).toBe(`ZW${date.replaceAll('-', '')}`);
      expect(number).toMatch(/^ZW\d{13}$/);
      // In submission order within the day.
      const serial = Number(number.slice(10));
      expect(serial).toBe((sequence.get(date) ?? 0) + 1);
      sequence.set(date, serial);
      const weekday = new Date(day * 86_400_000).getUTCDay();
      perWeekday.set(weekday, (perWeekday.get(weekday) ?? 0) + 1);
    }
    const midweek = ((perWeekday.get(2) ?? 0) + (perWeekday.get(3) ?? 0) + (perWeekday.get(4) ?? 0)) / 3;
    expect(perWeekday.get(1) ?? 0).toBeGreaterThan(midweek * 1.1);
  });
});

describe('the cases subgraph over the loaded data', () => {
  it('answers caseStats and evaluationStats as the tables say', async () => {
    const manager = await tokenFor({ sub: 'manager-1', role: 'manager' });
    const period = { from: context.from, to: context.until };
    const data = await execute<{
      caseStats: Record<string, number>;
      evaluationStats: { total: number; byLevel: Array<{ level: number; count: number }> };
    }>(
      `query ($period: Period!) {
        caseStats(period: $period) { accepted completed instantCount completedOnTime oneVisitRate preWarnings yellowCards redCards }
        evaluationStats(period: $period) { total byLevel { level count } }
      }`,
      { period },
      manager,
    );
    const expected = await one<Record<string, number>>(`SELECT count(*) FILTER (WHERE accepted_at IS NOT NULL)::int AS accepted,
      count(*) FILTER (WHERE completed_at IS NOT NULL)::int AS completed, count(*) FILTER (WHERE instant)::int AS "instantCount",
      count(*) FILTER (WHERE completed_at IS NOT NULL AND (instant OR completed_at <= due_at))::int AS "completedOnTime",
      (SELECT count(*)::int FROM cases.evaluations) AS evaluations FROM cases.cases`);
    expect(data.caseStats).toMatchObject({
      accepted: expected.accepted,
      completed: expected.completed,
      instantCount: expected.instantCount,
      completedOnTime: expected.completedOnTime,
    });
    expect(data.caseStats.oneVisitRate).toBeGreaterThan(0.7);
    expect(data.caseStats.yellowCards).toBeGreaterThan(0);
    expect(data.evaluationStats.total).toBe(expected.evaluations);
  });

  it('has open cases past their pre-warning point and past their deadline now', async () => {
    const manager = await tokenFor({ sub: 'manager-1', role: 'manager' });
    const data = await execute<{ warningCases: Array<{ number: string; warning: string; status: string }> }>(
      `{ warningCases { number warning status } }`,
      {},
      manager,
    );
    const levels = data.warningCases.map((kase) => kase.warning);
    expect(levels.filter((level) => level === 'PRE').length).toBeGreaterThan(0);
    // A few a day at this scale: yellow (deadline passed) and red (supervision deadline passed) together.
    expect(levels.filter((level) => level === 'YELLOW' || level === 'RED').length).toBeGreaterThan(0);
    expect(data.warningCases.every((kase) => ['ACCEPTED', 'UNDER_REVIEW', 'RESUBMITTED', 'APPROVED', 'DENIED'].includes(kase.status))).toBe(
      true,
    );
  });

  it('pages a department’s cases newest first for its admin', async () => {
    const department = organisation.departments[0];
    if (!department) throw new Error('no department');
    const admin = await tokenFor({ sub: 'admin-1', role: 'dept_admin', dept: department.id });
    const data = await execute<{
      cases: { nodes: Array<{ number: string; submittedAt: string; department: { id: string } }>; hasNextPage: boolean };
    }>(`{ cases(first: 50) { nodes { number submittedAt department { id } } hasNextPage } }`, {}, admin);
    const own = await one<{ n: number; newest: string }>(
      `SELECT count(*)::int AS n, (SELECT number FROM cases.cases WHERE department_id = $1 ORDER BY submitted_at DESC, id DESC LIMIT 1) AS newest
         FROM cases.cases WHERE department_id = $1`,
      [department.id],
    );
    expect(data.cases.nodes).toHaveLength(Math.min(50, own.n));
    expect(data.cases.hasNextPage).toBe(own.n > 50);
    expect(data.cases.nodes[0]?.number).toBe(own.newest);
    expect(data.cases.nodes.every((node) => node.department.id === department.id)).toBe(true);
    const times = data.cases.nodes.map((node) => Date.parse(node.submittedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('takes extra generated rows through the importCases mutation without colliding with the loaded ones', async () => {
    const manager = await tokenFor({ sub: 'manager-1', role: 'manager' });
    const rows = JSON.parse(JSON.stringify([...caseImportRows(context, { count: 300, seed: 1 })])) as Array<Record<string, unknown>>;
    expect(rows).toHaveLength(300);
    expect(rows.some((row) => 'referredToDepartmentId' in row)).toBe(false);
    const data = await execute<{ importCases: { imported: number; errors: unknown[] } }>(
      `mutation ($input: ImportCasesInput!) { importCases(input: $input) { imported errors { row field message } } }`,
      { input: { cases: rows, batchSize: 100 } },
      manager,
    );
    expect(data.importCases).toEqual({ imported: 300, errors: [] });
    const other = [...caseImportRows(context, { count: 300, seed: 2 })].map((row) => row.number);
    expect(new Set([...other, ...rows.map((row) => row.number as string)]).size).toBe(600);
    expect(() => caseImportRows(context, { count: 1, seed: 0 })).toThrow();
  });
});
