import type { Identity } from '@hall/service-kit';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { inspections } from './db/schema';

/**
 * The confidentiality rule of PRODUCT.md as a SQL condition: the manager sees every inspection, a
 * supervisor their own, a department only its own submitted ones (never a plan), the public none.
 */
export function visibleInspections(identity: Identity): SQL {
  switch (identity.role) {
    case 'manager':
      return sql`true`;
    case 'supervisor':
      return identity.supervisorId ? eq(inspections.supervisorId, identity.supervisorId) : sql`false`;
    case 'staff':
    case 'dept_admin':
      return identity.departmentId
        ? (and(eq(inspections.departmentId, identity.departmentId), eq(inspections.status, 'SUBMITTED')) as SQL)
        : sql`false`;
    default:
      return sql`false`;
  }
}

/** Who did the visit is known to the manager and to that supervisor only. */
export function seesSupervisor(identity: Identity, supervisorId: string): boolean {
  return identity.role === 'manager' || (identity.role === 'supervisor' && identity.supervisorId === supervisorId);
}
