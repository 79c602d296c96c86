import { z } from 'zod';

/** Trimmed printable text within a length: tabs and newlines are fine, other control characters are refused. */
export const printableText = (max: number, min = 1) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    // eslint-disable-next-line no-control-regex
    .refine((value) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value), 'must not contain control characters');

export const uuidSchema = z.string().uuid();
