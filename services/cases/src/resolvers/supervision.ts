import { canActForDepartment, conflict, forbidden, notFound, parseInput, parsePeriod, printableText, requireRole, uuidSchema } from '@hall/service-kit';
import { and, asc, eq, isNull, lt, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { EscalationResolvers, MutationResolvers, QueryResolvers } from '../generated/resolvers';
import { workingDaysLater } from '../domain/deadlines';
import { cases, escalations } from '../db/schema';
import { canSeeCase } from '../domain/privacy';
import { buckPassingFlags } from '../data/buck-passing';
import { warningOf } from '../data/warnings';
import { escalationStats } from '../data/desk-stats';
import { statsDepartment } from './desk-access';

export const supervisionMutations: MutationResolvers = {
  /**
   * 督办: the manager escalates a case that holds a yellow or red card now, giving the department a new deadline
   * (`escalationWorkingDays`). Escalations are raised explicitly, never as a side effect of reading the warning list;
   * one per case and card (a second is CONFLICT).
   */
  async escalateCase(_, args, context) {
    const { identity, database, now, settings } = context;
    requireRole(identity, 'manager');
    const input = parseInput(z.object({ id: uuidSchema, note: printableText(2000) }), args);
    const [kase] = await database.db.select().from(cases).where(eq(cases.id, input.id));
    if (!kase) throw notFound('case');
    const level = warningOf(kase, now);
    if (level !== 'YELLOW' && level !== 'RED') throw conflict(`only a case with a yellow or red card is escalated (this one: ${level})`);
    const dueAt = workingDaysLater(now, settings.escalationWorkingDays, await context.calendar(), settings);
    const [row] = await database.db
      .insert(escalations)
      .values({ caseId: kase.id, level, raisedAt: now, raisedBy: identity.userId ?? 'manager', dueAt, note: input.note })
      .onConflictDoNothing()
      .returning();
    if (!row) throw conflict(`this case is already escalated for its ${level.toLowerCase()} card`);
    return row;
  },

  /** The department's written response to an escalation (or the manager's on its behalf); once. */
  async respondEscalation(_, args, { identity, database, now }) {
    requireRole(identity, 'staff', 'dept_admin', 'manager');
    const input = parseInput(z.object({ id: uuidSchema, response: printableText(4000) }), args);
    const [found] = await database.db
      .select({ id: escalations.id, departmentId: cases.departmentId, respondedAt: escalations.respondedAt })
      .from(escalations)
      .innerJoin(cases, eq(cases.id, escalations.caseId))
      .where(eq(escalations.id, input.id));
    if (!found) throw notFound('escalation');
    if (!canActForDepartment(identity, found.departmentId)) throw forbidden('an escalation of another department’s case');
    const [row] = await database.db
      .update(escalations)
      .set({ response: input.response, respondedAt: now, respondedBy: identity.staffId ?? identity.userId ?? identity.role })
      .where(and(eq(escalations.id, input.id), isNull(escalations.respondedAt)))
      .returning();
    if (!row) throw conflict('this escalation has already been responded to');
    return row;
  },
};

export const supervisionQueries: QueryResolvers = {
  /** 督办 list: the manager all, a department its cases' only; most urgent (earliest deadline) first. */
  async escalations(_, args, { identity, database, now }) {
    requireRole(identity, 'staff', 'dept_admin', 'manager');
    const input = parseInput(z.object({ openOnly: z.boolean().nullish(), overdueOnly: z.boolean().nullish() }), args);
    const conditions: SQL[] = [];
    if (identity.role !== 'manager') conditions.push(eq(cases.departmentId, identity.departmentId ?? ''));
    if (input.openOnly || input.overdueOnly) conditions.push(isNull(escalations.respondedAt));
    if (input.overdueOnly) conditions.push(lt(escalations.dueAt, now));
    const rows = await database.db
      .select({ escalation: escalations })
      .from(escalations)
      .innerJoin(cases, eq(cases.id, escalations.caseId))
      .where(and(...conditions))
      .orderBy(asc(escalations.dueAt), asc(escalations.id));
    return rows.map((row) => row.escalation);
  },

  async escalationStats(_, args, { identity, database, settings }) {
    const departmentId = statsDepartment(identity, args.departmentId);
    return escalationStats(database.db, parsePeriod(args.period), departmentId, settings.timeZone);
  },

  /** The buck-passing detector (零推诿): referral loops (A → B → A), third hand-offs and turn-aways, for the manager. */
  async referralFlags(_, __, { identity, database, settings }) {
    requireRole(identity, 'manager');
    return (await buckPassingFlags(database.db, settings.episodeDays)).map((flag) => ({
      kind: flag.kind,
      cases: flag.cases.filter((kase) => canSeeCase(identity, kase)),
      departments: flag.departmentIds.map((id) => ({ __typename: 'Department', id })),
    }));
  },
};

/** An escalation is reached through its case, Query.escalations or a mutation; its case obeys Query.case's rule. */
export const Escalation: EscalationResolvers = {
  async case(row, _, { identity, loaders }) {
    const kase = await loaders.caseById.load(row.caseId);
    return kase && canSeeCase(identity, kase) ? kase : null;
  },
  async department(row, _, { loaders }) {
    const kase = await loaders.caseById.load(row.caseId);
    return kase ? { __typename: 'Department', id: kase.departmentId } : null;
  },
  overdue: (row, _, { now }) => row.respondedAt === null && row.dueAt < now,
};
