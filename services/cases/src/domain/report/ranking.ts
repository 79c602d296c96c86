/**
 * The department ranking (部门排名), defined here once (docs/dashboard.md).
 *
 *   score = 100 × Σ wₖ·xₖ / Σ wₖ, over the figures k the department has (xₖ not null)
 *
 * with x = completionRate (办结率), onTimeRate (按时办结率), satisfactionRate (满意率), attendanceRate (到岗率), all
 * fractions in [0, 1], and averageScore / 100 of the mystery-shopper inspections (暗访得分). A figure nobody has (nothing
 * to measure, or its subgraph down) leaves the sum and its weight leaves the divisor, so a department is not punished for
 * it. No figure at all: no score, listed last without a place. Ties share a place (1, 2, 2, 4).
 *
 * Standing: a department with no business in the period (no case accepted or completed, no evaluation: 本期无业务) is not
 * ranked — attendance alone would put it on top — and neither is one with some business but fewer cases (the larger of
 * accepted and completed) than the minimum (样本不足): its rates rest on too few cases to compare (at a 90 % rate, 30
 * cases leave a standard error of about 5.5 points, 3 cases about 17). The minimum is the rule's minRankedCases, or a
 * tenth of the busiest department's cases when that is smaller, so that in a small hall all are compared alike.
 * Order: ranked by score, then too few cases, then no business, then no score; within each, by score and then by code.
 */
import type { RankingWeights } from '../../data/ranking-weights';

export type RankingFigure = keyof RankingWeights;

export interface DepartmentFigures {
  id: string;
  code: string;
  accepted: number;
  completed: number;
  evaluations: number;
  completionRate: number | null;
  onTimeRate: number | null;
  satisfactionRate: number | null;
  attendanceRate: number | null;
  /** The inspections' average score, 0–100. */
  inspectionScore: number | null;
}

export type RankingStanding = 'RANKED' | 'FEW_CASES' | 'NO_BUSINESS' | 'NO_SCORE';

export interface RankedDepartment {
  figures: DepartmentFigures;
  score: number | null;
  /** 1-based; null unless RANKED. */
  place: number | null;
  standing: RankingStanding;
}

function fractions(figures: DepartmentFigures): Record<RankingFigure, number | null> {
  return {
    completion: figures.completionRate,
    onTime: figures.onTimeRate,
    satisfaction: figures.satisfactionRate,
    attendance: figures.attendanceRate,
    inspection: figures.inspectionScore === null ? null : figures.inspectionScore / 100,
  };
}

export function compositeScore(figures: DepartmentFigures, weights: RankingWeights): number | null {
  const values = fractions(figures);
  let weighted = 0;
  let divisor = 0;
  for (const key of Object.keys(weights) as RankingFigure[]) {
    const value = values[key];
    if (value === null || weights[key] <= 0) continue;
    weighted += weights[key] * value;
    divisor += weights[key];
  }
  return divisor === 0 ? null : (100 * weighted) / divisor;
}

const volumeOf = (figures: DepartmentFigures) => Math.max(figures.accepted, figures.completed);

/** The cases a department needs in the period to be ranked. */
export function rankingMinimum(departments: readonly DepartmentFigures[], minRankedCases: number): number {
  const busiest = Math.max(0, ...departments.map(volumeOf));
  return Math.min(minRankedCases, Math.max(1, Math.ceil(busiest / 10)));
}

const TIER: Record<RankingStanding, number> = { RANKED: 0, FEW_CASES: 1, NO_BUSINESS: 2, NO_SCORE: 3 };

/** Rounded to 4 places so that floating-point noise does not split a tie. */
const round = (value: number) => Math.round(value * 10_000) / 10_000;

export function rankDepartments(departments: readonly DepartmentFigures[], weights: RankingWeights, minimum: number): RankedDepartment[] {
  const entries = departments.map<RankedDepartment>((figures) => {
    const score = compositeScore(figures, weights);
    const noBusiness = figures.accepted === 0 && figures.completed === 0 && figures.evaluations === 0;
    const standing: RankingStanding = score === null ? 'NO_SCORE' : noBusiness ? 'NO_BUSINESS' : volumeOf(figures) < minimum ? 'FEW_CASES' : 'RANKED';
    return { figures, score, place: null, standing };
  });
  entries.sort(
    (a, b) => TIER[a.standing] - TIER[b.standing] || (b.score ?? 0) - (a.score ?? 0) || a.figures.code.localeCompare(b.figures.code),
  );
  entries.forEach((entry, index) => {
    if (entry.standing !== 'RANKED' || entry.score === null) return;
    const previous = entries[index - 1];
    entry.place = previous?.place != null && previous.score !== null && round(previous.score) === round(entry.score) ? previous.place : index + 1;
  });
  return entries;
}
