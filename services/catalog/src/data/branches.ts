import { inArray, or } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { departments, type CatalogTables } from '../db/schema';
import type { Transaction } from './store';

/**
 * Bureaus and their branch offices (上级单位 and 分局、办事处), one level deep: a branch's parent is a department that is
 * no branch itself, a department is not its own parent, and one with branches of its own cannot become a branch. The one
 * home of that rule, for the mutations and the import alike.
 */
export interface DepartmentLink {
  id: string;
  parentId: string | null;
}

/**
 * Why `child` cannot have the parent it names, or null when it can (or names none). `known` holds every department the
 * answer depends on: the parent, and the departments whose parent is the child.
 */
export function parentRefusal(child: DepartmentLink, known: ReadonlyMap<string, DepartmentLink>): string | null {
  if (!child.parentId) return null;
  if (child.parentId === child.id) return 'a department cannot be its own bureau';
  const parent = known.get(child.parentId);
  if (!parent) return 'no such department to be the bureau';
  if (parent.parentId) return 'the bureau is itself a branch office: name its bureau instead';
  for (const other of known.values()) {
    if (other.parentId === child.id) return 'the department has branch offices of its own, so it cannot become a branch';
  }
  return null;
}

/** The departments `parentRefusal` needs to judge `children`, read in one statement. */
export async function linksAround(db: NodePgDatabase<CatalogTables> | Transaction, children: readonly DepartmentLink[]): Promise<Map<string, DepartmentLink>> {
  const ids = [...new Set(children.flatMap((child) => (child.parentId ? [child.id, child.parentId] : [])))];
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: departments.id, parentId: departments.parentId })
    .from(departments)
    .where(or(inArray(departments.id, ids), inArray(departments.parentId, ids)));
  return new Map(rows.map((row) => [row.id, row]));
}
