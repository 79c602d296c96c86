import type { Database } from '@hall/db';
import { and, asc, desc, eq, getTableColumns, inArray, sql, type SQL } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { registrations, registrationSteps, type RegistrationStage, type RegistryTables } from '../db/schema';

export type RegistrationRow = typeof registrations.$inferSelect;

export interface StepView {
  stage: RegistrationStage;
  at: Date;
  actorId: string;
  actorRole: string;
}

/** A registration with its steps, in stage order: what `PropertyRegistration` resolves from. */
export interface RegistrationView extends RegistrationRow {
  steps: StepView[];
}

type Db = NodePgDatabase<RegistryTables>;

/**
 * The steps of each registration, aggregated in the same statement (stages only move forward: their order is the
 * trail's). The outer column is written qualified: drizzle renders a column of a single-table select unqualified, which
 * inside the subquery would name the step's own case_id.
 */
const stepsColumn = sql<Array<{ stage: RegistrationStage; at: string; actorId: string; actorRole: string }>>`coalesce((
  SELECT json_agg(json_build_object('stage', s.stage, 'at', s.at, 'actorId', s.actor_id, 'actorRole', s.actor_role) ORDER BY s.stage)
    FROM ${registrationSteps} s
   WHERE s.case_id = "registry"."registrations"."case_id"
), '[]'::json)`;

/** Registrations with their steps, in one SQL statement whatever their number. */
export async function selectRegistrations(
  db: Db,
  options: { where?: SQL | undefined; limit?: number; latestFirst?: boolean },
): Promise<RegistrationView[]> {
  const query = db
    .select({ ...getTableColumns(registrations), steps: stepsColumn })
    .from(registrations)
    .where(options.where)
    .orderBy(...(options.latestFirst ? [desc(registrations.updatedAt), asc(registrations.caseId)] : [asc(registrations.caseId)]));
  const rows = await (options.limit ? query.limit(options.limit) : query);
  return rows.map((row) => ({ ...row, steps: row.steps.map((step) => ({ ...step, at: new Date(step.at) })) }));
}

/** The registrations a reader lists: every one for the manager ('all'), else those stored under the owner's ids. */
export function listRegistrations(
  database: Database<RegistryTables>,
  options: { scope: ReadonlySet<string> | 'all'; stage: RegistrationStage | null; first: number },
): Promise<RegistrationView[]> {
  const { scope, stage, first } = options;
  if (scope !== 'all' && scope.size === 0) return Promise.resolve([]);
  const where = and(
    scope === 'all' ? undefined : inArray(registrations.departmentId, [...scope]),
    stage ? eq(registrations.stage, stage) : undefined,
  );
  return selectRegistrations(database.db, { where, limit: first, latestFirst: true });
}
