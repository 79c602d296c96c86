import { randomUUID } from 'node:crypto';
import { badUserInput, conflict, forbidden, notFound, parseInput, requireRole, type Identity } from '@hall/service-kit';
import { and, count, eq, isNotNull, max, ne } from 'drizzle-orm';
import type { CatalogContext } from '../context';
import { departments, matters } from '../db/schema';
import type { MutationResolvers } from '../generated/resolvers';
import {
  DEPARTMENT_FIELDS,
  diffFields,
  diffMatter,
  newVersionFields,
  publishFields,
  snapshotOfInput,
  supersedeFields,
} from '../data/history';
import { departmentInputSchema, matterInputSchema, uuidArg, type DepartmentInput, type MatterInput } from './inputs';
import { matterColumns, type DepartmentRow, type MatterRow } from '../data/loaders';
import { linksAround, parentRefusal, type DepartmentLink } from '../data/branches';
import { canEditDepartmentMatters, canSeeMatter } from '../domain/rules';
import {
  lockMatterCode,
  matterValues,
  postgresError,
  recordDepartmentChange,
  recordMatterChange,
  requireActiveDepartments,
  snapshotOfRow,
  writeMatterParts,
  type Transaction,
} from '../data/store';

function requireEditor(identity: Identity, departmentId: string): void {
  requireRole(identity, 'manager', 'dept_admin');
  if (!canEditDepartmentMatters(identity, departmentId)) throw forbidden('a department admin edits only its own matters');
}

/** The lead and joint-approval departments of an edit are active. */
async function requireDepartmentsOf(tx: Transaction, input: MatterInput): Promise<void> {
  await requireActiveDepartments(tx, [input.departmentId], 'departmentId');
  await requireActiveDepartments(tx, input.jointDepartmentIds, 'jointDepartmentIds');
}

/** Loads a matter the caller may edit (NOT_FOUND when they may not even see it), then locks its code and re-reads it. */
async function lockedMatterForEdit(tx: Transaction, identity: Identity, id: string): Promise<MatterRow> {
  const [found] = await tx.select(matterColumns).from(matters).where(eq(matters.id, id));
  if (!found || !canSeeMatter(identity, found)) throw notFound('matter');
  requireEditor(identity, found.departmentId);
  await lockMatterCode(tx, found.code);
  const [matter] = await tx.select(matterColumns).from(matters).where(eq(matters.id, id)).for('update');
  return matter as MatterRow;
}

/** The newest version of a code that was ever published (it may since have been withdrawn); null when none was. */
async function latestReleasedVersion(tx: Transaction, code: string): Promise<number | null> {
  const [row] = await tx
    .select({ version: max(matters.version) })
    .from(matters)
    .where(and(eq(matters.code, code), isNotNull(matters.publishedAt)));
  return row?.version ?? null;
}

/** Runs a write; a unique violation that slipped past the checks (a race) becomes CONFLICT instead of an internal error. */
async function guarded<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const cause = postgresError(error);
    if (cause?.code === '23505')
      throw conflict('changed concurrently by someone else; reload and try again', { constraint: cause.constraint });
    throw error;
  }
}

async function createMatter(context: CatalogContext, input: MatterInput): Promise<MatterRow> {
  return context.database.db.transaction(async (tx) => {
    await lockMatterCode(tx, input.code);
    await requireDepartmentsOf(tx, input);
    const [existing] = await tx.select({ id: matters.id }).from(matters).where(eq(matters.code, input.code)).limit(1);
    if (existing) throw conflict('a matter with this code already exists', { field: 'code' });
    const [created] = await tx
      .insert(matters)
      .values({ ...matterValues(input), status: 'DRAFT' })
      .returning(matterColumns);
    const matter = created as MatterRow;
    await writeMatterParts(tx, matter.id, input, false);
    await recordMatterChange(tx, context.identity, matter.id, 'CREATE', diffMatter(null, snapshotOfInput(input)));
    return matter;
  });
}

/**
 * A draft is edited in place. Editing a released version — the current published one, or the newest withdrawn one when
 * none is published — makes a new DRAFT version (same code, the next version number) and leaves the released one as it
 * was; it becomes current only when published. Older versions are history and are not edited.
 */
async function editMatter(context: CatalogContext, id: string, input: MatterInput): Promise<MatterRow> {
  const { identity } = context;
  return context.database.db.transaction(async (tx) => {
    const matter = await lockedMatterForEdit(tx, identity, id);
    requireEditor(identity, input.departmentId);
    if (input.code !== matter.code) throw badUserInput('the matter code cannot change', { field: 'code' });
    await requireDepartmentsOf(tx, input);
    const before = await snapshotOfRow(tx, matter);
    const after = snapshotOfInput(input);
    const fields = diffMatter(before, after);

    if (matter.status === 'DRAFT') {
      if (fields.length === 0) return matter;
      const [updated] = await tx
        .update(matters)
        .set({ ...matterValues(input), updatedAt: new Date() })
        .where(eq(matters.id, id))
        .returning(matterColumns);
      await writeMatterParts(tx, id, input, true);
      await recordMatterChange(tx, identity, id, 'UPDATE', fields);
      return updated as MatterRow;
    }

    const [published] = await tx
      .select({ id: matters.id, version: matters.version })
      .from(matters)
      .where(and(eq(matters.code, matter.code), eq(matters.status, 'PUBLISHED')));
    const head = published ?? { id: null, version: await latestReleasedVersion(tx, matter.code) };
    if (head.version !== matter.version) {
      throw conflict(`version ${matter.version} is history; edit the current version ${head.version}`, { currentVersion: head.version });
    }
    const [newest] = await tx
      .select({ version: max(matters.version) })
      .from(matters)
      .where(eq(matters.code, matter.code));
    const [created] = await tx
      .insert(matters)
      .values({
        ...matterValues(input),
        version: (newest?.version ?? matter.version) + 1,
        basedOnVersion: matter.version,
        status: 'DRAFT',
      })
      .returning(matterColumns);
    const draft = created as MatterRow;
    await writeMatterParts(tx, draft.id, input, false);
    await recordMatterChange(tx, identity, draft.id, 'NEW_VERSION', newVersionFields(matter.version, before, after));
    return draft;
  });
}

/**
 * DRAFT → PUBLISHED. The version it replaces (the code's published one, if any) is withdrawn and marked as superseded
 * in the same transaction, so the guide always shows exactly one version per code. A draft started from a version that
 * is no longer the newest released one is refused: publishing it would silently undo what was published since.
 */
async function publishMatter(context: CatalogContext, id: string): Promise<MatterRow> {
  const { identity } = context;
  return context.database.db.transaction(async (tx) => {
    const matter = await lockedMatterForEdit(tx, identity, id);
    if (matter.status !== 'DRAFT') throw conflict(`a ${matter.status} matter cannot become PUBLISHED`, { status: matter.status });
    const [department] = await tx.select({ active: departments.active }).from(departments).where(eq(departments.id, matter.departmentId));
    if (!department?.active) throw conflict('the department of this matter is inactive');
    const released = await latestReleasedVersion(tx, matter.code);
    if (released !== matter.basedOnVersion) {
      throw conflict(
        released === null
          ? 'this draft was started from a version that no longer exists'
          : `version ${released} was published after this draft was started${matter.basedOnVersion ? ` from version ${matter.basedOnVersion}` : ''}; edit version ${released} instead`,
        { currentVersion: released },
      );
    }
    const now = new Date();
    const [previous] = await tx
      .update(matters)
      .set({ status: 'WITHDRAWN', withdrawnAt: now, supersededById: id, updatedAt: now })
      .where(and(eq(matters.code, matter.code), eq(matters.status, 'PUBLISHED'), ne(matters.id, id)))
      .returning(matterColumns);
    if (previous) {
      await recordMatterChange(tx, identity, previous.id, 'SUPERSEDE', supersedeFields(id));
    }
    const [updated] = await tx
      .update(matters)
      .set({ status: 'PUBLISHED', publishedAt: now, updatedAt: now })
      .where(and(eq(matters.id, id), eq(matters.status, 'DRAFT')))
      .returning(matterColumns);
    await recordMatterChange(tx, identity, id, 'PUBLISH', publishFields(previous?.id ?? null));
    return updated as MatterRow;
  });
}

/** PUBLISHED → WITHDRAWN without a successor: the code leaves the guide until a new version is published. */
async function withdrawMatter(context: CatalogContext, id: string): Promise<MatterRow> {
  return context.database.db.transaction(async (tx) => {
    const matter = await lockedMatterForEdit(tx, context.identity, id);
    if (matter.status !== 'PUBLISHED') throw conflict(`a ${matter.status} matter cannot become WITHDRAWN`, { status: matter.status });
    const now = new Date();
    const [updated] = await tx
      .update(matters)
      .set({ status: 'WITHDRAWN', withdrawnAt: now, updatedAt: now })
      .where(eq(matters.id, id))
      .returning(matterColumns);
    await recordMatterChange(tx, context.identity, id, 'WITHDRAW', [{ field: 'status', from: 'PUBLISHED', to: 'WITHDRAWN' }]);
    return updated as MatterRow;
  });
}

async function requireUniqueDepartment(tx: Transaction, input: DepartmentInput, exceptId: string | null): Promise<void> {
  const clashes = await tx
    .select({ id: departments.id, code: departments.code, name: departments.name })
    .from(departments)
    .where(exceptId ? ne(departments.id, exceptId) : undefined);
  if (clashes.some((row) => row.code === input.code)) throw conflict('a department with this code already exists', { field: 'code' });
  if (clashes.some((row) => row.name === input.name)) throw conflict('a department with this name already exists', { field: 'name' });
}

function departmentSnapshot(row: Pick<DepartmentRow, Exclude<keyof DepartmentInput, 'parentId'> | 'parentId'>): DepartmentInput {
  return { code: row.code, name: row.name, shortName: row.shortName, hallZone: row.hallZone, contactPhone: row.contactPhone, parentId: row.parentId };
}

/** Refuses a bureau the branch rule (data/branches.ts) does not allow, naming the field. */
async function requireAllowedParent(tx: Transaction, child: DepartmentLink): Promise<void> {
  const refusal = parentRefusal(child, await linksAround(tx, [child]));
  if (refusal) throw badUserInput(refusal, { field: 'parentId' });
}

async function lockedDepartment(tx: Transaction, id: string): Promise<DepartmentRow> {
  const [department] = await tx.select().from(departments).where(eq(departments.id, id)).for('update');
  if (!department) throw notFound('department');
  return department;
}

async function setDepartmentActive(context: CatalogContext, rawId: string, active: boolean): Promise<DepartmentRow> {
  requireRole(context.identity, 'manager');
  const id = parseInput(uuidArg, rawId);
  return context.database.db.transaction(async (tx) => {
    const department = await lockedDepartment(tx, id);
    if (department.active === active) throw conflict(`the department is already ${active ? 'active' : 'inactive'}`);
    if (!active) {
      const [published] = await tx
        .select({ count: count() })
        .from(matters)
        .where(and(eq(matters.departmentId, id), eq(matters.status, 'PUBLISHED')));
      if (published && published.count > 0) {
        throw conflict(`the department still has ${published.count} published matters; withdraw or move them first`, {
          publishedMatters: published.count,
        });
      }
    }
    const [updated] = await tx.update(departments).set({ active, updatedAt: new Date() }).where(eq(departments.id, id)).returning();
    await recordDepartmentChange(tx, context.identity, id, active ? 'REACTIVATE' : 'DEACTIVATE', [
      { field: 'active', from: !active, to: active },
    ]);
    return updated as DepartmentRow;
  });
}

export const Mutation: MutationResolvers = {
  async createMatter(_, args, context) {
    requireRole(context.identity, 'manager', 'dept_admin');
    const input = parseInput(matterInputSchema, args.input);
    requireEditor(context.identity, input.departmentId);
    return guarded(() => createMatter(context, input));
  },

  async updateMatter(_, args, context) {
    requireRole(context.identity, 'manager', 'dept_admin');
    const id = parseInput(uuidArg, args.id);
    const input = parseInput(matterInputSchema, args.input);
    return guarded(() => editMatter(context, id, input));
  },

  async publishMatter(_, args, context) {
    requireRole(context.identity, 'manager', 'dept_admin');
    const id = parseInput(uuidArg, args.id);
    return guarded(() => publishMatter(context, id));
  },

  async withdrawMatter(_, args, context) {
    requireRole(context.identity, 'manager', 'dept_admin');
    const id = parseInput(uuidArg, args.id);
    return guarded(() => withdrawMatter(context, id));
  },

  async createDepartment(_, args, context) {
    requireRole(context.identity, 'manager');
    const input = parseInput(departmentInputSchema, args.input);
    return guarded(() =>
      context.database.db.transaction(async (tx) => {
        await requireUniqueDepartment(tx, input, null);
        const id = randomUUID();
        await requireAllowedParent(tx, { id, parentId: input.parentId ?? null });
        const [created] = await tx
          .insert(departments)
          .values({ ...input, id, active: true })
          .returning();
        const department = created as DepartmentRow;
        await recordDepartmentChange(tx, context.identity, department.id, 'CREATE', diffFields(null, input, DEPARTMENT_FIELDS));
        return department;
      }),
    );
  },

  async updateDepartment(_, args, context) {
    requireRole(context.identity, 'manager');
    const id = parseInput(uuidArg, args.id);
    const given = parseInput(departmentInputSchema, args.input);
    return guarded(() =>
      context.database.db.transaction(async (tx) => {
        const department = await lockedDepartment(tx, id);
        const input = { ...given, parentId: given.parentId === undefined ? department.parentId : given.parentId };
        if (input.parentId !== department.parentId) await requireAllowedParent(tx, { id, parentId: input.parentId });
        // Matter codes carry the department code (339900-SCJG-XK-001), and other subgraphs may show it.
        if (input.code !== department.code) throw badUserInput('the department code cannot change', { field: 'code' });
        await requireUniqueDepartment(tx, input, id);
        const fields = diffFields(departmentSnapshot(department), input, DEPARTMENT_FIELDS);
        if (fields.length === 0) return department;
        const [updated] = await tx
          .update(departments)
          .set({ ...input, updatedAt: new Date() })
          .where(eq(departments.id, id))
          .returning();
        await recordDepartmentChange(tx, context.identity, id, 'UPDATE', fields);
        return updated as DepartmentRow;
      }),
    );
  },

  deactivateDepartment: (_, args, context) => guarded(() => setDepartmentActive(context, args.id, false)),
  reactivateDepartment: (_, args, context) => guarded(() => setDepartmentActive(context, args.id, true)),
};
