/** Resident identity numbers (GB 11643-1999): 6-digit region, YYYYMMDD birth date, 3-digit sequence (odd = male), check digit. */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/** The check character for the first 17 digits. */
export function residentIdCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error('Expected 17 digits');
  let sum = 0;
  WEIGHTS.forEach((weight, i) => {
    sum += Number(first17.charAt(i)) * weight;
  });
  return CHECK_CHARS.charAt(sum % 11);
}

export function isValidResidentId(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  const birth = new Date(Date.UTC(year, month - 1, day));
  if (birth.getUTCFullYear() !== year || birth.getUTCMonth() !== month - 1 || birth.getUTCDate() !== day) return false;
  return residentIdCheckDigit(id.slice(0, 17)) === id.charAt(17);
}

export function makeResidentId(regionCode: string, birthDate: string, sequence: number, male: boolean): string {
  if (!/^\d{6}$/.test(regionCode)) throw new Error(`Bad region code ${regionCode}`);
  if (sequence < 0 || sequence > 499) throw new Error('sequence must be 0..499');
  const seq = String(sequence * 2 + (male ? 1 : 0)).padStart(3, '0');
  const first17 = `${regionCode}${birthDate.replaceAll('-', '')}${seq}`;
  return first17 + residentIdCheckDigit(first17);
}
