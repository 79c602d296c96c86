/**
 * The honest one-visit rate (PRODUCT.md, "Beyond" 3): one applicant's cases for one matter (the matter's code, across
 * its versions and the departments that handle it), each submitted within `episodeDays` of the one before, make one
 * episode — withdrawn and resubmitted, referred and re-registered, refused and reapplied. The episode's trips are the
 * trips of all its cases. An episode counts in the period its case completed in (the last one, when several did), for the
 * department that completed it. The applicant is known by the keyed hash of the ID number (domain/applicant-key.ts);
 * a case not keyed yet is an episode of its own.
 */
import { periodBounds, type Period } from '@hall/service-kit';
import { sql, type SQL } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { CasesTables } from '../db/schema';

export interface EpisodeCounts {
  /** Episodes completed in the period. */
  completed: number;
  /** Of those, the ones done within at most one trip, all its cases counted. */
  withinOneVisit: number;
}

export interface EpisodeRow {
  /** The episode's cases, in the order they were submitted. */
  caseIds: string[];
  departmentIds: string[];
  trips: number;
  /** Trips of the case that completed it, as the per-case rate counts them. */
  completingTrips: number;
}

const matterOf = (alias: string) => sql.raw(`coalesce(${alias}.matter_snapshot->>'code', ${alias}.matter_id::text)`);

/** Every episode with a case completed in the period, with its department (the completing case's) and trips. */
function episodesOf(period: Period, timeZone: string, episodeDays: number, departmentIds: readonly string[] | null): SQL {
  const { start, end } = periodBounds(period, timeZone);
  const s = start.toISOString();
  const e = end.toISOString();
  const completedIn = (alias: string) => sql.raw(`(${alias}.completed_at >= '${s}'::timestamptz AND ${alias}.completed_at < '${e}'::timestamptz)`);
  const scope = departmentIds === null ? sql`TRUE` : sql`department_id = ANY(${`{${departmentIds.join(',')}}`}::uuid[])`;
  return sql`
    WITH completing AS (
      SELECT DISTINCT c.applicant_key, ${matterOf('c')} AS matter FROM cases.cases c
       WHERE ${completedIn('c')} AND c.applicant_key IS NOT NULL
    ),
    chain AS (
      SELECT c.id, c.department_id, c.applicant_key, m.matter, c.submitted_at, c.completed_at, c.visits,
        CASE WHEN lag(c.submitted_at) OVER w IS NULL OR c.submitted_at - lag(c.submitted_at) OVER w > make_interval(days => ${episodeDays}::int)
          THEN 1 ELSE 0 END AS opens
        FROM cases.cases c JOIN completing m ON m.applicant_key = c.applicant_key AND m.matter = ${matterOf('c')}
       WHERE c.submitted_at < ${e}::timestamptz
      WINDOW w AS (PARTITION BY c.applicant_key, m.matter ORDER BY c.submitted_at, c.id)
    ),
    numbered AS (
      SELECT chain.*, sum(opens) OVER (PARTITION BY applicant_key, matter ORDER BY submitted_at, id) AS episode FROM chain
    ),
    keyed AS (
      SELECT (array_agg(n.department_id ORDER BY n.completed_at DESC, n.id) FILTER (WHERE ${completedIn('n')}))[1] AS department_id,
        sum(n.visits)::int AS trips,
        (array_agg(n.visits ORDER BY n.completed_at DESC, n.id) FILTER (WHERE ${completedIn('n')}))[1] AS completing_trips,
        array_agg(n.id ORDER BY n.submitted_at, n.id) AS case_ids,
        array_agg(DISTINCT n.department_id) AS department_ids
        FROM numbered n GROUP BY n.applicant_key, n.matter, n.episode
      HAVING count(*) FILTER (WHERE ${completedIn('n')}) > 0
    ),
    episodes AS (
      SELECT * FROM keyed
      UNION ALL
      SELECT c.department_id, c.visits, c.visits, ARRAY[c.id], ARRAY[c.department_id] FROM cases.cases c
       WHERE ${completedIn('c')} AND c.applicant_key IS NULL
    )
    SELECT * FROM episodes WHERE ${scope}`;
}

/** Completed episodes and those within one trip, per department (or the hall: `null`), in one statement. */
export async function episodeCounts(
  db: NodePgDatabase<CasesTables>,
  departmentIds: readonly string[] | null,
  period: Period,
  timeZone: string,
  episodeDays: number,
): Promise<Map<string | null, EpisodeCounts>> {
  const group = departmentIds === null ? sql`NULL::uuid` : sql`department_id`;
  const result = await db.execute<{ department_id: string | null; completed: number; within: number }>(sql`
    SELECT ${group} AS department_id, count(*)::int AS completed, count(*) FILTER (WHERE trips <= 1)::int AS within
      FROM (${episodesOf(period, timeZone, episodeDays, departmentIds)}) e GROUP BY 1`);
  return new Map(result.rows.map((row) => [row.department_id ?? null, { completed: Number(row.completed), withinOneVisit: Number(row.within) }]));
}

/**
 * The episodes that make the difference: their completing case counts as done in one trip, the whole episode took
 * more. Most trips first.
 */
export async function episodesBeyondOneVisit(
  db: NodePgDatabase<CasesTables>,
  period: Period,
  timeZone: string,
  episodeDays: number,
  departmentId: string | null,
): Promise<EpisodeRow[]> {
  const result = await db.execute<{ case_ids: string[]; department_ids: string[]; trips: number; completing_trips: number }>(sql`
    SELECT case_ids, department_ids, trips, completing_trips FROM (${episodesOf(period, timeZone, episodeDays, departmentId ? [departmentId] : null)}) e
     WHERE completing_trips <= 1 AND trips > 1 ORDER BY trips DESC, case_ids[1]`);
  return result.rows.map((row) => ({ caseIds: row.case_ids, departmentIds: row.department_ids, trips: Number(row.trips), completingTrips: Number(row.completing_trips) }));
}
