import { rowGroupsByKey, rowsByKey, type Period } from '@hall/service-kit';
import DataLoader from 'dataloader';
import { asc, count, inArray } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { caseEvents, cases, caseVisits, escalations, evaluationActions, evaluations, type CasesTables, type complaints, type recognitions } from '../db/schema';
import { episodeCounts, type EpisodeCounts } from './episodes';
import { caseCounts, caseStatsOf, EMPTY_CASE_COUNTS, evaluationCounts, evaluationStatsOf, type CaseStatsModel, type EvaluationStats } from './stats';

export type CaseRow = typeof cases.$inferSelect;
export type CaseEventRow = typeof caseEvents.$inferSelect;
export type VisitRow = typeof caseVisits.$inferSelect;
export type EvaluationRow = typeof evaluations.$inferSelect;
export type EvaluationActionRow = typeof evaluationActions.$inferSelect;
export type EscalationRow = typeof escalations.$inferSelect;
export type ComplaintRow = typeof complaints.$inferSelect;
export type RecognitionRow = typeof recognitions.$inferSelect;

/** An entity another subgraph owns (or shares), as this one hands it over: its key. */
export interface MatterReference {
  __typename?: 'Matter';
  id: string;
}
export interface DepartmentReference {
  __typename?: 'Department';
  id: string;
}

/** A department and a period, as one DataLoader key. */
export interface DepartmentPeriod {
  departmentId: string;
  period: Period;
}

const periodKey = (period: Period) => `${period.from}/${period.to}`;

/** The department (or the hall: null) and the period a CaseStats answer is about. */
export interface StatsScope {
  departmentId: string | null;
  period: Period;
}
const scopeKey = (scope: StatsScope) => `${scope.departmentId ?? 'hall'}|${periodKey(scope.period)}`;

/** Groups a batch by period, so a dashboard asking one period for every department costs one statement. */
async function byPeriod<T>(
  keys: readonly DepartmentPeriod[],
  load: (departmentIds: string[], period: Period) => Promise<Map<string | null, T>>,
  empty: () => T,
): Promise<T[]> {
  const groups = new Map<string, { period: Period; ids: string[] }>();
  for (const key of keys) {
    const group = groups.get(periodKey(key.period)) ?? { period: key.period, ids: [] };
    group.ids.push(key.departmentId);
    groups.set(periodKey(key.period), group);
  }
  const results = new Map<string, Map<string | null, T>>();
  for (const [name, group] of groups) results.set(name, await load([...new Set(group.ids)], group.period));
  return keys.map((key) => results.get(periodKey(key.period))?.get(key.departmentId) ?? empty());
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id PostgreSQL's uuid type accepts: anything else is refused before it reaches (and fails) a whole batch's statement. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** One SQL statement per batch, whatever the list size; created fresh for every request. */
export function createLoaders(db: NodePgDatabase<CasesTables>, timeZone: string, now: Date, episodeDays: number) {
  return {
    caseById: new DataLoader<string, CaseRow | null>(async (ids) =>
      rowsByKey(ids, await db.select().from(cases).where(inArray(cases.id, ids.filter(isUuid))), (row) => row.id),
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
    visitsByCase: new DataLoader<string, VisitRow[]>(async (caseIds) =>
      rowGroupsByKey(
        caseIds,
        await db
          .select()
          .from(caseVisits)
          .where(inArray(caseVisits.caseId, [...caseIds]))
          .orderBy(asc(caseVisits.id)),
        (row) => row.caseId,
      ),
    ),
    evaluationByCase: new DataLoader<string, EvaluationRow | null>(async (caseIds) =>
      rowsByKey(caseIds, await db.select().from(evaluations).where(inArray(evaluations.caseId, [...caseIds])), (row) => row.caseId),
    ),
    actionsByEvaluation: new DataLoader<string, EvaluationActionRow[]>(async (ids) =>
      rowGroupsByKey(
        ids,
        await db
          .select()
          .from(evaluationActions)
          .where(inArray(evaluationActions.evaluationId, [...ids]))
          .orderBy(asc(evaluationActions.id)),
        (row) => row.evaluationId,
      ),
    ),
    escalationsByCase: new DataLoader<string, EscalationRow[]>(async (caseIds) =>
      rowGroupsByKey(
        caseIds,
        await db
          .select()
          .from(escalations)
          .where(inArray(escalations.caseId, [...caseIds]))
          .orderBy(asc(escalations.raisedAt)),
        (row) => row.caseId,
      ),
    ),
    caseCountByMatter: new DataLoader<string, number>(async (matterIds) => {
      const rows = await db
        .select({ matterId: cases.matterId, total: count() })
        .from(cases)
        .where(inArray(cases.matterId, matterIds.filter(isUuid)))
        .groupBy(cases.matterId);
      const totals = new Map(rows.map((row) => [row.matterId, row.total]));
      return matterIds.map((id) => totals.get(id) ?? 0);
    }),
    caseStatsByDepartment: new DataLoader<DepartmentPeriod, CaseStatsModel, string>(
      async (keys) =>
        (await byPeriod(keys, (ids, period) => caseCounts(db, ids, period, timeZone, now), () => EMPTY_CASE_COUNTS)).map((counts, index) => ({
          ...caseStatsOf(counts),
          scope: { departmentId: keys[index]?.departmentId ?? null, period: keys[index]?.period ?? { from: '', to: '' } },
        })),
      { cacheKeyFn: (key) => `${key.departmentId}|${periodKey(key.period)}` },
    ),
    /** Episodes (data/episodes.ts) of departments or of the hall (departmentId null), one statement per period. */
    episodesByScope: new DataLoader<StatsScope, EpisodeCounts, string>(
      async (keys) => {
        const hall = keys.filter((key) => key.departmentId === null);
        const departments = keys.filter((key): key is DepartmentPeriod => key.departmentId !== null);
        const empty = () => ({ completed: 0, withinOneVisit: 0 });
        const byDepartment = await byPeriod(departments, (ids, period) => episodeCounts(db, ids, period, timeZone, episodeDays), empty);
        const found = new Map(departments.map((key, index) => [scopeKey(key), byDepartment[index] ?? empty()]));
        for (const key of hall) found.set(scopeKey(key), (await episodeCounts(db, null, key.period, timeZone, episodeDays)).get(null) ?? empty());
        return keys.map((key) => found.get(scopeKey(key)) ?? empty());
      },
      { cacheKeyFn: scopeKey },
    ),
    evaluationStatsByDepartment: new DataLoader<DepartmentPeriod, EvaluationStats, string>(
      async (keys) =>
        (
          await byPeriod(
            keys,
            (ids, period) => evaluationCounts(db, ids, period, timeZone),
            () => ({ levels: new Map<number, number>(), completed: 0, completedEvaluated: 0 }),
          )
        ).map((counts) => evaluationStatsOf(counts.levels, counts.completed, counts.completedEvaluated)),
      { cacheKeyFn: (key) => `${key.departmentId}|${periodKey(key.period)}` },
    ),
  };
}

export type CasesLoaders = ReturnType<typeof createLoaders>;
