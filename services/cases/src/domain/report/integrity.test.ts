import { describe, expect, it } from 'vitest';
import { integrityFlags, type WindowFigures } from './integrity';
import { DEFAULT_REPORT_RULES as RULES } from './rules';

const window = (id: string, figures: Partial<WindowFigures> = {}): WindowFigures => ({
  windowId: id,
  completed: 12,
  evaluationRate: 0.8,
  badReviews: 0,
  invalidBadReviews: 0,
  evaluations: 10,
  longestVerySatisfiedStreak: 4,
  ...figures,
});
const department = (id: string, completed: number, evaluationRate: number | null, badReviews = 0, invalidBadReviews = 0) => ({ departmentId: id, completed, evaluationRate, badReviews, invalidBadReviews });

describe('integrity flags (诚信预警)', () => {
  const input = {
    departments: [department('甲', 25, 0.32), department('乙', 9, 0.1), department('丙', 30, 0.5, 3, 1), department('丁', 30, 0.9, 4, 2)],
    windows: [
      window('B01', { longestVerySatisfiedStreak: 30, evaluations: 31 }),
      window('B02', { longestVerySatisfiedStreak: 29 }),
      window('B03', { badReviews: 4, invalidBadReviews: 2 }),
      window('B04', { badReviews: 2, invalidBadReviews: 2 }),
      window('B05', { completed: 10, evaluationRate: 0.4 }),
      window('B06', { completed: 10, evaluationRate: null }),
    ],
    inspections: [
      { windowId: 'C01', inspections: 3, findings: 0 },
      { windowId: 'C02', inspections: 3, findings: 1 },
      { windowId: 'C03', inspections: 2, findings: 0 },
    ],
  };

  it('flags low evaluation rates, implausible streaks, many invalid reviews and inspections that never find anything (hand-computed)', () => {
    expect(integrityFlags(input, RULES).map((flag) => [flag.kind, flag.subject.departmentId ?? flag.subject.windowId, flag.value, flag.threshold, flag.basis])).toEqual([
      // 甲: 25 completed at 32 % < 50 %. 乙: too few completed (9 < 10). 丙: exactly 50 % is not below; 1 of 3 invalid is
      // not half. 丁: 2 of 4 invalid is half.
      ['LOW_EVALUATION_RATE', '甲', 0.32, 0.5, 25],
      ['MANY_INVALID', '丁', 0.5, 0.5, 4],
      // B02's 29 is one short; B04 has too few bad reviews (2 < 3); B06 has no rate to judge.
      ['IMPLAUSIBLE_STREAK', 'B01', 30, 30, 31],
      ['MANY_INVALID', 'B03', 0.5, 0.5, 4],
      ['LOW_EVALUATION_RATE', 'B05', 0.4, 0.5, 10],
      // C02 found something; C03 was inspected only twice.
      ['QUIET_INSPECTIONS', 'C01', 3, 3, 3],
    ]);
  });

  it('reads its thresholds from the manager’s rules', () => {
    const strict = { ...RULES, minEvaluationRate: 0.6, implausibleStreak: 29, quietInspections: 2, invalidShare: 0.6 };
    const kinds = integrityFlags(input, strict).map((flag) => `${flag.kind}:${flag.subject.departmentId ?? flag.subject.windowId}`);
    expect(kinds).toEqual(
      expect.arrayContaining(['LOW_EVALUATION_RATE:丙', 'IMPLAUSIBLE_STREAK:B02', 'QUIET_INSPECTIONS:C03']),
    );
    expect(kinds).not.toContain('MANY_INVALID:丁');
    expect(kinds).not.toContain('MANY_INVALID:B03');
  });
});
