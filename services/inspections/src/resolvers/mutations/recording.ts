import { badUserInput, conflict, forbidden, notFound, parseInput } from '@hall/service-kit';
import { and, count, eq, inArray, sql } from 'drizzle-orm';
import type { MutationResolvers } from '../../generated/resolvers';
import { amendments, evidence, findings, inspections, itemResults, rectifications } from '../../db/schema';
import { answerProblems, itemsOf, type ItemOutcome } from '../../domain/checklist';
import { applyAmendments } from '../../domain/effective';
import { amendmentInputSchema, draftInputSchema, uploadSchema, uuidSchema } from '../inputs';
import { checkedUploads, effectiveResults, loadSettings, lockOwnInspection, recordEvent, scoreFor, sectionsOf, toOutcome, writtenRow } from '../shared';

const MAX_FILES = 20;

const normalise = (items: ReadonlyArray<{ itemKey: string; outcome: ItemOutcome['outcome']; comment?: string | null | undefined }>): ItemOutcome[] =>
  items.map((item) => ({ itemKey: item.itemKey, outcome: item.outcome, comment: item.comment ?? null }));

export const recordingMutations: MutationResolvers = {
  async saveInspectionDraft(_, args, { identity, database, now }) {
    const id = parseInput(uuidSchema, args.id);
    const input = parseInput(draftInputSchema, args.input);
    if (input.visitedAt && input.visitedAt > now) throw badUserInput('the visit cannot be in the future', { field: 'visitedAt' });
    const items = normalise(input.items ?? []);
    return database.db.transaction(async (tx) => {
      const inspection = await lockOwnInspection(tx, identity, id);
      if (inspection.status === 'SUBMITTED') throw conflict('a submitted inspection cannot be changed: record an amendment');
      const sections = await sectionsOf(tx, inspection.templateId);
      if (!sections) throw conflict('this inspection has no checklist');
      const problems = answerProblems(sections, items, false);
      if (problems.length > 0) throw badUserInput(`invalid answers: ${problems.join('; ')}`, { problems });
      for (const item of items) {
        await tx
          .insert(itemResults)
          .values({ inspectionId: id, ...item })
          .onConflictDoUpdate({ target: [itemResults.inspectionId, itemResults.itemKey], set: { outcome: item.outcome, comment: item.comment } });
      }
      const rows = await tx
        .update(inspections)
        .set({
          status: 'DRAFT',
          ...(input.visitedAt !== undefined ? { visitedAt: input.visitedAt } : {}),
          ...(input.staffId !== undefined ? { staffId: input.staffId } : {}),
          ...(input.scenario !== undefined ? { scenario: input.scenario } : {}),
        })
        .where(and(eq(inspections.id, id), inArray(inspections.status, ['PLANNED', 'DRAFT'])))
        .returning();
      return writtenRow(rows, 'inspection');
    });
  },

  async addInspectionEvidence(_, args, { identity, database }) {
    const inspectionId = parseInput(uuidSchema, args.inspectionId);
    const file = checkedUploads([parseInput(uploadSchema, args.file)])[0] as ReturnType<typeof checkedUploads>[number];
    return database.db.transaction(async (tx) => {
      const inspection = await lockOwnInspection(tx, identity, inspectionId);
      if (inspection.status === 'SUBMITTED') throw conflict('a submitted inspection takes no more evidence');
      const [existing] = await tx.select({ files: count() }).from(evidence).where(eq(evidence.inspectionId, inspectionId));
      if ((existing?.files ?? 0) >= MAX_FILES) throw badUserInput(`at most ${MAX_FILES} files per inspection`);
      return writtenRow(await tx.insert(evidence).values({ inspectionId, ...file }).returning(), 'evidence');
    });
  },

  async removeInspectionEvidence(_, args, { identity, database }) {
    const id = parseInput(uuidSchema, args.id);
    return database.db.transaction(async (tx) => {
      const [file] = await tx.select({ inspectionId: evidence.inspectionId }).from(evidence).where(eq(evidence.id, id));
      if (!file?.inspectionId) throw notFound('evidence');
      const inspection = await lockOwnInspection(tx, identity, file.inspectionId);
      if (inspection.status === 'SUBMITTED') throw conflict('evidence of a submitted inspection is kept');
      await tx.delete(evidence).where(eq(evidence.id, id));
      return true;
    });
  },

  async submitInspection(_, args, { identity, database, now, today, calendar }) {
    const id = parseInput(uuidSchema, args.id);
    return database.db.transaction(async (tx) => {
      const inspection = await lockOwnInspection(tx, identity, id);
      if (inspection.status === 'SUBMITTED') throw conflict('the inspection is already submitted');
      const sections = await sectionsOf(tx, inspection.templateId);
      if (!sections) throw conflict('this inspection has no checklist');
      if (!inspection.visitedAt) throw badUserInput('record the visit time before submitting', { field: 'visitedAt' });
      const results = (await tx.select().from(itemResults).where(eq(itemResults.inspectionId, id))).map(toOutcome);
      const problems = answerProblems(sections, results, true);
      if (problems.length > 0) throw badUserInput(`the checklist is not complete: ${problems.join('; ')}`, { problems });
      const score = scoreFor(sections, results);
      if (score === null) throw badUserInput('no checklist item applies: nothing to score');
      const settings = await loadSettings(tx);

      const [submitted] = await tx
        .update(inspections)
        .set({ status: 'SUBMITTED', score, submittedAt: now })
        .where(and(eq(inspections.id, id), inArray(inspections.status, ['PLANNED', 'DRAFT'])))
        .returning();
      if (!submitted) throw conflict('the inspection is already submitted');

      const outcomes = new Map(results.map((result) => [result.itemKey, result]));
      const failed = itemsOf(sections).filter((item) => outcomes.get(item.key)?.outcome === 'FAIL');
      const found = failed.length
        ? await tx
            .insert(findings)
            .values(failed.map((item, position) => ({ inspectionId: id, position, description: item.text, itemKey: item.key, comment: outcomes.get(item.key)?.comment ?? null, serious: item.serious })))
            .returning()
        : [];
      const serious = found.filter((finding) => finding.serious).map((finding) => finding.id);
      const belowThreshold = score < settings.passThreshold;
      if (belowThreshold || serious.length > 0) {
        // Asked only when an order opens, so a cases outage refuses (and rolls back) only the submissions that need the calendar.
        const dueOn = (await calendar()).addWorkingDays(today, settings.rectificationDueWorkingDays);
        const [order] = await tx
          .insert(rectifications)
          .values({ inspectionId: id, departmentId: inspection.departmentId, windowId: inspection.windowId, foundBy: inspection.supervisorId, belowThreshold, seriousFindingIds: serious, dueOn, openedAt: now })
          .returning();
        if (order) await recordEvent(tx, identity, order, null, 'OPEN', belowThreshold ? `score ${score} below ${settings.passThreshold}` : 'serious finding', dueOn);
      }
      return submitted;
    });
  },

  /** A correction of a submitted inspection by its supervisor or the manager, with a reason; append-only. */
  async amendInspection(_, args, { identity, database }) {
    const id = parseInput(uuidSchema, args.id);
    const input = parseInput(amendmentInputSchema, args.input);
    const changes = normalise(input.items);
    return database.db.transaction(async (tx) => {
      const [inspection] = await tx.select().from(inspections).where(eq(inspections.id, id));
      const allowed = identity.role === 'manager' || (identity.role === 'supervisor' && inspection?.supervisorId === identity.supervisorId);
      if (!inspection || (!allowed && identity.role === 'supervisor')) throw notFound('inspection');
      if (!allowed) throw forbidden('only the inspection’s supervisor or the manager amends it');
      if (inspection.status !== 'SUBMITTED') throw conflict('only a submitted inspection is amended; change the draft instead');
      const sections = await sectionsOf(tx, inspection.templateId);
      if (!sections) throw conflict('this inspection has no checklist to amend');
      const problems = answerProblems(sections, changes, false);
      if (problems.length > 0) throw badUserInput(`invalid answers: ${problems.join('; ')}`, { problems });
      await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`inspection-amend:${id}`}))`);
      const current = await effectiveResults(tx, id);
      const before = new Map(current.map((result) => [result.itemKey, result.outcome]));
      const score = scoreFor(sections, applyAmendments(current, [{ changes }]));
      const [amendment] = await tx.insert(amendments).values({ inspectionId: id, reason: input.reason, changes, score, actorId: identity.userId }).returning();
      const items = new Map(itemsOf(sections).map((item) => [item.key, item]));
      const newlyFailed = changes.filter((change) => change.outcome === 'FAIL' && before.get(change.itemKey) !== 'FAIL');
      if (newlyFailed.length > 0) {
        const [last] = await tx.select({ position: sql<number>`coalesce(max(${findings.position}), -1)::int` }).from(findings).where(eq(findings.inspectionId, id));
        await tx.insert(findings).values(
          newlyFailed.map((change, index) => ({
            inspectionId: id,
            position: (last?.position ?? -1) + 1 + index,
            description: items.get(change.itemKey)?.text ?? change.itemKey,
            itemKey: change.itemKey,
            comment: change.comment,
            serious: items.get(change.itemKey)?.serious ?? false,
            amendmentId: amendment?.id ?? null,
          })),
        );
      }
      return inspection;
    });
  },
};
