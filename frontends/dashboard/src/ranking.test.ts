import { describe, expect, it } from 'vitest';
import type { DepartmentRow } from './stats.graphql';
import { compositeScore, DEFAULT_WEIGHTS, figuresOf, rankDepartments } from './ranking';

function department(code: string, figures: { completion?: number | null; onTime?: number | null; satisfaction?: number | null; attendance?: number | null; score?: number | null; idle?: boolean }): DepartmentRow {
  const caseStats = { accepted: figures.idle ? 0 : 10, completed: figures.idle ? 0 : 10, completedOnTime: 9, instantCount: 0, oneVisitRate: null, twoVisitRate: null, threeVisitRate: null, preWarnings: 0, yellowCards: 0, redCards: 0 };
  return {
    id: code,
    code,
    name: code,
    shortName: code,
    caseStats: { ...caseStats, completionRate: figures.completion ?? null, onTimeRate: figures.onTime ?? null },
    evaluationStats: { total: figures.idle ? 0 : 1, byLevel: [], satisfactionRate: figures.satisfaction ?? null, goodRate: null, badRate: null, evaluationRate: null },
    dutyStats: { shifts: 1, attended: 1, attendanceRate: figures.attendance ?? null, late: 0, absent: 0, unattendedIncidents: 0 },
    inspectionStats: { inspections: 1, averageScore: figures.score ?? null, findings: 0, openRectifications: 0, overdueRectifications: 0 },
  };
}

describe('the composite score', () => {
  it('weights the five figures and divides by the weights used (hand-computed)', () => {
    // 20·0.9 + 25·0.8 + 25·1.0 + 15·0.6 + 15·0.7 = 18 + 20 + 25 + 9 + 10.5 = 82.5; / 100 → 82.5
    const full = figuresOf(department('A', { completion: 0.9, onTime: 0.8, satisfaction: 1, attendance: 0.6, score: 70 }));
    expect(compositeScore(full, DEFAULT_WEIGHTS)).toBeCloseTo(82.5, 10);
    // Without inspections: (18 + 20 + 25 + 9) / 85 = 72 / 85 → 84.70588…
    const partial = figuresOf(department('B', { completion: 0.9, onTime: 0.8, satisfaction: 1, attendance: 0.6 }));
    expect(compositeScore(partial, DEFAULT_WEIGHTS)).toBeCloseTo(8470.588235 / 100, 5);
    // Other weights: only satisfaction and on time count, 1·0.8 + 3·1.0 = 3.8 / 4 → 95
    expect(compositeScore(full, { completion: 0, onTime: 1, satisfaction: 3, attendance: 0, inspection: 0 })).toBeCloseTo(95, 10);
  });

  it('has no score without any figure, and none when the subgraphs that have them are down', () => {
    expect(compositeScore(figuresOf(department('C', {})), DEFAULT_WEIGHTS)).toBeNull();
    const down: DepartmentRow = { ...department('D', { completion: 1 }), caseStats: null, evaluationStats: null, dutyStats: null, inspectionStats: null };
    expect(compositeScore(figuresOf(down), DEFAULT_WEIGHTS)).toBeNull();
  });

  it('ranks by score, ties share a place, departments without a score come last without a place', () => {
    const ranked = rankDepartments(
      [
        department('E', {}),
        department('B', { satisfaction: 0.9 }),
        department('A', { satisfaction: 0.95 }),
        department('C', { attendance: 0.9 }),
        department('D', { completion: 0.5, onTime: 1 }),
      ],
      DEFAULT_WEIGHTS,
    );
    // A 95; B 90; C 90; D (20·0.5 + 25·1) / 45 = 35 / 45 = 77.7…; E none.
    expect(ranked.map((entry) => [entry.department.code, entry.place])).toEqual([
      ['A', 1],
      ['B', 2],
      ['C', 2],
      ['D', 4],
      ['E', null],
    ]);
    expect(ranked[3]?.score).toBeCloseTo(77.7778, 3);
  });
});

describe('departments without business', () => {
  it('are listed after the ranked ones without a place, and ranked when nobody can tell', () => {
    const ranked = rankDepartments([department('A', { attendance: 1, idle: true }), department('B', { satisfaction: 0.8 })], DEFAULT_WEIGHTS);
    expect(ranked.map((entry) => [entry.department.code, entry.place, entry.noBusiness, entry.score])).toEqual([
      ['B', 1, false, 80],
      ['A', null, true, 100],
    ]);
    const casesDown: DepartmentRow = { ...department('A', { attendance: 1, idle: true }), caseStats: null, evaluationStats: null };
    expect(rankDepartments([casesDown], DEFAULT_WEIGHTS)[0]).toMatchObject({ place: 1, noBusiness: false });
  });
});
