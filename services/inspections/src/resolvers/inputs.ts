import { isIsoDate, periodSchema, printableText as text, uuidSchema } from '@hall/service-kit';
import { z } from 'zod';
import { NORMS, OUTCOMES } from '../domain/checklist';

export const isoDate = z.string().refine(isIsoDate, 'must be a calendar day YYYY-MM-DD');

/** A supervisor's fields, before the rule across them (`termInOrder`); the bulk import extends them. */
export const supervisorFields = z.object({
  name: text(50),
  affiliation: text(100),
  phone: z.string().regex(/^1\d{10}$|^0\d{2,3}-\d{7,8}$/, 'an 11-digit mobile or a landline like 0571-87654321'),
  termStart: isoDate.nullish(),
  termEnd: isoDate.nullish(),
  tiedDepartmentIds: z.array(uuidSchema).max(50),
});

export const termInOrder = (input: { termStart?: string | null | undefined; termEnd?: string | null | undefined }): boolean =>
  !input.termStart || !input.termEnd || input.termStart <= input.termEnd;
export const termOrderError = { message: 'the term must not end before it starts', path: ['termEnd'] };

export const supervisorInputSchema = supervisorFields.refine(termInOrder, termOrderError);

const itemKey = z.string().regex(/^[A-Za-z0-9_-]{1,30}$/, 'letters, digits, - and _, at most 30');

export const templateInputSchema = z.object({
  name: text(100),
  sections: z
    .array(
      z.object({
        key: itemKey,
        norm: z.enum(NORMS),
        title: text(50),
        weight: z.number().positive().max(100),
        items: z
          .array(
            z.object({
              key: itemKey,
              text: text(200),
              points: z.number().positive().max(100),
              deductionRule: text(200),
              allowNotApplicable: z.boolean(),
              serious: z.boolean(),
            }),
          )
          .min(1)
          .max(50),
      }),
    )
    .min(1)
    .max(20),
});

export const planInputSchema = z.object({
  name: text(100),
  period: periodSchema,
  windows: z
    .array(z.object({ windowId: uuidSchema, departmentIds: z.array(uuidSchema).min(1).max(20) }))
    .min(1)
    .max(500)
    .refine((windows) => new Set(windows.map((w) => w.windowId)).size === windows.length, 'a window is listed twice'),
  visits: z.number().int().min(1).max(2000).nullish(),
  seed: text(100).nullish(),
});

export const itemResultSchema = z.object({
  itemKey,
  outcome: z.enum(OUTCOMES),
  comment: text(1000).nullish(),
});

export const itemResultsSchema = z.array(itemResultSchema).max(200);

export const draftInputSchema = z.object({
  visitedAt: z.date().nullish(),
  staffId: uuidSchema.nullish(),
  scenario: text(500).nullish(),
  items: itemResultsSchema.nullish(),
});

export const uploadSchema = z.object({
  fileName: text(200).refine((name) => !/[\\/]/.test(name), 'a file name, without folders'),
  contentBase64: z.string().min(1),
});

export const amendmentInputSchema = z.object({ reason: text(1000), items: z.array(itemResultSchema).min(1).max(200) });

export const responseInputSchema = z.object({ actions: text(4000), evidence: z.array(uploadSchema).max(10).nullish() });

export const verificationNoteSchema = text(1000).nullish();
export const reopenReasonSchema = text(1000);
export const appealReasonSchema = text(2000);
export const appealDecisionNoteSchema = text(2000);

/** A plan visits every window at least once. */
export function coversEveryWindow(input: { windows: readonly unknown[]; visits?: number | null | undefined }): boolean {
  return (input.visits ?? input.windows.length) >= input.windows.length;
}

export const settingsInputSchema = z.object({
  passThreshold: z.number().min(0).max(100),
  rectificationDueWorkingDays: z.number().int().min(1).max(60),
});

export { text, uuidSchema };
