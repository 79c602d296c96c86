import { badUserInput, conflict, forbidden, notFound, parseInput, requireRole, type Identity } from '@hall/service-kit';
import { and, eq } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { CatalogContext } from '../context';
import { departments, materials, matterChanges, matters, type CatalogTables } from '../db/schema';
import { matterInputSchema, uuidArg, type MatterInput } from '../inputs';
import type { MatterRow } from '../loaders';
import { canEditDepartmentMatters, canSeeMatter } from '../rules';

type Transaction = Parameters<Parameters<NodePgDatabase<CatalogTables>['transaction']>[0]>[0];
type MatterStatus = MatterRow['status'];

function requireEditor(identity: Identity, departmentId: string): void {
  requireRole(identity, 'manager', 'dept_admin');
  if (!canEditDepartmentMatters(identity, departmentId)) throw forbidden('a department admin edits only its own matters');
}

async function requireDepartmentExists(tx: Transaction, departmentId: string): Promise<void> {
  const [found] = await tx.select({ id: departments.id }).from(departments).where(eq(departments.id, departmentId));
  if (!found) throw badUserInput('unknown department', { field: 'departmentId' });
}

function matterValues(input: MatterInput) {
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
  };
}

async function replaceMaterials(tx: Transaction, matterId: string, input: MatterInput): Promise<void> {
  await tx.delete(materials).where(eq(materials.matterId, matterId));
  await tx.insert(materials).values(
    input.materials.map((material, position) => ({
      matterId,
      position,
      name: material.name,
      form: material.form,
      copies: material.copies,
      required: material.required,
      condition: material.condition ?? null,
      source: material.source,
      notes: material.notes ?? null,
    })),
  );
}

async function recordChange(tx: Transaction, identity: Identity, matterId: string, action: string, detail: object = {}) {
  await tx.insert(matterChanges).values({ matterId, action, actorId: identity.userId, actorRole: identity.role, detail });
}

/** Moves a matter from one status to the next, or refuses with CONFLICT when it is not in `from`. */
async function transition(context: CatalogContext, rawId: unknown, from: MatterStatus, to: MatterStatus): Promise<MatterRow> {
  const id = parseInput(uuidArg, rawId);
  return context.database.db.transaction(async (tx) => {
    const [matter] = await tx.select().from(matters).where(eq(matters.id, id)).for('update');
    if (!matter || !canSeeMatter(context.identity, matter)) throw notFound('matter');
    requireEditor(context.identity, matter.departmentId);
    if (matter.status !== from) throw conflict(`a ${matter.status} matter cannot become ${to}`, { status: matter.status });
    const [updated] = await tx
      .update(matters)
      .set({ status: to, updatedAt: new Date(), ...(to === 'PUBLISHED' ? { publishedAt: new Date() } : {}) })
      .where(and(eq(matters.id, id), eq(matters.status, from)))
      .returning();
    await recordChange(tx, context.identity, id, `${from}->${to}`);
    return updated as MatterRow;
  });
}

export const Mutation = {
  async createMatter(_: unknown, args: { input: unknown }, context: CatalogContext): Promise<MatterRow> {
    requireRole(context.identity, 'manager', 'dept_admin');
    const input = parseInput(matterInputSchema, args.input);
    requireEditor(context.identity, input.departmentId);
    return context.database.db.transaction(async (tx) => {
      await requireDepartmentExists(tx, input.departmentId);
      const [existing] = await tx.select({ id: matters.id }).from(matters).where(eq(matters.code, input.code)).limit(1);
      if (existing) throw conflict('a matter with this code already exists', { field: 'code' });
      const [created] = await tx.insert(matters).values({ ...matterValues(input), status: 'DRAFT' }).returning();
      const matter = created as MatterRow;
      await replaceMaterials(tx, matter.id, input);
      await recordChange(tx, context.identity, matter.id, 'create', { code: input.code });
      return matter;
    });
  },

  async updateMatter(_: unknown, args: { id: unknown; input: unknown }, context: CatalogContext): Promise<MatterRow> {
    requireRole(context.identity, 'manager', 'dept_admin');
    const id = parseInput(uuidArg, args.id);
    const input = parseInput(matterInputSchema, args.input);
    return context.database.db.transaction(async (tx) => {
      const [matter] = await tx.select().from(matters).where(eq(matters.id, id)).for('update');
      if (!matter || !canSeeMatter(context.identity, matter)) throw notFound('matter');
      requireEditor(context.identity, matter.departmentId);
      requireEditor(context.identity, input.departmentId);
      if (matter.status !== 'DRAFT') throw conflict('only a draft can be edited', { status: matter.status });
      if (input.code !== matter.code) throw badUserInput('the matter code cannot change', { field: 'code' });
      await requireDepartmentExists(tx, input.departmentId);
      const [updated] = await tx
        .update(matters)
        .set({ ...matterValues(input), updatedAt: new Date() })
        .where(eq(matters.id, id))
        .returning();
      await replaceMaterials(tx, id, input);
      await recordChange(tx, context.identity, id, 'update');
      return updated as MatterRow;
    });
  },

  publishMatter: (_: unknown, args: { id: unknown }, context: CatalogContext) => transition(context, args.id, 'DRAFT', 'PUBLISHED'),
  withdrawMatter: (_: unknown, args: { id: unknown }, context: CatalogContext) => transition(context, args.id, 'PUBLISHED', 'WITHDRAWN'),
};
