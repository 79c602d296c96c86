import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { rowGroupsByKey, rowsByKey } from '@hall/service-kit';
import DataLoader from 'dataloader';
import { departments, materials, matters, type CatalogTables } from './db/schema';

export type DepartmentRow = typeof departments.$inferSelect;
export type MatterRow = typeof matters.$inferSelect;
export type MaterialRow = typeof materials.$inferSelect;

/** One SQL statement per batch, whatever the list size; created fresh for every request. */
export function createLoaders(db: NodePgDatabase<CatalogTables>) {
  return {
    departmentById: new DataLoader<string, DepartmentRow | null>(async (ids) =>
      rowsByKey(ids, await db.select().from(departments).where(inArray(departments.id, [...ids])), (row) => row.id),
    ),
    matterById: new DataLoader<string, MatterRow | null>(async (ids) =>
      rowsByKey(ids, await db.select().from(matters).where(inArray(matters.id, [...ids])), (row) => row.id),
    ),
    materialsByMatter: new DataLoader<string, MaterialRow[]>(async (matterIds) =>
      rowGroupsByKey(
        matterIds,
        await db
          .select()
          .from(materials)
          .where(inArray(materials.matterId, [...matterIds]))
          .orderBy(asc(materials.position)),
        (row) => row.matterId,
      ),
    ),
    publishedMattersByDepartment: new DataLoader<string, MatterRow[]>(async (departmentIds) =>
      rowGroupsByKey(
        departmentIds,
        await db
          .select()
          .from(matters)
          .where(and(inArray(matters.departmentId, [...departmentIds]), eq(matters.status, 'PUBLISHED')))
          .orderBy(asc(matters.code)),
        (row) => row.departmentId,
      ),
    ),
  };
}

export type CatalogLoaders = ReturnType<typeof createLoaders>;
