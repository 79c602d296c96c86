import { z } from 'zod';
import type { ItemOutcome } from '../domain/checklist';
import {
  appealDecisionNoteSchema,
  appealReasonSchema,
  draftInputSchema,
  isoDate,
  itemResultSchema,
  itemResultsSchema,
  planInputSchema,
  reopenReasonSchema,
  responseInputSchema,
  supervisorFields,
  termInOrder,
  termOrderError,
  text,
  uuidSchema,
  verificationNoteSchema,
} from '../resolvers/inputs';

/**
 * The bulk import's records: each parsed with the API's own input schemas (`resolvers/inputs.ts`), extended with what
 * only an import carries (ids, states, times, who acted).
 */

/** A supervisor as `createSupervisor` takes it, with its id, a term always given, and whether it is active. */
export const bulkSupervisorSchema = supervisorFields
  .extend({ id: uuidSchema, termStart: isoDate, termEnd: isoDate, active: z.boolean().optional() })
  .refine(termInOrder, termOrderError);

const userId = z.string().max(200).nullable();

/** A user of the platform acting on an order: the manager, a supervisor (with their supervisor id) or a department admin. */
export const bulkActorSchema = z.discriminatedUnion('role', [
  z.object({ role: z.literal('manager'), userId }),
  z.object({ role: z.literal('supervisor'), userId, supervisorId: uuidSchema }),
  z.object({ role: z.literal('dept_admin'), userId }),
]);

const responded = { response: responseInputSchema.shape.actions, respondedAt: z.date(), respondedBy: bulkActorSchema };

/** How far an order opened at submission got: still open, responded, verified, or responded and sent back (reopened, open again). */
export const bulkRectificationSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('OPEN') }),
  z.object({ status: z.literal('RESPONDED'), ...responded }),
  z.object({
    status: z.literal('VERIFIED'),
    ...responded,
    verifiedAt: z.date(),
    verifiedBy: bulkActorSchema,
    note: verificationNoteSchema,
  }),
  z.object({ status: z.literal('REOPENED'), ...responded, reopenedAt: z.date(), reopenedBy: bulkActorSchema, reason: reopenReasonSchema }),
]);

export const bulkAppealSchema = z.object({
  /** The failed item whose finding is appealed. */
  itemKey: itemResultSchema.shape.itemKey,
  reason: appealReasonSchema,
  filedAt: z.date(),
  decision: z
    .object({ status: z.enum(['UPHELD', 'OVERTURNED']), note: appealDecisionNoteSchema, decidedAt: z.date(), by: bulkActorSchema })
    .nullish(),
});

/** An inspection recorded before checklists: its score and findings as written, no answers and no checklist version. */
export const bulkLegacySchema = z.object({
  score: z.number().min(0).max(100).nullable(),
  findings: z.array(text(1000)).max(50),
});

/** An inspection as `saveInspectionDraft` records it, with where, who, when and what became of it. */
export const bulkInspectionSchema = draftInputSchema.omit({ items: true }).extend({
  id: uuidSchema,
  windowId: uuidSchema,
  departmentId: uuidSchema,
  supervisorId: uuidSchema,
  plannedFor: isoDate,
  status: z.enum(['PLANNED', 'DRAFT', 'SUBMITTED']),
  submittedAt: z.date().nullish(),
  /** The supervisor's user id, recorded on the order's opening event. */
  submittedBy: userId.optional(),
  /** Every item for a submitted inspection; any for a draft; none for a planned one. */
  results: itemResultsSchema.optional(),
  /** Only when the rules open an order (below the pass threshold or a serious finding); OPEN when absent. */
  rectification: bulkRectificationSchema.optional(),
  appeals: z.array(bulkAppealSchema).max(200).optional(),
  legacy: bulkLegacySchema.optional(),
});

/** A plan as `createInspectionPlan` takes it, with its id, seed and creation time; its visits are assigned on import. */
export const bulkPlanSchema = planInputSchema.extend({ id: uuidSchema, seed: text(100), createdAt: z.date() });

export type BulkSupervisor = z.input<typeof bulkSupervisorSchema>;
export type BulkActor = z.input<typeof bulkActorSchema>;
export type BulkRectificationProgress = z.input<typeof bulkRectificationSchema>;
export type BulkAppeal = z.input<typeof bulkAppealSchema>;
export type BulkInspection = Omit<z.input<typeof bulkInspectionSchema>, 'results'> & { results?: ItemOutcome[] };
export type BulkPlan = z.input<typeof bulkPlanSchema>;
export type ParsedInspection = z.output<typeof bulkInspectionSchema>;
export type ParsedActor = z.output<typeof bulkActorSchema>;
