import { describe, expect, it } from 'vitest';
import type { DepartmentRow } from '../stats.graphql';
import { integrityFlags } from './integrity';
import type { InspectionRow, StaffRecord, WindowRecord } from './model';
import { redFlagCandidate, serviceStarCandidates } from './recognition';

const base = { evaluations: 10, verySatisfied: 8, satisfactionRate: 1, badReviews: 0, invalidBadReviews: 0, completed: 12, evaluationRate: 0.8, overdueCases: 0, complaints: 0, longestVerySatisfiedStreak: 4 };
const staff = (id: string, figures: Partial<typeof base>): StaffRecord => ({ subjectId: id, ...base, ...figures, staff: { id, name: id, department: null } });
const window = (id: string, figures: Partial<typeof base>): WindowRecord => ({ subjectId: id, ...base, ...figures, window: { id, number: id, name: '综合受理' } });
const inspection = (windowId: string, score: number, findings: boolean[] = []): InspectionRow => ({
  id: `${windowId}-${score}-${findings.length}-${Math.random()}`,
  visitedAt: '2026-11-10T02:00:00Z',
  score,
  findings: findings.map((counts, index) => ({ id: String(index), counts })),
  window: { id: windowId, number: windowId, name: '综合受理' },
  department: null,
});

describe('service stars (服务明星)', () => {
  it('picks the two best eligible staff by satisfaction, then evaluations, then 非常满意', () => {
    const records = [
      staff('a', { satisfactionRate: 0.9 }),
      staff('b', { satisfactionRate: 1, evaluations: 5 }),
      staff('c', { satisfactionRate: 1, evaluations: 9 }),
      staff('d', { satisfactionRate: 1, complaints: 1 }), // a complaint names them
      staff('e', { satisfactionRate: 1, overdueCases: 1 }), // an overdue case
      staff('f', { satisfactionRate: 1, badReviews: 1 }), // a bad review that stands
      staff('g', { satisfactionRate: 1, evaluations: 2 }), // too few evaluations
      staff('h', { satisfactionRate: 0.95, badReviews: 1, invalidBadReviews: 1 }), // the bad review was declared invalid
    ];
    expect(serviceStarCandidates(records).map((record) => record.subjectId)).toEqual(['c', 'b']);
    expect(serviceStarCandidates(records.filter((record) => record.subjectId !== 'b' && record.subjectId !== 'c')).map((record) => record.subjectId)).toEqual(['h', 'a']);
    expect(serviceStarCandidates([staff('x', { evaluations: 2 })])).toEqual([]);
  });
});

describe('the red-flag window (流动红旗)', () => {
  it('picks the best eligible window without a failed inspection or an empty-window incident', () => {
    const records = [window('A01', { satisfactionRate: 1 }), window('A02', { satisfactionRate: 1, evaluations: 20 }), window('A03', { satisfactionRate: 0.98 }), window('A04', { satisfactionRate: 0.9 })];
    const context = { inspections: [inspection('A02', 55), inspection('A01', 92)], passThreshold: 60, unattendedWindowIds: new Set(['A01']) };
    // A02 failed an inspection (55 < 60), A01 had an empty window: A03 is next.
    expect(redFlagCandidate(records, context)?.subjectId).toBe('A03');
    expect(redFlagCandidate(records, { ...context, inspections: [], unattendedWindowIds: new Set() })?.subjectId).toBe('A02');
    expect(redFlagCandidate([], context)).toBeNull();
  });
});

describe('integrity flags', () => {
  const department = (id: string, completed: number, evaluationRate: number | null): DepartmentRow =>
    ({ id, code: id, name: `${id}局`, shortName: id, caseStats: { completed }, evaluationStats: { evaluationRate }, dutyStats: null, inspectionStats: null }) as unknown as DepartmentRow;

  it('flags low evaluation rates, implausible streaks, many invalid reviews and inspections that never find anything', () => {
    const flags = integrityFlags({
      departments: [department('甲', 25, 0.32), department('乙', 9, 0.1), department('丙', 30, 0.5)],
      windows: [
        window('B01', { longestVerySatisfiedStreak: 30 }),
        window('B02', { longestVerySatisfiedStreak: 29 }),
        window('B03', { badReviews: 4, invalidBadReviews: 2 }),
        window('B04', { badReviews: 2, invalidBadReviews: 2 }),
        window('B05', { completed: 10, evaluationRate: 0.4 }),
      ],
      departmentInvalid: new Map([['丙', { badReviews: 3, invalidBadReviews: 1 }]]),
      inspections: [inspection('C01', 95), inspection('C01', 98), inspection('C01', 100), inspection('C02', 90), inspection('C02', 92), inspection('C02', 80, [true]), inspection('C03', 99), inspection('C03', 99, [false]), inspection('C03', 97)],
    });
    expect(flags.map((flag) => [flag.kind, flag.subject])).toEqual([
      ['LOW_EVALUATION_RATE', '部门：甲局'],
      ['IMPLAUSIBLE_STREAK', '窗口：B01 综合受理'],
      ['MANY_INVALID', '窗口：B03 综合受理'],
      ['LOW_EVALUATION_RATE', '窗口：B05 综合受理'],
      ['QUIET_INSPECTIONS', '窗口：C01 综合受理'],
      // C03's only finding was overturned on appeal: it does not count.
      ['QUIET_INSPECTIONS', '窗口：C03 综合受理'],
    ]);
    expect(flags[0]?.detail).toBe('评议率 32%，办结 25 件');
  });
});
