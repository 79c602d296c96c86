import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import DataLoader from 'dataloader';
import { countingFindings, effectiveScore } from './queries';
import { inspections, type InspectionsTables } from '../db/schema';

export interface StatsKey {
  /** A department or window id; 'hall' for the whole hall. */
  id: string;
  from: string;
  to: string;
}

export interface InspectionStats {
  inspections: number;
  averageScore: number | null;
  findings: number;
  openRectifications: number;
  overdueRectifications: number;
}

const EMPTY: InspectionStats = { inspections: 0, averageScore: null, findings: 0, openRectifications: 0, overdueRectifications: 0 };

/**
 * Inspection statistics per department, window or hall: submitted inspections whose visit day (hall time zone) is in
 * the period, their average score after amendments, their counting findings and their open/overdue rectifications
 * (overdue: OPEN past its due day). One SQL statement per batch (per distinct period in it), restricted by the
 * asker's visibility conditions.
 */
export function createStatsLoader(
  db: NodePgDatabase<InspectionsTables>,
  scope: 'department' | 'window' | 'hall',
  visible: SQL,
  visibleOrders: SQL,
  today: string,
  timeZone: string,
) {
  return new DataLoader<StatsKey, InspectionStats, string>(
    async (keys) => {
      const periods = new Map<string, StatsKey[]>();
      for (const key of keys) periods.set(`${key.from}|${key.to}`, [...(periods.get(`${key.from}|${key.to}`) ?? []), key]);
      const found = new Map<string, InspectionStats>();
      for (const group of periods.values()) {
        const { from, to } = group[0] as StatsKey;
        const ids = group.map((key) => key.id);
        const keyColumn = scope === 'department' ? inspections.departmentId : scope === 'window' ? inspections.windowId : sql<string>`'hall'`;
        const scoped = scope === 'department' ? inArray(inspections.departmentId, ids) : scope === 'window' ? inArray(inspections.windowId, ids) : undefined;
        const orders = (statuses: SQL) =>
          sql<number>`(SELECT count(*) FROM "inspections"."rectifications" WHERE "rectifications"."inspection_id" = "inspections"."id" AND ${statuses} AND ${visibleOrders})::int`;
        const perInspection = db
          .select({
            key: sql<string>`${keyColumn}`.as('key'),
            score: effectiveScore.as('score'),
            findings: sql<number>`${countingFindings}`.as('findings'),
            open: orders(sql`"rectifications"."status" IN ('OPEN', 'RESPONDED')`).as('open'),
            overdue: orders(sql`"rectifications"."status" = 'OPEN' AND "rectifications"."due_on" < ${today}::date`).as('overdue'),
          })
          .from(inspections)
          .where(
            and(
              eq(inspections.status, 'SUBMITTED'),
              visible,
              scoped,
              sql`(${inspections.visitedAt} AT TIME ZONE ${timeZone})::date BETWEEN ${from}::date AND ${to}::date`,
            ),
          )
          .as('per_inspection');
        const rows = await db
          .select({
            key: perInspection.key,
            inspections: sql<number>`count(*)::int`,
            averageScore: sql<number | null>`round(avg(${perInspection.score})::numeric, 2)::float8`,
            findings: sql<number>`sum(${perInspection.findings})::int`,
            openRectifications: sql<number>`sum(${perInspection.open})::int`,
            overdueRectifications: sql<number>`sum(${perInspection.overdue})::int`,
          })
          .from(perInspection)
          .groupBy(perInspection.key);
        for (const { key, ...stats } of rows) found.set(`${from}|${to}|${key}`, stats);
      }
      return keys.map((key) => found.get(`${key.from}|${key.to}|${key.id}`) ?? EMPTY);
    },
    { cacheKeyFn: (key) => `${key.from}|${key.to}|${key.id}` },
  );
}

export interface WindowInspectionRecord {
  window: { __typename: 'Window'; id: string };
  inspections: number;
  findings: number;
  belowPassThreshold: number;
}

/**
 * Per window, the submitted inspections whose visit day (hall time zone) is in the period: how many, their counting
 * findings and how many scored (after amendments) below the pass threshold. One statement; the manager's view (no
 * visibility condition: the caller checks the role).
 */
export async function windowInspectionRecords(
  db: NodePgDatabase<InspectionsTables>,
  period: { from: string; to: string },
  timeZone: string,
  passThreshold: number,
): Promise<WindowInspectionRecord[]> {
  const perInspection = db
    .select({ windowId: inspections.windowId, score: effectiveScore.as('score'), findings: sql<number>`${countingFindings}`.as('findings') })
    .from(inspections)
    .where(
      and(
        eq(inspections.status, 'SUBMITTED'),
        sql`(${inspections.visitedAt} AT TIME ZONE ${timeZone})::date BETWEEN ${period.from}::date AND ${period.to}::date`,
      ),
    )
    .as('per_inspection');
  const rows = await db
    .select({
      windowId: perInspection.windowId,
      inspections: sql<number>`count(*)::int`,
      findings: sql<number>`coalesce(sum(${perInspection.findings}), 0)::int`,
      belowPassThreshold: sql<number>`count(*) FILTER (WHERE ${perInspection.score} < ${passThreshold})::int`,
    })
    .from(perInspection)
    .groupBy(perInspection.windowId)
    .orderBy(perInspection.windowId);
  return rows.map(({ windowId, ...figures }) => ({ window: { __typename: 'Window' as const, id: windowId }, ...figures }));
}
