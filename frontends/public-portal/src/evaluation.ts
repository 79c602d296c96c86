import type { CaseStatus } from './api';

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
