import { printableText, uuidSchema } from '@hall/service-kit';
import { z } from 'zod';
import { caseStatus, rectificationStatus } from '../db/schema';
import { trailColumns, type CaseColumns, type TrailProblem } from '../domain/case-columns';
import type { ClockRules } from '../domain/deadlines';
import type { MatterSnapshot } from '../ports/matters';
import { advanceInput, evaluateInput, reasonInput, registerInput, requireTagsOnBadReview } from '../resolvers/inputs';

/**
 * An imported record is parsed with the schemas the mutations parse with (resolvers/inputs.ts), extended with what only
 * an import carries: the number, the trail, the evaluation's time. Fields marked in-process come from loaders in this
 * process (the demo seed, the scale generator); the GraphQL input has no such fields.
 */

export const importEventSchema = z.object({
  at: z.date(),
  to: z.enum(caseStatus.enumValues),
  reason: reasonInput.shape.reason.nullish(),
  actorRole: z.enum(['public', 'staff', 'dept_admin', 'manager']).nullish(),
  /** In-process: who took the step. */
  actorId: printableText(100).nullish(),
  /** In-process: the event's data (default `{ imported: true }`). */
  data: z.record(z.string(), z.unknown()).optional(),
});

/** In-process: a bad review's workflow as it went (the OPEN step is implied by the evaluation). */
const importRectificationSchema = z.object({
  status: z.enum(rectificationStatus.enumValues),
  dueAt: z.date(),
  callbackAt: z.date().nullish(),
  callbackNote: advanceInput.shape.note.nullish(),
  steps: z
    .array(
      advanceInput.pick({ action: true, note: true }).extend({
        at: z.date(),
        from: z.enum(rectificationStatus.enumValues),
        to: z.enum(rectificationStatus.enumValues),
      }),
    )
    .max(20),
});

export const importEvaluationSchema = evaluateInput.omit({ code: true }).extend({
  evaluatedAt: z.date(),
  /** In-process: the evaluation's id (made here otherwise). */
  id: uuidSchema.optional(),
  rectification: importRectificationSchema.nullish(),
});

export const importRowSchema = registerInput.omit({ online: true, completeOnTheSpot: true, referredFromCaseId: true }).extend({
  number: z.string().regex(/^[A-Z0-9-]{6,30}$/, '6–30 capital letters, digits or dashes'),
  firstOwnerStaffId: uuidSchema,
  visits: z.number().int().min(0).max(50),
  events: z.array(importEventSchema).min(1).max(50),
  evaluation: importEvaluationSchema.superRefine(requireTagsOnBadReview).nullish(),
  /** A REFERRED case: the department it was sent on to (in-process). */
  referredToDepartmentId: uuidSchema.nullish(),
  /** In-process: a REFERRED case registered at another department than the matter's, the one that referred it. */
  departmentId: uuidSchema.nullish(),
  /** In-process: the case's id (made from the submission time otherwise). */
  id: uuidSchema.optional(),
});

export type ImportRow = z.infer<typeof importRowSchema>;

/**
 * The import's rules on top of the trail's (domain/case-columns.ts): a department named only by a referred case, an
 * evaluation only of a completed case and after completion. Returns the problems and the case's derived columns.
 */
export function deriveImportedCase(
  row: ImportRow,
  snapshot: MatterSnapshot,
  rules: ClockRules,
): { problems: TrailProblem[]; columns: CaseColumns & { referredToDepartmentId: string | null } } {
  const { problems, columns } = trailColumns(row.events, snapshot, rules);
  if (row.referredToDepartmentId && columns.status !== 'REFERRED')
    problems.push({ field: 'referredToDepartmentId', message: 'only a referred case names a department' });
  if (row.departmentId && row.departmentId !== snapshot.departmentId && columns.status !== 'REFERRED')
    problems.push({ field: 'departmentId', message: 'only a referred case is of another department than its matter’s' });
  if (row.evaluation) {
    if (!columns.completedAt) problems.push({ field: 'evaluation', message: 'only a completed case can be evaluated' });
    else if (row.evaluation.evaluatedAt < columns.completedAt)
      problems.push({ field: 'evaluation.evaluatedAt', message: 'evaluated before completion' });
  }
  return { problems, columns: { ...columns, referredToDepartmentId: row.referredToDepartmentId ?? null } };
}
