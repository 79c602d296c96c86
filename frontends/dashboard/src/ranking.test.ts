import { describe, expect, it } from 'vitest';
import type { DepartmentRow } from './stats.graphql';
import { byBureau, compositeScore, DEFAULT_WEIGHTS, figuresOf, MIN_RANKED_CASES, rankDepartments, rankingMinimum } from './ranking';

function department(code: string, figures: { completion?: number | null; onTime?: number | null; satisfaction?: number | null; attendance?: number | null; score?: number | null; idle?: boolean; cases?: number }): DepartmentRow {
  const volume = figures.idle ? 0 : (figures.cases ?? 100);
  const caseStats = { accepted: volume, completed: volume, completedOnTime: 9, instantCount: 0, oneVisitRate: null, twoVisitRate: null, threeVisitRate: null, preWarnings: 0, yellowCards: 0, redCards: 0 };
  return {
    id: code,
    code,
    name: code,
    shortName: code,
    parent: null,
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

describe('departments with too few cases (样本不足)', () => {
  it('are listed with their score after the ranked ones, so three cases at 99.75 do not head 2,799 at 94.95 (hand-computed)', () => {
    // Tiny: 20·1 + 25·1 + 25·0.99 + 15·1 + 15·1 = 99.75; Big: 20·0.96 + 25·0.94 + 25·0.95 + 15·0.95 + 15·0.95 = 94.95;
    // Middle: 20·0.9 + 25·0.9 + 25·0.9 + 15·0.9 + 15·0.9 = 90.
    const ranked = rankDepartments(
      [
        department('TINY', { cases: 3, completion: 1, onTime: 1, satisfaction: 0.99, attendance: 1, score: 100 }),
        department('BIG', { cases: 2_799, completion: 0.96, onTime: 0.94, satisfaction: 0.95, attendance: 0.95, score: 95 }),
        department('MIDDLE', { cases: MIN_RANKED_CASES, completion: 0.9, onTime: 0.9, satisfaction: 0.9, attendance: 0.9, score: 90 }),
        department('IDLE', { idle: true, attendance: 1 }),
      ],
      DEFAULT_WEIGHTS,
    );
    expect(ranked.map((entry) => [entry.department.code, entry.place, entry.fewCases, entry.noBusiness])).toEqual([
      ['BIG', 1, false, false],
      ['MIDDLE', 2, false, false],
      ['TINY', null, true, false],
      ['IDLE', null, false, true],
    ]);
    expect(ranked[0]?.score).toBeCloseTo(94.95, 10);
    expect(ranked[2]?.score).toBeCloseTo(99.75, 10);
  });

  it('asks a tenth of the busiest department’s cases when that is below the minimum: a small hall is ranked whole', () => {
    const small = [department('A', { cases: 12, satisfaction: 0.9 }), department('B', { cases: 2, satisfaction: 1 }), department('C', { cases: 1, satisfaction: 0.8 })];
    // A tenth of 12, rounded up: 2.
    expect(rankingMinimum(small)).toBe(2);
    expect(rankDepartments(small, DEFAULT_WEIGHTS).map((entry) => [entry.department.code, entry.place, entry.fewCases])).toEqual([
      ['B', 1, false],
      ['A', 2, false],
      ['C', null, true],
    ]);
    expect(rankingMinimum([department('BIG', { cases: 2_799 })])).toBe(MIN_RANKED_CASES);
  });

  it('counts the larger of the cases accepted and completed, and ranks everyone when the cases subgraph is down', () => {
    const finishing: DepartmentRow = { ...department('F', { satisfaction: 0.9 }) };
    if (!finishing.caseStats) throw new Error('fixture');
    finishing.caseStats = { ...finishing.caseStats, accepted: 2, completed: MIN_RANKED_CASES };
    const busy = department('BUSY', { cases: 2_799, satisfaction: 0.8 });
    expect(rankDepartments([finishing, busy], DEFAULT_WEIGHTS).map((entry) => [entry.department.code, entry.place])).toEqual([
      ['F', 1],
      ['BUSY', 2],
    ]);
    const down: DepartmentRow = { ...department('T', { cases: 3, satisfaction: 0.9 }), caseStats: null };
    expect(rankDepartments([down], DEFAULT_WEIGHTS)[0]).toMatchObject({ place: 1, fewCases: false });
  });
});

describe('the ranking by bureau', () => {
  it('puts each branch office under its bureau, both in ranking order, keeping the whole ranking’s places', () => {
    const branchOf = (code: string, parent: string, satisfaction: number): DepartmentRow => ({ ...department(code, { satisfaction }), parent: { id: parent } });
    const ranked = rankDepartments(
      [department('CITY', { satisfaction: 0.8 }), branchOf('CITYA', 'CITY', 0.9), branchOf('CITYB', 'CITY', 0.7), department('TAX', { satisfaction: 0.85 }), branchOf('LOST', 'GONE', 0.95)],
      DEFAULT_WEIGHTS,
    );
    const grouped = byBureau(ranked).map(({ bureau, branches }) => [bureau.department.code, bureau.place, branches.map((branch) => [branch.department.code, branch.place])]);
    // Places over all five: LOST 95, CITYA 90, TAX 85, CITY 80, CITYB 70. A branch whose bureau is not listed stands alone.
    expect(grouped).toEqual([
      ['LOST', 1, []],
      ['TAX', 3, []],
      ['CITY', 4, [['CITYA', 2], ['CITYB', 5]]],
    ]);
  });
});
