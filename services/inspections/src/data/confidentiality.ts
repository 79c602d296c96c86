import type { Identity } from '@hall/service-kit';
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { inspections, plans, rectifications } from '../db/schema';

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

/** Plans: the manager sees every one, a supervisor those with a visit assigned to them, nobody else any. */
export function visiblePlans(identity: Identity): SQL {
  if (identity.role === 'manager') return sql`true`;
  if (identity.role === 'supervisor' && identity.supervisorId) {
    return inArray(
      plans.id,
      sql`(SELECT ${inspections.planId} FROM ${inspections} WHERE ${inspections.supervisorId} = ${identity.supervisorId})`,
    );
  }
  return sql`false`;
}

/**
 * Rectifications exist only after submission: the manager and supervisors (who verify them) see every one, a
 * department its own, the public none.
 */
export function visibleRectifications(identity: Identity): SQL {
  if (identity.role === 'manager' || identity.role === 'supervisor') return sql`true`;
  if ((identity.role === 'staff' || identity.role === 'dept_admin') && identity.departmentId) {
    return eq(rectifications.departmentId, identity.departmentId);
  }
  return sql`false`;
}

/** Who did the visit is known to the manager and to that supervisor only. */
export function seesSupervisor(identity: Identity, supervisorId: string): boolean {
  return identity.role === 'manager' || (identity.role === 'supervisor' && identity.supervisorId === supervisorId);
}

/** Aggregated results of a department: the manager and the department's own people. */
export function seesDepartmentStats(identity: Identity, departmentIds: readonly string[]): boolean {
  if (identity.role === 'manager') return true;
  return (identity.role === 'staff' || identity.role === 'dept_admin') && !!identity.departmentId && departmentIds.includes(identity.departmentId);
}

/** Appeals, as Query.appeals lists them: the manager every one, a department its own; supervisors and the public none. */
export function seesAppeal(identity: Identity, departmentId: string): boolean {
  return seesDepartmentStats(identity, [departmentId]);
}
