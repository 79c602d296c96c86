import type { Database } from '@hall/db';
import { demoHall, demoReferenceFromEnv, demoUsers, type DemoMatter, type DemoMatterVersion } from '@hall/demo-hall';
import { sql } from 'drizzle-orm';
import { diffFields, diffMatter, type MatterSnapshot } from '../data/history';
import {
  departmentChanges,
  departments,
  jointDepartments,
  materials,
  matterChanges,
  matters,
  processSteps,
  type CatalogTables,
} from './schema';

/** When the demo catalogue was loaded (and version 1 of every matter published). */
const IMPORTED_AT = new Date('2026-01-01T00:00:00Z');
const SYSTEM = { actorId: null, actorName: null, actorRole: 'system' } as const;

function snapshotOf(matter: DemoMatter): MatterSnapshot {
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
    jointDepartmentIds: matter.jointDepartmentIds,
    processSteps: matter.processSteps,
    refusalGrounds: matter.refusalGrounds,
    appealRoute: matter.appealRoute,
    materials: matter.materials.map((material) => ({
      name: material.name,
      form: material.form,
      copies: material.copies,
      required: material.required,
      condition: material.condition,
      source: material.source,
      notes: material.notes,
      sampleTemplate: material.sampleTemplate ?? null,
    })),
  };
}

function matterRow(
  matter: DemoMatter,
  version: Pick<DemoMatterVersion, 'version'> & Partial<DemoMatterVersion>,
  status: 'PUBLISHED' | 'WITHDRAWN',
) {
  return {
    id: matter.id,
    code: matter.code,
    version: version.version,
    basedOnVersion: version.version > 1 ? version.version - 1 : null,
    departmentId: matter.departmentId,
    name: matter.name,
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
    refusalGrounds: matter.refusalGrounds,
    appealRoute: matter.appealRoute,
    status,
    createdAt: version.draftedAt ?? IMPORTED_AT,
    updatedAt: version.publishedAt ?? IMPORTED_AT,
    publishedAt: version.publishedAt ?? IMPORTED_AT,
  };
}

/**
 * Inserts the demo hall's departments and matters, once: a catalog with departments is left alone. Version 1 of every
 * matter is published on import; the demo's later versions (`hall.matterVersions`) are replayed as their department
 * admin made them: a new draft version, published days later, superseding version 1 — with their change-log entries.
 */
export async function seedDemo({ db }: Database<CatalogTables>): Promise<void> {
  const hall = demoHall(demoReferenceFromEnv());
  const users = demoUsers(hall);
  const revised = new Map(hall.matterVersions.map((version) => [version.supersedesId, version]));
  await db.transaction(async (tx) => {
    // Two processes starting at once must not both seed.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('hall-seed-catalog'))`);
    const [existing] = await tx.select({ id: departments.id }).from(departments).limit(1);
    if (existing) return;

    await tx
      .insert(departments)
      .values(hall.departments.map((department) => ({ ...department, active: true, createdAt: IMPORTED_AT, updatedAt: IMPORTED_AT })));
    await tx.insert(departmentChanges).values(
      hall.departments.map((department) => ({
        departmentId: department.id,
        action: 'IMPORT' as const,
        ...SYSTEM,
        at: IMPORTED_AT,
        detail: { fields: diffFields(null, department, ['code', 'name', 'shortName', 'hallZone', 'contactPhone']) },
      })),
    );

    // Later versions first: a superseded version 1 points at its successor.
    await tx.insert(matters).values(hall.matterVersions.map((version) => matterRow(version, version, 'PUBLISHED')));
    await tx.insert(matters).values(
      hall.matters.map((matter) => {
        const successor = revised.get(matter.id);
        return successor
          ? {
              ...matterRow(matter, { version: 1 }, 'WITHDRAWN' as const),
              withdrawnAt: successor.publishedAt,
              supersededById: successor.id,
              updatedAt: successor.publishedAt,
            }
          : matterRow(matter, { version: 1 }, 'PUBLISHED');
      }),
    );
    const all: DemoMatter[] = [...hall.matters, ...hall.matterVersions];
    await tx.insert(materials).values(
      all.flatMap((matter) =>
        matter.materials.map((material, position) => ({
          matterId: matter.id,
          position,
          name: material.name,
          form: material.form,
          copies: material.copies,
          required: material.required,
          condition: material.condition,
          source: material.source,
          notes: material.notes,
          sampleTemplate: material.sampleTemplate ?? null,
        })),
      ),
    );
    await tx
      .insert(processSteps)
      .values(all.flatMap((matter) => matter.processSteps.map((step, position) => ({ matterId: matter.id, position, ...step }))));
    const joint = all.flatMap((matter) =>
      matter.jointDepartmentIds.map((departmentId, position) => ({ matterId: matter.id, departmentId, position })),
    );
    if (joint.length > 0) await tx.insert(jointDepartments).values(joint);

    await tx.insert(matterChanges).values(
      hall.matters.map((matter) => ({
        matterId: matter.id,
        action: 'IMPORT' as const,
        ...SYSTEM,
        at: IMPORTED_AT,
        detail: { fields: diffMatter(null, snapshotOf(matter)) },
      })),
    );
    for (const version of hall.matterVersions) {
      const previous = hall.matters.find((matter) => matter.id === version.supersedesId);
      const editor = users.find((user) => user.id === version.editorUserId);
      if (!previous || !editor) throw new Error(`demo version ${version.id} has no predecessor or editor`);
      const actor = { actorId: editor.id, actorName: editor.name, actorRole: editor.role };
      await tx.insert(matterChanges).values([
        {
          matterId: version.id,
          action: 'NEW_VERSION',
          ...actor,
          at: version.draftedAt,
          detail: {
            fields: [
              { field: 'basedOnVersion', from: null, to: version.version - 1 },
              ...diffMatter(snapshotOf(previous), snapshotOf(version)),
            ],
          },
        },
        {
          matterId: previous.id,
          action: 'SUPERSEDE',
          ...actor,
          at: version.publishedAt,
          detail: {
            fields: [
              { field: 'status', from: 'PUBLISHED', to: 'WITHDRAWN' },
              { field: 'supersededById', from: null, to: version.id },
            ],
          },
        },
        {
          matterId: version.id,
          action: 'PUBLISH',
          ...actor,
          at: version.publishedAt,
          detail: {
            fields: [
              { field: 'status', from: 'DRAFT', to: 'PUBLISHED' },
              { field: 'supersedes', from: null, to: previous.id },
            ],
          },
        },
      ]);
    }
  });
}
