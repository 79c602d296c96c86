import { desc } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { reportRules, type CasesTables } from '../db/schema';
import { DEFAULT_REPORT_RULES, type ReportRules } from '../domain/report/rules';

/** The newest rules the manager set, else the defaults. */
export async function currentReportRules(db: NodePgDatabase<CasesTables>): Promise<ReportRules> {
  const [row] = await db.select().from(reportRules).orderBy(desc(reportRules.id)).limit(1);
  if (!row) return DEFAULT_REPORT_RULES;
  const { id: _id, setBy: _by, setAt: _at, ...rules } = row;
  return rules;
}
