import { forbidden, ownsOrManages, requireOwnerOrManager, type DepartmentOwnership, type Identity } from '@hall/service-kit';

/**
 * Who may use the registry (every Query and Mutation field): the hall manager, and staff and admins of the owning
 * department (the BDC) or one of its branch offices; FORBIDDEN for everybody else, the public included.
 */
export const requireAccess = requireOwnerOrManager;

/** The owner's ids a list is scoped to: 'all' for the manager (FORBIDDEN for anyone but the owner's people). */
export async function readerScope(identity: Identity, ownership: DepartmentOwnership): Promise<ReadonlySet<string> | 'all'> {
  await requireAccess(identity, ownership);
  return identity.role === 'manager' ? 'all' : ownership.departmentIds();
}

/**
 * Whether a viewer may see a stored record (a registration, a quota), decided on the department stored with it — the
 * case's or the matter's, as the cases subgraph and the catalog named it when it was first written — never on anything
 * a caller or an `_entities` representation claims: the manager always; the owner's people when that department owns
 * the subgraph now (the BDC or one of its branch offices).
 */
export async function mayRead(identity: Identity, ownership: DepartmentOwnership, record: { departmentId: string }): Promise<boolean> {
  if (identity.role === 'manager') return true;
  if (!(await ownsOrManages(identity, ownership))) return false;
  return (await ownership.departmentIds()).has(record.departmentId);
}

export async function requireRead(identity: Identity, ownership: DepartmentOwnership, record: { departmentId: string }): Promise<void> {
  if (!(await mayRead(identity, ownership, record))) {
    throw forbidden(`only the ${ownership.code} department, its branch offices and the hall manager see this`);
  }
}

/** A case or a matter the registry acts on must be the owner's (the BDC's or a branch office's): FORBIDDEN otherwise. */
export async function requireOwnersRecord(ownership: DepartmentOwnership, departmentId: string, what: string): Promise<void> {
  if (!(await ownership.departmentIds()).has(departmentId)) {
    throw forbidden(`this ${what} belongs to another department: the registry keeps only the ${ownership.code} department's`);
  }
}

/** Who a step is recorded as: the staff member's id for window staff (as the cases trail's actorId), else the user id. */
export function actorOf(identity: Identity): { actorId: string; actorRole: string } {
  return { actorId: identity.staffId ?? identity.userId ?? 'unknown', actorRole: identity.role };
}
