import { periodBounds, type Period } from '@hall/service-kit';
import { sql, type SQL } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { badReviewTag, type CasesTables } from '../db/schema';
import type { BadReviewTag } from '../domain/badReviews';
import { rate } from './stats';

type Db = NodePgDatabase<CasesTables>;

function bounds(period: Period, timeZone: string): { start: string; end: string } {
  const { start, end } = periodBounds(period, timeZone);
  return { start: start.toISOString(), end: end.toISOString() };
}

const inDepartment = (column: SQL, departmentId: string | null): SQL =>
  departmentId === null ? sql`TRUE` : sql`${column} = ${departmentId}::uuid`;

export interface BadReviewStats {
  reviews: number;
  rectified: number;
  rectifiedOnTime: number;
  onTimeRate: number | null;
  callbacksDue: number;
  callbacksDone: number;
  callbackRate: number | null;
  appeals: number;
  appealsUpheld: number;
  byTag: Array<{ tag: BadReviewTag; count: number }>;
}

/** The 差评 desk's KPIs over the bad reviews given in the period (schema.graphql BadReviewStats), in one statement. */
export async function badReviewStats(db: Db, period: Period, departmentId: string | null, timeZone: string): Promise<BadReviewStats> {
  const { start, end } = bounds(period, timeZone);
  const { rows } = await db.execute<{
    reviews: number;
    rectified: number;
    on_time: number;
    callbacks_due: number;
    callbacks_done: number;
    appeals: number;
    upheld: number;
    tags: Record<string, number> | null;
  }>(sql`
    WITH reviewed AS (
      SELECT v.* FROM cases.evaluations v
       WHERE v.rectification_status IS NOT NULL AND v.evaluated_at >= ${start}::timestamptz AND v.evaluated_at < ${end}::timestamptz
         AND ${inDepartment(sql`v.department_id`, departmentId)}
    ), steps AS (
      SELECT a.evaluation_id,
             bool_or(a.action = 'APPEAL') AS appealed,
             bool_or(a.action = 'UPHOLD_APPEAL') AS upheld,
             min(a.at) FILTER (WHERE a.action = 'COMPLETE') AS completed_at
        FROM cases.evaluation_actions a JOIN reviewed r ON r.id = a.evaluation_id
       GROUP BY a.evaluation_id
    )
    SELECT count(*)::int AS reviews,
           count(*) FILTER (WHERE r.rectification_status = 'DONE')::int AS rectified,
           count(*) FILTER (WHERE r.rectification_status = 'DONE' AND s.completed_at <= r.rectification_due_at)::int AS on_time,
           count(*) FILTER (WHERE r.real_name)::int AS callbacks_due,
           count(*) FILTER (WHERE r.real_name AND r.callback_at IS NOT NULL)::int AS callbacks_done,
           count(*) FILTER (WHERE s.appealed)::int AS appeals,
           count(*) FILTER (WHERE s.upheld)::int AS upheld,
           (SELECT jsonb_object_agg(tag, n) FROM (SELECT unnest(tags)::text AS tag, count(*)::int AS n FROM reviewed GROUP BY 1) t) AS tags
      FROM reviewed r LEFT JOIN steps s ON s.evaluation_id = r.id`);
  const row = rows[0];
  const tags = row?.tags ?? {};
  const figures = {
    reviews: row?.reviews ?? 0,
    rectified: row?.rectified ?? 0,
    rectifiedOnTime: row?.on_time ?? 0,
    callbacksDue: row?.callbacks_due ?? 0,
    callbacksDone: row?.callbacks_done ?? 0,
    appeals: row?.appeals ?? 0,
    appealsUpheld: row?.upheld ?? 0,
  };
  return {
    ...figures,
    onTimeRate: rate(figures.rectifiedOnTime, figures.rectified),
    callbackRate: rate(figures.callbacksDone, figures.callbacksDue),
    byTag: badReviewTag.enumValues.map((tag) => ({ tag, count: tags[tag] ?? 0 })),
  };
}

export interface ComplaintStats {
  received: number;
  answered: number;
  answeredOnTime: number;
  onTimeRate: number | null;
  overdueOpen: number;
  closed: number;
  satisfied: number;
  satisfactionRate: number | null;
}

/** Complaints received in the period (schema.graphql ComplaintStats); overdueOpen is judged at `now`. */
export async function complaintStats(db: Db, period: Period, departmentId: string | null, timeZone: string, now: Date): Promise<ComplaintStats> {
  const { start, end } = bounds(period, timeZone);
  const { rows } = await db.execute<{ received: number; answered: number; on_time: number; overdue_open: number; closed: number; satisfied: number }>(sql`
    SELECT count(*)::int AS received,
           count(*) FILTER (WHERE answered_at IS NOT NULL)::int AS answered,
           count(*) FILTER (WHERE answered_at <= answer_due_at)::int AS on_time,
           count(*) FILTER (WHERE answered_at IS NULL AND status IN ('RECEIVED', 'ASSIGNED') AND answer_due_at < ${now.toISOString()}::timestamptz)::int AS overdue_open,
           count(*) FILTER (WHERE status = 'CLOSED')::int AS closed,
           count(*) FILTER (WHERE status = 'CLOSED' AND satisfaction IN ('SATISFIED', 'BASICALLY_SATISFIED'))::int AS satisfied
      FROM cases.complaints
     WHERE received_at >= ${start}::timestamptz AND received_at < ${end}::timestamptz AND ${inDepartment(sql`department_id`, departmentId)}`);
  const row = rows[0];
  const figures = {
    received: row?.received ?? 0,
    answered: row?.answered ?? 0,
    answeredOnTime: row?.on_time ?? 0,
    overdueOpen: row?.overdue_open ?? 0,
    closed: row?.closed ?? 0,
    satisfied: row?.satisfied ?? 0,
  };
  return { ...figures, onTimeRate: rate(figures.answeredOnTime, figures.answered), satisfactionRate: rate(figures.satisfied, figures.closed) };
}

export interface EscalationStats {
  raised: number;
  automatic: number;
  responded: number;
  respondedOnTime: number;
  climbed: number;
  open: number;
}

/** Escalations raised in the period (schema.graphql EscalationStats), by their case's department. */
export async function escalationStats(db: Db, period: Period, departmentId: string | null, timeZone: string): Promise<EscalationStats> {
  const { start, end } = bounds(period, timeZone);
  const { rows } = await db.execute<{ raised: number; automatic: number; responded: number; on_time: number; climbed: number; open: number }>(sql`
    SELECT count(*)::int AS raised,
           count(*) FILTER (WHERE e.automatic)::int AS automatic,
           count(*) FILTER (WHERE e.responded_at IS NOT NULL)::int AS responded,
           count(*) FILTER (WHERE e.climbed_at IS NULL AND e.responded_at <= e.due_at)::int AS on_time,
           count(*) FILTER (WHERE e.climbed_at IS NOT NULL)::int AS climbed,
           count(*) FILTER (WHERE e.responded_at IS NULL)::int AS open
      FROM cases.escalations e JOIN cases.cases c ON c.id = e.case_id
     WHERE e.raised_at >= ${start}::timestamptz AND e.raised_at < ${end}::timestamptz AND ${inDepartment(sql`c.department_id`, departmentId)}`);
  const row = rows[0];
  return {
    raised: row?.raised ?? 0,
    automatic: row?.automatic ?? 0,
    responded: row?.responded ?? 0,
    respondedOnTime: row?.on_time ?? 0,
    climbed: row?.climbed ?? 0,
    open: row?.open ?? 0,
  };
}
