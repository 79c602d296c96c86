import { badUserInput, canActForDepartment, conflict, forbidden, notFound, parseInput, printableText, uuidSchema } from '@hall/service-kit';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { CasesContext } from '../context';
import { workingDaysLater } from '../deadlines';
import { cases, evaluationActions, evaluationChannel, evaluations } from '../db/schema';
import type { EvaluationRow } from '../loaders';

const evaluateInput = z.object({
  caseId: uuidSchema.nullish(),
  number: z.string().trim().regex(/^[A-Z0-9-]{6,30}$/).nullish(),
  phoneTail: z.string().regex(/^\d{4}$/).nullish(),
  level: z.number().int().min(1).max(5),
  channel: z.enum(evaluationChannel.enumValues),
  comment: printableText(1000).nullish(),
  realName: z.boolean().nullish(),
});

/** Cases that can be evaluated: the service was given. */
const EVALUABLE = new Set(['COMPLETED', 'DELIVERED']);

export const evaluationMutations = {
  /**
   * 好差评: the public with the case number and phone tail, or the department's staff for the window tablet. A bad
   * review (1–2) opens the verify → rectify → follow-up workflow with its deadline.
   */
  async evaluateCase(_: unknown, args: { input: unknown }, context: CasesContext): Promise<EvaluationRow> {
    const { identity, database, now, settings } = context;
    const input = parseInput(evaluateInput, args.input);
    let where;
    if (input.caseId) {
      where = eq(cases.id, input.caseId);
    } else if (input.number && input.phoneTail) {
      where = and(eq(cases.number, input.number), sql`right(${cases.applicantPhone}, 4) = ${input.phoneTail}`);
    } else {
      throw badUserInput('give the case id, or the case number with the last four digits of the phone', { field: 'caseId' });
    }
    const [kase] = await database.db.select().from(cases).where(where);
    if (!kase) throw notFound('case');
    if (input.caseId && !canActForDepartment(identity, kase.departmentId)) throw forbidden('only the department’s own window tablet');
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

export const Evaluation = {
  bad: (row: EvaluationRow) => row.level <= 2,
  department: (row: EvaluationRow) => ({ __typename: 'Department', id: row.departmentId }),
  window: (row: EvaluationRow) => (row.windowId ? { __typename: 'Window', id: row.windowId } : null),
  staff: (row: EvaluationRow) => (row.staffId ? { __typename: 'Staff', id: row.staffId } : null),
  case: (row: EvaluationRow, _: unknown, { loaders }: CasesContext) => loaders.caseById.load(row.caseId),
  /** The audit of the bad-review workflow: the department concerned and the manager only. */
  actions: (row: EvaluationRow, _: unknown, { identity, loaders }: CasesContext) =>
    canActForDepartment(identity, row.departmentId) ? loaders.actionsByEvaluation.load(row.id) : [],
};
