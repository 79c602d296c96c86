import { describe, expect, it } from 'vitest';
import { groupEvaluationCode, newEvaluationCode, normalizeEvaluationCode } from './codes';

describe('evaluation codes (一事一评)', () => {
  it('are 16 Crockford base32 characters, all different over many draws', () => {
    const codes = Array.from({ length: 2000 }, () => newEvaluationCode());
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{16}$/);
    expect(new Set(codes).size).toBe(codes.length);
    // 80 bits: every one of the 32 symbols shows up at every position over 2000 draws.
    for (let position = 0; position < 16; position += 1) expect(new Set(codes.map((code) => code[position])).size).toBe(32);
  });

  it('are read with or without hyphens and spaces, in any case, with the look-alikes of Crockford base32', () => {
    expect(normalizeEvaluationCode('7k2m-9qrt-x4hd-05zb')).toBe('7K2M9QRTX4HD05ZB');
    expect(normalizeEvaluationCode(' 7K2M 9QRT X4HD O5ZB ')).toBe('7K2M9QRTX4HD05ZB');
    expect(normalizeEvaluationCode('7K2M9QRTX4HDI5ZB')).toBe('7K2M9QRTX4HD15ZB');
    expect(normalizeEvaluationCode('7K2M9QRTX4HD05Z')).toBeNull();
    expect(normalizeEvaluationCode('7K2M9QRTX4HD05ZU')).toBeNull();
    expect(normalizeEvaluationCode('x'.repeat(100))).toBeNull();
    expect(groupEvaluationCode('7K2M9QRTX4HD05ZB')).toBe('7K2M-9QRT-X4HD-05ZB');
  });
});
