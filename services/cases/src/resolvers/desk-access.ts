import { forbidden, parseInput, requireRole, uuidSchema, type Identity } from '@hall/service-kit';
import { z } from 'zod';

/**
 * The department a desk's statistics (bad reviews, complaints, escalations) are asked for: the manager any department
 * or the whole hall (null); staff and admins their own department only.
 */
export function statsDepartment(identity: Identity, requested: string | null | undefined): string | null {
  requireRole(identity, 'staff', 'dept_admin', 'manager');
  const departmentId = requested == null ? null : parseInput(z.object({ departmentId: uuidSchema }), { departmentId: requested }).departmentId;
  if (identity.role === 'manager') return departmentId;
  if (departmentId !== null && departmentId !== identity.departmentId) throw forbidden('the statistics of another department');
  return identity.departmentId ?? '';
}
