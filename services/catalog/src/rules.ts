import type { Identity } from '@hall/service-kit';
import type { MatterRow } from './loaders';

/**
 * Time-limit compression (提速率) = 1 − committed / legal: the share of the legal time limit the hall
 * promises not to use. Null when the legal limit is 0 (nothing to compress).
 */
export function compressionRate(legalLimitDays: number, committedLimitDays: number): number | null {
  if (legalLimitDays <= 0) return null;
  return 1 - committedLimitDays / legalLimitDays;
}

/** The manager edits every department's matters; a department admin only its own. */
export function canEditDepartmentMatters(identity: Identity, departmentId: string): boolean {
  return identity.role === 'manager' || (identity.role === 'dept_admin' && identity.departmentId === departmentId);
}

/**
 * Published and withdrawn versions are public record (cases keep pointing at the version they were
 * accepted under); drafts are seen only by those who may edit them.
 */
export function canSeeMatter(identity: Identity, matter: Pick<MatterRow, 'status' | 'departmentId'>): boolean {
  return matter.status !== 'DRAFT' || canEditDepartmentMatters(identity, matter.departmentId);
}
