import { forbidden, parseInput, requireRole } from '@hall/service-kit';
import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { CasesContext } from '../context';
import { caseEvents, cases, evaluations } from '../db/schema';
import { deriveImportedCase, importRowSchema, type ImportProblem, type ImportRow } from '../import';
import type { MatterSnapshot } from '../matters';

/** Rows per transaction: each batch is written all or nothing, in three multi-row INSERTs. */
export const DEFAULT_IMPORT_BATCH = 500;

const importArgs = z.object({
  cases: z.array(z.unknown()).min(1).max(20_000),
  batchSize: z.number().int().min(1).max(2000).nullish(),
});

interface Prepared {
  index: number;
  row: ImportRow;
  snapshot: MatterSnapshot;
  columns: ReturnType<typeof deriveImportedCase>['columns'];
}

export const importMutations = {
  /**
   * Loads historical cases with their trails and evaluations. Every row is validated (shape, lifecycle of the trail,
   * matter, unique number) and each bad row reported by its 1-based number; a batch with a bad row writes nothing,
   * the other batches are written. The manager imports for every department, a department admin for their own.
   */
  async importCases(_: unknown, args: { input: unknown }, context: CasesContext) {
    const { identity, database } = context;
    requireRole(identity, 'manager', 'dept_admin');
    const input = parseInput(importArgs, args.input);
    const batchSize = input.batchSize ?? DEFAULT_IMPORT_BATCH;
    const problems: ImportProblem[] = [];
    const parsed = input.cases.map((raw, index) => {
      const result = importRowSchema.safeParse(raw);
      if (result.success) return result.data;
      for (const issue of result.error.issues) problems.push({ row: index + 1, field: issue.path.join('.'), message: issue.message });
      return null;
    });

    const matterIds = [...new Set(parsed.flatMap((row) => (row ? [row.matterId] : [])))];
    const matters = new Map(await Promise.all(matterIds.map(async (id) => [id, await context.matters.matter(id)] as const)));
    for (const matter of matters.values()) {
      if (matter && identity.role !== 'manager' && matter.snapshot.departmentId !== identity.departmentId) {
        throw forbidden('a department admin imports only their own department’s cases');
      }
    }
    const numbers = parsed.flatMap((row) => (row ? [row.number] : []));
    const existing = new Set(
      numbers.length === 0
        ? []
        : (await database.db.select({ number: cases.number }).from(cases).where(inArray(cases.number, numbers))).map((row) => row.number),
    );
    const seen = new Set<string>();
    const calendar = await context.calendar();
    const prepared: Array<Prepared | null> = parsed.map((row, index) => {
      if (!row) return null;
      const number = index + 1;
      const before = problems.length;
      const matter = matters.get(row.matterId);
      if (!matter || matter.status === 'DRAFT') problems.push({ row: number, field: 'matterId', message: 'unknown matter' });
      if (existing.has(row.number)) problems.push({ row: number, field: 'number', message: 'a case with this number exists' });
      if (seen.has(row.number)) problems.push({ row: number, field: 'number', message: 'the number appears twice in the import' });
      seen.add(row.number);
      if (!matter || matter.status === 'DRAFT') return null;
      const derived = deriveImportedCase(row, matter.snapshot, calendar, context.settings);
      for (const problem of derived.problems) problems.push({ row: number, ...problem });
      return problems.length === before ? { index, row, snapshot: matter.snapshot, columns: derived.columns } : null;
    });

    const failedRows = new Set(problems.map((problem) => problem.row));
    const batches = [];
    let imported = 0;
    for (let start = 0; start < prepared.length; start += batchSize) {
      const slice = prepared.slice(start, start + batchSize);
      const rows = slice.length;
      const clean = slice.every((entry, offset) => entry !== null && !failedRows.has(start + offset + 1));
      if (!clean) {
        batches.push({ firstRow: start + 1, rows, imported: false });
        continue;
      }
      await writeBatch(context, slice as Prepared[]);
      imported += rows;
      batches.push({ firstRow: start + 1, rows, imported: true });
    }
    return { imported, batches, errors: problems.sort((a, b) => a.row - b.row) };
  },
};

async function writeBatch(context: CasesContext, batch: Prepared[]): Promise<void> {
  await context.database.db.transaction(async (tx) => {
    const inserted = await tx
      .insert(cases)
      .values(
        batch.map(({ row, snapshot, columns }) => ({
          number: row.number,
          matterId: snapshot.id,
          departmentId: snapshot.departmentId,
          windowId: row.windowId ?? null,
          firstOwnerStaffId: row.firstOwnerStaffId,
          applicantName: row.applicantName,
          applicantIdNumber: row.applicantIdNumber,
          applicantPhone: row.applicantPhone,
          visits: row.visits,
          matterSnapshot: snapshot,
          ...columns,
        })),
      )
      .returning({ id: cases.id, number: cases.number });
    const ids = new Map(inserted.map((row) => [row.number, row.id]));
    const idOf = (row: ImportRow) => ids.get(row.number) ?? '';
    await tx.insert(caseEvents).values(
      batch.flatMap(({ row }) =>
        row.events.map((event, index) => ({
          caseId: idOf(row),
          at: event.at,
          fromStatus: index === 0 ? null : (row.events[index - 1]?.to ?? null),
          toStatus: event.to,
          actorId: null,
          actorRole: event.actorRole ?? 'staff',
          reason: event.reason ?? null,
          data: { imported: true },
        })),
      ),
    );
    const rated = batch.filter(({ row }) => row.evaluation);
    if (rated.length > 0) {
      await tx.insert(evaluations).values(
        rated.map(({ row, snapshot }) => {
          const evaluation = row.evaluation as NonNullable<ImportRow['evaluation']>;
          const bad = evaluation.level <= 2;
          return {
            caseId: idOf(row),
            matterId: snapshot.id,
            departmentId: snapshot.departmentId,
            windowId: row.windowId ?? null,
            staffId: row.firstOwnerStaffId,
            level: evaluation.level,
            channel: evaluation.channel,
            comment: evaluation.comment ?? null,
            realName: evaluation.realName ?? true,
            evaluatedAt: evaluation.evaluatedAt,
            // Historical bad reviews arrive already handled elsewhere: recorded, not reopened.
            rectificationStatus: bad ? ('DONE' as const) : null,
          };
        }),
      );
    }
  });
}
