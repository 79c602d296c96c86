import {
  addDays,
  dayNumber,
  forbidden,
  knowsHolidaysOf,
  parsePeriod,
  parseInput,
  requireRole,
  statutoryDay,
  uuidSchema,
  WorkingCalendar,
} from '@hall/service-kit';
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { QueryResolvers } from '../generated/resolvers';
import { calendarDays, caseEvents, cases, caseStatus } from '../db/schema';
import { decodeCursor, encodeCursor } from '../data/pagination';
import { canSeeCase } from '../domain/privacy';
import { caseCounts, caseStatsOf, EMPTY_CASE_COUNTS, evaluationCounts, evaluationStatsOf } from '../data/stats';
import { clockRunning } from '../data/clock';
import { warningCondition, warningOf, type Warning } from '../data/warnings';

const WARNING_ORDER: Record<Warning, number> = { RED: 0, YELLOW: 1, PRE: 2, NONE: 3 };

const casesArgs = z.object({
  filter: z
    .object({
      departmentId: uuidSchema.nullish(),
      status: z.enum(caseStatus.enumValues).nullish(),
      warning: z.enum(['NONE', 'PRE', 'YELLOW', 'RED']).nullish(),
    })
    .nullish(),
  first: z.number().int().min(1).max(100),
  after: z.string().max(200).nullish(),
});

const progressArgs = z.object({
  number: z
    .string()
    .trim()
    .regex(/^[A-Z0-9-]{6,30}$/, 'a case number is 6–30 capital letters, digits or dashes'),
  phoneTail: z.string().regex(/^\d{4}$/, 'the last four digits of the phone'),
});

/** A day as `CalendarDay` shows it: worked or not on `calendar`, with the manager's override of it, if any. */
function calendarDayOf(day: string, calendar: WorkingCalendar, override: { kind: 'WORKING' | 'OFF'; note: string | null } | undefined) {
  return {
    day,
    working: calendar.isWorkingDay(day),
    holiday: statutoryDay(day)?.holiday ?? null,
    statutoryDataKnown: knowsHolidaysOf(Number(day.slice(0, 4))),
    override: override?.kind ?? null,
    note: override?.note ?? null,
  };
}

export const Query: QueryResolvers = {
  async cases(_, rawArgs, { identity, database, now }) {
    requireRole(identity, 'staff', 'dept_admin', 'manager');
    const args = parseInput(casesArgs, rawArgs);
    const conditions: SQL[] = [];
    if (identity.role === 'manager') {
      if (args.filter?.departmentId) conditions.push(eq(cases.departmentId, args.filter.departmentId));
    } else {
      if (args.filter?.departmentId && args.filter.departmentId !== identity.departmentId) throw forbidden('cases of another department');
      conditions.push(eq(cases.departmentId, identity.departmentId ?? ''));
    }
    if (args.filter?.status) conditions.push(eq(cases.status, args.filter.status));
    if (args.filter?.warning) conditions.push(warningCondition(args.filter.warning, now));
    if (args.after) {
      const cursor = decodeCursor(args.after);
      conditions.push(sql`(${cases.submittedAt}, ${cases.id}) < (${cursor.submittedAt.toISOString()}::timestamptz, ${cursor.id}::uuid)`);
    }
    const rows = await database.db
      .select()
      .from(cases)
      .where(and(...conditions))
      // NULLS LAST as the indexes are built (drizzle-kit's default), or PostgreSQL sorts instead of walking an index.
      .orderBy(sql`${cases.submittedAt} DESC NULLS LAST`, sql`${cases.id} DESC NULLS LAST`)
      .limit(args.first + 1);
    const nodes = rows.slice(0, args.first);
    const last = nodes[nodes.length - 1];
    return {
      nodes,
      hasNextPage: rows.length > args.first,
      endCursor: rows.length > args.first && last ? encodeCursor(last) : null,
    };
  },

  async case(_, args, { identity, loaders }) {
    requireRole(identity, 'staff', 'dept_admin', 'manager');
    const kase = await loaders.caseById.load(parseInput(uuidSchema, args.id));
    if (kase && !canSeeCase(identity, kase)) throw forbidden('a case of another department');
    return kase;
  },

  /** Open to the public: the number and the phone's last four digits together identify the applicant's case. */
  async caseProgress(_, rawArgs, { database, rateLimit }) {
    const number = typeof rawArgs.number === 'string' ? rawArgs.number.trim() : '';
    // Counted before the lookup, right and wrong tails alike: after the limit even the right tail is refused.
    await rateLimit.consume('caseProgress', /^[A-Z0-9-]{6,30}$/.test(number) ? number : undefined);
    const args = parseInput(progressArgs, rawArgs);
    const [kase] = await database.db
      .select()
      .from(cases)
      .where(and(eq(cases.number, args.number), sql`right(${cases.applicantPhone}, 4) = ${args.phoneTail}`));
    if (!kase) return null;
    const steps = await database.db
      .select({ at: caseEvents.at, status: caseEvents.toStatus })
      .from(caseEvents)
      .where(eq(caseEvents.caseId, kase.id))
      .orderBy(asc(caseEvents.id));
    return {
      number: kase.number,
      matter: { __typename: 'Matter', id: kase.matterId },
      status: kase.status,
      submittedAt: kase.submittedAt,
      dueAt: kase.dueAt,
      steps,
      firstOwner: { __typename: 'Staff', id: kase.firstOwnerStaffId },
    };
  },

  async calendar(_, args, context) {
    const period = parsePeriod({ from: args.from, to: args.to });
    const calendar = await context.calendar();
    const overrides = await context.database.db
      .select()
      .from(calendarDays)
      .where(sql`${calendarDays.day} BETWEEN ${period.from} AND ${period.to}`);
    const byDay = new Map(overrides.map((row) => [row.day, row]));
    const days = [];
    for (let day = period.from; dayNumber(day) <= dayNumber(period.to); day = addDays(day, 1)) days.push(calendarDayOf(day, calendar, byDay.get(day)));
    return days;
  },

  async calendarOverrides(_, __, { database }) {
    const overrides = await database.db.select().from(calendarDays).orderBy(asc(calendarDays.day));
    const calendar = new WorkingCalendar(new Map(overrides.map((row) => [row.day, row.kind])));
    return overrides.map((row) => calendarDayOf(row.day, calendar, row));
  },

  /** Open accepted cases whose warning is raised now, most urgent first. */
  async warningCases(_, args, { identity, database, now }) {
    requireRole(identity, 'staff', 'dept_admin', 'manager');
    const level = parseInput(z.enum(['NONE', 'PRE', 'YELLOW', 'RED']).nullish(), args.level);
    const conditions: SQL[] = [clockRunning(), sql`${cases.preWarningAt} < ${now.toISOString()}::timestamptz`];
    if (identity.role !== 'manager') conditions.push(eq(cases.departmentId, identity.departmentId ?? ''));
    const rows = await database.db
      .select()
      .from(cases)
      .where(and(...conditions))
      .orderBy(asc(cases.dueAt));
    return rows
      .filter((row) => (level ? warningOf(row, now) === level : warningOf(row, now) !== 'NONE'))
      .sort((a, b) => WARNING_ORDER[warningOf(a, now)] - WARNING_ORDER[warningOf(b, now)]);
  },

  async caseStats(_, args, { identity, database, settings, now }) {
    requireRole(identity, 'manager');
    const period = parsePeriod(args.period);
    const counts = await caseCounts(database.db, null, period, settings.timeZone, now);
    return { ...caseStatsOf(counts.get(null) ?? EMPTY_CASE_COUNTS), scope: { departmentId: null, period } };
  },

  async evaluationStats(_, args, { identity, database, settings }) {
    requireRole(identity, 'manager');
    const counts = (await evaluationCounts(database.db, null, parsePeriod(args.period), settings.timeZone)).get(null);
    return evaluationStatsOf(counts?.levels ?? new Map(), counts?.completed ?? 0, counts?.completedEvaluated ?? 0);
  },
};
