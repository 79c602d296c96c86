import { conflict, forbidden, notFound, parseInput, type Identity } from '@hall/service-kit';
import { and, eq } from 'drizzle-orm';
import type { MutationResolvers } from '../../generated/resolvers';
import { evidence, rectifications } from '../../db/schema';
import { reopenReasonSchema, responseInputSchema, uuidSchema, verificationNoteSchema } from '../inputs';
import type { RectificationRow } from '../../data/loaders';
import { checkedUploads, loadSettings, recordEvent, writtenRow, type Transaction } from '../shared';

type Status = RectificationRow['status'];

async function lockOrder(tx: Transaction, id: string): Promise<RectificationRow> {
  const [order] = await tx.select().from(rectifications).where(eq(rectifications.id, id)).for('update');
  if (!order) throw notFound('rectification');
  return order;
}

/** Verification and reopening: the manager, or a supervisor other than the one who made the finding. */
function requireVerifier(identity: Identity, order: RectificationRow): void {
  if (identity.role === 'manager') return;
  if (identity.role !== 'supervisor') throw forbidden('the manager or a supervisor verifies a rectification');
  if (identity.supervisorId === order.foundBy) throw forbidden('a rectification is verified by a different supervisor than the one who found it');
}

function requireStatus(order: RectificationRow, from: Status, to: Status): void {
  if (order.status !== from) throw conflict(`a ${order.status} rectification cannot become ${to}`, { status: order.status });
}

export const rectificationMutations: MutationResolvers = {
  async respondToRectification(_, args, { identity, database, now }) {
    const id = parseInput(uuidSchema, args.id);
    const input = parseInput(responseInputSchema, args.input);
    const files = checkedUploads(input.evidence ?? []);
    return database.db.transaction(async (tx) => {
      const order = await lockOrder(tx, id);
      if (identity.role !== 'dept_admin') throw forbidden('the department’s admin responds to a rectification');
      if (identity.departmentId !== order.departmentId) throw notFound('rectification');
      requireStatus(order, 'OPEN', 'RESPONDED');
      const rows = await tx
        .update(rectifications)
        .set({ status: 'RESPONDED', response: input.actions, respondedAt: now })
        .where(and(eq(rectifications.id, id), eq(rectifications.status, 'OPEN')))
        .returning();
      if (files.length > 0) await tx.insert(evidence).values(files.map((file) => ({ rectificationId: id, ...file })));
      await recordEvent(tx, identity, order, 'OPEN', 'RESPONDED', input.actions);
      return writtenRow(rows, 'rectification');
    });
  },

  async verifyRectification(_, args, { identity, database, now }) {
    const id = parseInput(uuidSchema, args.id);
    const note = parseInput(verificationNoteSchema, args.note) ?? null;
    return database.db.transaction(async (tx) => {
      const order = await lockOrder(tx, id);
      requireVerifier(identity, order);
      requireStatus(order, 'RESPONDED', 'VERIFIED');
      const rows = await tx
        .update(rectifications)
        .set({ status: 'VERIFIED', closedAt: now })
        .where(and(eq(rectifications.id, id), eq(rectifications.status, 'RESPONDED')))
        .returning();
      await recordEvent(tx, identity, order, 'RESPONDED', 'VERIFIED', note);
      return writtenRow(rows, 'rectification');
    });
  },

  async reopenRectification(_, args, { identity, database, today, calendar: hallCalendar }) {
    const id = parseInput(uuidSchema, args.id);
    const reason = parseInput(reopenReasonSchema, args.reason);
    const calendar = await hallCalendar();
    return database.db.transaction(async (tx) => {
      const order = await lockOrder(tx, id);
      requireVerifier(identity, order);
      requireStatus(order, 'RESPONDED', 'OPEN');
      const dueOn = calendar.addWorkingDays(today, (await loadSettings(tx)).rectificationDueWorkingDays);
      const rows = await tx
        .update(rectifications)
        .set({ status: 'OPEN', dueOn })
        .where(and(eq(rectifications.id, id), eq(rectifications.status, 'RESPONDED')))
        .returning();
      await recordEvent(tx, identity, order, 'RESPONDED', 'OPEN', reason, dueOn);
      return writtenRow(rows, 'rectification');
    });
  },
};
