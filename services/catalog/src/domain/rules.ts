import type { Identity } from '@hall/service-kit';
import type { MatterRow } from '../data/loaders';

/**
 * Time-limit compression (提速率) of one matter = 1 − committed / legal: the share of the legal time limit the hall
 * promises not to use. Null when the legal limit is 0 (nothing to compress). See docs/compression.md.
 */
export function compressionRate(legalLimitDays: number, committedLimitDays: number): number | null {
  if (legalLimitDays <= 0) return null;
  return 1 - committedLimitDays / legalLimitDays;
}

/** The sums a compression figure over many matters is made of; built in SQL for the hall, in memory for a department. */
export interface CompressionTotals {
  /** Matters counted: published, COMMITTED, with a legal limit above 0. */
  matterCount: number;
  legalDays: number;
  committedDays: number;
  /** Σ committed / legal over the same matters (for the mean rate). */
  ratioSum: number;
}

export interface CompressionSummary extends Omit<CompressionTotals, 'ratioSum'> {
  /** Σ-based: 1 − Σ committed / Σ legal. Long matters weigh more: it is the share of all legal days the hall gives back. */
  rate: number | null;
  /** The mean of the per-matter rates: every matter weighs the same. */
  meanRate: number | null;
}

/**
 * Which matters a department's or the hall's compression covers: the published COMMITTED matters with a legal limit.
 * Instant matters are left out (committing 0 days they would all count as 100 % and say nothing about time limits).
 */
export function countsForCompression(matter: Pick<MatterRow, 'status' | 'kind' | 'legalLimitDays'>): boolean {
  return matter.status === 'PUBLISHED' && matter.kind === 'COMMITTED' && matter.legalLimitDays > 0;
}

export function totalsOf(
  list: ReadonlyArray<Pick<MatterRow, 'status' | 'kind' | 'legalLimitDays' | 'committedLimitDays'>>,
): CompressionTotals {
  const counted = list.filter(countsForCompression);
  return {
    matterCount: counted.length,
    legalDays: counted.reduce((sum, matter) => sum + matter.legalLimitDays, 0),
    committedDays: counted.reduce((sum, matter) => sum + matter.committedLimitDays, 0),
    ratioSum: counted.reduce((sum, matter) => sum + matter.committedLimitDays / matter.legalLimitDays, 0),
  };
}

export function summarizeCompression(totals: CompressionTotals): CompressionSummary {
  const { ratioSum, ...counts } = totals;
  return {
    ...counts,
    rate: compressionRate(totals.legalDays, totals.committedDays),
    meanRate: totals.matterCount > 0 ? 1 - ratioSum / totals.matterCount : null,
  };
}

/** The manager edits every department's matters; a department admin only its own. */
export function canEditDepartmentMatters(identity: Identity, departmentId: string): boolean {
  return identity.role === 'manager' || (identity.role === 'dept_admin' && identity.departmentId === departmentId);
}

/** The change logs of a department's records are read by its own admin and the manager, like they are edited. */
export const canReadChanges = canEditDepartmentMatters;

/**
 * Published and withdrawn versions are public record (cases keep pointing at the version they were
 * accepted under); drafts are seen only by those who may edit them.
 */
export function canSeeMatter(identity: Identity, matter: Pick<MatterRow, 'status' | 'departmentId'>): boolean {
  return matter.status !== 'DRAFT' || canEditDepartmentMatters(identity, matter.departmentId);
}
