import { periodBounds, type Period } from '@hall/service-kit';
import { sql, type SQL } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { aliasColumns, passedWhileClockRan } from './clock';
import type { CasesTables } from '../db/schema';
import { rate } from './stats';

export type ServiceSubject = 'STAFF' | 'WINDOW';

/** One staff member's or window's record over a period, for the monthly report's recognition and integrity rules. */
export interface ServiceRecord {
  subjectId: string;
  departmentId: string | null;
  evaluations: number;
  verySatisfied: number;
  satisfactionRate: number | null;
  badReviews: number;
  invalidBadReviews: number;
  completed: number;
  evaluationRate: number | null;
  overdueCases: number;
  complaints: number;
  longestVerySatisfiedStreak: number;
}

/** A record with the kind of subject it is about: what `ServiceRecord`'s field resolvers receive. */
export type SubjectRecord = ServiceRecord & { by: ServiceSubject };

/**
 * Per staff member (evaluations' staff, cases' first owner, complaints' staff) or per window, in one statement:
 * evaluations made in the period by level, bad reviews (1–2) and those declared invalid (无效差评), cases completed in
 * the period and how many of them were evaluated, overdue cases (committed deadline in the period, passed while the
 * clock ran: CaseStats.yellowCards), complaints received naming the subject, and the longest run of consecutive
 * level-5 evaluations in evaluation order (ties by id).
 */
export async function serviceRecords(db: NodePgDatabase<CasesTables>, by: ServiceSubject, period: Period, timeZone: string, now: Date): Promise<ServiceRecord[]> {
  const { start, end } = periodBounds(period, timeZone);
  const s = start.toISOString();
  const e = end.toISOString();
  const evaluationKey: SQL = by === 'STAFF' ? sql`v.staff_id` : sql`v.window_id`;
  const caseKey: SQL = by === 'STAFF' ? sql`c.first_owner_staff_id` : sql`c.window_id`;
  const complaintKey: SQL = by === 'STAFF' ? sql`p.staff_id` : sql`p.window_id`;
  const inPeriod = (column: SQL) => sql`(${column} >= ${s}::timestamptz AND ${column} < ${e}::timestamptz)`;
  const result = await db.execute<Record<string, string | number | null>>(sql`
    WITH ev AS (
      SELECT ${evaluationKey} AS subject, v.department_id, v.level, v.rectification_status, v.case_id,
        row_number() OVER (PARTITION BY ${evaluationKey} ORDER BY v.evaluated_at, v.id)
          - row_number() OVER (PARTITION BY ${evaluationKey}, v.level = 5 ORDER BY v.evaluated_at, v.id) AS run
      FROM cases.evaluations v
      WHERE ${evaluationKey} IS NOT NULL AND ${inPeriod(sql`v.evaluated_at`)}
    ),
    streaks AS (
      SELECT subject, max(length) AS longest FROM (SELECT subject, count(*) AS length FROM ev WHERE level = 5 GROUP BY subject, run) r GROUP BY subject
    ),
    evs AS (
      SELECT subject, min(department_id::text) AS department_id, count(*) AS evaluations,
        count(*) FILTER (WHERE level = 5) AS very_satisfied, count(*) FILTER (WHERE level >= 4) AS satisfied,
        count(*) FILTER (WHERE level <= 2) AS bad, count(*) FILTER (WHERE rectification_status = 'INVALID') AS invalid
      FROM ev GROUP BY subject
    ),
    cs AS (
      SELECT ${caseKey} AS subject, min(c.department_id::text) AS department_id,
        count(*) FILTER (WHERE ${inPeriod(sql`c.completed_at`)}) AS completed,
        count(*) FILTER (WHERE ${inPeriod(sql`c.completed_at`)} AND EXISTS (SELECT 1 FROM cases.evaluations x WHERE x.case_id = c.id)) AS evaluated,
        count(*) FILTER (WHERE ${inPeriod(sql`c.due_at`)} AND ${passedWhileClockRan(sql`c.due_at`, now, aliasColumns('c'))}) AS overdue
      FROM cases.cases c WHERE ${caseKey} IS NOT NULL GROUP BY 1
    ),
    cp AS (
      SELECT ${complaintKey} AS subject, count(*) AS complaints FROM cases.complaints p
      WHERE ${complaintKey} IS NOT NULL AND ${inPeriod(sql`p.received_at`)} GROUP BY 1
    )
    SELECT coalesce(evs.subject, cs.subject, cp.subject)::text AS subject, coalesce(evs.department_id, cs.department_id) AS department_id,
      coalesce(evs.evaluations, 0) AS evaluations, coalesce(evs.very_satisfied, 0) AS very_satisfied, coalesce(evs.satisfied, 0) AS satisfied,
      coalesce(evs.bad, 0) AS bad, coalesce(evs.invalid, 0) AS invalid, coalesce(cs.completed, 0) AS completed,
      coalesce(cs.evaluated, 0) AS evaluated, coalesce(cs.overdue, 0) AS overdue, coalesce(cp.complaints, 0) AS complaints,
      coalesce(streaks.longest, 0) AS longest
    FROM evs
    FULL JOIN (SELECT * FROM cs WHERE completed > 0 OR overdue > 0) cs ON cs.subject = evs.subject
    FULL JOIN cp ON cp.subject = coalesce(evs.subject, cs.subject)
    LEFT JOIN streaks ON streaks.subject = evs.subject
    ORDER BY 1`);
  return result.rows.map((row) => {
    const evaluations = Number(row.evaluations);
    const completed = Number(row.completed);
    return {
      subjectId: String(row.subject),
      departmentId: row.department_id === null ? null : String(row.department_id),
      evaluations,
      verySatisfied: Number(row.very_satisfied),
      satisfactionRate: rate(Number(row.satisfied), evaluations),
      badReviews: Number(row.bad),
      invalidBadReviews: Number(row.invalid),
      completed,
      evaluationRate: rate(Number(row.evaluated), completed),
      overdueCases: Number(row.overdue),
      complaints: Number(row.complaints),
      longestVerySatisfiedStreak: Number(row.longest),
    };
  });
}
