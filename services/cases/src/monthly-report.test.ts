import { DEMO_NOW } from '@hall/demo-hall';
import type { Identity } from '@hall/service-kit';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_REPORT_RULES } from './domain/report/rules';
import type { HallFigures, WindowInspectionFigures } from './ports/hall-figures';
import { departmentFixture, hall, startHarness, tokens, type CasesHarness } from './test-helpers';

/**
 * The other subgraphs' figures as this test sets them (the gateway test checks the real ones): which subgraphs answer,
 * each department's attendance and inspection score, and the window signals.
 */
const peers = { catalog: true, duty: true, inspections: true };
const signals: { unattended: string[]; failed: string[]; trailing: WindowInspectionFigures[] } = { unattended: [], failed: [], trailing: [] };
const askers: Identity[] = [];
const attendanceOf = (id: string) => 0.8 + hall.departments.findIndex((department) => department.id === id) / 100;
const scoreOf = (id: string) => 70 + hall.departments.findIndex((department) => department.id === id);

const figures: HallFigures = {
  async departments() {
    return peers.catalog ? hall.departments.map((department) => ({ id: department.id, code: department.code })) : null;
  },
  async departmentFigures(ids, _period, asker) {
    askers.push(asker);
    return {
      attendance: peers.duty ? new Map(ids.map((id) => [id, attendanceOf(id)])) : null,
      inspectionScore: peers.inspections ? new Map(ids.map((id) => [id, scoreOf(id)])) : null,
    };
  },
  async windowSignals(_month, trailing, asker) {
    askers.push(asker);
    expect(trailing.to.slice(0, 7)).toBe(_month.from.slice(0, 7));
    return {
      unattended: peers.duty ? new Set(signals.unattended) : null,
      month: peers.inspections ? signals.failed.map((windowId) => ({ windowId, inspections: 1, findings: 2, belowPassThreshold: 1 })) : null,
      trailing: peers.inspections ? signals.trailing : null,
    };
  },
};

let harness: CasesHarness;
let manager: string;
let admin: string;
const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };

beforeAll(async () => {
  harness = await startHarness({ seedDemo: true, figures });
  harness.setNow(DEMO_NOW);
  manager = await tokens.manager();
  admin = await tokens.deptAdmin(departmentFixture('GAJ').department.id);
  await twoMoreStars();
});
afterAll(() => harness?.close());

/**
 * The demo month has one staff member the rules admit: two more, with three 非常满意 each in November on completed
 * cases nobody evaluated, so that the limit of two can be tried.
 */
async function twoMoreStars() {
  const db = harness.subgraph.runtime.database.pool;
  const { rows: evaluated } = await db.query<{ staff_id: string }>(`SELECT DISTINCT staff_id FROM cases.evaluations WHERE staff_id IS NOT NULL`);
  const newcomers = hall.staff.filter((member) => !evaluated.some((row) => row.staff_id === member.id)).slice(0, 2);
  const { rows: unevaluated } = await db.query<{ id: string }>(
    `SELECT c.id FROM cases.cases c WHERE c.status IN ('COMPLETED', 'DELIVERED') AND NOT EXISTS (SELECT 1 FROM cases.evaluations v WHERE v.case_id = c.id) ORDER BY c.id LIMIT 6`,
  );
  if (newcomers.length < 2 || unevaluated.length < 6) throw new Error('the demo hall needs two staff without evaluations and six unevaluated cases');
  for (const [index, row] of unevaluated.entries()) {
    await db.query(
      `INSERT INTO cases.evaluations (case_id, matter_id, department_id, window_id, staff_id, level, channel, evaluated_at, real_name)
       SELECT id, matter_id, department_id, NULL, $2, 5, 'WINDOW_TABLET', $3, true FROM cases.cases WHERE id = $1`,
      [row.id, newcomers[index % 2]?.id, `2026-11-1${index}T02:00:00Z`],
    );
  }
}
beforeEach(() => {
  Object.assign(peers, { catalog: true, duty: true, inspections: true });
  Object.assign(signals, { unattended: [], failed: [], trailing: [] });
});

interface Entry {
  department: { id: string };
  standing: string;
  place: number | null;
  score: number | null;
  accepted: number;
  completed: number;
  completionRate: number | null;
  onTimeRate: number | null;
  satisfactionRate: number | null;
  attendanceRate: number | null;
  inspectionScore: number | null;
  previousPlace: number | null;
  previousScore: number | null;
}
interface Ranking {
  weights: Record<string, number>;
  minimumCases: number;
  entries: Entry[];
  unavailable: string[];
}
interface Candidate {
  kind: string;
  subjectId: string;
  proposed: boolean;
  evaluations: number;
  satisfactionRate: number;
  department: { id: string } | null;
  confirmed: { confirmedBy: string } | null;
}
interface Report {
  month: string;
  ranking: Ranking;
  candidates: Candidate[];
  flags: Array<{ kind: string; department: { id: string } | null; window: { id: string } | null; value: number; threshold: number; basis: number }>;
  rules: typeof DEFAULT_REPORT_RULES;
  publishedAt: string | null;
  publishedBy: string | null;
  comparedWith: string;
  unavailable: string[];
}
interface ServiceRecordRow {
  subjectId: string;
  evaluations: number;
  verySatisfied: number;
  satisfactionRate: number | null;
  badReviews: number;
  invalidBadReviews: number;
  overdueCases: number;
  complaints: number;
}

const RULES = 'minRankedCases minEvaluations minCompletedForRate minEvaluationRate implausibleStreak minBadReviews invalidShare quietInspections';
const RANKING = `weights { completion onTime satisfaction attendance inspection } minimumCases unavailable
  entries { department { id } standing place score accepted completed completionRate onTimeRate satisfactionRate attendanceRate inspectionScore previousPlace previousScore }`;
const REPORT = `month ranking { ${RANKING} } rules { ${RULES} } publishedAt publishedBy comparedWith unavailable
  candidates { kind subjectId proposed evaluations satisfactionRate department { id } confirmed { confirmedBy } }
  flags { kind department { id } window { id } value threshold basis }`;
const RECORDS = `query ($p: Period!, $by: ServiceSubject!) { serviceRecords(period: $p, by: $by) {
  subjectId evaluations verySatisfied satisfactionRate badReviews invalidBadReviews overdueCases complaints } }`;
const CONFIRM = `mutation ($input: ConfirmRecognitionInput!) { confirmRecognition(input: $input) { id month kind subjectId department { id } staff { id } window { id } confirmedAt } }`;
const SET_RULES = `mutation ($input: ReportRulesInput!) { setReportRules(input: $input) { ${RULES} } }`;

async function data<T>(query: string, variables: Record<string, unknown> = {}, token = manager): Promise<T> {
  const result = await harness.subgraph.execute<T>(query, variables, token);
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

async function refusal(query: string, variables: Record<string, unknown> = {}, token = manager) {
  const result = await harness.subgraph.execute(query, variables, token);
  return { code: result.errors?.[0]?.extensions?.code, extensions: result.errors?.[0]?.extensions ?? {} };
}

const report = async (month: string) => (await data<{ monthlyReport: Report }>(`query ($m: String!) { monthlyReport(month: $m) { ${REPORT} } }`, { m: month })).monthlyReport;
const records = async (by: 'STAFF' | 'WINDOW', p = NOVEMBER) => (await data<{ serviceRecords: ServiceRecordRow[] }>(RECORDS, { p, by })).serviceRecords;
const eligible = (row: ServiceRecordRow, minEvaluations = DEFAULT_REPORT_RULES.minEvaluations) =>
  row.evaluations >= minEvaluations && row.satisfactionRate !== null && row.complaints === 0 && row.overdueCases === 0 && row.badReviews === row.invalidBadReviews;

describe('departmentRanking', () => {
  it('ranks every department by the one formula, from this subgraph’s figures and the other subgraphs’ (asked as the manager)', async () => {
    askers.length = 0;
    const ids = hall.departments.map((department) => department.id);
    const answer = await data<{ departmentRanking: Ranking; _entities: Array<{ id: string; caseStats: Record<string, number | null>; evaluationStats: { total: number; satisfactionRate: number | null } }> }>(
      `query ($p: Period!, $r: [_Any!]!) {
        departmentRanking(period: $p) { ${RANKING} }
        _entities(representations: $r) { ... on Department { id caseStats(period: $p) { accepted completed completionRate onTimeRate } evaluationStats(period: $p) { total satisfactionRate } } }
      }`,
      { p: NOVEMBER, r: ids.map((id) => ({ __typename: 'Department', id })) },
    );
    const { departmentRanking: ranking } = answer;
    expect(askers.map((asker) => asker.role)).toEqual(['manager']);
    expect(ranking.unavailable).toEqual([]);
    expect(ranking.weights).toEqual({ completion: 20, onTime: 25, satisfaction: 25, attendance: 15, inspection: 15 });
    expect(ranking.entries.map((entry) => entry.department.id).sort()).toEqual([...ids].sort());
    const busiest = Math.max(...ranking.entries.map((entry) => Math.max(entry.accepted, entry.completed)));
    expect(ranking.minimumCases).toBe(Math.min(30, Math.max(1, Math.ceil(busiest / 10))));

    const asked = new Map(answer._entities.map((entity) => [entity.id, entity]));
    for (const entry of ranking.entries) {
      const own = asked.get(entry.department.id);
      expect([entry.accepted, entry.completed, entry.completionRate, entry.onTimeRate]).toEqual([own?.caseStats.accepted, own?.caseStats.completed, own?.caseStats.completionRate, own?.caseStats.onTimeRate]);
      expect(entry.satisfactionRate).toBe(own?.evaluationStats.satisfactionRate);
      expect(entry.attendanceRate).toBeCloseTo(attendanceOf(entry.department.id), 10);
      expect(entry.inspectionScore).toBe(scoreOf(entry.department.id));
    }
    // Hand-computed for the first ranked department: 100 × (20·c + 25·t + 25·s + 15·a + 15·i/100) / 100.
    const first = ranking.entries[0] as Entry;
    expect(first).toMatchObject({ standing: 'RANKED', place: 1 });
    const expected = 20 * (first.completionRate ?? 0) + 25 * (first.onTimeRate ?? 0) + 25 * (first.satisfactionRate ?? 0) + 15 * (first.attendanceRate ?? 0) + 0.15 * (first.inspectionScore ?? 0);
    expect(first.score).toBeCloseTo(expected, 8);
    // Places follow the scores; the unranked come after the ranked, in the documented order of standing.
    const order = ['RANKED', 'FEW_CASES', 'NO_BUSINESS', 'NO_SCORE'];
    ranking.entries.forEach((entry, index) => {
      const next = ranking.entries[index + 1];
      if (!next) return;
      expect(order.indexOf(entry.standing)).toBeLessThanOrEqual(order.indexOf(next.standing));
      if (entry.standing === 'RANKED' && next.standing === 'RANKED') expect(entry.score ?? 0).toBeGreaterThanOrEqual(next.score ?? 0);
    });
    for (const entry of ranking.entries) expect(entry.place === null).toBe(entry.standing !== 'RANKED');
  });

  it('ranks without the figures of a subgraph that does not answer, and says which', async () => {
    peers.duty = false;
    const { departmentRanking: ranking } = await data<{ departmentRanking: Ranking }>(`query ($p: Period!) { departmentRanking(period: $p) { ${RANKING} } }`, { p: NOVEMBER });
    expect(ranking.unavailable).toEqual(['duty']);
    expect(ranking.entries.every((entry) => entry.attendanceRate === null)).toBe(true);
    const first = ranking.entries[0] as Entry;
    // Attendance leaves the sum and its weight the divisor: (20·c + 25·t + 25·s + 15·i/100) / 85.
    const expected = (100 * (20 * (first.completionRate ?? 0) + 25 * (first.onTimeRate ?? 0) + 25 * (first.satisfactionRate ?? 0) + 0.15 * (first.inspectionScore ?? 0))) / 85;
    expect(first.score).toBeCloseTo(expected, 8);
    peers.catalog = false;
    const none = await data<{ departmentRanking: Ranking }>(`query ($p: Period!) { departmentRanking(period: $p) { ${RANKING} } }`, { p: NOVEMBER });
    expect(none.departmentRanking).toMatchObject({ entries: [], unavailable: ['catalog'] });
  });

  it('is the manager’s only, and refuses a bad period', async () => {
    for (const query of [
      `query { departmentRanking(period: { from: "2026-11-01", to: "2026-11-30" }) { minimumCases } }`,
      `query { monthlyReport(month: "2026-11") { month } }`,
      `query { reportRules { minEvaluations } }`,
      `mutation { publishMonthlyReport(month: "2026-10") { month } }`,
    ]) {
      expect((await refusal(query, {}, admin)).code).toBe('FORBIDDEN');
    }
    expect((await refusal(SET_RULES, { input: DEFAULT_REPORT_RULES }, admin)).code).toBe('FORBIDDEN');
    expect((await refusal(`query { departmentRanking(period: { from: "2026-11-30", to: "2026-11-01" }) { minimumCases } }`)).code).toBe('BAD_USER_INPUT');
    expect((await refusal(`query { monthlyReport(month: "2026-13") { month } }`)).code).toBe('BAD_USER_INPUT');
    // A month that has not begun has no report.
    expect((await refusal(`query { monthlyReport(month: "2026-12") { month } }`)).code).toBe('BAD_USER_INPUT');
  });
});

describe('monthlyReport', () => {
  it('lists as candidates exactly the staff and windows the rules admit, best first, and proposes two stars and one window', async () => {
    const november = await report('2026-11');
    expect(november).toMatchObject({ month: '2026-11', comparedWith: '2026-10', rules: DEFAULT_REPORT_RULES, publishedAt: null, unavailable: [] });
    const staff = await records('STAFF');
    const stars = november.candidates.filter((candidate) => candidate.kind === 'SERVICE_STAR');
    expect(stars.map((candidate) => candidate.subjectId).sort()).toEqual(staff.filter((row) => eligible(row)).map((row) => row.subjectId).sort());
    expect(stars.length).toBeGreaterThanOrEqual(3);
    expect(stars.map((candidate) => candidate.proposed)).toEqual(stars.map((_, index) => index < 2));
    stars.forEach((candidate, index) => {
      const next = stars[index + 1];
      if (next) expect(candidate.satisfactionRate).toBeGreaterThanOrEqual(next.satisfactionRate);
    });
    // A staff member's department comes with the candidate (it is kept on the confirmation).
    expect(stars.every((candidate) => candidate.department !== null)).toBe(true);

    const windows = november.candidates.filter((candidate) => candidate.kind === 'RED_FLAG_WINDOW');
    expect(windows.map((candidate) => candidate.subjectId).sort()).toEqual((await records('WINDOW')).filter((row) => eligible(row)).map((row) => row.subjectId).sort());
    expect(windows.length).toBeGreaterThanOrEqual(2);
    // An unattended-window incident takes the best window out, and the next is proposed; a failed inspection the next.
    const [best, second] = windows as [Candidate, Candidate];
    signals.unattended = [best.subjectId];
    const unattended = (await report('2026-11')).candidates.filter((candidate) => candidate.kind === 'RED_FLAG_WINDOW');
    expect(unattended.map((candidate) => candidate.subjectId)).toEqual(windows.slice(1).map((candidate) => candidate.subjectId));
    expect(unattended[0]).toMatchObject({ subjectId: second.subjectId, proposed: true });
    signals.failed = [second.subjectId];
    const failed = (await report('2026-11')).candidates.filter((candidate) => candidate.kind === 'RED_FLAG_WINDOW');
    expect(failed.map((candidate) => candidate.subjectId)).toEqual(windows.slice(2).map((candidate) => candidate.subjectId));
  });

  it('flags what crosses the rules’ thresholds with the figures behind it, and nothing that does not', async () => {
    const [quiet, found, fewer] = hall.windows;
    if (!quiet || !found || !fewer) throw new Error('the demo hall needs three windows');
    signals.trailing = [
      { windowId: quiet.id, inspections: 3, findings: 0, belowPassThreshold: 0 },
      { windowId: found.id, inspections: 5, findings: 1, belowPassThreshold: 0 },
      { windowId: fewer.id, inspections: 2, findings: 0, belowPassThreshold: 0 },
    ];
    const { flags } = await report('2026-11');
    expect(flags.filter((flag) => flag.kind === 'QUIET_INSPECTIONS')).toEqual([{ kind: 'QUIET_INSPECTIONS', department: null, window: { id: quiet.id }, value: 3, threshold: 3, basis: 3 }]);
    // Every other flag holds against the subgraph's own figures.
    const windows = new Map((await records('WINDOW')).map((row) => [row.subjectId, row]));
    for (const flag of flags.filter((entry) => entry.kind === 'MANY_INVALID' && entry.window)) {
      const row = windows.get(flag.window?.id ?? '');
      expect(row && row.badReviews >= 3 && row.invalidBadReviews / row.badReviews >= 0.5).toBe(true);
    }
    for (const flag of flags.filter((entry) => entry.kind === 'LOW_EVALUATION_RATE')) {
      expect(flag.basis).toBeGreaterThanOrEqual(10);
      expect(flag.value).toBeLessThan(0.5);
    }
  });

  it('follows the rules the manager sets, refuses bad ones, and keeps each change', async () => {
    expect((await data<{ reportRules: typeof DEFAULT_REPORT_RULES }>(`query { reportRules { ${RULES} } }`)).reportRules).toEqual(DEFAULT_REPORT_RULES);
    for (const bad of [{ invalidShare: 1.5 }, { minEvaluations: 0 }, { minEvaluationRate: 0 }, { quietInspections: 2.5 }]) {
      expect((await refusal(SET_RULES, { input: { ...DEFAULT_REPORT_RULES, ...bad } })).code).toBe('BAD_USER_INPUT');
    }
    expect((await data<{ reportRules: typeof DEFAULT_REPORT_RULES }>(`query { reportRules { ${RULES} } }`)).reportRules).toEqual(DEFAULT_REPORT_RULES);
    const strict = { ...DEFAULT_REPORT_RULES, minEvaluations: 1000, quietInspections: 4 };
    expect((await data<{ setReportRules: unknown }>(SET_RULES, { input: strict })).setReportRules).toEqual(strict);
    signals.trailing = [{ windowId: hall.windows[0]?.id ?? '', inspections: 3, findings: 0, belowPassThreshold: 0 }];
    const strictReport = await report('2026-11');
    expect(strictReport.rules).toEqual(strict);
    expect(strictReport.candidates).toEqual([]);
    expect(strictReport.flags.some((flag) => flag.kind === 'QUIET_INSPECTIONS')).toBe(false);
    await data(SET_RULES, { input: DEFAULT_REPORT_RULES });
    const { rows } = await harness.subgraph.runtime.database.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM cases.report_rules`);
    expect(rows[0]?.n).toBe(2);
  });
});

describe('confirmRecognition', () => {
  const note = '满意率 100%，无投诉、无超期、无有效差评';

  it('confirms the month’s candidates within the limits and refuses the ineligible, naming why', async () => {
    expect((await refusal(CONFIRM, { input: { month: '2026-11', kind: 'SERVICE_STAR', subjectId: hall.staff[0]?.id, note } }, admin)).code).toBe('FORBIDDEN');
    expect((await refusal(CONFIRM, { input: { month: '2026-13', kind: 'SERVICE_STAR', subjectId: hall.staff[0]?.id, note } })).code).toBe('BAD_USER_INPUT');
    const november = await report('2026-11');
    const stars = november.candidates.filter((candidate) => candidate.kind === 'SERVICE_STAR');
    const staff = await records('STAFF');
    const ineligible = staff.find((row) => !eligible(row) && row.evaluations >= 3);
    if (!ineligible) throw new Error('the demo month needs an ineligible staff member');
    const refused = await refusal(CONFIRM, { input: { month: '2026-11', kind: 'SERVICE_STAR', subjectId: ineligible.subjectId, note } });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.extensions.disqualifications).toEqual(
      [ineligible.complaints > 0 && 'COMPLAINTS', ineligible.overdueCases > 0 && 'OVERDUE_CASES', ineligible.badReviews > ineligible.invalidBadReviews && 'BAD_REVIEWS'].filter(Boolean),
    );
    const stranger = hall.staff.find((member) => !staff.some((row) => row.subjectId === member.id));
    if (stranger) expect((await refusal(CONFIRM, { input: { month: '2026-11', kind: 'SERVICE_STAR', subjectId: stranger.id, note } })).extensions.disqualifications).toEqual(['FEW_EVALUATIONS']);
    const { rows } = await harness.subgraph.runtime.database.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM cases.recognitions`);
    expect(rows[0]?.n).toBe(0);

    const [a, b, c] = stars as [Candidate, Candidate, Candidate];
    const first = await data<{ confirmRecognition: Record<string, unknown> }>(CONFIRM, { input: { month: '2026-11', kind: 'SERVICE_STAR', subjectId: a.subjectId, note } });
    // The department is the candidate's, as the rules found it: the manager does not type it.
    expect(first.confirmRecognition).toMatchObject({ kind: 'SERVICE_STAR', staff: { id: a.subjectId }, window: null, department: a.department, confirmedAt: DEMO_NOW.toISOString() });
    expect((await refusal(CONFIRM, { input: { month: '2026-11', kind: 'SERVICE_STAR', subjectId: a.subjectId, note } })).code).toBe('CONFLICT');
    // Any eligible candidate may be chosen, not only the proposed ones; the third is over the limit.
    await data(CONFIRM, { input: { month: '2026-11', kind: 'SERVICE_STAR', subjectId: c.subjectId, note } });
    expect((await refusal(CONFIRM, { input: { month: '2026-11', kind: 'SERVICE_STAR', subjectId: b.subjectId, note } })).code).toBe('CONFLICT');
    const confirmed = (await report('2026-11')).candidates.filter((candidate) => candidate.confirmed).map((candidate) => candidate.subjectId);
    expect(confirmed.sort()).toEqual([a.subjectId, c.subjectId].sort());
  });

  it('refuses a window the signals disqualify, and any window while duty or inspections cannot be asked', async () => {
    const windows = (await report('2026-11')).candidates.filter((candidate) => candidate.kind === 'RED_FLAG_WINDOW');
    const [best, second] = windows as [Candidate, Candidate];
    signals.unattended = [best.subjectId];
    const unattended = await refusal(CONFIRM, { input: { month: '2026-11', kind: 'RED_FLAG_WINDOW', subjectId: best.subjectId, note } });
    expect(unattended).toMatchObject({ code: 'CONFLICT', extensions: { disqualifications: ['UNATTENDED'] } });
    peers.inspections = false;
    expect((await refusal(CONFIRM, { input: { month: '2026-11', kind: 'RED_FLAG_WINDOW', subjectId: second.subjectId, note } })).code).toBe('SERVICE_UNAVAILABLE');
    peers.inspections = true;
    const flag = await data<{ confirmRecognition: Record<string, unknown> }>(CONFIRM, { input: { month: '2026-11', kind: 'RED_FLAG_WINDOW', subjectId: second.subjectId, note } });
    expect(flag.confirmRecognition).toMatchObject({ window: { id: second.subjectId }, staff: null, department: null });
    await expect(harness.subgraph.runtime.database.pool.query(`UPDATE cases.recognitions SET note = 'x'`)).rejects.toThrow(/append-only/);
    await expect(harness.subgraph.runtime.database.pool.query(`DELETE FROM cases.recognitions`)).rejects.toThrow(/append-only/);
  });
});

describe('publishMonthlyReport', () => {
  const PUBLISH = `mutation ($m: String!) { publishMonthlyReport(month: $m) { ${REPORT} } }`;

  it('freezes a closed month, refuses the current one, a second time and a month with a subgraph missing', async () => {
    expect((await refusal(PUBLISH, { m: '2026-11' })).code).toBe('BAD_USER_INPUT');
    peers.inspections = false;
    expect((await refusal(PUBLISH, { m: '2026-10' })).code).toBe('SERVICE_UNAVAILABLE');
    expect((await harness.subgraph.runtime.database.pool.query(`SELECT 1 FROM cases.published_reports`)).rowCount).toBe(0);
    peers.inspections = true;

    const live = await report('2026-10');
    const published = (await data<{ publishMonthlyReport: Report }>(PUBLISH, { m: '2026-10' })).publishMonthlyReport;
    expect(published).toMatchObject({ ...live, publishedAt: DEMO_NOW.toISOString(), publishedBy: 'manager-1' });
    expect((await refusal(PUBLISH, { m: '2026-10' })).code).toBe('CONFLICT');

    // New rules and weights change a live report, not a published one.
    await data(SET_RULES, { input: { ...DEFAULT_REPORT_RULES, minEvaluations: 1000 } });
    await data(`mutation { setRankingWeights(input: { completion: 0, onTime: 0, satisfaction: 0, attendance: 1, inspection: 0 }) { attendance } }`);
    expect(await report('2026-10')).toEqual(published);
    const november = await report('2026-11');
    expect(november.candidates.filter((candidate) => !candidate.confirmed)).toEqual([]);
    // November compares with October as published.
    const before = new Map(published.ranking.entries.map((entry) => [entry.department.id, entry]));
    for (const entry of november.ranking.entries) {
      expect(entry.previousPlace).toBe(before.get(entry.department.id)?.place ?? null);
      expect(entry.previousScore).toBe(before.get(entry.department.id)?.score ?? null);
    }
    await expect(harness.subgraph.runtime.database.pool.query(`UPDATE cases.published_reports SET published_by = 'x'`)).rejects.toThrow(/append-only/);
    await expect(harness.subgraph.runtime.database.pool.query(`DELETE FROM cases.published_reports`)).rejects.toThrow(/append-only/);
    await data(SET_RULES, { input: DEFAULT_REPORT_RULES });
    await data(`mutation { setRankingWeights(input: { completion: 20, onTime: 25, satisfaction: 25, attendance: 15, inspection: 15 }) { attendance } }`);
  });
});
