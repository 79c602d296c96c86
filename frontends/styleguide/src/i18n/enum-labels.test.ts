import { afterEach, describe, expect, it } from 'vitest';
import { enumLabel, enumOptions } from './enum-labels';
import { setLocale } from './locale';

describe('enum labels', () => {
  afterEach(() => setLocale('zh-CN'));

  it('labels a value in Chinese first, in English after a switch', () => {
    expect(enumLabel('CaseStatus', 'UNDER_REVIEW')).toBe('审查中');
    setLocale('en');
    expect(enumLabel('CaseStatus', 'UNDER_REVIEW')).toBe('Under review');
  });

  it('lists every value of an enum with its label', () => {
    expect(enumOptions('Warning').map((option) => option.value)).toEqual(['NONE', 'PRE', 'YELLOW', 'RED']);
  });
});
