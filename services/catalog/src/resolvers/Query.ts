import { forbidden, parseInput } from '@hall/service-kit';
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { CatalogContext } from '../context';
import { departments, materials, matters } from '../db/schema';
import { firstSchema, matterFilterSchema, uuidArg } from '../inputs';
import type { DepartmentRow, MatterRow } from '../loaders';
import { canSeeMatter } from '../rules';

/** `%`, `_` and `\` are literal in a citizen's search text. */
function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

export const Query = {
  async departments(_: unknown, __: unknown, { database }: CatalogContext): Promise<DepartmentRow[]> {
    return database.db.select().from(departments).where(eq(departments.active, true)).orderBy(asc(departments.code));
  },

  async department(_: unknown, args: { id: string }, { loaders }: CatalogContext): Promise<DepartmentRow | null> {
    const id = parseInput(uuidArg, args.id);
    return loaders.departmentById.load(id);
  },

  async matters(_: unknown, args: { filter?: unknown; first?: number }, { database, identity }: CatalogContext): Promise<MatterRow[]> {
    const filter = parseInput(matterFilterSchema, args.filter) ?? {};
    const first = parseInput(firstSchema, args.first ?? 50);
    const status = filter.status ?? 'PUBLISHED';
    const conditions: SQL[] = [eq(matters.status, status)];

    if (status !== 'PUBLISHED') {
      // Drafts and withdrawn versions are listed only to those who edit them.
      if (identity.role === 'dept_admin' && identity.departmentId) {
        if (filter.departmentId && filter.departmentId !== identity.departmentId) throw forbidden();
        conditions.push(eq(matters.departmentId, identity.departmentId));
      } else if (identity.role !== 'manager') {
        throw forbidden('only published matters are listed for your role');
      }
    }
    if (filter.departmentId) conditions.push(eq(matters.departmentId, filter.departmentId));
    if (filter.kind) conditions.push(eq(matters.kind, filter.kind));
    if (filter.category) conditions.push(eq(matters.category, filter.category));
    if (filter.search) {
      const pattern = likePattern(filter.search);
      conditions.push(sql`(
        ${matters.name} ILIKE ${pattern}
        OR ${matters.code} ILIKE ${pattern}
        OR array_to_string(${matters.keywords}, ' ') ILIKE ${pattern}
        OR EXISTS (SELECT 1 FROM ${materials} WHERE ${materials.matterId} = ${matters.id} AND ${materials.name} ILIKE ${pattern})
      )`);
    }
    return database.db
      .select()
      .from(matters)
      .where(and(...conditions))
      .orderBy(asc(matters.code), asc(matters.version))
      .limit(first);
  },

  async matter(_: unknown, args: { id: string }, { loaders, identity }: CatalogContext): Promise<MatterRow | null> {
    const id = parseInput(uuidArg, args.id);
    const matter = await loaders.matterById.load(id);
    return matter && canSeeMatter(identity, matter) ? matter : null;
  },
};
