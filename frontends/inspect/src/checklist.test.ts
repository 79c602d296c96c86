import { describe, expect, it } from 'vitest';
import { answersFrom, previewScore, progressOf, savableItems, type Answers } from './checklist';
import { sections } from './testing/fixtures';

function answers(entries: Record<string, [Answers[string]['outcome'], string?]>): Answers {
  const result = answersFrom(sections, []);
  for (const [key, [outcome, comment]] of Object.entries(entries)) result[key] = { outcome, comment: comment ?? '' };
  return result;
}

describe('previewScore (the back end README formula)', () => {
  it('is null until an item applies', () => {
    expect(previewScore(sections, answers({}))).toBeNull();
    expect(previewScore(sections, answers({ 'BEH-2': ['NOT_APPLICABLE'] }))).toBeNull();
  });

  it('weights each section by its share of passed points', () => {
    // 态度: 5 of 15 points → 1/3; 行为: 4 of 10 → 0.4. (15·1/3 + 10·0.4) / 25 = 9 / 25 = 36 %.
    const score = previewScore(sections, answers({ 'ATT-1': ['PASS'], 'ATT-3': ['FAIL', '推诿'], 'BEH-1': ['PASS'], 'BEH-2': ['FAIL', '离岗'] }));
    expect(score).toBe(36);
  });

  it('leaves N/A items out of the denominator', () => {
    // 行为: BEH-2 N/A, so 4 of 4 → 1, not 4 of 10. (15·1/3 + 10·1) / 25 = 15 / 25 = 60 %.
    const score = previewScore(sections, answers({ 'ATT-1': ['PASS'], 'ATT-3': ['FAIL', '推诿'], 'BEH-1': ['PASS'], 'BEH-2': ['NOT_APPLICABLE'] }));
    expect(score).toBe(60);
  });

  it('leaves a section with nothing applicable out of the total, and rounds to two decimals', () => {
    // Only 态度 counts: 5 of 15 → 33.33.
    expect(previewScore(sections, answers({ 'ATT-1': ['PASS'], 'ATT-3': ['FAIL', 'x'], 'BEH-2': ['NOT_APPLICABLE'] }))).toBe(33.33);
  });
});

describe('what autosave sends', () => {
  it('keeps a failed item without a comment on the phone until it has one', () => {
    const pending = answers({ 'ATT-1': ['PASS'], 'ATT-3': ['FAIL', '  '] });
    expect(savableItems(pending)).toEqual([{ itemKey: 'ATT-1', outcome: 'PASS', comment: null }]);
    pending['ATT-3'] = { outcome: 'FAIL', comment: ' 窗口人员称“不归我管” ' };
    expect(savableItems(pending)).toContainEqual({ itemKey: 'ATT-3', outcome: 'FAIL', comment: '窗口人员称“不归我管”' });
  });

  it('counts answers, missing comments and serious failures', () => {
    const progress = progressOf(sections, answers({ 'ATT-1': ['PASS'], 'ATT-3': ['FAIL'] }));
    expect(progress).toEqual({ answered: 2, total: 4, unanswered: ['BEH-1', 'BEH-2'], missingComments: ['ATT-3'], seriousFailures: 1 });
  });

  it('starts from what the draft saved', () => {
    const restored = answersFrom(sections, [{ itemKey: 'ATT-3', outcome: 'FAIL', comment: '推诿' }]);
    expect(restored['ATT-3']).toEqual({ outcome: 'FAIL', comment: '推诿' });
    expect(restored['ATT-1']).toEqual({ outcome: null, comment: '' });
  });
});
