import { canActForDepartment, conflict, forbidden, notFound, parseInput, requireRole } from '@hall/service-kit';
import { and, asc, eq, inArray, isNotNull, lt, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { BAD_REVIEW_ACTIONS } from '../domain/badReviews';
import { advanceInput } from './inputs';
import { evaluationActions, evaluations, rectificationStatus } from '../db/schema';
import type { MutationResolvers, QueryResolvers } from '../generated/resolvers';

export const badReviewMutations: MutationResolvers = {
  /** One step of a bad review's workflow (see badReviews.ts), audited in the append-only action log. */
  async advanceBadReview(_, args, context) {
    const { identity, database, now } = context;
    requireRole(identity, 'staff', 'dept_admin', 'manager');
    const input = parseInput(advanceInput, args);
    const rule = BAD_REVIEW_ACTIONS[input.action];
    const [review] = await database.db.select().from(evaluations).where(eq(evaluations.id, input.id));
    if (!review || review.rectificationStatus === null) throw notFound('bad review');
    if (!canActForDepartment(identity, review.departmentId)) throw forbidden('a bad review of another department');
    if (rule.managerOnly && identity.role !== 'manager') {
      throw forbidden('the hall (the manager) verifies, calls back and decides on a bad review; the department rectifies');
    }
    if (!rule.from.includes(review.rectificationStatus)) throw conflict(`${input.action} is not allowed on a ${review.rectificationStatus} review`);
    if (review.version !== input.expectedVersion) throw conflict(`the review changed meanwhile: version ${review.version}`);
    if (input.action === 'COMPLETE' && review.realName && !review.callbackAt) {
      throw conflict('a real-name bad review is closed only after the callback (回访) is recorded');
    }
    return database.db.transaction(async (tx) => {
      const [updated] = await tx
        .update(evaluations)
        .set({
          version: sql`${evaluations.version} + 1`,
          ...(rule.to ? { rectificationStatus: rule.to } : {}),
          ...(input.action === 'CALLBACK' ? { callbackAt: now, callbackNote: input.note } : {}),
        })
        .where(and(eq(evaluations.id, review.id), eq(evaluations.version, input.expectedVersion)))
        .returning();
      if (!updated) throw conflict('the review changed meanwhile: reload it and try again');
      await tx.insert(evaluationActions).values({
        evaluationId: review.id,
        at: now,
        fromStatus: review.rectificationStatus,
        toStatus: updated.rectificationStatus,
        action: input.action,
        actorId: identity.staffId ?? identity.userId,
        actorRole: identity.role,
        note: input.note,
      });
      return updated;
    });
  },
};

export const badReviewQueries: QueryResolvers = {
  /** Bad reviews with their workflow: the manager sees all, a department its own; `overdueOnly`: open past the deadline. */
  async badReviews(_, args, { identity, database, now }) {
    requireRole(identity, 'staff', 'dept_admin', 'manager');
    const input = parseInput(z.object({ status: z.enum(rectificationStatus.enumValues).nullish(), overdueOnly: z.boolean().nullish() }), args);
    const conditions: SQL[] = [isNotNull(evaluations.rectificationStatus)];
    if (identity.role !== 'manager') conditions.push(eq(evaluations.departmentId, identity.departmentId ?? ''));
    if (input.status) conditions.push(eq(evaluations.rectificationStatus, input.status));
    if (input.overdueOnly) conditions.push(inArray(evaluations.rectificationStatus, ['PENDING', 'IN_PROGRESS']), lt(evaluations.rectificationDueAt, now));
    return database.db.select().from(evaluations).where(and(...conditions)).orderBy(asc(evaluations.rectificationDueAt));
  },
};
