import { dayOf, isoOf, localTime } from '@hall/demo-hall';
import { createTestDatabase, type TestDatabase } from '@hall/db/testing';
import { createDutySubgraph, type DutyContext, type DutyTables } from '@hall/duty-subgraph';
import { WorkingCalendar, createSubgraphRuntime, openServiceDatabase, prepareDatabase, type SubgraphRuntime } from '@hall/service-kit';
import { tokenFor } from '@hall/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GenerationContext, LoadReport } from '../context';
import { buildOrganisation } from '../organisation';
import { PROFILES } from '../profiles';
import { loadDuty } from './duty';

const profile = PROFILES.test;
const UNTIL = '2026-11-20';
const FROM = isoOf(dayOf(UNTIL) - profile.days + 1);
/** Mid-morning of the last day: today's queue is still moving and its afternoon not rostered-through yet. */
const NOW = localTime(dayOf(UNTIL), 10 * 60 + 40);
const organisation = buildOrganisation(profile);
const workingDays = new WorkingCalendar().workingDaysIn(FROM, UNTIL);
const PERIOD = { from: FROM, to: UNTIL };

let testDatabase: TestDatabase;
let duty: SubgraphRuntime<DutyTables, DutyContext>;
let report: LoadReport;
let manager: string;

async function execute<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const contextValue = await duty.contextFor(token ? `Bearer ${token}` : undefined);
  const response = await duty.apollo.executeOperation<T>({ query, variables }, { contextValue });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  const { data, errors } = response.body.singleResult;
  if (errors?.length || !data) throw new Error(`unexpected errors: ${JSON.stringify(errors)}`);
  return data;
}

async function one<T extends Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T> {
  const { rows } = await duty.database.pool.query<T>(text, values);
  return rows[0] as T;
}

beforeAll(async () => {
  testDatabase = await createTestDatabase('scale_duty');
  const module = createDutySubgraph({ now: () => NOW, timeZone: 'Asia/Shanghai' });
  const database = openServiceDatabase(module, testDatabase.url);
  await prepareDatabase(module, database, { seedDemo: false });
  const context: GenerationContext = {
    profile,
    organisation,
    from: FROM,
    until: UNTIL,
    now: NOW,
    databaseUrls: { catalog: testDatabase.url, cases: testDatabase.url, duty: testDatabase.url, inspections: testDatabase.url },
    log: () => undefined,
  };
  report = await loadDuty(context);
  duty = createSubgraphRuntime(module, database);
  await duty.apollo.start();
  manager = await tokenFor({ sub: 'scale-manager', role: 'manager' });
});

afterAll(async () => {
  await duty?.apollo.stop();
  await duty?.database.close();
  await testDatabase?.drop();
});

/** Past shifts (started before NOW) and how they went, by the hall's rules (5 minutes' grace, 15 to an incident). */
const OUTCOMES = `
  WITH s AS (
    SELECT s.*, ((s.date + CASE WHEN s.period = 'AFTERNOON' THEN time '13:30' ELSE time '09:00' END) AT TIME ZONE 'Asia/Shanghai') AS starts_at
    FROM duty.shifts s)
  SELECT count(*)::int AS shifts,
    count(*) FILTER (WHERE a.id IS NULL)::int AS absent,
    count(*) FILTER (WHERE a.check_in_at > s.starts_at + interval '5 minutes')::int AS late,
    count(*) FILTER (WHERE a.id IS NULL OR a.check_in_at > s.starts_at + interval '15 minutes')::int AS unattended
  FROM s LEFT JOIN duty.attendance a ON a.shift_id = s.id
  WHERE s.starts_at + interval '15 minutes' <= $1::timestamptz`;

describe('loadDuty at test scale', () => {
  it('writes the staff, the windows and two halves a day of every staffed window, and reports what it wrote', async () => {
    expect(report.service).toBe('duty');
    for (const [table, rows] of Object.entries(report.rows)) {
      const { n } = await one<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
      expect(n, table).toBe(rows);
    }
    expect(report.rows['duty.staff']).toBe(profile.departments * profile.staffPerDepartment);
    expect(report.rows['duty.windows']).toBe(organisation.windows.length);
    expect(report.rows['duty.shifts']).toBe(workingDays.length * organisation.windows.length * 2);
    // Queue tickets: about the cases' number, the last day's only up to NOW.
    expect(report.rows['duty.tickets']).toBeGreaterThan(profile.cases * 0.95);
    expect(report.rows['duty.tickets']).toBeLessThanOrEqual(profile.cases);
    expect(report.seconds).toBeGreaterThan(0);
    // Only working days are rostered, and each is.
    const { days } = await one<{ days: string[] }>(`SELECT array_agg(DISTINCT date::text ORDER BY date::text) AS days FROM duty.shifts`);
    expect(days).toEqual(workingDays);
  });

  it('books nobody twice and every window with one of its departments’ people', async () => {
    const doubles = await one<{ people: number; windows: number }>(`
      SELECT (SELECT count(*) FROM (SELECT 1 FROM duty.shifts GROUP BY staff_id, date, period HAVING count(*) > 1) x)::int AS people,
             (SELECT count(*) FROM (SELECT 1 FROM duty.shifts GROUP BY window_id, date, period HAVING count(*) > 1) x)::int AS windows`);
    expect(doubles).toEqual({ people: 0, windows: 0 });
    const { foreign } = await one<{ foreign: number }>(`
      SELECT count(*)::int AS foreign FROM duty.shifts s JOIN duty.staff st ON st.id = s.staff_id
      WHERE NOT EXISTS (SELECT 1 FROM duty.window_departments wd WHERE wd.window_id = s.window_id AND wd.department_id = st.department_id)`);
    expect(foreign).toBe(0);
    // The rota turns: over the period, every person of a department sits at its windows.
    const { idle } = await one<{ idle: number }>(
      `SELECT count(*)::int AS idle FROM duty.staff st WHERE NOT EXISTS (SELECT 1 FROM duty.shifts s WHERE s.staff_id = st.id)`,
    );
    expect(idle).toBe(0);
  });

  it('records attendance for every started shift: ~96 % on time, ~3 % late, ~1 % absent, with the incidents they cause', async () => {
    const outcome = await one<{ shifts: number; absent: number; late: number; unattended: number }>(OUTCOMES, [NOW.toISOString()]);
    expect(outcome.shifts).toBeGreaterThan(900);
    expect(outcome.absent / outcome.shifts).toBeGreaterThan(0.002);
    expect(outcome.absent / outcome.shifts).toBeLessThan(0.025);
    expect(outcome.late / outcome.shifts).toBeGreaterThan(0.015);
    expect(outcome.late / outcome.shifts).toBeLessThan(0.05);
    // Every shift whose window nobody attended in time has its incident recorded, and no other has one.
    const { incidents } = await one<{ incidents: number }>(`SELECT count(*)::int AS incidents FROM duty.unattended_incidents`);
    expect(incidents).toBe(outcome.unattended);
    const { wrong } = await one<{ wrong: number }>(`
      SELECT count(*)::int AS wrong FROM duty.unattended_incidents ui LEFT JOIN duty.attendance a ON a.shift_id = ui.shift_id
      WHERE a.check_in_at <= ui.since`);
    expect(wrong).toBe(0);
    // Nothing is recorded for shifts that have not started.
    const { future } = await one<{ future: number }>(
      `SELECT count(*)::int AS future FROM duty.attendance WHERE check_in_at > $1::timestamptz OR check_out_at > $1::timestamptz`,
      [NOW.toISOString()],
    );
    expect(future).toBe(0);
  });

  it('issues queue tickets with a morning peak, waits mostly under 15 minutes, a few no-shows, and today’s queue still moving', async () => {
    const queue = await one<{
      called: number;
      under15: number;
      above20: number;
      noShows: number;
      morning: number;
      total: number;
      peak: number;
    }>(`
      SELECT count(called_at)::int AS called,
        count(*) FILTER (WHERE called_at - issued_at < interval '15 minutes')::int AS under15,
        count(*) FILTER (WHERE called_at - issued_at > interval '20 minutes')::int AS above20,
        count(*) FILTER (WHERE status = 'NO_SHOW')::int AS "noShows",
        count(*) FILTER (WHERE extract(hour FROM issued_at AT TIME ZONE 'Asia/Shanghai') < 12)::int AS morning,
        count(*)::int AS total,
        count(*) FILTER (WHERE extract(hour FROM issued_at AT TIME ZONE 'Asia/Shanghai') = 9)::int AS peak
      FROM duty.tickets WHERE day < '${UNTIL}'`);
    expect(queue.called).toBe(queue.total);
    expect(queue.under15 / queue.called).toBeGreaterThan(0.85);
    expect(queue.above20).toBeGreaterThan(0);
    expect(queue.noShows / queue.total).toBeGreaterThan(0.01);
    expect(queue.noShows / queue.total).toBeLessThan(0.06);
    expect(queue.morning / queue.total).toBeGreaterThan(0.5);
    expect(queue.peak / queue.total).toBeGreaterThan(0.15);
    const today = await duty.database.pool.query<{ status: string; n: number }>(
      `SELECT status::text, count(*)::int AS n FROM duty.tickets WHERE day = $1 GROUP BY 1`,
      [UNTIL],
    );
    const byStatus = Object.fromEntries(today.rows.map((row) => [row.status, row.n]));
    expect((byStatus.WAITING ?? 0) + (byStatus.CALLED ?? 0) + (byStatus.SERVING ?? 0)).toBeGreaterThan(0);
    expect(byStatus.DONE ?? 0).toBeGreaterThan(0);
    const { late, open } = await one<{ late: number; open: number }>(
      `SELECT count(*) FILTER (WHERE issued_at > $1::timestamptz)::int AS late,
         count(*) FILTER (WHERE day < $2::date AND status IN ('WAITING', 'CALLED', 'SERVING'))::int AS open FROM duty.tickets`,
      [NOW.toISOString(), UNTIL],
    );
    expect({ late, open }).toEqual({ late: 0, open: 0 });
    // Tickets are called by the person rostered and checked in at the window in that half day.
    const { unrostered } = await one<{ unrostered: number }>(`
      SELECT count(*)::int AS unrostered FROM duty.tickets t WHERE t.called_at IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM duty.shifts s JOIN duty.attendance a ON a.shift_id = s.id
        WHERE s.window_id = t.window_id AND s.staff_id = t.staff_id AND s.date = t.day AND a.check_in_at <= t.called_at)`);
    expect(unrostered).toBe(0);
  });

  it('answers the subgraph’s dutyStats and queueStats consistently with the loaded rows', async () => {
    const data = await execute<{
      dutyStats: { shifts: number; attended: number; attendanceRate: number; late: number; absent: number; unattendedIncidents: number };
      queueStats: {
        tickets: number;
        served: number;
        noShows: number;
        averageWaitMinutes: number;
        p90WaitMinutes: number;
        waitsAboveServiceLevel: number;
      };
    }>(
      `query ($p: Period!) {
        dutyStats(period: $p) { shifts attended attendanceRate late absent unattendedIncidents }
        queueStats(period: $p) { tickets served noShows averageWaitMinutes p90WaitMinutes waitsAboveServiceLevel } }`,
      { p: PERIOD },
      manager,
    );
    const counts = await one<{ shifts: number; attended: number; incidents: number; tickets: number; done: number; noShows: number }>(`
      SELECT (SELECT count(*) FROM duty.shifts)::int AS shifts, (SELECT count(*) FROM duty.attendance)::int AS attended,
        (SELECT count(*) FROM duty.unattended_incidents)::int AS incidents, (SELECT count(*) FROM duty.tickets)::int AS tickets,
        (SELECT count(*) FROM duty.tickets WHERE status = 'DONE')::int AS done,
        (SELECT count(*) FROM duty.tickets WHERE status = 'NO_SHOW')::int AS "noShows"`);
    const outcome = await one<{ absent: number; late: number }>(OUTCOMES, [NOW.toISOString()]);
    expect(data.dutyStats.shifts).toBe(counts.shifts);
    expect(data.dutyStats.attended).toBe(counts.attended);
    expect(data.dutyStats.late).toBe(outcome.late);
    // Absent = over without a check-in: today's morning is not over at NOW, so it has none yet.
    expect(data.dutyStats.absent).toBeLessThanOrEqual(outcome.absent);
    expect(data.dutyStats.absent).toBeGreaterThan(0);
    expect(data.dutyStats.attendanceRate).toBeGreaterThan(0.97);
    expect(data.dutyStats.attendanceRate).toBeLessThan(1);
    // All the incidents due were recorded by the load: the statistics add none of their own.
    expect(data.dutyStats.unattendedIncidents).toBe(counts.incidents);
    expect(data.queueStats).toMatchObject({ tickets: counts.tickets, served: counts.done, noShows: counts.noShows });
    expect(data.queueStats.averageWaitMinutes).toBeGreaterThan(2);
    expect(data.queueStats.averageWaitMinutes).toBeLessThan(15);
    expect(data.queueStats.p90WaitMinutes).toBeLessThan(25);
    expect(data.queueStats.waitsAboveServiceLevel).toBeLessThan(counts.tickets * 0.1);

    // Per department, the statistics add up to the hall's.
    const departments = await execute<{ _entities: Array<{ dutyStats: { shifts: number; unattendedIncidents: number } }> }>(
      `query ($r: [_Any!]!, $p: Period!) { _entities(representations: $r) { ... on Department { dutyStats(period: $p) { shifts unattendedIncidents } } } }`,
      { r: organisation.departments.map((department) => ({ __typename: 'Department', id: department.id })), p: PERIOD },
      manager,
    );
    const sum = departments._entities.reduce(
      (total, entity) => ({
        shifts: total.shifts + entity.dutyStats.shifts,
        incidents: total.incidents + entity.dutyStats.unattendedIncidents,
      }),
      { shifts: 0, incidents: 0 },
    );
    expect(sum).toEqual({ shifts: counts.shifts, incidents: counts.incidents });
  });
});
