import { badUserInput, canActForDepartment, conflict, forbidden, notFound, parseInput } from '@hall/service-kit';
import { eq } from 'drizzle-orm';
import { normalizeEvaluationCode } from '../domain/codes';
import { workingDaysLater } from '../domain/deadlines';
import { cases, evaluationActions, evaluations } from '../db/schema';
import type { EvaluationResolvers, MutationResolvers, QueryResolvers } from '../generated/resolvers';
import { canSeeCase } from '../domain/privacy';
import { appealOf, badReviewOverdue } from '../domain/badReviews';
import { evaluateInput, requireTagsOnBadReview, storedTags } from './inputs';

/** Cases that can be evaluated: the service was given. */
const EVALUABLE = new Set(['COMPLETED', 'DELIVERED']);

/** The code of a request as the rate limit counts it: the normalized code, or none for something that is not a code. */
export function requestedCode(value: unknown): string | null {
  return typeof value === 'string' ? normalizeEvaluationCode(value) : null;
}

function malformedCode() {
  return badUserInput('an evaluation code is 16 letters and digits (XXXX-XXXX-XXXX-XXXX), as printed on the result notice', {
    field: 'code',
  });
}

export const evaluationQueries: QueryResolvers = {
  /** 一事一评, public: what the evaluation page shows before the applicant rates; null for an unknown code. */
  async evaluationInvitation(_, args, context) {
    const code = requestedCode(args.code);
    // Counted before the lookup, for known and unknown codes alike (no oracle).
    await context.rateLimit.consume('evaluationInvitation', code ?? undefined);
    if (!code) throw malformedCode();
    const [found] = await context.database.db
      .select({
        number: cases.number,
        matterId: cases.matterId,
        departmentId: cases.departmentId,
        completedAt: cases.completedAt,
        evaluationId: evaluations.id,
      })
      .from(cases)
      .leftJoin(evaluations, eq(evaluations.caseId, cases.id))
      .where(eq(cases.evaluationCode, code));
    if (!found) return null;
    return {
      number: found.number,
      matter: { __typename: 'Matter', id: found.matterId },
      department: { __typename: 'Department', id: found.departmentId },
      completedAt: found.completedAt,
      evaluated: found.evaluationId !== null,
    };
  },
};

export const evaluationMutations: MutationResolvers = {
  /**
   * 好差评 with the case's evaluation code (一事一评): whoever holds the code (the applicant from the result notice, the
   * QR code, the SMS link, or at the desk's tablet) — never the case's own department. A bad review (1–2) opens the
   * verify → rectify → follow-up workflow with its deadline.
   */
  async evaluateCase(_, args, context) {
    const { identity, database, now, settings } = context;
    const code = requestedCode(args.input.code);
    await context.rateLimit.consume('evaluateCase', code ?? undefined);
    const input = parseInput(evaluateInput.superRefine(requireTagsOnBadReview), args.input);
    if (!code) throw malformedCode();
    const [kase] = await database.db.select().from(cases).where(eq(cases.evaluationCode, code));
    if (!kase) throw notFound('evaluation code');
    if ((identity.role === 'staff' || identity.role === 'dept_admin') && identity.departmentId === kase.departmentId) {
      throw forbidden('staff cannot evaluate their own department’s cases');
    }
    if (!EVALUABLE.has(kase.status)) throw conflict(`a ${kase.status} case cannot be evaluated yet`, { status: kase.status });
    const bad = input.level <= 2;
    const dueAt = bad ? workingDaysLater(now, settings.badReviewWorkingDays, await context.calendar(), settings) : null;
    return database.db.transaction(async (tx) => {
      const [evaluation] = await tx
        .insert(evaluations)
        .values({
          caseId: kase.id,
          matterId: kase.matterId,
          departmentId: kase.departmentId,
          windowId: kase.windowId,
          staffId: kase.firstOwnerStaffId,
          level: input.level,
          channel: input.channel,
          comment: input.comment ?? null,
          realName: input.realName ?? true,
          evaluatedAt: now,
          rectificationStatus: bad ? 'PENDING' : null,
          rectificationDueAt: dueAt,
          tags: storedTags(input.level, input.tags),
        })
        .onConflictDoNothing({ target: evaluations.caseId })
        .returning();
      if (!evaluation) throw conflict('this case has already been evaluated');
      if (bad) {
        await tx.insert(evaluationActions).values({
          evaluationId: evaluation.id,
          at: now,
          fromStatus: null,
          toStatus: 'PENDING',
          action: 'OPEN',
          actorId: identity.userId,
          actorRole: identity.role,
          note: '差评自动进入核实整改流程',
        });
      }
      return evaluation;
    });
  },
};

/**
 * An evaluation is seen in full by the department it concerns and the manager; anyone else who reaches one (the
 * public just after evaluating) sees the rating, not the applicant's words, the callback or the trail, and not the case.
 */
export const Evaluation: EvaluationResolvers = {
  bad: (row) => row.level <= 2,
  department: (row) => ({ __typename: 'Department', id: row.departmentId }),
  window: (row) => (row.windowId ? { __typename: 'Window', id: row.windowId } : null),
  staff: (row) => (row.staffId ? { __typename: 'Staff', id: row.staffId } : null),
  comment: (row, _, { identity }) => (canActForDepartment(identity, row.departmentId) ? row.comment : null),
  callbackNote: (row, _, { identity }) =>
    canActForDepartment(identity, row.departmentId) ? row.callbackNote : null,
  /** The same rule as Query.case. */
  async case(row, _, { identity, loaders }) {
    const kase = await loaders.caseById.load(row.caseId);
    return kase && canSeeCase(identity, kase) ? kase : null;
  },
  /** The audit of the bad-review workflow: the department concerned and the manager only. */
  actions: (row, _, { identity, loaders }) =>
    canActForDepartment(identity, row.departmentId) ? loaders.actionsByEvaluation.load(row.id) : [],
  tags: (row, _, { identity }) => (canActForDepartment(identity, row.departmentId) ? row.tags : null),
  overdue: (row, _, { now }) => badReviewOverdue(row, now),
  async appeal(row, _, { identity, loaders }) {
    if (row.rectificationStatus === null || !canActForDepartment(identity, row.departmentId)) return null;
    return appealOf(await loaders.actionsByEvaluation.load(row.id));
  },
  history: (row, _, { identity, loaders }) =>
    canActForDepartment(identity, row.departmentId) ? loaders.actionsByEvaluation.load(row.id) : null,
};
