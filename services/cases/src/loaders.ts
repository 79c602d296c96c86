import { rowGroupsByKey, rowsByKey } from '@hall/service-kit';
import { asc, count, inArray } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import DataLoader from 'dataloader';
import { caseEvents, cases, type CasesTables } from './db/schema';

export type CaseRow = typeof cases.$inferSelect;
export type CaseEventRow = typeof caseEvents.$inferSelect;

/** One SQL statement per batch, whatever the list size; created fresh for every request. */
export function createLoaders(db: NodePgDatabase<CasesTables>) {
  return {
    caseById: new DataLoader<string, CaseRow | null>(async (ids) =>
      rowsByKey(ids, await db.select().from(cases).where(inArray(cases.id, [...ids])), (row) => row.id),
    ),
    eventsByCase: new DataLoader<string, CaseEventRow[]>(async (caseIds) =>
      rowGroupsByKey(
        caseIds,
        await db
          .select()
          .from(caseEvents)
          .where(inArray(caseEvents.caseId, [...caseIds]))
          .orderBy(asc(caseEvents.id)),
        (row) => row.caseId,
      ),
    ),
    caseCountByMatter: new DataLoader<string, number>(async (matterIds) => {
      const rows = await db
        .select({ matterId: cases.matterId, total: count() })
        .from(cases)
        .where(inArray(cases.matterId, [...matterIds]))
        .groupBy(cases.matterId);
      const totals = new Map(rows.map((row) => [row.matterId, row.total]));
      return matterIds.map((id) => totals.get(id) ?? 0);
    }),
  };
}

export type CasesLoaders = ReturnType<typeof createLoaders>;
