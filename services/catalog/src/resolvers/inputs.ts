import { printableText as text, uuidSchema } from '@hall/service-kit';
import { z } from 'zod';

const days = z.number().int().min(0).max(365);

export const uuidArg = uuidSchema;

export const KINDS = ['INSTANT', 'COMMITTED'] as const;
export const CATEGORIES = ['PERMIT', 'CHANGE', 'RENEWAL', 'FILING', 'CONFIRMATION', 'OTHER'] as const;
export const STATUSES = ['DRAFT', 'PUBLISHED', 'WITHDRAWN'] as const;
export const CHANNELS = ['WINDOW', 'ONLINE', 'MAIL', 'APPOINTMENT'] as const;
export const FORMS = ['ORIGINAL', 'COPY', 'ELECTRONIC'] as const;

/** 事项编码: letters, digits and dashes, e.g. 339900-SCJG-XK-001. */
export const matterCodeSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]{2,39}$/, 'letters, digits and dashes, 3–40 characters');

export const matterFilterSchema = z
  .object({
    departmentId: uuidArg.nullish(),
    // Whitespace of any kind separates words; every word must be found.
    search: text(50)
      .transform((value) => value.split(/\s+/).filter(Boolean).join(' '))
      .nullish(),
    kind: z.enum(KINDS).nullish(),
    category: z.enum(CATEGORIES).nullish(),
    channel: z.enum(CHANNELS).nullish(),
    status: z.enum(STATUSES).nullish(),
  })
  .nullish();

export type MatterFilter = NonNullable<z.infer<typeof matterFilterSchema>>;

export const firstSchema = z.number().int().min(1).max(200);
export const offsetSchema = z.number().int().min(0).max(100_000);

/** A sample template (示范文本) is referenced by an http(s) URL or a path on the hall's site. */
const templateReference = text(300).refine((value) => /^(https?:\/\/|\/)\S+$/.test(value), 'an http(s) URL or a path starting with /');

const materialSchema = z.object({
  name: text(100),
  form: z.enum(FORMS),
  copies: z.number().int().min(0).max(20),
  required: z.boolean(),
  condition: text(200).nullish(),
  source: text(100),
  notes: text(500).nullish(),
  sampleTemplate: templateReference.nullish(),
});

const stepSchema = z.object({
  name: text(50),
  post: text(50),
  days,
});

export const matterInputSchema = z
  .object({
    code: matterCodeSchema,
    name: text(100, 2),
    departmentId: uuidArg,
    kind: z.enum(KINDS),
    category: z.enum(CATEGORIES),
    legalLimitDays: days,
    committedLimitDays: days,
    feeYuan: z.number().gt(0, 'leave feeYuan null for a free matter').max(10_000_000).nullish(),
    feeBasis: text(300).nullish(),
    channels: z.array(z.enum(CHANNELS)).min(1).max(4),
    keywords: z.array(text(20)).max(20),
    conditions: text(2000),
    legalBasis: z.array(text(300)).min(1).max(10),
    materials: z.array(materialSchema).min(1).max(50),
    onSiteInspection: z.boolean().default(false),
    jointDepartmentIds: z.array(uuidArg).max(10).default([]),
    processSteps: z.array(stepSchema).max(20).default([]),
    refusalGrounds: z.array(text(300)).max(20).default([]),
    appealRoute: text(1000).nullish(),
  })
  .superRefine((input, context) => {
    const issue = (path: (string | number)[], message: string) => context.addIssue({ code: 'custom', path, message });
    if (input.committedLimitDays > input.legalLimitDays)
      issue(['committedLimitDays'], 'the committed limit must not exceed the legal limit');
    if (input.kind === 'INSTANT' && input.committedLimitDays !== 0) issue(['committedLimitDays'], 'an instant matter commits 0 days');
    if (input.feeYuan && !input.feeBasis) issue(['feeBasis'], 'a charged matter needs its fee basis');
    if (!input.feeYuan && input.feeBasis) issue(['feeBasis'], 'a free matter has no fee basis');
    if (new Set(input.channels).size !== input.channels.length) issue(['channels'], 'channels must not repeat');
    if (new Set(input.keywords).size !== input.keywords.length) issue(['keywords'], 'keywords must not repeat');
    if (new Set(input.materials.map((material) => material.name)).size !== input.materials.length) {
      issue(['materials'], 'material names must not repeat');
    }
    for (const [index, material] of input.materials.entries()) {
      if (!material.required && !material.condition) issue(['materials', index, 'condition'], 'a conditional material needs its condition');
      if (material.required && material.condition) issue(['materials', index, 'condition'], 'a required material has no condition');
    }
    if (new Set(input.jointDepartmentIds).size !== input.jointDepartmentIds.length)
      issue(['jointDepartmentIds'], 'departments must not repeat');
    if (input.jointDepartmentIds.includes(input.departmentId)) {
      issue(['jointDepartmentIds'], 'the lead department is not one of its own joint-approval departments');
    }
    const stepDays = input.processSteps.reduce((sum, step) => sum + step.days, 0);
    if (stepDays > input.committedLimitDays) {
      issue(['processSteps'], `the steps take ${stepDays} working days, more than the committed ${input.committedLimitDays}`);
    }
  });

export type MatterInput = z.infer<typeof matterInputSchema>;

export const departmentInputSchema = z.object({
  code: z.string().regex(/^[A-Z]{2,10}$/, '2–10 capital letters'),
  name: text(50, 2),
  shortName: text(10),
  hallZone: text(20),
  contactPhone: z.string().regex(/^(0\d{2,3}-\d{7,8}|1[3-9]\d{9}|\d{5})$/, 'a landline (0571-87654321), a mobile or a 5-digit hotline'),
  parentId: uuidArg.nullish(),
});

export type DepartmentInput = z.infer<typeof departmentInputSchema>;
