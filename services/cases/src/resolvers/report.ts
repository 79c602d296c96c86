import { conflict, parseInput, parsePeriod, periodBounds, printableText, requireRole, uuidSchema } from '@hall/service-kit';
import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { passedWhileClockRan } from '../data/clock';
import type { MutationResolvers, QueryResolvers, RecognitionResolvers, ServiceRecordResolvers } from '../generated/resolvers';
import { cases, recognitions } from '../db/schema';
import { serviceRecords } from '../data/service-records';

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

/** What the monthly report (月度通报) needs beside the statistics: per-subject records, overdue cases, recognitions. */
export const reportQueries: QueryResolvers = {
  async serviceRecords(_, args, { identity, database, settings, now }) {
    requireRole(identity, 'manager');
    const by = parseInput(subject, args.by);
    const records = await serviceRecords(database.db, by, parsePeriod(args.period), settings.timeZone, now);
    return records.map((record) => ({ ...record, by }));
  },

  /** Cases whose committed deadline fell in the period and passed while the clock ran (the yellow cards), by deadline. */
  async overdueCases(_, args, { identity, database, settings, now }) {
    requireRole(identity, 'manager');
    const { start, end } = periodBounds(parsePeriod(args.period), settings.timeZone);
    return database.db
      .select()
      .from(cases)
      .where(
        sql`${cases.dueAt} >= ${start.toISOString()}::timestamptz AND ${cases.dueAt} < ${end.toISOString()}::timestamptz
          AND ${passedWhileClockRan(sql`${cases.dueAt}`, now)}`,
      )
      .orderBy(asc(cases.dueAt));
  },

  async recognitions(_, args, { identity, database }) {
    requireRole(identity, 'manager');
    return database.db.select().from(recognitions).where(eq(recognitions.month, parseInput(month, args.month))).orderBy(asc(recognitions.confirmedAt));
  },
};

export const reportMutations: MutationResolvers = {
  async confirmRecognition(_, args, { identity, database, now }) {
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

/** References into the duty and catalog subgraphs. */
export const ServiceRecordType: ServiceRecordResolvers = {
  staff: (record) => (record.by === 'STAFF' ? { id: record.subjectId } : null),
  window: (record) => (record.by === 'WINDOW' ? { id: record.subjectId } : null),
  department: (record) => (record.departmentId ? { id: record.departmentId } : null),
};

export const Recognition: RecognitionResolvers = {
  staff: (row) => (row.kind === 'SERVICE_STAR' ? { id: row.subjectId } : null),
  window: (row) => (row.kind === 'RED_FLAG_WINDOW' ? { id: row.subjectId } : null),
  department: (row) => (row.departmentId ? { id: row.departmentId } : null),
};
