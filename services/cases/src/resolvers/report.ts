import { badUserInput, conflict, parseInput, parsePeriod, periodBounds, printableText, requireRole, serviceUnavailable, uuidSchema } from '@hall/service-kit';
import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { passedWhileClockRan } from '../data/clock';
import type { CasesContext } from '../context';
import type {
  DepartmentBuckPassingResolvers,
  DepartmentRankingResolvers,
  IntegrityFlagResolvers,
  MonthlyReportResolvers,
  MutationResolvers,
  QueryResolvers,
  RankedDepartmentResolvers,
  RecognitionCandidateResolvers,
  RecognitionResolvers,
  ServiceRecordResolvers,
} from '../generated/resolvers';
import { cases, publishedReports, recognitions, reportRules } from '../db/schema';
import { currentRankingWeights } from '../data/ranking-weights';
import { currentReportRules } from '../data/report-rules';
import {
  computeMonthlyReport,
  currentMonth,
  departmentRanking,
  monthCandidates,
  previousMonth,
  publishedReport,
  recognitionInputs,
  type MonthlyReportModel,
  type ReportFigures,
  type ReportInputs,
} from '../data/monthly-report';
import { serviceRecords } from '../data/service-records';
import { disqualifications } from '../domain/report/recognition';
import { monthSchema, RECOGNITION_LIMITS, reportRulesInput } from '../domain/report/rules';

const subject = z.enum(['STAFF', 'WINDOW']);
const confirmInput = z.object({
  month: monthSchema,
  kind: z.enum(['SERVICE_STAR', 'RED_FLAG_WINDOW']),
  subjectId: uuidSchema,
  note: printableText(500),
});

async function reportInputs(context: CasesContext): Promise<ReportInputs> {
  const [weights, rules] = await Promise.all([currentRankingWeights(context.database.db), currentReportRules(context.database.db)]);
  return {
    db: context.database.db,
    figures: context.figures,
    asker: context.identity,
    timeZone: context.settings.timeZone,
    now: context.now,
    weights,
    rules,
    episodeDays: context.settings.episodeDays,
  };
}

/** A month that has begun (the current one is computed live; a later one has no report). */
function reportMonth(context: CasesContext, value: unknown): string {
  const month = parseInput(z.object({ month: monthSchema }), { month: value }).month;
  if (month > currentMonth(context.now, context.settings.timeZone)) throw badUserInput('a month that has not begun has no report', { field: 'month' });
  return month;
}

/** The month's report: as published, else computed now (compared with the month before, published or computed). */
async function monthReportFigures(context: CasesContext, month: string): Promise<{ figures: ReportFigures; publishedAt: Date | null; publishedBy: string | null }> {
  const published = await publishedReport(context.database.db, month);
  if (published) return { figures: published.report, publishedAt: published.publishedAt, publishedBy: published.publishedBy };
  const previous = await publishedReport(context.database.db, previousMonth(month));
  const figures = await computeMonthlyReport(await reportInputs(context), month, previous?.report.ranking ?? null);
  return { figures, publishedAt: null, publishedBy: null };
}

async function withConfirmations(context: CasesContext, report: Awaited<ReturnType<typeof monthReportFigures>>): Promise<MonthlyReportModel> {
  const rows = await context.database.db.select().from(recognitions).where(eq(recognitions.month, report.figures.month));
  const confirmed = new Map(rows.map((row) => [`${row.kind}:${row.subjectId}`, row]));
  return {
    ...report.figures,
    candidates: report.figures.candidates.map((candidate) => ({ ...candidate, confirmed: confirmed.get(`${candidate.kind}:${candidate.subjectId}`) ?? null })),
    publishedAt: report.publishedAt,
    publishedBy: report.publishedBy,
  };
}

/** What the monthly report (月度通报) needs: the ranking, the report, per-subject records, overdue cases, recognitions. */
export const reportQueries: QueryResolvers = {
  async departmentRanking(_, args, context) {
    requireRole(context.identity, 'manager');
    const period = parsePeriod(args.period);
    return departmentRanking(await reportInputs(context), period);
  },

  async monthlyReport(_, args, context) {
    requireRole(context.identity, 'manager');
    return withConfirmations(context, await monthReportFigures(context, reportMonth(context, args.month)));
  },

  reportRules(_, __, { identity, database }) {
    requireRole(identity, 'manager');
    return currentReportRules(database.db);
  },

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
    const month = parseInput(monthSchema, args.month);
    return database.db.select().from(recognitions).where(eq(recognitions.month, month)).orderBy(asc(recognitions.confirmedAt));
  },
};

/**
 * Whether the subject is one of the month's candidates: from the published report once the month is frozen, else by
 * the rules now. Refuses naming what disqualifies it.
 */
async function requireCandidate(context: CasesContext, input: z.infer<typeof confirmInput>): Promise<{ departmentId: string | null }> {
  const published = await publishedReport(context.database.db, input.month);
  if (published) {
    const candidate = published.report.candidates.find((entry) => entry.kind === input.kind && entry.subjectId === input.subjectId);
    if (!candidate) throw conflict(`not a candidate in the published report of ${input.month}`, { disqualifications: [] });
    return candidate;
  }
  const inputs = await reportInputs(context);
  const recognition = await recognitionInputs(inputs, input.month);
  if (input.kind === 'RED_FLAG_WINDOW' && !recognition.windowContext) throw serviceUnavailable(recognition.unavailable.join(', '));
  const candidate = monthCandidates(inputs.rules, recognition).find((entry) => entry.kind === input.kind && entry.subjectId === input.subjectId);
  if (candidate) return candidate;
  const record = (input.kind === 'SERVICE_STAR' ? recognition.staff : recognition.windows).find((entry) => entry.subjectId === input.subjectId);
  const reasons = record
    ? disqualifications(input.kind, record, inputs.rules.minEvaluations, recognition.windowContext ?? { unattended: new Set(), failedInspection: new Set() })
    : ['FEW_EVALUATIONS'];
  throw conflict(`not eligible for ${input.kind} in ${input.month}: ${reasons.join(', ')}`, { disqualifications: reasons });
}

export const reportMutations: MutationResolvers = {
  async confirmRecognition(_, args, context) {
    const { identity, database, now } = context;
    requireRole(identity, 'manager');
    const input = parseInput(confirmInput, args.input);
    reportMonth(context, input.month);
    const { departmentId } = await requireCandidate(context, input);
    return database.db.transaction(async (tx) => {
      // One confirmation at a time per month and kind, so two managers cannot pass the limit together.
      await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`recognition:${input.month}:${input.kind}`}))`);
      const existing = await tx.select().from(recognitions).where(and(eq(recognitions.month, input.month), eq(recognitions.kind, input.kind)));
      if (existing.some((row) => row.subjectId === input.subjectId)) throw conflict('this recognition is already confirmed');
      if (existing.length >= RECOGNITION_LIMITS[input.kind]) throw conflict(`${input.month} already has ${RECOGNITION_LIMITS[input.kind]} ${input.kind} confirmed`);
      const [row] = await tx
        .insert(recognitions)
        .values({
          month: input.month,
          kind: input.kind,
          subjectId: input.subjectId,
          departmentId,
          note: input.note,
          confirmedBy: identity.name ?? identity.userId ?? 'manager',
          confirmedAt: now,
        })
        .returning();
      if (!row) throw new Error('the recognition was not written');
      return row;
    });
  },

  async setReportRules(_, args, { identity, database, now }) {
    requireRole(identity, 'manager');
    const input = parseInput(reportRulesInput, args.input);
    await database.db.insert(reportRules).values({ ...input, setBy: identity.userId ?? 'manager', setAt: now });
    return input;
  },

  async publishMonthlyReport(_, args, context) {
    const { identity, database, now, settings } = context;
    requireRole(identity, 'manager');
    const month = reportMonth(context, args.month);
    if (month >= currentMonth(now, settings.timeZone)) throw badUserInput('a month is published once it has ended', { field: 'month' });
    if (await publishedReport(database.db, month)) throw conflict(`the report of ${month} is already published`);
    const { figures } = await monthReportFigures(context, month);
    if (figures.unavailable.length > 0) throw serviceUnavailable(figures.unavailable.join(', '), `cannot publish while ${figures.unavailable.join(', ')} does not answer`);
    const publishedBy = identity.name ?? identity.userId ?? 'manager';
    const [row] = await database.db
      .insert(publishedReports)
      .values({ month, report: figures, publishedBy, publishedAt: now })
      .onConflictDoNothing()
      .returning();
    if (!row) throw conflict(`the report of ${month} is already published`);
    return withConfirmations(context, { figures: row.report, publishedAt: row.publishedAt, publishedBy: row.publishedBy });
  },
};

export const MonthlyReport: MonthlyReportResolvers = {
  // A report published before the detector's counts were kept has none.
  buckPassing: (report) => report.buckPassing ?? [],
};

export const DepartmentBuckPassing: DepartmentBuckPassingResolvers = {
  department: (entry) => ({ __typename: 'Department', id: entry.departmentId }),
};
export const DepartmentRanking: DepartmentRankingResolvers = {};

export const RankedDepartment: RankedDepartmentResolvers = {
  department: (entry) => ({ __typename: 'Department', id: entry.departmentId }),
};

export const RecognitionCandidate: RecognitionCandidateResolvers = {
  staff: (candidate) => (candidate.kind === 'SERVICE_STAR' ? { id: candidate.subjectId } : null),
  window: (candidate) => (candidate.kind === 'RED_FLAG_WINDOW' ? { id: candidate.subjectId } : null),
  department: (candidate) => (candidate.departmentId ? { __typename: 'Department', id: candidate.departmentId } : null),
};

export const IntegrityFlag: IntegrityFlagResolvers = {
  department: (flag) => (flag.departmentId ? { __typename: 'Department', id: flag.departmentId } : null),
  window: (flag) => (flag.windowId ? { id: flag.windowId } : null),
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
