import { badUserInput, conflict, forbidden, notFound, type Identity } from '@hall/service-kit';
import { asc, eq } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { amendments, inspections, itemResults, rectificationEvents, settings, templates, type InspectionsTables } from '../db/schema';
import { scoreOf, type ChecklistSection, type ItemOutcome } from '../domain/checklist';
import { applyAmendments } from '../domain/effective';
import { checkEvidence } from '../domain/evidence';
import type { InspectionRow, RectificationRow } from '../data/loaders';

export type Transaction = Parameters<Parameters<NodePgDatabase<InspectionsTables>['transaction']>[0]>[0];
export type Executor = Transaction | NodePgDatabase<InspectionsTables>;
export type SettingsRow = typeof settings.$inferSelect;

export const DEFAULT_SETTINGS: SettingsRow = { id: 1, passThreshold: 85, rectificationDueWorkingDays: 10, appealDays: 7 };

/**
 * The row an INSERT, or an UPDATE of a row the transaction has locked, returned. There is always one; none means the
 * row changed under us, told as CONFLICT rather than as a null where the schema promises a value.
 */
export function writtenRow<T>(rows: T[], what: string): T {
  const [row] = rows;
  if (!row) throw conflict(`the ${what} changed concurrently; reload and try again`);
  return row;
}

export async function loadSettings(db: Executor): Promise<SettingsRow> {
  const [row] = await db.select().from(settings).where(eq(settings.id, 1));
  return row ?? DEFAULT_SETTINGS;
}

export async function sectionsOf(db: Executor, templateId: string | null): Promise<ChecklistSection[] | null> {
  if (!templateId) return null;
  const [row] = await db.select({ sections: templates.sections }).from(templates).where(eq(templates.id, templateId));
  return row?.sections ?? null;
}

/** The inspection locked for the change, if the asker is its assigned supervisor (others are told it does not exist). */
export async function lockOwnInspection(tx: Transaction, identity: Identity, id: string): Promise<InspectionRow> {
  if (identity.role !== 'supervisor') throw forbidden('only the assigned supervisor records an inspection');
  const [row] = await tx.select().from(inspections).where(eq(inspections.id, id)).for('update');
  if (!row || row.supervisorId !== identity.supervisorId) throw notFound('inspection');
  return row;
}

export const toOutcome = (row: { itemKey: string; outcome: ItemOutcome['outcome']; comment: string | null }): ItemOutcome => ({
  itemKey: row.itemKey,
  outcome: row.outcome,
  comment: row.comment,
});

/** The current answers of a submitted inspection (amendments applied). */
export async function effectiveResults(db: Executor, inspectionId: string): Promise<ItemOutcome[]> {
  const base = await db.select().from(itemResults).where(eq(itemResults.inspectionId, inspectionId));
  const changes = await db.select().from(amendments).where(eq(amendments.inspectionId, inspectionId)).orderBy(asc(amendments.createdAt), asc(amendments.id));
  return applyAmendments(base.map(toOutcome), changes);
}

export function scoreFor(sections: ChecklistSection[], results: ItemOutcome[]): number | null {
  return scoreOf(sections, results);
}

export async function recordEvent(
  tx: Transaction,
  identity: Identity,
  order: Pick<RectificationRow, 'id'>,
  from: RectificationRow['status'] | null,
  to: RectificationRow['status'],
  note: string | null,
  dueOn: string | null = null,
): Promise<void> {
  await tx.insert(rectificationEvents).values({ rectificationId: order.id, fromStatus: from, toStatus: to, actorRole: identity.role, actorId: identity.userId, note, dueOn });
}

/** Checks every upload before anything is written; a bad file refuses the whole mutation. */
export function checkedUploads(uploads: ReadonlyArray<{ fileName: string; contentBase64: string }>) {
  return uploads.map((upload, index) => {
    const checked = checkEvidence(upload.contentBase64);
    if (!checked.ok) throw badUserInput(`evidence ${upload.fileName}: ${checked.reason}`, { field: `evidence.${index}` });
    return { fileName: upload.fileName, kind: checked.kind, mimeType: checked.mimeType, size: checked.bytes.length, sha256: checked.sha256, content: checked.bytes };
  });
}
