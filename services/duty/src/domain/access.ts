import { forbidden, type Identity } from '@hall/service-kit';

export const isManager = (identity: Identity) => identity.role === 'manager';

export function requireManager(identity: Identity): void {
  if (identity.role !== 'manager') throw forbidden('only the hall manager may do this');
}

/** The manager, or an admin of this department. */
export function managesDepartment(identity: Identity, departmentId: string): boolean {
  return identity.role === 'manager' || (identity.role === 'dept_admin' && identity.departmentId === departmentId);
}

/** The manager, the person themselves, or an admin of their department. */
export function canSeeStaffRecords(identity: Identity, member: { id: string; departmentId: string }): boolean {
  return managesDepartment(identity, member.departmentId) || (identity.role === 'staff' && identity.staffId === member.id);
}

/** The public sees a badge (name, post, party membership, photo); every signed-in role sees the rest. */
export const seesBeyondBadge = (identity: Identity) => identity.role !== 'public';

export function requireSignedIn(identity: Identity): void {
  if (identity.role === 'public') throw forbidden('sign in to see this');
}
