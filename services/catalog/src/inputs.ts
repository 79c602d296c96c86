import { printableText as text, uuidSchema } from '@hall/service-kit';
import { z } from 'zod';

const days = z.number().int().min(0).max(365);

export const uuidArg = uuidSchema;

export const matterFilterSchema = z
  .object({
    departmentId: uuidArg.nullish(),
    search: text(50).nullish(),
    kind: z.enum(['INSTANT', 'COMMITTED']).nullish(),
    category: z.enum(['PERMIT', 'CHANGE', 'RENEWAL', 'FILING', 'CONFIRMATION', 'OTHER']).nullish(),
    status: z.enum(['DRAFT', 'PUBLISHED', 'WITHDRAWN']).nullish(),
  })
  .nullish();

export const firstSchema = z.number().int().min(1).max(200);

const materialSchema = z.object({
  name: text(100),
  form: z.enum(['ORIGINAL', 'COPY', 'ELECTRONIC']),
  copies: z.number().int().min(0).max(20),
  required: z.boolean(),
  condition: text(200).nullish(),
  source: text(100),
  notes: text(500).nullish(),
});

export const matterInputSchema = z
  .object({
    code: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]{2,39}$/, 'letters, digits and dashes, 3–40 characters'),
    name: text(100, 2),
    departmentId: uuidArg,
    kind: z.enum(['INSTANT', 'COMMITTED']),
    category: z.enum(['PERMIT', 'CHANGE', 'RENEWAL', 'FILING', 'CONFIRMATION', 'OTHER']),
    legalLimitDays: days,
    committedLimitDays: days,
    feeYuan: z.number().min(0).max(10_000_000).nullish(),
    feeBasis: text(300).nullish(),
    channels: z.array(z.enum(['WINDOW', 'ONLINE', 'MAIL', 'APPOINTMENT'])).min(1).max(4),
    keywords: z.array(text(20)).max(20),
    conditions: text(2000),
    legalBasis: z.array(text(300)).min(1).max(10),
    materials: z.array(materialSchema).min(1).max(50),
  })
  .superRefine((input, context) => {
    if (input.committedLimitDays > input.legalLimitDays) {
      context.addIssue({ code: 'custom', path: ['committedLimitDays'], message: 'the committed limit must not exceed the legal limit' });
    }
    if (input.kind === 'INSTANT' && input.committedLimitDays !== 0) {
      context.addIssue({ code: 'custom', path: ['committedLimitDays'], message: 'an instant matter commits 0 days' });
    }
    if (input.feeYuan && !input.feeBasis) {
      context.addIssue({ code: 'custom', path: ['feeBasis'], message: 'a charged matter needs its fee basis' });
    }
    if (new Set(input.channels).size !== input.channels.length) {
      context.addIssue({ code: 'custom', path: ['channels'], message: 'channels must not repeat' });
    }
    for (const [index, material] of input.materials.entries()) {
      if (!material.required && !material.condition) {
        context.addIssue({ code: 'custom', path: ['materials', index, 'condition'], message: 'a conditional material needs its condition' });
      }
    }
  });

export type MatterInput = z.infer<typeof matterInputSchema>;

