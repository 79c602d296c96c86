import { uuidSchema } from '@hall/service-kit';
import { z } from 'zod';
import { REGISTRATION_STAGES } from '../db/schema';
import { certificateNumberSchema, unitNumberSchema } from '../domain/numbers';

export const stageSchema = z.enum(REGISTRATION_STAGES);

/** `first` of a list: 1–200. */
export const pageSize = z.number().int().min(1).max(200);

export const listInput = z.object({ stage: stageSchema.nullish(), first: pageSize });

/** An empty or blank number counts as not given. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? null : value), schema.nullish());

export const stepInput = z.object({
  caseId: uuidSchema,
  stage: stageSchema,
  unitNumber: optional(unitNumberSchema),
  certificateNumber: optional(certificateNumberSchema),
});

/** 预约号源 per half-day: 0 (no appointments) to 200. */
const halfDayQuota = z.number().int().min(0, 'is at least 0').max(200, 'is at most 200 appointments a half-day');

export const quotaInput = z.object({ matterId: uuidSchema, morning: halfDayQuota, afternoon: halfDayQuota });
