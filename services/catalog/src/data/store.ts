import type { Identity } from '@hall/service-kit';
import { badUserInput } from '@hall/service-kit';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import {
  departmentChanges,
  departments,
  jointDepartments,
  materials,
  matterChanges,
  processSteps,
  type CatalogTables,
  type FieldChange,
} from '../db/schema';
import type { MatterFields, MatterSnapshot } from './history';
import type { MatterRow } from './loaders';

export type Transaction = Parameters<Parameters<NodePgDatabase<CatalogTables>['transaction']>[0]>[0];
type MatterChangeAction = (typeof matterChanges.$inferInsert)['action'];
type DepartmentChangeAction = (typeof departmentChanges.$inferInsert)['action'];

/** Serialises every write to the versions of one matter code (new versions, publishing, withdrawing) until commit. */
export async function lockMatterCode(tx: Pick<Transaction, 'execute'>, code: string): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`catalog.matter:${code}`}))`);
}

/** The PostgreSQL error under a drizzle error, if any. */
export function postgresError(error: unknown): { code?: string; constraint?: string } | null {
  for (
    let current = error as { code?: unknown; constraint?: unknown; cause?: unknown } | undefined;
    current;
    current = current.cause as typeof current
  ) {
    if (typeof current.code === 'string' && /^[0-9A-Z]{5}$/.test(current.code)) return current as { code: string; constraint?: string };
  }
  return null;
}

/** The departments exist and are active (a matter is led or co-approved only by active departments). */
export async function requireActiveDepartments(tx: Transaction, ids: readonly string[], field: string): Promise<void> {
  if (ids.length === 0) return;
  const found = await tx
    .select({ id: departments.id })
    .from(departments)
    .where(and(inArray(departments.id, [...ids]), eq(departments.active, true)));
  if (found.length !== new Set(ids).size) throw badUserInput(`unknown or inactive department in ${field}`, { field });
}

/** The editable columns of a matter version's row, as a mutation and the bulk import write them. */
export function matterValues(input: MatterFields) {
  return {
    code: input.code,
    name: input.name,
    departmentId: input.departmentId,
    kind: input.kind,
    category: input.category,
    legalLimitDays: input.legalLimitDays,
    committedLimitDays: input.committedLimitDays,
    feeYuan: input.feeYuan ?? null,
    feeBasis: input.feeBasis ?? null,
    channels: input.channels,
    keywords: input.keywords,
    conditions: input.conditions,
    legalBasis: input.legalBasis,
    onSiteInspection: input.onSiteInspection,
    refusalGrounds: input.refusalGrounds,
    appealRoute: input.appealRoute ?? null,
  };
}

/** The rows of a matter version's materials, process steps and joint-approval departments, in their order. */
export function matterPartRows(matterId: string, input: MatterFields) {
  return {
    materials: input.materials.map((material, position) => ({
      matterId,
      position,
      name: material.name,
      form: material.form,
      copies: material.copies,
      required: material.required,
      condition: material.condition ?? null,
      source: material.source,
      notes: material.notes ?? null,
      sampleTemplate: material.sampleTemplate ?? null,
    })),
    processSteps: input.processSteps.map((step, position) => ({ matterId, position, name: step.name, post: step.post, days: step.days })),
    jointDepartments: input.jointDepartmentIds.map((departmentId, position) => ({ matterId, departmentId, position })),
  };
}

/** Writes a draft's materials, steps and joint-approval departments, replacing what it had. */
export async function writeMatterParts(tx: Transaction, matterId: string, input: MatterFields, replace: boolean): Promise<void> {
  if (replace) {
    await tx.delete(materials).where(eq(materials.matterId, matterId));
    await tx.delete(processSteps).where(eq(processSteps.matterId, matterId));
    await tx.delete(jointDepartments).where(eq(jointDepartments.matterId, matterId));
  }
  const parts = matterPartRows(matterId, input);
  await tx.insert(materials).values(parts.materials);
  if (parts.processSteps.length > 0) await tx.insert(processSteps).values(parts.processSteps);
  if (parts.jointDepartments.length > 0) await tx.insert(jointDepartments).values(parts.jointDepartments);
}

/** A stored matter version as a snapshot, to diff an edit against. */
export async function snapshotOfRow(tx: Pick<Transaction, 'select'>, matter: MatterRow): Promise<MatterSnapshot> {
  // One after the other: a transaction is one connection.
  const materialRows = await tx.select().from(materials).where(eq(materials.matterId, matter.id)).orderBy(asc(materials.position));
  const stepRows = await tx.select().from(processSteps).where(eq(processSteps.matterId, matter.id)).orderBy(asc(processSteps.position));
  const jointRows = await tx
    .select()
    .from(jointDepartments)
    .where(eq(jointDepartments.matterId, matter.id))
    .orderBy(asc(jointDepartments.position));
  return {
    name: matter.name,
    departmentId: matter.departmentId,
    kind: matter.kind,
    category: matter.category,
    legalLimitDays: matter.legalLimitDays,
    committedLimitDays: matter.committedLimitDays,
    feeYuan: matter.feeYuan,
    feeBasis: matter.feeBasis,
    channels: matter.channels,
    keywords: matter.keywords,
    conditions: matter.conditions,
    legalBasis: matter.legalBasis,
    onSiteInspection: matter.onSiteInspection,
    jointDepartmentIds: jointRows.map((row) => row.departmentId),
    processSteps: stepRows.map((row) => ({ name: row.name, post: row.post, days: row.days })),
    refusalGrounds: matter.refusalGrounds,
    appealRoute: matter.appealRoute,
    materials: materialRows.map((row) => ({
      name: row.name,
      form: row.form,
      copies: row.copies,
      required: row.required,
      condition: row.condition,
      source: row.source,
      notes: row.notes,
      sampleTemplate: row.sampleTemplate,
    })),
  };
}

export async function recordMatterChange(
  tx: Transaction,
  identity: Identity,
  matterId: string,
  action: MatterChangeAction,
  fields: FieldChange[],
): Promise<void> {
  await tx
    .insert(matterChanges)
    .values({ matterId, action, actorId: identity.userId, actorName: identity.name, actorRole: identity.role, detail: { fields } });
}

export async function recordDepartmentChange(
  tx: Transaction,
  identity: Identity,
  departmentId: string,
  action: DepartmentChangeAction,
  fields: FieldChange[],
): Promise<void> {
  await tx
    .insert(departmentChanges)
    .values({ departmentId, action, actorId: identity.userId, actorName: identity.name, actorRole: identity.role, detail: { fields } });
}
