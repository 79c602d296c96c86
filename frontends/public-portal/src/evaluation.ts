import type { CaseStatus, EvaluationChannel } from './gql/graphql';

/** 好差评 channels (GB/T 39734-2020); the public page offers PC and MOBILE, the desk's tablet and a link fix theirs. */
export const EVALUATION_CHANNELS: readonly EvaluationChannel[] = ['WINDOW_TABLET', 'PC', 'MOBILE', 'QR_CODE', 'SMS', 'HOTLINE'];

/** GB/T 39734-2020: 5 非常满意 … 1 非常不满意, best first as the applicant reads them. */
export const LEVELS = [5, 4, 3, 2, 1] as const;
export type Level = (typeof LEVELS)[number];

/** Only a completed or delivered case can be evaluated (the cases subgraph refuses the others). */
export function canEvaluate(status: CaseStatus): boolean {
  return status === 'COMPLETED' || status === 'DELIVERED';
}

/** The last four digits of the applicant's mobile. */
export function isPhoneTail(value: string): boolean {
  return /^\d{4}$/.test(value.trim());
}

/** Case numbers look like ZW2026112100001; spaces and lower case from a hurried phone keyboard are forgiven. */
export function normaliseCaseNumber(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

/**
 * An evaluation code as typed from paper: hyphens, spaces and case forgiven, and the letters Crockford base32 leaves
 * out read as the digits they look like (O → 0, I and L → 1).
 */
export function normaliseEvaluationCode(value: string): string {
  return value
    .replace(/[\s-]+/g, '')
    .toUpperCase()
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

/** As printed on the result notice: `XXXX-XXXX-XXXX-XXXX`. */
export function groupEvaluationCode(normalised: string): string {
  return normalised.match(/.{1,4}/g)?.join('-') ?? '';
}

/** 16 characters of Crockford base32 (80 random bits). */
export function isEvaluationCode(normalised: string): boolean {
  return /^[0-9A-HJKMNP-TV-Z]{16}$/.test(normalised);
}

/** A channel named in the page's address (the desk opens the tablet's page with WINDOW_TABLET); others are ignored. */
export function channelFromQuery(value: string | null): EvaluationChannel | null {
  return EVALUATION_CHANNELS.find((channel) => channel === value) ?? null;
}
