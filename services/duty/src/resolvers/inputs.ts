import { isIsoDate, printableText, uuidSchema } from '@hall/service-kit';
import { z } from 'zod';

export const isoDate = z.string().refine(isIsoDate, 'is not a YYYY-MM-DD date (a real calendar day)');
export const id = uuidSchema;
export const matterCategory = z.enum(['PERMIT', 'CHANGE', 'RENEWAL', 'FILING', 'CONFIRMATION', 'OTHER']);
export const shiftPeriod = z.enum(['MORNING', 'AFTERNOON', 'FULL_DAY']);
export const staffPost = z.enum(['ACCEPTANCE', 'APPROVAL', 'CONSULTATION', 'CHIEF_REPRESENTATIVE']);
export const windowCategory = z.enum(['COMPREHENSIVE', 'SPECIALISED', 'CONSULTATION', 'PICKUP', 'GREEN_CHANNEL', 'SELF_SERVICE']);

/** A photo reference: an http(s) URL or a path in the hall's photo store. */
const photoUrl = z
  .string()
  .trim()
  .max(500)
  .refine(
    (value) => /^https?:\/\/[^\s]+$/.test(value) || /^\/?[\w.-]+(\/[\w.-]+)*$/.test(value),
    'must be an http(s) URL or a path like photos/ZW12345.jpg',
  );

export const staffInput = z.object({
  employeeNo: z
    .string()
    .trim()
    .regex(/^[A-Z0-9][A-Z0-9-]{2,19}$/, 'must be 3–20 capital letters, digits or dashes'),
  name: printableText(30),
  departmentId: id,
  post: staffPost,
  partyMember: z.boolean(),
  photoUrl: photoUrl.nullish(),
  postedSince: isoDate,
});

export const staffUpdate = z
  .object({
    name: printableText(30),
    post: staffPost,
    partyMember: z.boolean(),
    photoUrl: photoUrl.nullable(),
    postedSince: isoDate,
    active: z.boolean(),
  })
  .partial();

const windowFields = {
  name: printableText(60),
  category: windowCategory,
  hallZone: printableText(20),
  departmentIds: z.array(id).min(1).max(10),
  matterCategories: z.array(matterCategory).max(6),
  openingHours: printableText(200).nullish(),
};

export const windowInput = z.object({
  number: z
    .string()
    .trim()
    .regex(/^[A-Z][0-9]{2,3}$/, 'must be a zone letter and 2–3 digits, e.g. A01'),
  ...windowFields,
});
export const windowUpdate = z.object({ ...windowFields, active: z.boolean() }).partial();

export const shiftInput = z.object({ windowId: id, staffId: id, date: isoDate, period: shiftPeriod });

export const swapRequestInput = z
  .object({
    kind: z.enum(['REPLACEMENT', 'EXCHANGE']),
    staffId: id,
    otherStaffId: id,
    effectiveFrom: isoDate,
    effectiveTo: isoDate.nullish().transform((value) => value ?? null),
    reason: printableText(1000, 4),
    documentNo: printableText(50)
      .nullish()
      .transform((value) => value ?? null),
    emergency: z.boolean(),
  })
  .refine((input) => input.staffId !== input.otherStaffId, { message: 'a request names two different people', path: ['otherStaffId'] })
  .refine((input) => input.effectiveTo === null || input.effectiveTo >= input.effectiveFrom, {
    message: 'must not be before effectiveFrom',
    path: ['effectiveTo'],
  });

export const decisionNote = printableText(1000, 2);
export const ticketNumber = z
  .string()
  .trim()
  .regex(/^[A-Z]\d{3,5}$/, 'must look like A023');

/** Drops keys whose value is undefined (GraphQL leaves omitted input fields out; null means "clear"). */
export function given<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
}
