import { conflict, forbidden, notFound, parseInput, requireRole } from '@hall/service-kit';
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { MutationResolvers } from '../../generated/resolvers';
import { findingCounts } from '../../data/queries';
import { amendments, appeals, findings, inspections, rectifications, templates } from '../../db/schema';
import { appealWindowOpen } from '../../domain/appeals';
import { applyAmendments } from '../../domain/effective';
import { appealDecisionNoteSchema, appealReasonSchema, uuidSchema } from '../inputs';
import { effectiveResults, loadSettings, recordEvent, scoreFor, writtenRow } from '../shared';

export const appealMutations: MutationResolvers = {
  /** A department appeals a finding within the appeal window (default 7 days) after submission. */
  async appealFinding(_, args, { identity, database, now }) {
    const findingId = parseInput(uuidSchema, args.findingId);
    const reason = parseInput(appealReasonSchema, args.reason);
    if (identity.role !== 'dept_admin') throw forbidden('the department’s admin appeals a finding');
    return database.db.transaction(async (tx) => {
      const [row] = await tx
        .select({ finding: findings, counts: findingCounts, inspection: inspections })
        .from(findings)
        .innerJoin(inspections, eq(inspections.id, findings.inspectionId))
        .where(eq(findings.id, findingId));
      if (!row || row.inspection.status !== 'SUBMITTED' || row.inspection.departmentId !== identity.departmentId) throw notFound('finding');
      const { appealDays } = await loadSettings(tx);
      const submittedAt = row.inspection.submittedAt ?? row.inspection.visitedAt;
      if (!appealWindowOpen(submittedAt, appealDays, now)) {
        throw conflict(`a finding may be appealed within ${appealDays} days of submission; that time has passed`);
      }
      if (!row.counts) throw conflict('this finding no longer counts');
      const [appeal] = await tx.insert(appeals).values({ findingId, inspectionId: row.inspection.id, departmentId: row.inspection.departmentId, reason, filedAt: now }).onConflictDoNothing().returning();
      if (!appeal) throw conflict('this finding has already been appealed');
      return appeal;
    });
  },

  /**
   * The manager upholds or overturns. An overturned finding no longer counts: its item is recorded as passed by an
   * amendment (so the score follows), and an open order whose only reasons were that finding is cancelled.
   */
  async decideAppeal(_, args, { identity, database, now }) {
    requireRole(identity, 'manager');
    const id = parseInput(uuidSchema, args.id);
    const decision = parseInput(z.enum(['UPHOLD', 'OVERTURN']), args.decision);
    const note = parseInput(appealDecisionNoteSchema, args.note);
    return database.db.transaction(async (tx) => {
      const [appeal] = await tx.select().from(appeals).where(eq(appeals.id, id)).for('update');
      if (!appeal) throw notFound('appeal');
      if (appeal.status !== 'PENDING') throw conflict(`the appeal was already decided (${appeal.status})`, { status: appeal.status });
      const status = decision === 'UPHOLD' ? ('UPHELD' as const) : ('OVERTURNED' as const);
      const decided = writtenRow(
        await tx
          .update(appeals)
          .set({ status, decisionNote: note, decidedAt: now })
          .where(and(eq(appeals.id, id), eq(appeals.status, 'PENDING')))
          .returning(),
        'appeal',
      );
      if (status === 'UPHELD') return decided;

      const [finding] = await tx.select().from(findings).where(eq(findings.id, appeal.findingId));
      const [inspection] = await tx.select().from(inspections).where(eq(inspections.id, appeal.inspectionId));
      let score = inspection?.score ?? null;
      if (finding?.itemKey && inspection?.templateId) {
        const [template] = await tx.select({ sections: templates.sections }).from(templates).where(eq(templates.id, inspection.templateId));
        const changes = [{ itemKey: finding.itemKey, outcome: 'PASS' as const, comment: `申诉成立：${note}` }];
        score = template ? scoreFor(template.sections, applyAmendments(await effectiveResults(tx, inspection.id), [{ changes }])) : score;
        await tx.insert(amendments).values({ inspectionId: inspection.id, reason: `appeal overturned: ${note}`, changes, score, actorId: identity.userId });
      }
      const [order] = await tx
        .select()
        .from(rectifications)
        .where(and(eq(rectifications.inspectionId, appeal.inspectionId), inArray(rectifications.status, ['OPEN', 'RESPONDED'])))
        .for('update');
      if (order) {
        const { passThreshold } = await loadSettings(tx);
        const stillSerious = order.seriousFindingIds.length
          ? await tx.select({ id: findings.id }).from(findings).where(and(inArray(findings.id, order.seriousFindingIds), findingCounts))
          : [];
        const stillBelow = order.belowThreshold && score !== null && score < passThreshold;
        if (!stillBelow && stillSerious.length === 0) {
          await tx.update(rectifications).set({ status: 'CANCELLED', closedAt: now }).where(eq(rectifications.id, order.id));
          await recordEvent(tx, identity, order, order.status, 'CANCELLED', `appeal overturned: ${note}`);
        }
      }
      return decided;
    });
  },
};
