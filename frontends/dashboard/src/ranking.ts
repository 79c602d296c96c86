/**
 * The department ranking's composite score, defined here once (docs/dashboard.md).
 *
 *   score = 100 × Σ wₖ·xₖ / Σ wₖ, over the figures k the department has (xₖ not null)
 *
 * with x = completionRate (办结率), onTimeRate (按时办结率), satisfactionRate (满意率), attendanceRate (到岗率), all
 * fractions in [0, 1], and averageScore / 100 of the mystery-shopper inspections (暗访得分). A figure the platform
 * reports as null (nothing to measure, or its subgraph down) leaves the sum and its weight leaves the divisor, so a
 * department is not punished for a figure nobody has. No figure at all: no score, ranked last without a place.
 * Ties share a place (1, 2, 2, 4). A department with no business in the period (no case accepted or completed, no
 * evaluation: 本期无业务) is not ranked — attendance alone would put it on top — and is listed after the ranked ones
 * with its score shown; while the cases subgraph is down nobody can tell, and every department is ranked.
 *
 * A minimum volume (样本不足): a department whose cases in the period (the larger of those accepted and those completed)
 * are fewer than the minimum is listed with its score but not ranked, after the ranked departments and before those
 * without business. Its rates rest on too few cases to compare: at a 90 % rate, 30 cases leave a standard error of about
 * 5.5 points (√(0.9 · 0.1 / 30)), and 3 cases about 17, so a branch with 3 cases at 99.5 would otherwise head a city's
 * list above a bureau with 2,799 (issue 22). The minimum is MIN_RANKED_CASES, or a tenth of the busiest department's
 * cases when that is smaller: in a small hall where every department is small, all are compared alike.
 */
import type { DepartmentRow, RankingWeights } from './stats.graphql';

export const DEFAULT_WEIGHTS: RankingWeights = { completion: 20, onTime: 25, satisfaction: 25, attendance: 15, inspection: 15 };

export type RankingFigure = keyof RankingWeights;

export const MIN_RANKED_CASES = 30;

export function figuresOf(department: DepartmentRow): Record<RankingFigure, number | null> {
  const score = department.inspectionStats?.averageScore;
  return {
    completion: department.caseStats?.completionRate ?? null,
    onTime: department.caseStats?.onTimeRate ?? null,
    satisfaction: department.evaluationStats?.satisfactionRate ?? null,
    attendance: department.dutyStats?.attendanceRate ?? null,
    inspection: score === null || score === undefined ? null : score / 100,
  };
}

export function compositeScore(figures: Record<RankingFigure, number | null>, weights: RankingWeights): number | null {
  let weighted = 0;
  let divisor = 0;
  for (const key of Object.keys(weights) as RankingFigure[]) {
    const value = figures[key];
    if (value === null || weights[key] <= 0) continue;
    weighted += weights[key] * value;
    divisor += weights[key];
  }
  return divisor === 0 ? null : (100 * weighted) / divisor;
}

export interface RankedDepartment {
  department: DepartmentRow;
  score: number | null;
  /** 1-based; null without a score, without business or with too few cases. */
  place: number | null;
  noBusiness: boolean;
  /** Some business, but fewer cases than the minimum (rankingMinimum): listed, not ranked. */
  fewCases: boolean;
}

export function hasNoBusiness(department: DepartmentRow): boolean {
  const cases = department.caseStats;
  return cases !== null && cases.accepted === 0 && cases.completed === 0 && (department.evaluationStats?.total ?? 0) === 0;
}

function volumeOf(department: DepartmentRow): number | null {
  const cases = department.caseStats;
  return cases ? Math.max(cases.accepted, cases.completed) : null;
}

/** The cases a department needs in the period to be ranked: MIN_RANKED_CASES, or a tenth of the busiest one's. */
export function rankingMinimum(departments: readonly DepartmentRow[]): number {
  const busiest = Math.max(0, ...departments.map((department) => volumeOf(department) ?? 0));
  return Math.min(MIN_RANKED_CASES, Math.max(1, Math.ceil(busiest / 10)));
}

export function rankDepartments(departments: readonly DepartmentRow[], weights: RankingWeights): RankedDepartment[] {
  const minimum = rankingMinimum(departments);
  const scored: RankedDepartment[] = departments.map((department) => {
    const noBusiness = hasNoBusiness(department);
    const volume = volumeOf(department);
    return {
      department,
      score: compositeScore(figuresOf(department), weights),
      place: null,
      noBusiness,
      fewCases: !noBusiness && volume !== null && volume < minimum,
    };
  });
  const tier = (entry: RankedDepartment) => (entry.fewCases ? 1 : 0) + (entry.noBusiness ? 2 : 0) + (entry.score === null ? 4 : 0);
  scored.sort((a, b) => tier(a) - tier(b) || (b.score ?? 0) - (a.score ?? 0) || a.department.code.localeCompare(b.department.code));
  scored.forEach((entry, index) => {
    if (entry.score === null || entry.noBusiness || entry.fewCases) return;
    const previous = scored[index - 1];
    // Rounded to 4 places so that floating-point noise does not split a tie.
    entry.place = previous && previous.score !== null && round(previous.score) === round(entry.score) ? previous.place : index + 1;
  });
  return scored;
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

/**
 * The ranking by bureau: each department whose bureau is not in the list, in ranking order, with its branch offices
 * (Department.parent), in ranking order too. Places stay the whole ranking's.
 */
export function byBureau(ranked: readonly RankedDepartment[]): Array<{ bureau: RankedDepartment; branches: RankedDepartment[] }> {
  const ids = new Set(ranked.map((entry) => entry.department.id));
  const branches = new Map<string, RankedDepartment[]>();
  const bureaus: RankedDepartment[] = [];
  for (const entry of ranked) {
    const parent = entry.department.parent?.id;
    if (!parent || !ids.has(parent)) {
      bureaus.push(entry);
      continue;
    }
    const siblings = branches.get(parent) ?? [];
    siblings.push(entry);
    branches.set(parent, siblings);
  }
  return bureaus.map((bureau) => ({ bureau, branches: branches.get(bureau.department.id) ?? [] }));
}
