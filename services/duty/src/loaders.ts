import { rowGroupsByKey, rowsByKey } from '@hall/service-kit';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import DataLoader from 'dataloader';
import { staff, windowDepartments, windows, type DutyTables } from './db/schema';

export type StaffRow = typeof staff.$inferSelect;
export type WindowRow = typeof windows.$inferSelect;

/** One SQL statement per batch, whatever the list size; created fresh for every request. */
export function createLoaders(db: NodePgDatabase<DutyTables>) {
  return {
    staffById: new DataLoader<string, StaffRow | null>(async (ids) =>
      rowsByKey(ids, await db.select().from(staff).where(inArray(staff.id, [...ids])), (row) => row.id),
    ),
    windowById: new DataLoader<string, WindowRow | null>(async (ids) =>
      rowsByKey(ids, await db.select().from(windows).where(inArray(windows.id, [...ids])), (row) => row.id),
    ),
    staffByDepartment: new DataLoader<string, StaffRow[]>(async (departmentIds) =>
      rowGroupsByKey(
        departmentIds,
        await db
          .select()
          .from(staff)
          .where(and(inArray(staff.departmentId, [...departmentIds]), eq(staff.active, true)))
          .orderBy(asc(staff.employeeNo)),
        (row) => row.departmentId,
      ),
    ),
    windowsByDepartment: new DataLoader<string, WindowRow[]>(async (departmentIds) => {
      const rows = await db
        .select({ departmentId: windowDepartments.departmentId, window: windows })
        .from(windowDepartments)
        .innerJoin(windows, eq(windows.id, windowDepartments.windowId))
        .where(and(inArray(windowDepartments.departmentId, [...departmentIds]), eq(windows.active, true)))
        .orderBy(asc(windows.number));
      return rowGroupsByKey(departmentIds, rows, (row) => row.departmentId).map((group) => group.map((row) => row.window));
    }),
    departmentIdsByWindow: new DataLoader<string, string[]>(async (windowIds) => {
      const rows = await db.select().from(windowDepartments).where(inArray(windowDepartments.windowId, [...windowIds]));
      return rowGroupsByKey(windowIds, rows, (row) => row.windowId).map((group) => group.map((row) => row.departmentId));
    }),
  };
}

export type DutyLoaders = ReturnType<typeof createLoaders>;
