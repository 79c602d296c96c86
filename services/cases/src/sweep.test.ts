import { addJob, startSubgraphJobs, type JobWorker } from '@hall/service-kit';
import { createTestSubgraph, tokenFor, type TestSubgraph } from '@hall/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CasesContext } from './context';
import { cases, evaluationActions, evaluations, type CasesTables } from './db/schema';
import { CASES_JOBS_SCHEMA, keyUnkeyedCases, requestSweep, sweep } from './data/sweep';
import { applicantKey } from './domain/applicant-key';
import { applicantKeySecret } from './settings';
import { createCasesSubgraph } from './subgraph';
import { GENEROUS_RATE_LIMITS } from './test-helpers';

/**
 * The time-driven steps (issue 15): the sweep at the service's clock raises an automatic escalation per card, climbs an
 * unanswered one past its deadline and records a bad review falling overdue, each exactly once, however many sweeps
 * and workers race; a job queued while no worker runs is run by a worker started later.
 */
const A = '11111111-1111-4111-8111-111111111111';
const STAFF = '44444444-4444-4444-8444-444444444444';

let now = new Date('2026-11-05T02:00:00Z');
const module = createCasesSubgraph({ matters: { matter: async () => null }, clock: () => now });
let subgraph: TestSubgraph<CasesTables, CasesContext>;

/** Accepted Mon 2 Nov: due (yellow after) Mon 9 Nov 17:00, supervision deadline (red after) Thu 12 Nov 17:00. */
const running = (n: number) => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  number: `ZW202611020${String(n).padStart(4, '0')}`,
  matterId: '33333333-3333-4333-8333-333333333333',
  departmentId: A,
  firstOwnerStaffId: STAFF,
  applicantName: '赵六',
  applicantIdNumber: '339901199001011234',
  applicantPhone: `139000${String(n).padStart(5, '0')}`,
  submittedAt: new Date('2026-11-02T01:00:00Z'),
  acceptedAt: new Date('2026-11-02T02:00:00Z'),
  status: 'UNDER_REVIEW' as const,
  preWarningAt: new Date('2026-11-06T09:00:00Z'),
  dueAt: new Date('2026-11-09T09:00:00Z'),
  supervisionDueAt: new Date('2026-11-12T09:00:00Z'),
});
const first = running(1);
const later = { ...running(2), dueAt: new Date('2026-11-30T09:00:00Z'), supervisionDueAt: new Date('2026-12-03T09:00:00Z') };
const reviewed = { ...running(3), status: 'COMPLETED' as const, completedAt: new Date('2026-11-04T02:00:00Z'), evaluationCode: 'ABCDEFGHJKMNPQRS' };

beforeAll(async () => {
  subgraph = await createTestSubgraph(module, { seedDemo: false, rateLimits: GENEROUS_RATE_LIMITS });
  await subgraph.runtime.database.db.insert(cases).values([first, later, reviewed]);
  await subgraph.runtime.database.db.insert(evaluations).values({
    caseId: reviewed.id,
    matterId: reviewed.matterId,
    departmentId: A,
    level: 1,
    channel: 'PC',
    evaluatedAt: new Date('2026-11-04T03:00:00Z'),
    rectificationStatus: 'PENDING',
    rectificationDueAt: new Date('2026-11-25T09:00:00Z'),
  });
});
afterAll(() => subgraph?.close());

const sweepNow = async () => sweep(await subgraph.runtime.contextFor(undefined));

async function facts() {
  const { rows: raised } = await subgraph.runtime.database.pool.query<{ case_id: string; level: string; tier: string; automatic: boolean; due_at: Date; climbed_at: Date | null }>(
    'SELECT case_id, level, tier, automatic, due_at, climbed_at FROM cases.escalations ORDER BY case_id, level',
  );
  const { rows: overdue } = await subgraph.runtime.database.pool.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM cases.evaluation_actions WHERE action = 'OVERDUE'",
  );
  return { escalations: raised, overdue: overdue[0]?.n ?? 0 };
}

async function until(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting for the job queue');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the sweep', () => {
  it('does nothing before a deadline', async () => {
    // The rows this file writes by hand carry no applicant link: the sweep keys them.
    expect(await sweepNow()).toMatchObject({ raised: 0, climbed: 0, overdueReviews: 0 });
    expect((await facts()).escalations).toEqual([]);
  });

  it('keys the cases written without an applicant link, a batch at a time, each once, with the keyed hash of the ID number', async () => {
    const pool = subgraph.runtime.database.pool;
    await pool.query('UPDATE cases.cases SET applicant_key = NULL');
    const { rows } = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM cases.cases');
    const total = rows[0]?.n ?? 0;
    expect(total).toBeGreaterThan(2);
    expect(await keyUnkeyedCases(subgraph.runtime.database.db, 2)).toBe(2);
    expect((await sweepNow()).keyed).toBe(total - 2);
    expect((await sweepNow()).keyed).toBe(0);
    const { rows: keyed } = await pool.query<{ applicant_id_number: string; applicant_key: string }>('SELECT applicant_id_number, applicant_key FROM cases.cases');
    for (const row of keyed) {
      expect(row.applicant_key).toBe(applicantKey(row.applicant_id_number, applicantKeySecret()));
      expect(row.applicant_key).not.toContain(row.applicant_id_number);
    }
  });

  it('raises one automatic escalation at the yellow card, however many sweeps race', async () => {
    now = new Date('2026-11-10T02:00:00Z');
    const reports = await Promise.all([sweepNow(), sweepNow(), sweepNow()]);
    expect(reports.reduce((sum, report) => sum + report.raised, 0)).toBe(1);
    expect(await sweepNow()).toEqual({ raised: 0, climbed: 0, overdueReviews: 0, keyed: 0 });
    // Tue 10 Nov + 3 working days: Fri 13 Nov, 17:00.
    expect((await facts()).escalations).toEqual([
      { case_id: first.id, level: 'YELLOW', tier: 'DEPARTMENT', automatic: true, due_at: new Date('2026-11-13T09:00:00Z'), climbed_at: null },
    ]);
  });

  it('raises a second at the red card and climbs the unanswered yellow one past its deadline, once', async () => {
    now = new Date('2026-11-16T02:00:00Z');
    const reports = await Promise.all([sweepNow(), sweepNow()]);
    expect(reports.reduce((sum, report) => sum + report.raised, 0)).toBe(1);
    expect(reports.reduce((sum, report) => sum + report.climbed, 0)).toBe(1);
    expect(await sweepNow()).toEqual({ raised: 0, climbed: 0, overdueReviews: 0, keyed: 0 });
    // Mon 16 Nov + 3 working days: Thu 19 Nov, 17:00, for the red escalation and the climbed yellow one alike.
    expect((await facts()).escalations).toEqual([
      { case_id: first.id, level: 'YELLOW', tier: 'LEADERSHIP', automatic: true, due_at: new Date('2026-11-19T09:00:00Z'), climbed_at: now },
      { case_id: first.id, level: 'RED', tier: 'DEPARTMENT', automatic: true, due_at: new Date('2026-11-19T09:00:00Z'), climbed_at: null },
    ]);
    const shown = await subgraph.execute<{ escalations: Array<{ level: string; tier: string; overdue: boolean; climbedAt: string | null }> }>(
      `{ escalations { level tier overdue climbedAt } }`,
      {},
      await tokenFor({ sub: 'manager', role: 'manager' }),
    );
    expect(shown.data?.escalations).toEqual(
      expect.arrayContaining([
        { level: 'YELLOW', tier: 'LEADERSHIP', overdue: false, climbedAt: now.toISOString() },
        { level: 'RED', tier: 'DEPARTMENT', overdue: false, climbedAt: null },
      ]),
    );
    expect(shown.data?.escalations).toHaveLength(2);
  });

  it('records one OVERDUE step for a bad review open past its deadline', async () => {
    now = new Date('2026-11-26T02:00:00Z');
    const reports = await Promise.all([sweepNow(), sweepNow(), sweepNow()]);
    expect(reports.reduce((sum, report) => sum + report.overdueReviews, 0)).toBe(1);
    // The red escalation climbs too (due Thu 19 Nov, unanswered); the leadership one never climbs again.
    expect(reports.reduce((sum, report) => sum + report.climbed, 0)).toBe(1);
    expect(await sweepNow()).toEqual({ raised: 0, climbed: 0, overdueReviews: 0, keyed: 0 });
    const steps = await subgraph.runtime.database.db.select().from(evaluationActions);
    expect(steps.map((step) => [step.action, step.fromStatus, step.toStatus, step.actorRole])).toEqual([['OVERDUE', 'PENDING', 'PENDING', 'system']]);
  });

  it('never climbs an escalation whose case was finished meanwhile, answered or not', async () => {
    const pool = subgraph.runtime.database.pool;
    await pool.query(
      `INSERT INTO cases.escalations (case_id, level, raised_at, raised_by, due_at, note, automatic, resolved_at)
       VALUES ($1, 'YELLOW', '2026-11-03T02:00:00Z', 'system', '2026-11-06T09:00:00Z', '黄牌自动督办', TRUE, '2026-11-04T02:00:00Z')`,
      [reviewed.id],
    );
    now = new Date('2026-11-27T02:00:00Z');
    expect(await sweepNow()).toEqual({ raised: 0, climbed: 0, overdueReviews: 0, keyed: 0 });
    const { rows } = await pool.query('SELECT tier FROM cases.escalations WHERE case_id = $1', [reviewed.id]);
    expect(rows).toEqual([{ tier: 'DEPARTMENT' }]);
    await pool.query('DELETE FROM cases.escalations WHERE case_id = $1', [reviewed.id]);
  });
});

describe('the job queue (graphile-worker)', () => {
  const workers: JobWorker[] = [];
  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.stop()));
  });

  it('runs a sweep queued while no worker ran once a worker starts (a restart), and two workers run each fact once', async () => {
    // The later case turns yellow; the request waits in the queue, nothing happens yet.
    now = new Date('2026-12-01T02:00:00Z');
    await requestSweep(subgraph.runtime.database.pool);
    await requestSweep(subgraph.runtime.database.pool);
    const pool = subgraph.runtime.database.pool;
    const queued = async () =>
      (await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${CASES_JOBS_SCHEMA}._private_jobs WHERE task_id = (SELECT id FROM ${CASES_JOBS_SCHEMA}._private_tasks WHERE identifier = 'sweep')`)).rows[0]?.n ?? 0;
    expect(await queued()).toBe(1);
    expect((await facts()).escalations.filter((row) => row.case_id === later.id)).toEqual([]);
    for (let i = 0; i < 2; i++) {
      const worker = await startSubgraphJobs(module, subgraph.runtime.database, { pollIntervalMs: 100 });
      if (worker) workers.push(worker);
    }
    await until(async () => (await queued()) === 0);
    expect((await facts()).escalations.filter((row) => row.case_id === later.id).map((row) => row.level)).toEqual(['YELLOW']);

    // Past the red card of the later case: many sweep jobs, two workers, one RED escalation.
    now = new Date('2026-12-07T02:00:00Z');
    for (let i = 0; i < 6; i++) await addJob(pool, CASES_JOBS_SCHEMA, 'sweep', {});
    await until(async () => (await queued()) === 0);
    const { escalations, overdue } = await facts();
    expect(escalations.filter((row) => row.case_id === later.id).map((row) => [row.level, row.tier])).toEqual([
      ['YELLOW', 'LEADERSHIP'],
      ['RED', 'DEPARTMENT'],
    ]);
    expect(escalations).toHaveLength(4);
    expect(overdue).toBe(1);
  });
});
