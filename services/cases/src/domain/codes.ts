import { randomBytes } from 'node:crypto';

/** Crockford's base32 alphabet: no I, L, O or U, so a code read aloud or typed from paper is not misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const EVALUATION_CODE_LENGTH = 16;
const CODE_PATTERN = /^[0-9A-HJKMNP-TV-Z]{16}$/;

/**
 * 一事一评: the code a completed case is evaluated with, 80 random bits (crypto.randomBytes) as 16 Crockford base32
 * characters. It is the only thing the public needs to evaluate, so it must not be guessable from the case number.
 */
export function newEvaluationCode(): string {
  const bytes = randomBytes(10);
  let code = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      code += ALPHABET[(buffer >> bits) & 31];
    }
    buffer &= (1 << bits) - 1;
  }
  return code;
}

/**
 * A code as typed or scanned: hyphens, spaces and case ignored, and Crockford's look-alikes read as digits (O → 0,
 * I and L → 1). Null when what is left is not 16 characters of the alphabet.
 */
export function normalizeEvaluationCode(input: string): string | null {
  if (input.length > 64) return null;
  const code = input
    .replace(/[\s-]/g, '')
    .toUpperCase()
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return CODE_PATTERN.test(code) ? code : null;
}

/** XXXX-XXXX-XXXX-XXXX, as the result notice prints it. */
export function groupEvaluationCode(code: string): string {
  return code.replace(/(.{4})(?=.)/g, '$1-');
}
