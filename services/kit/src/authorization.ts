import { forbidden } from './errors';
import type { Identity, Role } from './identity';

export function requireRole(identity: Identity, ...roles: Role[]): void {
  if (!roles.includes(identity.role)) throw forbidden();
}

/** Staff and department admins act for their own department only; the hall manager for every one. */
export function canActForDepartment(identity: Identity, departmentId: string): boolean {
  if (identity.role === 'manager') return true;
  return (identity.role === 'staff' || identity.role === 'dept_admin') && identity.departmentId === departmentId;
}

export function requireDepartment(identity: Identity, departmentId: string): void {
  if (!canActForDepartment(identity, departmentId)) throw forbidden('this record belongs to another department');
}
