import { conflict, parseInput, printableText, requireRole, uuidSchema } from '@hall/service-kit';
import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { CasesContext } from '../context';
import { cases, recognitions } from '../db/schema';
import type { CaseRow } from '../loaders';
import { serviceRecords, type ServiceRecord } from '../service-records';
import { periodBounds } from '../stats';
import { parsePeriod } from './Query';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month is YYYY-MM');
const subject = z.enum(['STAFF', 'WINDOW']);
const confirmInput = z.object({
  month,
  kind: z.enum(['SERVICE_STAR', 'RED_FLAG_WINDOW']),
  subjectId: uuidSchema,
  departmentId: uuidSchema.nullish(),
  note: printableText(500),
});

/** 服务明星: two a month; 流动红旗: one. */
const LIMITS = { SERVICE_STAR: 2, RED_FLAG_WINDOW: 1 } as const;

type RecognitionRow = typeof recognitions.$inferSelect;

/** What the monthly report (月度通报) needs beside the statistics: per-subject records, overdue cases, recognitions. */
export const reportQueries = {
  async serviceRecords(_: unknown, args: { period: unknown; by: unknown }, { identity, database, settings, now }: CasesContext): Promise<SubjectRecord[]> {
    requireRole(identity, 'manager');
    const by = parseInput(subject, args.by);
    const records = await serviceRecords(database.db, by, parsePeriod(args.period, 400), settings.timeZone, now);
    return records.map((record) => ({ ...record, by }));
  },

  /** Cases whose committed deadline fell in the period and passed while the clock ran (the yellow cards), by deadline. */
  async overdueCases(_: unknown, args: { period: unknown }, { identity, database, settings, now }: CasesContext): Promise<CaseRow[]> {
    requireRole(identity, 'manager');
    const { start, end } = periodBounds(parsePeriod(args.period, 400), settings.timeZone);
    return database.db
      .select()
      .from(cases)
      .where(
        sql`${cases.dueAt} >= ${start.toISOString()}::timestamptz AND ${cases.dueAt} < ${end.toISOString()}::timestamptz
          AND ${cases.dueAt} < ${now.toISOString()}::timestamptz
          AND (${cases.pausedSince} IS NULL OR ${cases.dueAt} < ${cases.pausedSince})
          AND (CASE WHEN ${cases.completedAt} IS NOT NULL THEN ${cases.dueAt} < ${cases.completedAt}
            ELSE ${cases.status} NOT IN ('WITHDRAWN', 'NOT_ACCEPTED', 'REFERRED') END)`,
      )
      .orderBy(asc(cases.dueAt));
  },

  async recognitions(_: unknown, args: { month: unknown }, { identity, database }: CasesContext): Promise<RecognitionRow[]> {
    requireRole(identity, 'manager');
    return database.db.select().from(recognitions).where(eq(recognitions.month, parseInput(month, args.month))).orderBy(asc(recognitions.confirmedAt));
  },
};

export const reportMutations = {
  async confirmRecognition(_: unknown, args: { input: unknown }, { identity, database, now }: CasesContext): Promise<RecognitionRow> {
    requireRole(identity, 'manager');
    const input = parseInput(confirmInput, args.input);
    return database.db.transaction(async (tx) => {
      // One confirmation at a time per month and kind, so two managers cannot pass the limit together.
      await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`recognition:${input.month}:${input.kind}`}))`);
      const existing = await tx.select().from(recognitions).where(and(eq(recognitions.month, input.month), eq(recognitions.kind, input.kind)));
      if (existing.some((row) => row.subjectId === input.subjectId)) throw conflict('this recognition is already confirmed');
      if (existing.length >= LIMITS[input.kind]) throw conflict(`${input.month} already has ${LIMITS[input.kind]} ${input.kind} confirmed`);
      const [row] = await tx
        .insert(recognitions)
        .values({
          month: input.month,
          kind: input.kind,
          subjectId: input.subjectId,
          departmentId: input.departmentId ?? null,
          note: input.note,
          confirmedBy: identity.name ?? identity.userId ?? 'manager',
          confirmedAt: now,
        })
        .returning();
      if (!row) throw new Error('the recognition was not written');
      return row;
    });
  },
};

type SubjectRecord = ServiceRecord & { by: 'STAFF' | 'WINDOW' };

/** References into the duty and catalog subgraphs. */
export const ServiceRecordType = {
  staff: (record: SubjectRecord) => (record.by === 'STAFF' ? { id: record.subjectId } : null),
  window: (record: SubjectRecord) => (record.by === 'WINDOW' ? { id: record.subjectId } : null),
  department: (record: SubjectRecord) => (record.departmentId ? { id: record.departmentId } : null),
};

export const Recognition = {
  staff: (row: RecognitionRow) => (row.kind === 'SERVICE_STAR' ? { id: row.subjectId } : null),
  window: (row: RecognitionRow) => (row.kind === 'RED_FLAG_WINDOW' ? { id: row.subjectId } : null),
  department: (row: RecognitionRow) => (row.departmentId ? { id: row.departmentId } : null),
};
