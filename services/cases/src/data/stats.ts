import { periodBounds, type Period } from '@hall/service-kit';
import { sql, type SQL } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { aliasColumns, passedWhileClockRan } from './clock';
import type { CasesTables } from '../db/schema';

/** A rate as a fraction in [0, 1]; null when the denominator is zero (CONTRACT.md). */
export function rate(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/** The counts one SQL statement gathers per department (see `caseCounts`). */
export interface CaseCounts {
  accepted: number;
  acceptedCompleted: number;
  completed: number;
  completedOnTime: number;
  instantCount: number;
  withinOneVisit: number;
  withinTwoVisits: number;
  withinThreeVisits: number;
  preWarnings: number;
  yellowCards: number;
  redCards: number;
}

export interface CaseStats {
  accepted: number;
  completed: number;
  completionRate: number | null;
  completedOnTime: number;
  onTimeRate: number | null;
  instantCount: number;
  oneVisitRate: number | null;
  twoVisitRate: number | null;
  threeVisitRate: number | null;
  preWarnings: number;
  yellowCards: number;
  redCards: number;
}

/**
 * The case KPIs, defined once (which date puts a case in the period, in the hall's time zone):
 * - accepted: acceptance in the period; completionRate = of those, completed by the end of the period / accepted;
 * - completed: completion in the period; completedOnTime: of those, completed by the committed deadline (instant
 *   cases are on time); onTimeRate = completedOnTime / completed; instantCount: instant cases completed in the period;
 * - one/two/threeVisitRate: of the cases completed in the period, the share with at most 1, 2, 3 trips to the hall
 *   (online cases with no trip count as one-visit);
 * - preWarnings / yellowCards / redCards: cases whose pre-warning point / committed deadline / supervision deadline
 *   fell in the period and passed while the clock ran (before completion, before a pause, not after a withdrawal).
 */
/** What `CaseStats`' field resolvers receive: the figures and what they are about (the episodes are read on demand). */
export type CaseStatsModel = CaseStats & { scope: { departmentId: string | null; period: Period } };

export function caseStatsOf(counts: CaseCounts): CaseStats {
  return {
    accepted: counts.accepted,
    completed: counts.completed,
    completionRate: rate(counts.acceptedCompleted, counts.accepted),
    completedOnTime: counts.completedOnTime,
    onTimeRate: rate(counts.completedOnTime, counts.completed),
    instantCount: counts.instantCount,
    oneVisitRate: rate(counts.withinOneVisit, counts.completed),
    twoVisitRate: rate(counts.withinTwoVisits, counts.completed),
    threeVisitRate: rate(counts.withinThreeVisits, counts.completed),
    preWarnings: counts.preWarnings,
    yellowCards: counts.yellowCards,
    redCards: counts.redCards,
  };
}

export const EMPTY_CASE_COUNTS: CaseCounts = {
  accepted: 0,
  acceptedCompleted: 0,
  completed: 0,
  completedOnTime: 0,
  instantCount: 0,
  withinOneVisit: 0,
  withinTwoVisits: 0,
  withinThreeVisits: 0,
  preWarnings: 0,
  yellowCards: 0,
  redCards: 0,
};

export interface EvaluationStats {
  total: number;
  byLevel: Array<{ level: number; count: number }>;
  satisfactionRate: number | null;
  goodRate: number | null;
  badRate: number | null;
  evaluationRate: number | null;
}

/**
 * Evaluations made in the period: satisfactionRate = levels 4–5 / total, goodRate = levels 3–5 / total, badRate =
 * levels 1–2 / total; evaluationRate (评议率) = of the cases completed in the period, the share evaluated.
 */
export function evaluationStatsOf(levels: ReadonlyMap<number, number>, completed: number, completedEvaluated: number): EvaluationStats {
  const count = (level: number) => levels.get(level) ?? 0;
  const total = [1, 2, 3, 4, 5].reduce((sum, level) => sum + count(level), 0);
  return {
    total,
    byLevel: [5, 4, 3, 2, 1].map((level) => ({ level, count: count(level) })),
    satisfactionRate: rate(count(4) + count(5), total),
    goodRate: rate(count(3) + count(4) + count(5), total),
    badRate: rate(count(1) + count(2), total),
    evaluationRate: rate(completedEvaluated, completed),
  };
}

/** `null` in `departmentIds` means the whole hall. One statement for every department of the batch. */
export async function caseCounts(
  db: NodePgDatabase<CasesTables>,
  departmentIds: readonly string[] | null,
  period: Period,
  timeZone: string,
  now: Date,
): Promise<Map<string | null, CaseCounts>> {
  const { start, end } = periodBounds(period, timeZone);
  const s = start.toISOString();
  const e = end.toISOString();
  const inPeriod = (column: SQL) => sql`(${column} >= ${s}::timestamptz AND ${column} < ${e}::timestamptz)`;
  const passedWhileRunning = (column: SQL) => sql`(${inPeriod(column)} AND ${passedWhileClockRan(column, now, aliasColumns('c'))})`;
  const completed = inPeriod(sql`c.completed_at`);
  const groupKey = departmentIds === null ? sql`NULL::uuid` : sql`c.department_id`;
  const where = departmentIds === null ? sql`TRUE` : sql`c.department_id = ANY(${`{${departmentIds.join(',')}}`}::uuid[])`;
  const result = await db.execute<Record<string, string | number | null>>(sql`
    SELECT ${groupKey} AS department_id,
      count(*) FILTER (WHERE ${inPeriod(sql`c.accepted_at`)})::int AS accepted,
      count(*) FILTER (WHERE ${inPeriod(sql`c.accepted_at`)} AND c.completed_at < ${e}::timestamptz)::int AS accepted_completed,
      count(*) FILTER (WHERE ${completed})::int AS completed,
      count(*) FILTER (WHERE ${completed} AND (c.instant OR c.due_at IS NULL OR c.completed_at <= c.due_at))::int AS on_time,
      count(*) FILTER (WHERE ${completed} AND c.instant)::int AS instant,
      count(*) FILTER (WHERE ${completed} AND c.visits <= 1)::int AS v1,
      count(*) FILTER (WHERE ${completed} AND c.visits <= 2)::int AS v2,
      count(*) FILTER (WHERE ${completed} AND c.visits <= 3)::int AS v3,
      count(*) FILTER (WHERE ${passedWhileRunning(sql`c.pre_warning_at`)})::int AS pre,
      count(*) FILTER (WHERE ${passedWhileRunning(sql`c.due_at`)})::int AS yellow,
      count(*) FILTER (WHERE ${passedWhileRunning(sql`c.supervision_due_at`)})::int AS red
    FROM cases.cases c
    WHERE ${where}
      -- Every figure needs one of these moments in the period: only those rows are read (one index range each).
      AND (${inPeriod(sql`c.accepted_at`)} OR ${completed} OR ${inPeriod(sql`c.pre_warning_at`)} OR ${inPeriod(sql`c.due_at`)}
        OR ${inPeriod(sql`c.supervision_due_at`)})
    GROUP BY 1`);
  const counts = new Map<string | null, CaseCounts>();
  for (const row of result.rows) {
    counts.set((row.department_id as string | null) ?? null, {
      accepted: Number(row.accepted),
      acceptedCompleted: Number(row.accepted_completed),
      completed: Number(row.completed),
      completedOnTime: Number(row.on_time),
      instantCount: Number(row.instant),
      withinOneVisit: Number(row.v1),
      withinTwoVisits: Number(row.v2),
      withinThreeVisits: Number(row.v3),
      preWarnings: Number(row.pre),
      yellowCards: Number(row.yellow),
      redCards: Number(row.red),
    });
  }
  return counts;
}

export interface EvaluationCounts {
  levels: Map<number, number>;
  completed: number;
  completedEvaluated: number;
}

/** Evaluations by level and completed / evaluated cases, per department (or the hall), in one statement. */
export async function evaluationCounts(
  db: NodePgDatabase<CasesTables>,
  departmentIds: readonly string[] | null,
  period: Period,
  timeZone: string,
): Promise<Map<string | null, EvaluationCounts>> {
  const { start, end } = periodBounds(period, timeZone);
  const s = start.toISOString();
  const e = end.toISOString();
  const hall = departmentIds === null;
  const ids = `{${(departmentIds ?? []).join(',')}}`;
  const result = await db.execute<{ department_id: string | null; level: number | null; n: number; evaluated: number }>(sql`
    SELECT ${hall ? sql`NULL::uuid` : sql`v.department_id`} AS department_id, v.level, count(*)::int AS n, 0 AS evaluated
      FROM cases.evaluations v
      WHERE v.evaluated_at >= ${s}::timestamptz AND v.evaluated_at < ${e}::timestamptz
        AND ${hall ? sql`TRUE` : sql`v.department_id = ANY(${ids}::uuid[])`}
      GROUP BY 1, 2
    UNION ALL
    SELECT ${hall ? sql`NULL::uuid` : sql`c.department_id`}, NULL, count(*)::int, count(v.id)::int
      -- A case is evaluated after it is completed, so its evaluation is no older than the period: bounding the join
      -- lets PostgreSQL read the period's evaluations instead of all of them.
      FROM cases.cases c LEFT JOIN cases.evaluations v ON v.case_id = c.id AND v.evaluated_at >= ${s}::timestamptz
      WHERE c.completed_at >= ${s}::timestamptz AND c.completed_at < ${e}::timestamptz
        AND ${hall ? sql`TRUE` : sql`c.department_id = ANY(${ids}::uuid[])`}
      GROUP BY 1`);
  const counts = new Map<string | null, EvaluationCounts>();
  for (const row of result.rows) {
    const key = row.department_id ?? null;
    let entry = counts.get(key);
    if (!entry) counts.set(key, (entry = { levels: new Map(), completed: 0, completedEvaluated: 0 }));
    if (row.level === null) {
      entry.completed = Number(row.n);
      entry.completedEvaluated = Number(row.evaluated);
    } else entry.levels.set(Number(row.level), Number(row.n));
  }
  return counts;
}
