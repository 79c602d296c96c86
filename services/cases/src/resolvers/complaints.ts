import {
  canActForDepartment,
  conflict,
  forbidden,
  localDateOf,
  notFound,
  parseInput,
  printableText,
  requireRole,
  uuidSchema,
} from '@hall/service-kit';
import { and, asc, eq, inArray, like, lt, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { CasesContext } from '../context';
import { workingDaysLater } from '../deadlines';
import { complaints, complaintStatus } from '../db/schema';
import { complaintFields, requireComplaintSubject } from '../inputs';
import { maskMiddle, maskName } from '../privacy';

export type ComplaintRow = typeof complaints.$inferSelect;

const fileInput = complaintFields.superRefine(requireComplaintSubject);

/** Open complaints not answered in time (10 working days by default). */
const OPEN: Array<(typeof complaintStatus.enumValues)[number]> = ['RECEIVED', 'ASSIGNED'];

export const complaintMutations = {
  /** Anyone may complain (投诉); the answer is due in `complaintWorkingDays` working days. */
  async fileComplaint(_: unknown, args: { input: unknown }, context: CasesContext): Promise<ComplaintRow> {
    const { database, now, settings } = context;
    const input = parseInput(fileInput, args.input);
    const answerDueAt = workingDaysLater(now, settings.complaintWorkingDays, await context.calendar(), settings);
    return database.db.transaction(async (tx) => {
      const prefix = `TS${localDateOf(now, settings.timeZone).replaceAll('-', '')}`;
      await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`complaint-number:${prefix}`}))`);
      const [last] = await tx
        .select({ number: sql<string | null>`max(${complaints.number})` })
        .from(complaints)
        .where(like(complaints.number, `${prefix}%`));
      const sequence = last?.number ? Number(last.number.slice(prefix.length)) + 1 : 1;
      const [row] = await tx
        .insert(complaints)
        .values({
          number: `${prefix}${String(sequence).padStart(4, '0')}`,
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
  async assignComplaint(_: unknown, args: unknown, context: CasesContext): Promise<ComplaintRow> {
    requireRole(context.identity, 'manager');
    const input = parseInput(z.object({ id: uuidSchema, departmentId: uuidSchema }), args);
    return moveComplaint(context, input.id, ['RECEIVED', 'ASSIGNED'], {
      status: 'ASSIGNED',
      departmentId: input.departmentId,
      assignedAt: context.now,
    });
  },

  /** The assigned department (or the manager) answers in writing. */
  async answerComplaint(_: unknown, args: unknown, context: CasesContext): Promise<ComplaintRow> {
    requireRole(context.identity, 'staff', 'dept_admin', 'manager');
    const input = parseInput(z.object({ id: uuidSchema, answer: printableText(4000, 5) }), args);
    const [row] = await context.database.db.select().from(complaints).where(eq(complaints.id, input.id));
    if (!row) throw notFound('complaint');
    if (!row.departmentId || !canActForDepartment(context.identity, row.departmentId))
      throw forbidden('a complaint assigned to another department');
    return moveComplaint(context, input.id, ['ASSIGNED'], { status: 'ANSWERED', answer: input.answer, answeredAt: context.now });
  },

  async closeComplaint(_: unknown, args: unknown, context: CasesContext): Promise<ComplaintRow> {
    requireRole(context.identity, 'manager');
    const input = parseInput(z.object({ id: uuidSchema }), args);
    return moveComplaint(context, input.id, ['ANSWERED'], { status: 'CLOSED', closedAt: context.now });
  },
};

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

export const complaintQueries = {
  /** The manager sees every complaint; a department its assigned ones. `overdueOnly`: open past the answer deadline. */
  async complaints(_: unknown, args: unknown, { identity, database, now }: CasesContext): Promise<ComplaintRow[]> {
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

export const Complaint = {
  subject: (row: ComplaintRow) => row.subjectKind,
  department: (row: ComplaintRow) => (row.departmentId ? { __typename: 'Department', id: row.departmentId } : null),
  window: (row: ComplaintRow) => (row.windowId ? { __typename: 'Window', id: row.windowId } : null),
  staff: (row: ComplaintRow) => (row.staffId ? { __typename: 'Staff', id: row.staffId } : null),
  matter: (row: ComplaintRow) => (row.matterId ? { __typename: 'Matter', id: row.matterId } : null),
  overdue: (row: ComplaintRow, _: unknown, { now }: CasesContext) =>
    OPEN.includes(row.status) ? row.answerDueAt < now : (row.answeredAt ?? now) > row.answerDueAt,
  /** Only the manager sees who complained; everyone else a masked name and phone. */
  complainantName: (row: ComplaintRow, _: unknown, { identity }: CasesContext) =>
    row.complainantName === null ? null : identity.role === 'manager' ? row.complainantName : maskName(row.complainantName),
  complainantPhone: (row: ComplaintRow, _: unknown, { identity }: CasesContext) =>
    row.complainantPhone === null ? null : identity.role === 'manager' ? row.complainantPhone : maskMiddle(row.complainantPhone, 3, 4),
};
