import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { and, asc, desc, eq, getTableColumns, inArray } from 'drizzle-orm';
import { rowGroupsByKey, rowsByKey } from '@hall/service-kit';
import DataLoader from 'dataloader';
import {
  departmentChanges,
  departments,
  jointDepartments,
  materials,
  matterChanges,
  matters,
  processSteps,
  type CatalogTables,
} from '../db/schema';

/** Every column of a matter but the trigger-maintained search columns, which no resolver needs to carry around. */
const { searchText: _searchText, searchTerms: _searchTerms, ...matterColumnsWithoutSearch } = getTableColumns(matters);
export const matterColumns = matterColumnsWithoutSearch;

export type DepartmentRow = typeof departments.$inferSelect;
export type MatterRow = Omit<typeof matters.$inferSelect, 'searchText' | 'searchTerms'>;
export type MaterialRow = typeof materials.$inferSelect;
export type ProcessStepRow = typeof processSteps.$inferSelect;
export type MatterChangeRow = typeof matterChanges.$inferSelect & { version: number };
export type DepartmentChangeRow = typeof departmentChanges.$inferSelect;

/** One SQL statement per batch, whatever the list size; created fresh for every request. */
export function createLoaders(db: NodePgDatabase<CatalogTables>) {
  const changeColumns = { ...getTableColumns(matterChanges), version: matters.version };
  return {
    departmentById: new DataLoader<string, DepartmentRow | null>(async (ids) =>
      rowsByKey(
        ids,
        await db
          .select()
          .from(departments)
          .where(inArray(departments.id, [...ids])),
        (row) => row.id,
      ),
    ),
    matterById: new DataLoader<string, MatterRow | null>(async (ids) =>
      rowsByKey(
        ids,
        await db
          .select(matterColumns)
          .from(matters)
          .where(inArray(matters.id, [...ids])),
        (row) => row.id,
      ),
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
    stepsByMatter: new DataLoader<string, ProcessStepRow[]>(async (matterIds) =>
      rowGroupsByKey(
        matterIds,
        await db
          .select()
          .from(processSteps)
          .where(inArray(processSteps.matterId, [...matterIds]))
          .orderBy(asc(processSteps.position)),
        (row) => row.matterId,
      ),
    ),
    jointDepartmentIdsByMatter: new DataLoader<string, string[]>(async (matterIds) => {
      const rows = await db
        .select()
        .from(jointDepartments)
        .where(inArray(jointDepartments.matterId, [...matterIds]))
        .orderBy(asc(jointDepartments.position));
      return rowGroupsByKey(matterIds, rows, (row) => row.matterId).map((group) => group.map((row) => row.departmentId));
    }),
    /** The current published version of each code (the guide's version), or null. */
    publishedByCode: new DataLoader<string, MatterRow | null>(async (codes) =>
      rowsByKey(
        codes,
        await db
          .select(matterColumns)
          .from(matters)
          .where(and(inArray(matters.code, [...codes]), eq(matters.status, 'PUBLISHED'))),
        (row) => row.code,
      ),
    ),
    /** Every version of each code, newest first. */
    versionsByCode: new DataLoader<string, MatterRow[]>(async (codes) =>
      rowGroupsByKey(
        codes,
        await db
          .select(matterColumns)
          .from(matters)
          .where(inArray(matters.code, [...codes]))
          .orderBy(desc(matters.version)),
        (row) => row.code,
      ),
    ),
    publishedMattersByDepartment: new DataLoader<string, MatterRow[]>(async (departmentIds) =>
      rowGroupsByKey(
        departmentIds,
        await db
          .select(matterColumns)
          .from(matters)
          .where(and(inArray(matters.departmentId, [...departmentIds]), eq(matters.status, 'PUBLISHED')))
          .orderBy(asc(matters.code)),
        (row) => row.departmentId,
      ),
    ),
    /** The change log of each matter version, oldest first. */
    changesByMatter: new DataLoader<string, MatterChangeRow[]>(async (matterIds) =>
      rowGroupsByKey(
        matterIds,
        await db
          .select(changeColumns)
          .from(matterChanges)
          .innerJoin(matters, eq(matters.id, matterChanges.matterId))
          .where(inArray(matterChanges.matterId, [...matterIds]))
          .orderBy(asc(matterChanges.seq)),
        (row) => row.matterId,
      ),
    ),
    /** The change log of every version of each code, oldest first. */
    changesByCode: new DataLoader<string, Array<MatterChangeRow & { code: string }>>(async (codes) =>
      rowGroupsByKey(
        codes,
        await db
          .select({ ...changeColumns, code: matters.code })
          .from(matterChanges)
          .innerJoin(matters, eq(matters.id, matterChanges.matterId))
          .where(inArray(matters.code, [...codes]))
          .orderBy(asc(matterChanges.seq)),
        (row) => row.code,
      ),
    ),
    changesByDepartment: new DataLoader<string, DepartmentChangeRow[]>(async (departmentIds) =>
      rowGroupsByKey(
        departmentIds,
        await db
          .select()
          .from(departmentChanges)
          .where(inArray(departmentChanges.departmentId, [...departmentIds]))
          .orderBy(asc(departmentChanges.seq)),
        (row) => row.departmentId,
      ),
    ),
    activeBranchesByParent: new DataLoader<string, DepartmentRow[]>(async (parentIds) =>
      rowGroupsByKey(
        parentIds,
        await db
          .select()
          .from(departments)
          .where(and(inArray(departments.parentId, [...parentIds]), eq(departments.active, true)))
          .orderBy(asc(departments.code)),
        (row) => row.parentId ?? '',
      ),
    ),
  };
}

export type CatalogLoaders = ReturnType<typeof createLoaders>;
