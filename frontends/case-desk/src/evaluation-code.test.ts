import { describe, expect, it } from 'vitest';
import { evaluationEntryUrl, groupEvaluationCode, isFinished, tabletEvaluationPath } from './evaluation-code';

describe('the evaluation code on paper and on the tablet', () => {
  it('groups the 16 characters in fours, whatever was stored', () => {
    expect(groupEvaluationCode('7K3MQ9ZT2HX4BC1D')).toBe('7K3M-Q9ZT-2HX4-BC1D');
    expect(groupEvaluationCode('7k3m-q9zt 2hx4bc1d')).toBe('7K3M-Q9ZT-2HX4-BC1D');
  });

  it('opens the public page with the bare code and the tablet channel', () => {
    expect(tabletEvaluationPath('7K3M-Q9ZT-2HX4-BC1D')).toBe('/evaluate?code=7K3MQ9ZT2HX4BC1D&channel=WINDOW_TABLET');
  });

  it('prints the page to type the code on without the code itself', () => {
    expect(evaluationEntryUrl('http://localhost:9000/evaluate?code=7K3MQ9ZT2HX4BC1D')).toBe('http://localhost:9000/evaluate');
  });

  it('only a completed or delivered case has a result notice', () => {
    expect(isFinished('COMPLETED')).toBe(true);
    expect(isFinished('DELIVERED')).toBe(true);
    expect(isFinished('APPROVED')).toBe(false);
    expect(isFinished('NOT_ACCEPTED')).toBe(false);
  });
});
