import {
  badUserInput,
  canActForDepartment,
  conflict,
  forbidden,
  notFound,
  parseInput,
  parsePeriod,
  printableText,
  requireRole,
  uuidSchema,
} from '@hall/service-kit';
import { and, asc, eq, inArray, lt, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { CasesContext } from '../context';
import { workingDaysLater } from '../domain/deadlines';
import { complaints, complaintSatisfaction, complaintStatus } from '../db/schema';
import { complaintStats } from '../data/desk-stats';
import { statsDepartment } from './desk-access';
import { complaintFields, requireComplaintSubject } from './inputs';
import { requireKnownDepartment } from '../ports/matters';
import { COMPLAINT_NUMBERS, nextNumber } from '../data/numbers';
import { maskMiddle, maskName } from '../domain/privacy';
import type { ComplaintResolvers, MutationResolvers, QueryResolvers } from '../generated/resolvers';
import type { ComplaintRow } from '../data/loaders';

const fileInput = complaintFields.superRefine(requireComplaintSubject);

/** Open complaints not answered in time (10 working days by default). */
const OPEN: Array<(typeof complaintStatus.enumValues)[number]> = ['RECEIVED', 'ASSIGNED'];

export const complaintMutations: MutationResolvers = {
  /** Anyone may complain (投诉); the answer is due in `complaintWorkingDays` working days. */
  async fileComplaint(_, args, context) {
    const { database, now, settings } = context;
    await context.rateLimit.consume('fileComplaint');
    const input = parseInput(fileInput, args.input);
    await requireKnownSubjects(context, input);
    const answerDueAt = workingDaysLater(now, settings.complaintWorkingDays, await context.calendar(), settings);
    return database.db.transaction(async (tx) => {
      const number = await nextNumber(tx, COMPLAINT_NUMBERS, now, settings.timeZone);
      const [row] = await tx
        .insert(complaints)
        .values({
          number,
          channel: input.channel,
          subjectKind: input.subject,
          departmentId: input.departmentId ?? null,
          windowId: input.windowId ?? null,
          staffId: input.staffId ?? null,
          matterId: input.matterId ?? null,
          content: input.content,
          complainantName: input.complainantName ?? null,
          complainantPhone: input.complainantPhone ?? null,
          receivedAt: now,
          answerDueAt,
        })
        .returning();
      if (!row) throw new Error('insert returned no complaint');
      return row;
    });
  },

  /** The manager hands a complaint to the department that must answer it. */
  async assignComplaint(_, args, context) {
    requireRole(context.identity, 'manager');
    const input = parseInput(z.object({ id: uuidSchema, departmentId: uuidSchema }), args);
    await requireKnownDepartment(context.matters, input.departmentId, 'departmentId');
    return moveComplaint(context, input.id, ['RECEIVED', 'ASSIGNED'], {
      status: 'ASSIGNED',
      departmentId: input.departmentId,
      assignedAt: context.now,
    });
  },

  /** The assigned department (or the manager) answers in writing. */
  async answerComplaint(_, args, context) {
    requireRole(context.identity, 'staff', 'dept_admin', 'manager');
    const input = parseInput(z.object({ id: uuidSchema, answer: printableText(4000, 5) }), args);
    const [row] = await context.database.db.select().from(complaints).where(eq(complaints.id, input.id));
    if (!row) throw notFound('complaint');
    if (!row.departmentId || !canActForDepartment(context.identity, row.departmentId))
      throw forbidden('a complaint assigned to another department');
    return moveComplaint(context, input.id, ['ASSIGNED'], { status: 'ANSWERED', answer: input.answer, answeredAt: context.now });
  },

  /** The manager closes an answered complaint with the complainant's satisfaction. */
  async closeComplaint(_, args, context) {
    requireRole(context.identity, 'manager');
    const input = parseInput(z.object({ id: uuidSchema, satisfaction: z.enum(complaintSatisfaction.enumValues) }), args);
    return moveComplaint(context, input.id, ['ANSWERED'], { status: 'CLOSED', closedAt: context.now, satisfaction: input.satisfaction });
  },
};

/** The window, staff member and matter a complaint names must exist (duty and catalog are asked, never their tables). */
async function requireKnownSubjects(
  context: CasesContext,
  input: { departmentId?: string | null; windowId?: string | null; staffId?: string | null; matterId?: string | null },
) {
  if (input.departmentId) await requireKnownDepartment(context.matters, input.departmentId, 'departmentId');
  if (input.windowId || input.staffId) {
    const found = await context.duty.lookup({ staffIds: input.staffId ? [input.staffId] : [], windowIds: input.windowId ? [input.windowId] : [] });
    if (input.staffId && !found.staff.get(input.staffId)) throw badUserInput('no staff member has this id', { field: 'staffId' });
    if (input.windowId && !found.windows.get(input.windowId)) throw badUserInput('no window has this id', { field: 'windowId' });
  }
  if (input.matterId) {
    const matter = await context.matters.matter(input.matterId);
    if (!matter || matter.status === 'DRAFT') throw badUserInput('no matter has this id', { field: 'matterId' });
  }
}

/** received → assigned → answered → closed, as a conditional update: a complaint in another state is a CONFLICT. */
async function moveComplaint(
  context: CasesContext,
  id: string,
  from: Array<(typeof complaintStatus.enumValues)[number]>,
  set: Partial<typeof complaints.$inferInsert>,
): Promise<ComplaintRow> {
  const [row] = await context.database.db
    .update(complaints)
    .set(set)
    .where(and(eq(complaints.id, id), inArray(complaints.status, from)))
    .returning();
  if (row) return row;
  const [existing] = await context.database.db.select({ status: complaints.status }).from(complaints).where(eq(complaints.id, id));
  if (!existing) throw notFound('complaint');
  throw conflict(`a ${existing.status} complaint cannot become ${set.status ?? ''}`, { status: existing.status });
}

export const complaintQueries: QueryResolvers = {
  async complaintStats(_, args, { identity, database, settings, now }) {
    const departmentId = statsDepartment(identity, args.departmentId);
    return complaintStats(database.db, parsePeriod(args.period), departmentId, settings.timeZone, now);
  },

  /** The manager sees every complaint; a department its assigned ones. `overdueOnly`: open past the answer deadline. */
  async complaints(_, args, { identity, database, now }) {
    requireRole(identity, 'staff', 'dept_admin', 'manager');
    const input = parseInput(z.object({ status: z.enum(complaintStatus.enumValues).nullish(), overdueOnly: z.boolean().nullish() }), args);
    const conditions: SQL[] = [];
    if (identity.role !== 'manager') conditions.push(eq(complaints.departmentId, identity.departmentId ?? ''));
    if (input.status) conditions.push(eq(complaints.status, input.status));
    if (input.overdueOnly) conditions.push(inArray(complaints.status, OPEN), lt(complaints.answerDueAt, now));
    return database.db
      .select()
      .from(complaints)
      .where(and(...conditions))
      .orderBy(asc(complaints.answerDueAt));
  },
};

export const Complaint: ComplaintResolvers = {
  subject: (row) => row.subjectKind,
  department: (row) => (row.departmentId ? { __typename: 'Department', id: row.departmentId } : null),
  window: (row) => (row.windowId ? { __typename: 'Window', id: row.windowId } : null),
  staff: (row) => (row.staffId ? { __typename: 'Staff', id: row.staffId } : null),
  matter: (row) => (row.matterId ? { __typename: 'Matter', id: row.matterId } : null),
  overdue: (row, _, { now }) =>
    OPEN.includes(row.status) ? row.answerDueAt < now : (row.answeredAt ?? now) > row.answerDueAt,
  /** Only the manager sees who complained; everyone else a masked name and phone. */
  complainantName: (row, _, { identity }) =>
    row.complainantName === null ? null : identity.role === 'manager' ? row.complainantName : maskName(row.complainantName),
  complainantPhone: (row, _, { identity }) =>
    row.complainantPhone === null ? null : identity.role === 'manager' ? row.complainantPhone : maskMiddle(row.complainantPhone, 3, 4),
};
