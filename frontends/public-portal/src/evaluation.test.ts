import { describe, expect, it } from 'vitest';
import { canEvaluate, channelFromQuery, groupEvaluationCode, isEvaluationCode, isPhoneTail, LEVELS, normaliseCaseNumber, normaliseEvaluationCode } from './evaluation';

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

  it('reads an evaluation code as printed, typed or linked, and checks its shape', () => {
    expect(normaliseEvaluationCode('7K3M-Q9ZT-2HX4-BC1D')).toBe('7K3MQ9ZT2HX4BC1D');
    expect(normaliseEvaluationCode(' 7k3m q9zt-2hx4 bc1d ')).toBe('7K3MQ9ZT2HX4BC1D');
    // Crockford base32 has no I, L or O: they can only be a misread 1, 1 and 0.
    expect(normaliseEvaluationCode('7K3MQ9ZT2HX4BCID')).toBe('7K3MQ9ZT2HX4BC1D');
    expect(normaliseEvaluationCode('oolL')).toBe('0011');
    expect(groupEvaluationCode('7K3MQ9ZT2HX4BC1D')).toBe('7K3M-Q9ZT-2HX4-BC1D');
    expect(isEvaluationCode('7K3MQ9ZT2HX4BC1D')).toBe(true);
    expect(isEvaluationCode('7K3MQ9ZT2HX4BC1')).toBe(false);
    expect(isEvaluationCode('7K3MQ9ZT2HX4BC1DU')).toBe(false);
    expect(isEvaluationCode('7K3MQ9ZT2HX4BCUD')).toBe(false);
  });

  it('takes a channel from the address only when it is one of the national channels', () => {
    expect(channelFromQuery('WINDOW_TABLET')).toBe('WINDOW_TABLET');
    expect(channelFromQuery('window_tablet')).toBeNull();
    expect(channelFromQuery(null)).toBeNull();
  });
});
