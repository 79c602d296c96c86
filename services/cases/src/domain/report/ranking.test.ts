import { describe, expect, it } from 'vitest';
import { DEFAULT_RANKING_WEIGHTS as WEIGHTS } from '../../data/ranking-weights';
import { compositeScore, rankDepartments, rankingMinimum, type DepartmentFigures } from './ranking';
import { DEFAULT_REPORT_RULES } from './rules';

const MIN = DEFAULT_REPORT_RULES.minRankedCases;

function department(
  code: string,
  figures: { completion?: number | null; onTime?: number | null; satisfaction?: number | null; attendance?: number | null; score?: number | null; idle?: boolean; cases?: number; accepted?: number },
): DepartmentFigures {
  const volume = figures.idle ? 0 : (figures.cases ?? 100);
  return {
    id: code,
    code,
    accepted: figures.accepted ?? volume,
    completed: volume,
    evaluations: figures.idle ? 0 : 1,
    completionRate: figures.completion ?? null,
    onTimeRate: figures.onTime ?? null,
    satisfactionRate: figures.satisfaction ?? null,
    attendanceRate: figures.attendance ?? null,
    inspectionScore: figures.score ?? null,
  };
}

const rank = (departments: DepartmentFigures[]) => rankDepartments(departments, WEIGHTS, rankingMinimum(departments, MIN));

describe('the composite score', () => {
  it('weights the five figures and divides by the weights used (hand-computed)', () => {
    // 20·0.9 + 25·0.8 + 25·1.0 + 15·0.6 + 15·0.7 = 18 + 20 + 25 + 9 + 10.5 = 82.5; / 100 → 82.5
    const full = department('A', { completion: 0.9, onTime: 0.8, satisfaction: 1, attendance: 0.6, score: 70 });
    expect(compositeScore(full, WEIGHTS)).toBeCloseTo(82.5, 10);
    // Without inspections: (18 + 20 + 25 + 9) / 85 = 72 / 85 → 84.70588…
    expect(compositeScore(department('B', { completion: 0.9, onTime: 0.8, satisfaction: 1, attendance: 0.6 }), WEIGHTS)).toBeCloseTo(84.70588235, 6);
    // Other weights: only satisfaction and on time count, 1·0.8 + 3·1.0 = 3.8 / 4 → 95
    expect(compositeScore(full, { completion: 0, onTime: 1, satisfaction: 3, attendance: 0, inspection: 0 })).toBeCloseTo(95, 10);
  });

  it('has no score without any figure (nothing measured, or the subgraphs that have them down)', () => {
    expect(compositeScore(department('C', {}), WEIGHTS)).toBeNull();
  });

  it('ranks by score, ties share a place, departments without a score come last without a place', () => {
    const ranked = rank([
      department('E', {}),
      department('B', { satisfaction: 0.9 }),
      department('A', { satisfaction: 0.95 }),
      department('C', { attendance: 0.9 }),
      department('D', { completion: 0.5, onTime: 1 }),
    ]);
    // A 95; B 90; C 90; D (20·0.5 + 25·1) / 45 = 35 / 45 = 77.7…; E none.
    expect(ranked.map((entry) => [entry.figures.code, entry.place, entry.standing])).toEqual([
      ['A', 1, 'RANKED'],
      ['B', 2, 'RANKED'],
      ['C', 2, 'RANKED'],
      ['D', 4, 'RANKED'],
      ['E', null, 'NO_SCORE'],
    ]);
    expect(ranked[3]?.score).toBeCloseTo(77.7778, 3);
  });
});

describe('departments without business (本期无业务)', () => {
  it('are listed after the ranked ones without a place, though attendance alone gives them 100', () => {
    const ranked = rank([department('A', { attendance: 1, idle: true }), department('B', { satisfaction: 0.8 })]);
    expect(ranked.map((entry) => [entry.figures.code, entry.place, entry.standing, entry.score])).toEqual([
      ['B', 1, 'RANKED', 80],
      ['A', null, 'NO_BUSINESS', 100],
    ]);
  });
});

describe('departments with too few cases (样本不足)', () => {
  it('are listed with their score after the ranked ones, so three cases at 99.75 do not head 2,799 at 94.95 (hand-computed)', () => {
    // Tiny: 20·1 + 25·1 + 25·0.99 + 15·1 + 15·1 = 99.75; Big: 20·0.96 + 25·0.94 + 25·0.95 + 15·0.95 + 15·0.95 = 94.95;
    // Middle: all 0.9 → 90.
    const ranked = rank([
      department('TINY', { cases: 3, completion: 1, onTime: 1, satisfaction: 0.99, attendance: 1, score: 100 }),
      department('BIG', { cases: 2_799, completion: 0.96, onTime: 0.94, satisfaction: 0.95, attendance: 0.95, score: 95 }),
      department('MIDDLE', { cases: MIN, completion: 0.9, onTime: 0.9, satisfaction: 0.9, attendance: 0.9, score: 90 }),
      department('IDLE', { idle: true, attendance: 1 }),
    ]);
    expect(ranked.map((entry) => [entry.figures.code, entry.place, entry.standing])).toEqual([
      ['BIG', 1, 'RANKED'],
      ['MIDDLE', 2, 'RANKED'],
      ['TINY', null, 'FEW_CASES'],
      ['IDLE', null, 'NO_BUSINESS'],
    ]);
    expect(ranked[0]?.score).toBeCloseTo(94.95, 10);
    expect(ranked[2]?.score).toBeCloseTo(99.75, 10);
  });

  it('asks a tenth of the busiest department’s cases when that is below the minimum: a small hall is ranked whole', () => {
    const small = [department('A', { cases: 12, satisfaction: 0.9 }), department('B', { cases: 2, satisfaction: 1 }), department('C', { cases: 1, satisfaction: 0.8 })];
    // A tenth of 12, rounded up: 2.
    expect(rankingMinimum(small, MIN)).toBe(2);
    expect(rank(small).map((entry) => [entry.figures.code, entry.place, entry.standing])).toEqual([
      ['B', 1, 'RANKED'],
      ['A', 2, 'RANKED'],
      ['C', null, 'FEW_CASES'],
    ]);
    expect(rankingMinimum([department('BIG', { cases: 2_799 })], MIN)).toBe(MIN);
    // The minimum is the manager's rule.
    expect(rankingMinimum([department('BIG', { cases: 2_799 })], 50)).toBe(50);
  });

  it('counts the larger of the cases accepted and completed', () => {
    const finishing = department('F', { satisfaction: 0.9, accepted: 2, cases: MIN });
    const busy = department('BUSY', { cases: 2_799, satisfaction: 0.8 });
    expect(rank([finishing, busy]).map((entry) => [entry.figures.code, entry.place])).toEqual([
      ['F', 1],
      ['BUSY', 2],
    ]);
  });
});
