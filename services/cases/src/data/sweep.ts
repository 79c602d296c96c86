import { addJob } from '@hall/service-kit';
import { sql } from 'drizzle-orm';
import type pg from 'pg';
import type { CasesContext } from '../context';
import { workingDaysLater } from '../domain/deadlines';
import { warningCondition } from './warnings';
import { applicantKey } from '../domain/applicant-key';
import { applicantKeySecret } from '../settings';

export interface SweepReport {
  /** Automatic escalations raised (one per case and card, ever). */
  raised: number;
  /** Escalations that climbed to hall leadership. */
  climbed: number;
  /** Bad reviews recorded as falling overdue (once each). */
  overdueReviews: number;
  /** Cases written before the applicant link existed, keyed now (a batch a run). */
  keyed: number;
}

/** Rows keyed per sweep: a database migrated with old cases catches up in minutes without a long transaction. */
export const KEYING_BATCH = 5_000;

/** Keys the cases that have no applicant link yet (domain/applicant-key.ts), oldest first, a batch at a time. */
export async function keyUnkeyedCases(db: CasesContext['database']['db'], batch = KEYING_BATCH): Promise<number> {
  const rows = await db.execute<{ id: string; applicant_id_number: string }>(
    sql`SELECT id, applicant_id_number FROM cases.cases WHERE applicant_key IS NULL ORDER BY id LIMIT ${batch}`,
  );
  if (rows.rows.length === 0) return 0;
  const secret = applicantKeySecret();
  const ids = `{${rows.rows.map((row) => row.id).join(',')}}`;
  const keys = `{${rows.rows.map((row) => applicantKey(row.applicant_id_number, secret)).join(',')}}`;
  const updated = await db.execute(sql`
    UPDATE cases.cases c SET applicant_key = k.key
      FROM unnest(${ids}::uuid[], ${keys}::text[]) AS k(id, key)
     WHERE c.id = k.id AND c.applicant_key IS NULL`);
  return updated.rowCount ?? 0;
}

const NOTES = { YELLOW: '黄牌自动督办', RED: '红牌自动督办' } as const;

/**
 * The time-driven steps at the service's clock (`context.now`), each once per fact however often and however many
 * processes run it: the unique (case, level) of escalations, the conditional climb and the unique partial index of
 * OVERDUE steps settle any race.
 */
export async function sweep(context: Pick<CasesContext, 'database' | 'now' | 'settings' | 'calendar'>): Promise<SweepReport> {
  const { database, now, settings } = context;
  const db = database.db;
  const at = now.toISOString();
  const dueAt = workingDaysLater(now, settings.escalationWorkingDays, await context.calendar(), settings).toISOString();
  let raised = 0;
  for (const level of ['YELLOW', 'RED'] as const) {
    const result = await db.execute(sql`
      INSERT INTO cases.escalations (case_id, level, raised_at, raised_by, due_at, note, automatic)
      SELECT cases.id, ${level}::cases.escalation_level, ${at}::timestamptz, 'system', ${dueAt}::timestamptz, ${NOTES[level]}, TRUE
        FROM cases.cases WHERE ${warningCondition(level, now)}
      ON CONFLICT ON CONSTRAINT escalations_case_level DO NOTHING`);
    raised += result.rowCount ?? 0;
  }
  const climbed = await db.execute(sql`
    UPDATE cases.escalations SET tier = 'LEADERSHIP', climbed_at = ${at}::timestamptz, due_at = ${dueAt}::timestamptz
     WHERE tier = 'DEPARTMENT' AND responded_at IS NULL AND resolved_at IS NULL AND due_at < ${at}::timestamptz`);
  const overdue = await db.execute(sql`
    INSERT INTO cases.evaluation_actions (evaluation_id, at, from_status, to_status, action, actor_role, note)
    SELECT id, ${at}::timestamptz, rectification_status, rectification_status, 'OVERDUE', 'system', NULL
      FROM cases.evaluations
     WHERE rectification_status IN ('PENDING', 'IN_PROGRESS') AND rectification_due_at < ${at}::timestamptz
    ON CONFLICT (evaluation_id) WHERE action = 'OVERDUE' DO NOTHING`);
  const keyed = await keyUnkeyedCases(db);
  return { raised, climbed: climbed.rowCount ?? 0, overdueReviews: overdue.rowCount ?? 0, keyed };
}

/** The cases subgraph's job queue schema (graphile-worker). */
export const CASES_JOBS_SCHEMA = 'cases_jobs';

/** Asks for a sweep now (on demand), beside the minute's; one waiting request at a time. */
export function requestSweep(pool: pg.Pool): Promise<void> {
  return addJob(pool, CASES_JOBS_SCHEMA, 'sweep', {}, { jobKey: 'sweep-on-demand' });
}
