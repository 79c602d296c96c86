import { badUserInput, canActForDepartment, conflict, forbidden, notFound, parseInput, parsePeriod, requireRole } from '@hall/service-kit';
import { and, arrayContains, asc, eq, inArray, isNotNull, lt, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { BAD_REVIEW_ACTIONS, OPEN_BAD_REVIEW } from '../domain/badReviews';
import { badReviewTag, evaluationActions, evaluations, rectificationStatus } from '../db/schema';
import { badReviewStats } from '../data/desk-stats';
import { advanceInput } from './inputs';
import type { MutationResolvers, QueryResolvers } from '../generated/resolvers';
import { statsDepartment } from './desk-access';

export const badReviewMutations: MutationResolvers = {
  /** One step of a bad review's workflow (see badReviews.ts), audited in the append-only action log. */
  async advanceBadReview(_, args, context) {
    const { identity, database, now } = context;
    requireRole(identity, 'staff', 'dept_admin', 'manager');
    const input = parseInput(advanceInput, args);
    if (input.tags?.length && input.action !== 'START') throw badUserInput('tags are chosen at verification (START) only', { field: 'tags' });
    const rule = BAD_REVIEW_ACTIONS[input.action];
    const [review] = await database.db.select().from(evaluations).where(eq(evaluations.id, input.id));
    if (!review || review.rectificationStatus === null) throw notFound('bad review');
    if (!canActForDepartment(identity, review.departmentId)) throw forbidden('a bad review of another department');
    if (rule.actor === 'manager' && identity.role !== 'manager') {
      throw forbidden('the hall (the manager) verifies, calls back and decides on a bad review; the department rectifies');
    }
    if (rule.actor === 'department' && identity.role === 'manager') {
      throw forbidden('only the reviewed department appeals a bad review; the hall decides the appeal');
    }
    if (!rule.from.includes(review.rectificationStatus)) {
      throw conflict(`${input.action} is not allowed on a ${review.rectificationStatus} review`, { status: review.rectificationStatus });
    }
    if (review.version !== input.expectedVersion) throw conflict(`the review changed meanwhile: version ${review.version}`);
    if (input.action === 'COMPLETE' && review.realName && !review.callbackAt) {
      throw conflict('a real-name bad review is closed only after the callback (回访) is recorded');
    }
    if (input.action === 'APPEAL') {
      const [earlier] = await database.db
        .select({ id: evaluationActions.id })
        .from(evaluationActions)
        .where(and(eq(evaluationActions.evaluationId, review.id), eq(evaluationActions.action, 'APPEAL')));
      if (earlier) throw conflict('a bad review is appealed once');
    }
    return database.db.transaction(async (tx) => {
      const [updated] = await tx
        .update(evaluations)
        .set({
          version: sql`${evaluations.version} + 1`,
          ...(rule.to ? { rectificationStatus: rule.to } : {}),
          ...(input.action === 'CALLBACK' ? { callbackAt: now, callbackNote: input.note } : {}),
          ...(input.tags ? { tags: [...new Set(input.tags)] } : {}),
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
    const input = parseInput(
      z.object({
        status: z.enum(rectificationStatus.enumValues).nullish(),
        overdueOnly: z.boolean().nullish(),
        tag: z.enum(badReviewTag.enumValues).nullish(),
      }),
      args,
    );
    const conditions: SQL[] = [isNotNull(evaluations.rectificationStatus)];
    if (identity.role !== 'manager') conditions.push(eq(evaluations.departmentId, identity.departmentId ?? ''));
    if (input.status) conditions.push(eq(evaluations.rectificationStatus, input.status));
    if (input.overdueOnly) conditions.push(inArray(evaluations.rectificationStatus, [...OPEN_BAD_REVIEW]), lt(evaluations.rectificationDueAt, now));
    if (input.tag) conditions.push(arrayContains(evaluations.tags, [input.tag]));
    return database.db.select().from(evaluations).where(and(...conditions)).orderBy(asc(evaluations.rectificationDueAt));
  },

  async badReviewStats(_, args, { identity, database, settings }) {
    const departmentId = statsDepartment(identity, args.departmentId);
    return badReviewStats(database.db, parsePeriod(args.period), departmentId, settings.timeZone);
  },
};
