import { isIsoDate, printableText, uuidSchema } from '@hall/service-kit';
import { z } from 'zod';
import { BAD_REVIEW_ACTIONS, type BadReviewAction } from '../domain/badReviews';
import { badReviewTag, complaintChannel, complaintSubject, evaluationChannel } from '../db/schema';

const isoDay = z.string().refine(isIsoDate, 'a calendar day written YYYY-MM-DD');

export const versioned = z.object({ id: uuidSchema, expectedVersion: z.number().int().min(1) });

export const registerInput = z.object({
  matterId: uuidSchema,
  applicantName: printableText(50),
  applicantIdNumber: z.string().regex(/^\d{17}[\dX]$/, 'an 18-character resident ID'),
  applicantPhone: z.string().regex(/^1\d{10}$/, 'an 11-digit mobile number'),
  windowId: uuidSchema.nullish(),
  firstOwnerStaffId: uuidSchema.nullish(),
  online: z.boolean().nullish(),
  completeOnTheSpot: z.boolean().nullish(),
  referredFromCaseId: uuidSchema.nullish(),
});

export const supplementInput = versioned.extend({
  receivedMaterials: z.array(printableText(200)).max(100),
  missingMaterials: z.array(printableText(200)).min(1).max(100),
  note: printableText(2000),
});

export const resubmitInput = versioned.extend({ atWindow: z.boolean(), note: printableText(2000).nullish() });
export const noteInput = versioned.extend({ note: printableText(2000).nullish() });
export const reasonInput = versioned.extend({ reason: printableText(2000) });

export const rejectInput = versioned.extend({
  reason: printableText(2000),
  policyBasis: printableText(2000),
  appealRoute: printableText(2000),
  review: z.object({
    date: isoDay,
    reviewers: z.array(printableText(50)).max(20),
    conclusion: printableText(2000).nullish(),
  }),
});

export const referInput = versioned.extend({ toDepartmentId: uuidSchema, reason: printableText(2000) });

export const decideInput = versioned.extend({ approved: z.boolean(), reason: printableText(2000).nullish() });

export const deliverInput = versioned.extend({
  method: z.enum(['PICKUP', 'MAIL']),
  carrier: printableText(50).nullish(),
  trackingNumber: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9-]{6,40}$/, '6–40 letters, digits or dashes')
    .nullish(),
});

/** 差评 tags (GB/T 39734), chosen by the reviewer or at verification. */
export const tagsSchema = z.array(z.enum(badReviewTag.enumValues)).max(badReviewTag.enumValues.length);

/** 好差评 with the case's evaluation code (`evaluateCase`); the bulk import carries the same rating without the code. */
export const evaluateInput = z.object({
  code: z.string().max(64),
  level: z.number().int().min(1).max(5),
  channel: z.enum(evaluationChannel.enumValues),
  comment: printableText(1000).nullish(),
  realName: z.boolean().nullish(),
  tags: tagsSchema.nullish(),
});

/** 差评 tags go with a bad review (level 1–2) only: the rule of evaluateCase and of the import alike. */
export function requireTagsOnBadReview(row: { level: number; tags?: readonly string[] | null }, context: z.RefinementCtx): void {
  if (row.tags?.length && row.level > 2) context.addIssue({ code: 'custom', path: ['tags'], message: '差评 tags go with a level 1–2 evaluation only' });
}

/** The tags stored with an evaluation: each once, and none on a good review. */
export function storedTags<T extends string>(level: number, tags: readonly T[] | null | undefined): T[] {
  return level <= 2 ? [...new Set(tags ?? [])] : [];
}

/** One step of a bad review's workflow (`advanceBadReview`); OPEN and OVERDUE are the system's, never a person's. */
export const advanceInput = z.object({
  id: uuidSchema,
  expectedVersion: z.number().int().min(1),
  action: z.enum(Object.keys(BAD_REVIEW_ACTIONS) as [BadReviewAction, ...BadReviewAction[]], { message: 'OPEN and OVERDUE are the system’s steps' }),
  note: printableText(2000),
  tags: tagsSchema.nullish(),
});

export const visitInput = z.object({ id: uuidSchema, purpose: printableText(200), windowId: uuidSchema.nullish() });

export const calendarDayInput = z.object({
  day: isoDay,
  kind: z.enum(['WORKING', 'OFF']).nullable(),
  note: printableText(200).nullish(),
});

/** What a complaint says, filed now (`fileComplaint`) or imported from the hall's history (`importComplaintRows`). */
export const complaintFields = z.object({
  channel: z.enum(complaintChannel.enumValues),
  subject: z.enum(complaintSubject.enumValues),
  departmentId: uuidSchema.nullish(),
  windowId: uuidSchema.nullish(),
  staffId: uuidSchema.nullish(),
  matterId: uuidSchema.nullish(),
  content: printableText(4000, 5),
  complainantName: printableText(50).nullish(),
  complainantPhone: z
    .string()
    .regex(/^1\d{10}$/, 'an 11-digit mobile number')
    .nullish(),
});

/** A complaint names what it is about: the department, window, staff member or matter of its subject. */
export function requireComplaintSubject(input: z.infer<typeof complaintFields>, context: z.RefinementCtx): void {
  const needed = { DEPARTMENT: 'departmentId', WINDOW: 'windowId', STAFF: 'staffId', MATTER: 'matterId' } as const;
  const field = needed[input.subject];
  if (!input[field])
    context.addIssue({ code: 'custom', path: [field], message: `a complaint about a ${input.subject.toLowerCase()} names it` });
}
