// @vitest-environment node
import { startPlatform, type RunningPlatform } from '@hall/gateway/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DashboardQuery, type DashboardData } from './dashboard.graphql';
import { buildReport } from './report/build';
import type { ReportData } from './report/model';
import { MonthlyReportQuery } from './report/report.graphql';

/**
 * The dashboard's one gateway query against the subgraphs' own answers on the seeded demo hall: every figure it shows
 * must be what the subgraph that owns it says when asked directly.
 */

let platform: RunningPlatform;
let token: string;
const period = { from: '2026-11-01', to: '2026-11-20' };
const today = { from: '2026-11-20', to: '2026-11-20' };

async function post<T>(url: string, query: string | { toString(): string }, variables: Record<string, unknown> = {}): Promise<{ data: T; errors?: unknown[] }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: query.toString(), variables }),
  });
  return (await response.json()) as { data: T; errors?: unknown[] };
}

async function direct<T>(subgraph: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const answer = await post<T>(platform.urlOf(subgraph), query, variables);
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data;
}

beforeAll(async () => {
  platform = await startPlatform();
  const users = (await (await fetch(`${platform.gatewayOrigin}/dev/users`)).json()) as Array<{ id: string; role: string }>;
  const manager = users.find((user) => user.role === 'manager');
  const response = await fetch(`${platform.gatewayOrigin}/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId: manager?.id }),
  });
  token = ((await response.json()) as { token: string }).token;
}, 180_000);
afterAll(() => platform?.stop());

const CASE_STATS = 'accepted completed completionRate completedOnTime onTimeRate instantCount oneVisitRate episodes honestOneVisitRate twoVisitRate threeVisitRate preWarnings yellowCards redCards';
const EVALUATION_STATS = 'total byLevel { level count } satisfactionRate goodRate badRate evaluationRate';
const DUTY_STATS = 'shifts attended attendanceRate late absent unattendedIncidents';
const INSPECTION_STATS = 'inspections averageScore findings openRectifications overdueRectifications';
const DESK_STATS =
  'complaintStats(period: $p) { received answered answeredOnTime onTimeRate overdueOpen closed satisfied satisfactionRate } ' +
  'badReviewStats(period: $p) { reviews rectified rectifiedOnTime onTimeRate callbacksDue callbacksDone callbackRate appeals appealsUpheld byTag { tag count } } ' +
  'escalationStats(period: $p) { raised automatic responded respondedOnTime climbed open }';
const QUEUE_STATS = 'tickets served noShows averageWaitMinutes p90WaitMinutes averageServiceMinutes waitsAboveServiceLevel serviceLevelMinutes';

describe('the dashboard query', () => {
  let dashboard: DashboardData;

  beforeAll(async () => {
    const answer = await post<DashboardData>(platform.gatewayUrl, DashboardQuery, { period, today });
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    dashboard = answer.data;
  });

  it('shows the hall’s figures exactly as each subgraph gives them', async () => {
    const cases = await direct<Pick<DashboardData, 'caseStats' | 'evaluationStats'>>(
      'cases',
      `query ($p: Period!) { caseStats(period: $p) { ${CASE_STATS} } evaluationStats(period: $p) { ${EVALUATION_STATS} } }`,
      { p: period },
    );
    const duty = await direct<Pick<DashboardData, 'dutyStats' | 'queueStats'>>(
      'duty',
      `query ($p: Period!) { dutyStats(period: $p) { ${DUTY_STATS} } queueStats(period: $p) { ${QUEUE_STATS} } }`,
      { p: period },
    );
    const inspections = await direct<Pick<DashboardData, 'inspectionStats'>>('inspections', `query ($p: Period!) { inspectionStats(period: $p) { ${INSPECTION_STATS} } }`, { p: period });
    expect(dashboard.caseStats).toEqual(cases.caseStats);
    expect(dashboard.evaluationStats).toEqual(cases.evaluationStats);
    expect(dashboard.dutyStats).toEqual(duty.dutyStats);
    expect(dashboard.queueStats).toEqual(duty.queueStats);
    expect(dashboard.inspectionStats).toEqual(inspections.inspectionStats);
    // The demo hall has business in the period: the comparison is not between empty answers.
    expect(dashboard.caseStats?.accepted).toBeGreaterThan(0);
    expect(dashboard.evaluationStats?.total).toBeGreaterThan(0);
    expect(dashboard.dutyStats?.shifts).toBeGreaterThan(0);
    expect(dashboard.queueStats?.tickets).toBeGreaterThan(0);
    expect(dashboard.inspectionStats?.inspections).toBeGreaterThan(0);
  });

  it('shows the complaint, bad-review and escalation desks’ figures as the cases subgraph gives them', async () => {
    const desks = await direct<Pick<DashboardData, 'complaintStats' | 'badReviewStats' | 'escalationStats'>>('cases', `query ($p: Period!) { ${DESK_STATS} }`, { p: period });
    expect(dashboard.complaintStats).toEqual(desks.complaintStats);
    expect(dashboard.badReviewStats).toEqual(desks.badReviewStats);
    expect(dashboard.escalationStats).toEqual(desks.escalationStats);
    // Every tag of the taxonomy is counted, none left out.
    expect(dashboard.badReviewStats?.byTag.length).toBe(8);
  });

  it('ranks every department with the figures its subgraphs give for it, and they add up to the hall’s', async () => {
    const catalog = await direct<{ departments: Array<{ id: string; shortName: string }> }>('catalog', '{ departments { id shortName } }');
    const ranking = dashboard.departmentRanking;
    expect(ranking?.unavailable).toEqual([]);
    const entries = ranking?.entries ?? [];
    expect(entries.map((entry) => entry.department.id).sort()).toEqual(catalog.departments.map((department) => department.id).sort());
    const representations = entries.map((entry) => ({ __typename: 'Department', id: entry.department.id }));
    const entities = async <T>(subgraph: 'cases' | 'duty' | 'inspections', fields: string) =>
      (await direct<{ _entities: T[] }>(subgraph, `query ($r: [_Any!]!, $p: Period!) { _entities(representations: $r) { ... on Department { ${fields} } } }`, { r: representations, p: period }))._entities;
    const cases = await entities<{ caseStats: { accepted: number; completed: number; completionRate: number | null; onTimeRate: number | null }; evaluationStats: { satisfactionRate: number | null } }>(
      'cases',
      'caseStats(period: $p) { accepted completed completionRate onTimeRate } evaluationStats(period: $p) { satisfactionRate }',
    );
    const duty = await entities<{ dutyStats: { attendanceRate: number | null } }>('duty', 'dutyStats(period: $p) { attendanceRate }');
    const inspections = await entities<{ inspectionStats: { averageScore: number | null; openRectifications: number } }>('inspections', 'inspectionStats(period: $p) { averageScore openRectifications }');
    entries.forEach((entry, index) => {
      expect([entry.accepted, entry.completed, entry.completionRate, entry.onTimeRate]).toEqual([
        cases[index]?.caseStats.accepted,
        cases[index]?.caseStats.completed,
        cases[index]?.caseStats.completionRate,
        cases[index]?.caseStats.onTimeRate,
      ]);
      expect(entry.satisfactionRate).toBe(cases[index]?.evaluationStats.satisfactionRate);
      expect(entry.attendanceRate).toBe(duty[index]?.dutyStats.attendanceRate);
      expect(entry.inspectionScore).toBe(inspections[index]?.inspectionStats.averageScore);
      expect(entry.department.inspectionStats?.openRectifications).toBe(inspections[index]?.inspectionStats.openRectifications);
    });
    const sum = (pick: (entry: (typeof entries)[number]) => number) => entries.reduce((total, entry) => total + pick(entry), 0);
    expect(sum((entry) => entry.accepted)).toBe(dashboard.caseStats?.accepted);
    expect(sum((entry) => entry.completed)).toBe(dashboard.caseStats?.completed);
  });

  it('lists the same warnings, rectifications, empty windows and referral loops as the subgraphs', async () => {
    const cases = await direct<{ warningCases: Array<{ id: string; warning: string }>; referralFlags: Array<{ kind: string; cases: Array<{ id: string }> }> }>(
      'cases',
      '{ warningCases { id warning } referralFlags { kind cases { id } } }',
    );
    expect(dashboard.warningCases?.map(({ id, warning }) => ({ id, warning }))).toEqual(cases.warningCases);
    expect(dashboard.warningCases?.some((kase) => kase.warning === 'YELLOW' || kase.warning === 'RED')).toBe(true);
    expect(dashboard.referralFlags?.map((flag) => ({ kind: flag.kind, cases: flag.cases.map(({ id }) => ({ id })) }))).toEqual(cases.referralFlags);
    const duty = await direct<{ unattendedIncidents: Array<{ id: string }>; queueWaitsByHour: unknown }>(
      'duty',
      'query ($t: Period!, $p: Period!) { unattendedIncidents(period: $t) { id } queueWaitsByHour(period: $p) { hour tickets averageWaitMinutes } }',
      { t: today, p: period },
    );
    expect(dashboard.unattendedIncidents?.map(({ id }) => ({ id }))).toEqual(duty.unattendedIncidents);
    expect(dashboard.queueWaitsByHour).toEqual(duty.queueWaitsByHour);
    const hourly = dashboard.queueWaitsByHour ?? [];
    expect(hourly.reduce((total, hour) => total + hour.tickets, 0)).toBe(dashboard.queueStats?.tickets);
    const inspections = await direct<{ rectifications: Array<{ id: string; overdue: boolean }> }>('inspections', '{ rectifications { id overdue } }');
    expect(dashboard.rectifications?.map(({ id, overdue }) => ({ id, overdue }))).toEqual(inspections.rectifications);
    const series = dashboard.dailyCaseSeries ?? [];
    expect(series.reduce((total, day) => total + day.accepted, 0)).toBe(dashboard.caseStats?.accepted);
    expect(series.reduce((total, day) => total + day.warnings, 0)).toBe((dashboard.caseStats?.yellowCards ?? 0) + (dashboard.caseStats?.redCards ?? 0));
  });

  it('builds the monthly report from one query whose figures are the subgraphs’ own', async () => {
    const november = { from: '2026-11-01', to: '2026-11-30' };
    const answer = await post<ReportData>(platform.gatewayUrl, MonthlyReportQuery, { period: november, month: '2026-11' });
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    const cases = await direct<{ caseStats: { yellowCards: number } }>('cases', 'query ($p: Period!) { caseStats(period: $p) { yellowCards } }', { p: november });
    expect(answer.data.overdueCases?.length).toBe(cases.caseStats.yellowCards);
    const report = buildReport('2026-11', answer.data);
    expect(report.summary?.[0]).toEqual(['受理件数', answer.data.caseStats?.accepted]);
    expect(report.rankings?.length).toBe(answer.data.monthlyReport?.ranking.entries.length);
    expect(report.rankings?.length).toBeGreaterThan(5);
    expect(report.inspections?.length).toBeGreaterThan(0);
    expect(report.candidates).not.toBeNull();
    expect(report.flags).not.toBeNull();
    expect(report.badReviewTags?.length).toBe(answer.data.badReviewStats?.byTag.length);
    expect(report.complaints?.[0]).toEqual(['投诉受理', answer.data.complaintStats?.received]);
    expect(report.escalations?.[0]).toEqual(['督办发起', answer.data.escalationStats?.raised]);
  });

  it('still answers every other section with inspections down, naming the missing service', async () => {
    await platform.stopSubgraph('inspections');
    const answer = await post<DashboardData>(platform.gatewayUrl, DashboardQuery, { period, today });
    expect(answer.data).not.toBeNull();
    expect(answer.data.inspectionStats).toBeNull();
    expect(answer.data.rectifications).toBeNull();
    expect(answer.data.caseStats).toEqual(dashboard.caseStats);
    expect(answer.data.dutyStats).toEqual(dashboard.dutyStats);
    // The cases subgraph still ranks, without the inspections' scores, and says so.
    expect(answer.data.departmentRanking?.entries.length).toBe(dashboard.departmentRanking?.entries.length);
    expect(answer.data.departmentRanking?.unavailable).toEqual(['inspections']);
    expect(answer.data.departmentRanking?.entries.every((entry) => entry.inspectionScore === null && entry.department.inspectionStats === null)).toBe(true);
    expect(answer.errors).toEqual(expect.arrayContaining([expect.objectContaining({ extensions: expect.objectContaining({ service: 'inspections' }) })]));
  });
});
