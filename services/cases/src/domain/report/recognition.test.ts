import { describe, expect, it } from 'vitest';
import type { ServiceRecord } from '../../data/service-records';
import { candidates, disqualifications } from './recognition';

const base = { evaluations: 10, verySatisfied: 8, satisfactionRate: 1, badReviews: 0, invalidBadReviews: 0, completed: 12, evaluationRate: 0.8, overdueCases: 0, complaints: 0, longestVerySatisfiedStreak: 4 };
const record = (id: string, figures: Partial<typeof base> = {}): ServiceRecord => ({ subjectId: id, departmentId: null, ...base, ...figures });
const none = { unattended: new Set<string>(), failedInspection: new Set<string>() };
const ids = (list: ReturnType<typeof candidates>) => list.map((candidate) => [candidate.record.subjectId, candidate.proposed]);

describe('service stars (服务明星)', () => {
  it('lists the eligible staff by satisfaction, then evaluations, then 非常满意, and proposes the best two', () => {
    const records = [
      record('a', { satisfactionRate: 0.9 }),
      record('b', { satisfactionRate: 1, evaluations: 5 }),
      record('c', { satisfactionRate: 1, evaluations: 9 }),
      record('d', { satisfactionRate: 1, complaints: 1 }), // a complaint names them
      record('e', { satisfactionRate: 1, overdueCases: 1 }), // an overdue case
      record('f', { satisfactionRate: 1, badReviews: 1 }), // a bad review that stands
      record('g', { satisfactionRate: 1, evaluations: 2 }), // too few evaluations
      record('h', { satisfactionRate: 0.95, badReviews: 1, invalidBadReviews: 1 }), // the bad review was declared invalid
    ];
    expect(ids(candidates('SERVICE_STAR', records, 3, none))).toEqual([
      ['c', true],
      ['b', true],
      ['h', false],
      ['a', false],
    ]);
    expect(disqualifications('SERVICE_STAR', records[3]!, 3, none)).toEqual(['COMPLAINTS']);
    expect(disqualifications('SERVICE_STAR', record('x', { evaluations: 2, overdueCases: 2, badReviews: 1 }), 3, none)).toEqual(['FEW_EVALUATIONS', 'OVERDUE_CASES', 'BAD_REVIEWS']);
    // The minimum is the manager's rule: at 2, g qualifies.
    expect(ids(candidates('SERVICE_STAR', [records[6]!], 2, none))).toEqual([['g', true]]);
    expect(candidates('SERVICE_STAR', [record('x', { evaluations: 2 })], 3, none)).toEqual([]);
  });
});

describe('the red-flag window (流动红旗)', () => {
  it('proposes the best eligible window without a failed inspection or an unattended-window incident', () => {
    const records = [record('A01'), record('A02', { evaluations: 20 }), record('A03', { satisfactionRate: 0.98 }), record('A04', { satisfactionRate: 0.9 })];
    const context = { unattended: new Set(['A01']), failedInspection: new Set(['A02']) };
    expect(ids(candidates('RED_FLAG_WINDOW', records, 3, context))).toEqual([
      ['A03', true],
      ['A04', false],
    ]);
    expect(disqualifications('RED_FLAG_WINDOW', records[0]!, 3, context)).toEqual(['UNATTENDED']);
    expect(disqualifications('RED_FLAG_WINDOW', records[1]!, 3, context)).toEqual(['FAILED_INSPECTION']);
    // The same signals do not touch a service star.
    expect(disqualifications('SERVICE_STAR', records[0]!, 3, context)).toEqual([]);
    expect(ids(candidates('RED_FLAG_WINDOW', records, 3, none))[0]).toEqual(['A02', true]);
  });
});
