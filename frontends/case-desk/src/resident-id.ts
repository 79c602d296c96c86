/** Resident identity numbers (GB 11643-1999): region, birth date YYYYMMDD, sequence, check character. */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/** The check character (0–9 or X) for the first 17 digits. */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  WEIGHTS.forEach((weight, index) => (sum += Number(first17.charAt(index)) * weight));
  return CHECK_CHARS.charAt(sum % 11);
}

export type ResidentIdProblem = 'format' | 'birthDate' | 'checkDigit';

/** What is wrong with an 18-character resident ID (a lower-case x is read as X), or null when it is valid. */
export function residentIdProblem(raw: string): ResidentIdProblem | null {
  const id = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return 'format';
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  const birth = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || birth.getUTCFullYear() !== year || birth.getUTCMonth() !== month - 1 || birth.getUTCDate() !== day) return 'birthDate';
  return residentIdCheckChar(id.slice(0, 17)) === id.charAt(17) ? null : 'checkDigit';
}

/** The 11-digit mainland mobile number the cases subgraph accepts. */
export function isMobileNumber(raw: string): boolean {
  return /^1[3-9]\d{9}$/.test(raw.trim());
}
