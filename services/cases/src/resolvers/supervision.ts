import { conflict, notFound, parseInput, printableText, requireRole, uuidSchema } from '@hall/service-kit';
import { asc, eq, isNotNull, or } from 'drizzle-orm';
import { z } from 'zod';
import type { EscalationResolvers, MutationResolvers, QueryResolvers } from '../generated/resolvers';
import { workingDaysLater } from '../domain/deadlines';
import { cases, escalations } from '../db/schema';
import type { CaseRow } from '../data/loaders';
import { canSeeCase } from '../domain/privacy';
import { referralFlagsOf } from '../domain/referrals';
import { warningOf } from '../data/warnings';

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
};

export const supervisionQueries: QueryResolvers = {
  /** The buck-passing detector (零推诿): referral loops (A → B → A) and third hand-offs, for the manager. */
  async referralFlags(_, __, { identity, database }) {
    requireRole(identity, 'manager');
    const rows: CaseRow[] = await database.db
      .select()
      .from(cases)
      .where(or(eq(cases.status, 'REFERRED'), isNotNull(cases.referredFromCaseId)))
      .orderBy(asc(cases.submittedAt));
    return referralFlagsOf(rows).map((flag) => ({
      kind: flag.kind,
      cases: flag.cases.filter((kase) => canSeeCase(identity, kase)),
      departments: flag.departmentIds.map((id) => ({ __typename: 'Department', id })),
    }));
  },
};

/** An escalation is reached only through its case or by the manager who raises it; its case obeys Query.case's rule. */
export const Escalation: EscalationResolvers = {
  async case(row, _, { identity, loaders }) {
    const kase = await loaders.caseById.load(row.caseId);
    return kase && canSeeCase(identity, kase) ? kase : null;
  },
};
