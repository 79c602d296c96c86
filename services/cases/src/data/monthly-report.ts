/**
 * The department ranking and the monthly report (月度通报), computed on the server from this subgraph's rows and the
 * other subgraphs' figures (ports/hall-figures.ts), by the rules of domain/report. A published month is read back as
 * it was frozen.
 */
import { addDays, localDateOf, periodBounds, type Identity, type Period } from '@hall/service-kit';
import { eq, sql } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { publishedReports, type CasesTables } from '../db/schema';
import type { RecognitionRow } from './loaders';
import { candidates as candidatesOf, type RecognitionKind, type WindowContext } from '../domain/report/recognition';
import { integrityFlags, type FlagKind } from '../domain/report/integrity';
import { rankDepartments, rankingMinimum, type DepartmentFigures, type RankingStanding } from '../domain/report/ranking';
import type { ReportRules } from '../domain/report/rules';
import { buckPassingByDepartment, type DepartmentBuckPassing } from '../domain/referrals';
import { buckPassingFlags } from './buck-passing';
import type { HallFigures, WindowSignals } from '../ports/hall-figures';
import type { RankingWeights } from './ranking-weights';
import { serviceRecords, type ServiceRecord } from './service-records';
import { caseCounts, caseStatsOf, evaluationCounts, evaluationStatsOf, rate } from './stats';

export interface RankingEntry {
  departmentId: string;
  standing: RankingStanding;
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

export interface RankingFigures {
  weights: RankingWeights;
  minimumCases: number;
  entries: RankingEntry[];
  unavailable: string[];
}

export interface CandidateFigures {
  kind: RecognitionKind;
  subjectId: string;
  departmentId: string | null;
  proposed: boolean;
  evaluations: number;
  verySatisfied: number;
  satisfactionRate: number;
}

export interface FlagFigures {
  kind: FlagKind;
  departmentId: string | null;
  windowId: string | null;
  value: number;
  threshold: number;
  basis: number;
}

/** The report's figures: what is computed, and what a published month keeps (jsonb). */
export interface ReportFigures {
  month: string;
  ranking: RankingFigures;
  candidates: CandidateFigures[];
  flags: FlagFigures[];
  rules: ReportRules;
  comparedWith: string;
  unavailable: string[];
  buckPassing: DepartmentBuckPassing[];
}

export interface ReportInputs {
  db: NodePgDatabase<CasesTables>;
  figures: HallFigures;
  asker: Identity;
  timeZone: string;
  now: Date;
  weights: RankingWeights;
  rules: ReportRules;
  /** CASES_EPISODE_DAYS: the turn-aways' window. */
  episodeDays: number;
}

/** The hall days of a month YYYY-MM. */
export function monthPeriod(month: string): Period {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const next = number === 12 ? `${year + 1}-01-01` : `${year}-${String(number + 1).padStart(2, '0')}-01`;
  return { from: `${month}-01`, to: addDays(next, -1) };
}

export function previousMonth(month: string): string {
  return addDays(`${month}-01`, -1).slice(0, 7);
}

/** The month the hall is in now (its time zone). */
export function currentMonth(now: Date, timeZone: string): string {
  return localDateOf(now, timeZone).slice(0, 7);
}

/** The twelve months to the month's end: what the quiet-inspections rule looks back on. */
function trailingYear(month: string): Period {
  const { to } = monthPeriod(month);
  const [year, number] = month.split('-').map(Number) as [number, number];
  const first = number === 12 ? `${year}-01-01` : `${year - 1}-${String(number + 1).padStart(2, '0')}-01`;
  return { from: first, to };
}

type EvaluationCountsByDepartment = Awaited<ReturnType<typeof evaluationCounts>>;

export async function departmentRanking(inputs: ReportInputs, period: Period): Promise<RankingFigures> {
  return (await rankingWithCounts(inputs, period)).ranking;
}

/** The ranking, and the evaluation counts it read (the report's integrity rules read them too). */
async function rankingWithCounts(inputs: ReportInputs, period: Period): Promise<{ ranking: RankingFigures; evaluations: EvaluationCountsByDepartment }> {
  const { db, figures, asker, timeZone, now, weights, rules } = inputs;
  const departments = await figures.departments();
  if (!departments) return { ranking: { weights, minimumCases: rules.minRankedCases, entries: [], unavailable: ['catalog'] }, evaluations: new Map() };
  const ids = departments.map((department) => department.id);
  const [cases, evaluations, peers] = await Promise.all([
    caseCounts(db, ids, period, timeZone, now),
    evaluationCounts(db, ids, period, timeZone),
    figures.departmentFigures(ids, period, asker),
  ]);
  const rows: DepartmentFigures[] = departments.map((department) => {
    const counts = cases.get(department.id);
    const caseStats = counts ? caseStatsOf(counts) : null;
    const evaluation = evaluations.get(department.id);
    const evaluationStats = evaluation ? evaluationStatsOf(evaluation.levels, evaluation.completed, evaluation.completedEvaluated) : null;
    return {
      id: department.id,
      code: department.code,
      accepted: caseStats?.accepted ?? 0,
      completed: caseStats?.completed ?? 0,
      evaluations: evaluationStats?.total ?? 0,
      completionRate: caseStats?.completionRate ?? null,
      onTimeRate: caseStats?.onTimeRate ?? null,
      satisfactionRate: evaluationStats?.satisfactionRate ?? null,
      attendanceRate: peers.attendance?.get(department.id) ?? null,
      inspectionScore: peers.inspectionScore?.get(department.id) ?? null,
    };
  });
  const minimumCases = rankingMinimum(rows, rules.minRankedCases);
  const entries = rankDepartments(rows, weights, minimumCases).map<RankingEntry>(({ figures: row, score, place, standing }) => ({
    departmentId: row.id,
    standing,
    place,
    score,
    accepted: row.accepted,
    completed: row.completed,
    completionRate: row.completionRate,
    onTimeRate: row.onTimeRate,
    satisfactionRate: row.satisfactionRate,
    attendanceRate: row.attendanceRate,
    inspectionScore: row.inspectionScore,
    previousPlace: null,
    previousScore: null,
  }));
  const unavailable = [...(peers.attendance ? [] : ['duty']), ...(peers.inspectionScore ? [] : ['inspections'])];
  return { ranking: { weights, minimumCases, entries, unavailable }, evaluations };
}

/** Bad reviews (levels 1–2) evaluated in the period and those declared invalid, per department, in one statement. */
async function departmentBadReviews(db: NodePgDatabase<CasesTables>, period: Period, timeZone: string) {
  const { start, end } = periodBounds(period, timeZone);
  const result = await db.execute<{ department_id: string; bad: number; invalid: number }>(sql`
    SELECT v.department_id, count(*)::int AS bad, count(*) FILTER (WHERE v.rectification_status = 'INVALID')::int AS invalid
    FROM cases.evaluations v
    WHERE v.level <= 2 AND v.evaluated_at >= ${start.toISOString()}::timestamptz AND v.evaluated_at < ${end.toISOString()}::timestamptz
    GROUP BY 1`);
  return new Map(result.rows.map((row) => [row.department_id, { bad: Number(row.bad), invalid: Number(row.invalid) }]));
}

const candidateOf = (kind: RecognitionKind, record: ServiceRecord, proposed: boolean): CandidateFigures => ({
  kind,
  subjectId: record.subjectId,
  departmentId: kind === 'SERVICE_STAR' ? record.departmentId : null,
  proposed,
  evaluations: record.evaluations,
  verySatisfied: record.verySatisfied,
  satisfactionRate: record.satisfactionRate ?? 0,
});

/** What the recognition rules read for a month: the records and the window signals (null while a subgraph is down). */
export interface RecognitionInputs {
  staff: ServiceRecord[];
  windows: ServiceRecord[];
  windowContext: WindowContext | null;
  unavailable: string[];
}

export async function recognitionInputs(inputs: ReportInputs, month: string): Promise<RecognitionInputs & { signals: WindowSignals }> {
  const period = monthPeriod(month);
  const [staff, windows, signals] = await Promise.all([
    serviceRecords(inputs.db, 'STAFF', period, inputs.timeZone, inputs.now),
    serviceRecords(inputs.db, 'WINDOW', period, inputs.timeZone, inputs.now),
    inputs.figures.windowSignals(period, trailingYear(month), inputs.asker),
  ]);
  const windowContext: WindowContext | null =
    signals.unattended && signals.month
      ? { unattended: signals.unattended, failedInspection: new Set(signals.month.filter((record) => record.belowPassThreshold > 0).map((record) => record.windowId)) }
      : null;
  const unavailable = [...(signals.unattended ? [] : ['duty']), ...(signals.month ? [] : ['inspections'])];
  return { staff, windows, windowContext, signals, unavailable };
}

/** The candidates of a month by the rules; window candidates only when duty and inspections both answered. */
export function monthCandidates(rules: ReportRules, recognition: Pick<RecognitionInputs, 'staff' | 'windows' | 'windowContext'>): CandidateFigures[] {
  const none: WindowContext = { unattended: new Set(), failedInspection: new Set() };
  const stars = candidatesOf('SERVICE_STAR', recognition.staff, rules.minEvaluations, none);
  const flags = recognition.windowContext ? candidatesOf('RED_FLAG_WINDOW', recognition.windows, rules.minEvaluations, recognition.windowContext) : [];
  return [...stars, ...flags].map((candidate) => candidateOf(candidate.kind, candidate.record, candidate.proposed));
}

export async function computeMonthlyReport(inputs: ReportInputs, month: string, previous: RankingFigures | null): Promise<ReportFigures> {
  const period = monthPeriod(month);
  const comparedWith = previousMonth(month);
  const [{ ranking, evaluations: departmentEvaluations }, recognition, badReviews, earlier, buckPassing] = await Promise.all([
    rankingWithCounts(inputs, period),
    recognitionInputs(inputs, month),
    departmentBadReviews(inputs.db, period, inputs.timeZone),
    previous ?? departmentRanking(inputs, monthPeriod(comparedWith)),
    buckPassingFlags(inputs.db, inputs.episodeDays),
  ]);
  const { start, end } = periodBounds(period, inputs.timeZone);
  const before = new Map(earlier.entries.map((entry) => [entry.departmentId, entry]));
  for (const entry of ranking.entries) {
    entry.previousPlace = before.get(entry.departmentId)?.place ?? null;
    entry.previousScore = before.get(entry.departmentId)?.score ?? null;
  }
  const departmentIds = ranking.entries.map((entry) => entry.departmentId);
  const flags = integrityFlags(
    {
      departments: departmentIds.map((departmentId) => {
        const counts = departmentEvaluations.get(departmentId);
        const bad = badReviews.get(departmentId);
        return {
          departmentId,
          completed: counts?.completed ?? 0,
          evaluationRate: counts ? rate(counts.completedEvaluated, counts.completed) : null,
          badReviews: bad?.bad ?? 0,
          invalidBadReviews: bad?.invalid ?? 0,
        };
      }),
      windows: recognition.windows.map((record) => ({
        windowId: record.subjectId,
        completed: record.completed,
        evaluationRate: record.evaluationRate,
        badReviews: record.badReviews,
        invalidBadReviews: record.invalidBadReviews,
        evaluations: record.evaluations,
        longestVerySatisfiedStreak: record.longestVerySatisfiedStreak,
      })),
      inspections: recognition.signals.trailing ?? [],
    },
    inputs.rules,
  ).map<FlagFigures>((flag) => ({
    kind: flag.kind,
    departmentId: flag.subject.departmentId ?? null,
    windowId: flag.subject.windowId ?? null,
    value: flag.value,
    threshold: flag.threshold,
    basis: flag.basis,
  }));
  return {
    month,
    ranking,
    candidates: monthCandidates(inputs.rules, recognition),
    flags,
    rules: inputs.rules,
    comparedWith,
    unavailable: [...new Set([...ranking.unavailable, ...recognition.unavailable])].sort(),
    buckPassing: buckPassingByDepartment(buckPassing, (kase) => kase.submittedAt >= start && kase.submittedAt < end),
  };
}

export async function publishedReport(db: NodePgDatabase<CasesTables>, month: string) {
  const [row] = await db.select().from(publishedReports).where(eq(publishedReports.month, month));
  return row ?? null;
}

/** A candidate with the confirmation the manager made, if any. */
export type CandidateModel = CandidateFigures & { confirmed: RecognitionRow | null };

/** What `MonthlyReport`'s field resolvers receive. */
export type MonthlyReportModel = Omit<ReportFigures, 'candidates'> & {
  candidates: CandidateModel[];
  publishedAt: Date | null;
  publishedBy: string | null;
};
