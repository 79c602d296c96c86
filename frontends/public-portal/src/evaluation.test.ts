import { describe, expect, it } from 'vitest';
import { canEvaluate, isPhoneTail, LEVELS, normaliseCaseNumber } from './evaluation';

describe('evaluating a case', () => {
  it('offers the five national levels, best first', () => {
    expect(LEVELS).toEqual([5, 4, 3, 2, 1]);
  });

  it('only once the case is completed or delivered', () => {
    expect(canEvaluate('COMPLETED')).toBe(true);
    expect(canEvaluate('DELIVERED')).toBe(true);
    expect(canEvaluate('UNDER_REVIEW')).toBe(false);
    expect(canEvaluate('NOT_ACCEPTED')).toBe(false);
  });

  it('reads the number and the phone tail forgivingly but exactly', () => {
    expect(normaliseCaseNumber(' zw2026 1121 00001 ')).toBe('ZW20261121' + '00001');
    expect(isPhoneTail('0328')).toBe(true);
    expect(isPhoneTail('328')).toBe(false);
    expect(isPhoneTail('03a8')).toBe(false);
  });
});
