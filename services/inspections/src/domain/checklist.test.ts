import { describe, expect, it } from 'vitest';
import { answerProblems, scoreOf, templateProblems, type ChecklistSection, type ItemOutcome } from './checklist';

const item = (key: string, points: number, allowNotApplicable = false, serious = false) => ({ key, text: key, points, deductionRule: '扣除本项分值', allowNotApplicable, serious });
const sections: ChecklistSection[] = [
  { key: 'S1', norm: 'ATTITUDE', title: '态度', weight: 60, items: [item('A', 6), item('B', 4, true)] },
  { key: 'S2', norm: 'EFFICIENCY', title: '效能', weight: 40, items: [item('C', 5), item('D', 5, true, true)] },
];
const answers = (outcomes: Record<string, ItemOutcome['outcome']>): ItemOutcome[] =>
  Object.entries(outcomes).map(([itemKey, outcome]) => ({ itemKey, outcome, comment: outcome === 'FAIL' ? '未做到' : null }));

describe('scoreOf (hand-computed)', () => {
  it('gives 100 when every item passes', () => {
    expect(scoreOf(sections, answers({ A: 'PASS', B: 'PASS', C: 'PASS', D: 'PASS' }))).toBe(100);
  });

  it('weights section scores: S1 = 4/10, S2 = 10/10 → (60·0.4 + 40·1) / 100 = 64', () => {
    expect(scoreOf(sections, answers({ A: 'FAIL', B: 'PASS', C: 'PASS', D: 'PASS' }))).toBe(64);
  });

  it('leaves N/A items out of the denominator: S1 = 6/6, S2 = 0/5 → 60', () => {
    expect(scoreOf(sections, answers({ A: 'PASS', B: 'NOT_APPLICABLE', C: 'FAIL', D: 'NOT_APPLICABLE' }))).toBe(60);
  });

  it('leaves a section without applicable items out of the total: only S1 = 4/10 → 40', () => {
    expect(scoreOf(sections, answers({ A: 'FAIL', B: 'PASS' }))).toBe(40);
  });

  it('is null when nothing applies', () => {
    expect(scoreOf(sections, answers({ B: 'NOT_APPLICABLE', D: 'NOT_APPLICABLE' }))).toBeNull();
  });

  it('rounds to two decimals: (1·1/3 + 2·1) / 3 × 100 = 77.78', () => {
    const uneven: ChecklistSection[] = [
      { key: 'X', norm: 'LANGUAGE', title: '语言', weight: 1, items: [item('x1', 1), item('x2', 2)] },
      { key: 'Y', norm: 'FACILITIES', title: '设施', weight: 2, items: [item('y1', 3)] },
    ];
    expect(scoreOf(uneven, answers({ x1: 'PASS', x2: 'FAIL', y1: 'PASS' }))).toBe(77.78);
  });
});

describe('answerProblems', () => {
  it('requires a comment on every failed item', () => {
    expect(answerProblems(sections, [{ itemKey: 'A', outcome: 'FAIL', comment: null }], false)).toEqual(['item A failed: a comment is required']);
  });

  it('refuses N/A where the item does not allow it, unknown and repeated items', () => {
    const problems = answerProblems(
      sections,
      [
        { itemKey: 'C', outcome: 'NOT_APPLICABLE', comment: null },
        { itemKey: 'Z', outcome: 'PASS', comment: null },
        { itemKey: 'B', outcome: 'PASS', comment: null },
        { itemKey: 'B', outcome: 'PASS', comment: null },
      ],
      false,
    );
    expect(problems).toEqual(['item C cannot be N/A', 'item Z is not in this checklist', 'item B is answered twice']);
  });

  it('requires every item when complete', () => {
    expect(answerProblems(sections, answers({ A: 'PASS', B: 'PASS', C: 'PASS' }), true)).toEqual(['item D is not answered']);
  });

  it('finds repeated keys in a template', () => {
    expect(templateProblems([...sections, { ...sections[0]!, key: 'S3' }])).toEqual(['item key A repeats', 'item key B repeats']);
  });
});
