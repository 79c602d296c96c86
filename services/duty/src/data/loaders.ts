import { rowGroupsByKey, rowsByKey, type Period } from '@hall/service-kit';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import DataLoader from 'dataloader';
import type { DutyContext } from '../context';
import { staff, swapRequests, windowDepartments, windows } from '../db/schema';
import { selectShifts, type ShiftView } from './shifts';
import { dutyStatsBy, EMPTY_DUTY_STATS, emptyQueueStats, queueStatsBy, type DutyStats, type QueueStats } from './stats';

export type StaffRow = typeof staff.$inferSelect;
export type WindowRow = typeof windows.$inferSelect;
export type SwapRequestRow = typeof swapRequests.$inferSelect;
/** A catalog department as duty knows it: by its key only. */
export interface DepartmentReference {
  __typename: 'Department';
  id: string;
}

export interface PeriodKey {
  id: string;
  period: Period;
}

const periodKey = (period: Period) => `${period.from}|${period.to}`;

/**
 * A loader for values asked per (id, period): one statement per distinct period in a batch (a query asks for one period,
 * so one statement per batch), whatever the number of ids.
 */
function periodLoader<V>(fetch: (ids: string[], period: Period) => Promise<Map<string, V>>, fallback: () => V | Promise<V>) {
  return new DataLoader<PeriodKey, V, string>(
    async (keys) => {
      const byPeriod = new Map<string, { period: Period; ids: Set<string> }>();
      for (const key of keys) {
        const group = byPeriod.get(periodKey(key.period)) ?? { period: key.period, ids: new Set<string>() };
        group.ids.add(key.id);
        byPeriod.set(periodKey(key.period), group);
      }
      const results = new Map<string, Map<string, V>>();
      await Promise.all([...byPeriod].map(async ([name, group]) => results.set(name, await fetch([...group.ids], group.period))));
      return Promise.all(keys.map(async (key) => results.get(periodKey(key.period))?.get(key.id) ?? (await fallback())));
    },
    { cacheKeyFn: (key) => `${key.id}|${periodKey(key.period)}` },
  );
}

/** One SQL statement per batch, whatever the list size; created fresh for every request. */
export function createLoaders(context: Pick<DutyContext, 'database' | 'now' | 'timeZone' | 'settings'>) {
  const { db } = context.database;
  const { now, timeZone } = context;
  return {
    staffById: new DataLoader<string, StaffRow | null>(async (ids) =>
      rowsByKey(
        ids,
        await db
          .select()
          .from(staff)
          .where(inArray(staff.id, [...ids])),
        (row) => row.id,
      ),
    ),
    windowById: new DataLoader<string, WindowRow | null>(async (ids) =>
      rowsByKey(
        ids,
        await db
          .select()
          .from(windows)
          .where(inArray(windows.id, [...ids])),
        (row) => row.id,
      ),
    ),
    swapRequestById: new DataLoader<string, SwapRequestRow | null>(async (ids) =>
      rowsByKey(
        ids,
        await db
          .select()
          .from(swapRequests)
          .where(inArray(swapRequests.id, [...ids])),
        (row) => row.id,
      ),
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
    /** Active and inactive staff: active first, then by employee number. */
    allStaffByDepartment: new DataLoader<string, StaffRow[]>(async (departmentIds) =>
      rowGroupsByKey(
        departmentIds,
        await db
          .select()
          .from(staff)
          .where(inArray(staff.departmentId, [...departmentIds]))
          .orderBy(sql`${staff.active} DESC`, asc(staff.employeeNo)),
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
      const rows = await db
        .select()
        .from(windowDepartments)
        .where(inArray(windowDepartments.windowId, [...windowIds]));
      return rowGroupsByKey(windowIds, rows, (row) => row.windowId).map((group) => group.map((row) => row.departmentId));
    }),
    shiftsByStaff: periodLoader<ShiftView[]>(
      async (ids, period) => {
        const rows = await selectShifts(
          db,
          timeZone,
          sql`s.staff_id = ANY(ARRAY[${sql.join(
            ids.map((id) => sql`${id}`),
            sql`, `,
          )}]::uuid[]) AND s.date BETWEEN ${period.from}::date AND ${period.to}::date`,
          sql`s.staff_id`,
        );
        const groups = new Map<string, ShiftView[]>();
        for (const { key, ...shift } of rows) groups.set(key ?? '', [...(groups.get(key ?? '') ?? []), shift]);
        return groups;
      },
      () => [],
    ),
    dutyStatsByDepartment: periodLoader<DutyStats>(
      (ids, period) => dutyStatsBy(db, { group: 'department', ids, period, now, timeZone }),
      () => EMPTY_DUTY_STATS,
    ),
    dutyStatsByStaff: periodLoader<DutyStats>(
      (ids, period) => dutyStatsBy(db, { group: 'staff', ids, period, now, timeZone }),
      () => EMPTY_DUTY_STATS,
    ),
    queueStatsByWindow: periodLoader<QueueStats>(
      async (ids, period) =>
        queueStatsBy(db, { group: 'window', ids, period, serviceLevelMinutes: (await context.settings()).queueServiceLevelMinutes }),
      async () => emptyQueueStats((await context.settings()).queueServiceLevelMinutes),
    ),
    queueStatsByStaff: periodLoader<QueueStats>(
      async (ids, period) =>
        queueStatsBy(db, { group: 'staff', ids, period, serviceLevelMinutes: (await context.settings()).queueServiceLevelMinutes }),
      async () => emptyQueueStats((await context.settings()).queueServiceLevelMinutes),
    ),
  };
}

export type DutyLoaders = ReturnType<typeof createLoaders>;
