/**
 * The buck-passing detector's flags (零推诿, PRODUCT.md "Beyond" 1), from the rows: referral chains that loop or hand
 * off a third time (domain/referrals.ts), and turn-aways — a case the applicant withdrew (no decision, no written
 * refusal, not referred) followed, within CASES_EPISODE_DAYS of its submission, by the same applicant's case at another
 * department that is not a registration of a referral of it. The applicant is known by the keyed hash of the ID number.
 */
import { asc, eq, isNotNull, or, sql } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { cases, type CasesTables } from '../db/schema';
import { referralFlagsOf, type ReferralFlag } from '../domain/referrals';
import type { CaseRow } from './loaders';

export async function buckPassingFlags(db: NodePgDatabase<CasesTables>, episodeDays: number): Promise<Array<ReferralFlag<CaseRow>>> {
  const chains = await db
    .select()
    .from(cases)
    .where(or(eq(cases.status, 'REFERRED'), isNotNull(cases.referredFromCaseId)))
    .orderBy(asc(cases.submittedAt));
  const pairs = await db.execute<{ left_id: string; next_id: string }>(sql`
    SELECT x.id AS left_id, y.id AS next_id
      FROM cases.cases x
      JOIN LATERAL (
        SELECT n.id FROM cases.cases n
         WHERE n.applicant_key = x.applicant_key AND n.department_id <> x.department_id
           AND n.submitted_at > x.submitted_at AND n.submitted_at <= x.submitted_at + make_interval(days => ${episodeDays}::int)
           AND n.referred_from_case_id IS DISTINCT FROM x.id
         ORDER BY n.submitted_at, n.id LIMIT 1
      ) y ON TRUE
     WHERE x.status = 'WITHDRAWN' AND x.applicant_key IS NOT NULL
     ORDER BY x.submitted_at, x.id`);
  const ids = [...new Set(pairs.rows.flatMap((pair) => [pair.left_id, pair.next_id]))];
  const rows = ids.length === 0 ? [] : await db.select().from(cases).where(sql`${cases.id} = ANY(${`{${ids.join(',')}}`}::uuid[])`);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const turnedAway = pairs.rows.flatMap<ReferralFlag<CaseRow>>((pair) => {
    const left = byId.get(pair.left_id);
    const next = byId.get(pair.next_id);
    return left && next ? [{ kind: 'TURNED_AWAY', cases: [left, next], departmentIds: [left.departmentId, next.departmentId] }] : [];
  });
  return [...referralFlagsOf(chains), ...turnedAway];
}
