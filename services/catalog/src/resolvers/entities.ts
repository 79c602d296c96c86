import { forbidden, notFound, parseInput, uuidSchema, type Identity } from '@hall/service-kit';
import { firstSchema } from './inputs';
import type { ChangeDetail } from '../db/schema';
import type { DepartmentResolvers, MatterResolvers } from '../generated/resolvers';
import type { DepartmentRow, MatterChangeRow } from '../data/loaders';
import { canReadChanges, canSeeMatter, compressionRate, summarizeCompression, totalsOf } from '../domain/rules';

/** A change-log entry as the API shows it: each changed field with its values as JSON text. */
function changeFields(detail: ChangeDetail) {
  return (detail.fields ?? []).map((change) => ({
    field: change.field,
    from: change.from === null || change.from === undefined ? null : JSON.stringify(change.from),
    to: change.to === null || change.to === undefined ? null : JSON.stringify(change.to),
  }));
}

function requireChangeReader(identity: Identity, departmentId: string): void {
  if (!canReadChanges(identity, departmentId)) throw forbidden("the change log is read by the department's admin and the manager");
}

/** A representation's id that can name a row; anything else (not a uuid, a number, missing) resolves to null. */
const isEntityId = (id: unknown): id is string => uuidSchema.safeParse(id).success;

export const Department: DepartmentResolvers = {
  __resolveReference(reference, { loaders }) {
    return isEntityId(reference.id) ? loaders.departmentById.load(reference.id) : null;
  },
  async matters(department, args, { loaders }) {
    const first = parseInput(firstSchema, args.first ?? 50);
    return (await loaders.publishedMattersByDepartment.load(department.id)).slice(0, first);
  },
  async publishedMatterCount(department, _, { loaders }) {
    return (await loaders.publishedMattersByDepartment.load(department.id)).length;
  },
  async compression(department, _, { loaders }) {
    return summarizeCompression(totalsOf(await loaders.publishedMattersByDepartment.load(department.id)));
  },
  async compressionRate(department, _, { loaders }) {
    return summarizeCompression(totalsOf(await loaders.publishedMattersByDepartment.load(department.id))).rate;
  },
  parent(department, _, { loaders }) {
    return department.parentId ? loaders.departmentById.load(department.parentId) : null;
  },
  branches(department, _, { loaders }) {
    return loaders.activeBranchesByParent.load(department.id);
  },
  async changes(department, _, { loaders, identity }) {
    requireChangeReader(identity, department.id);
    const rows = await loaders.changesByDepartment.load(department.id);
    return rows.map((row) => ({ ...row, fields: changeFields(row.detail) }));
  },
};

export const Matter: MatterResolvers = {
  async __resolveReference(reference, { loaders, identity }) {
    if (!isEntityId(reference.id)) return null;
    const matter = await loaders.matterById.load(reference.id);
    return matter && canSeeMatter(identity, matter) ? matter : null;
  },
  async department(matter, _, { loaders }) {
    // `Department!`: the foreign key keeps the row; a miss is a broken database, not an empty answer.
    const department = await loaders.departmentById.load(matter.departmentId);
    if (!department) throw notFound('department');
    return department;
  },
  compressionRate: (matter) => compressionRate(matter.legalLimitDays, matter.committedLimitDays),
  isFree: (matter) => matter.feeYuan === null,
  isCurrent: (matter) => matter.status === 'PUBLISHED',
  materials(matter, _, { loaders }) {
    return loaders.materialsByMatter.load(matter.id);
  },
  processSteps(matter, _, { loaders }) {
    return loaders.stepsByMatter.load(matter.id);
  },
  async jointDepartments(matter, _, { loaders }) {
    const ids = await loaders.jointDepartmentIdsByMatter.load(matter.id);
    const found = await loaders.departmentById.loadMany(ids);
    return found.filter((department): department is DepartmentRow => department !== null && !(department instanceof Error));
  },
  current(matter, _, { loaders }) {
    return loaders.publishedByCode.load(matter.code);
  },
  async versions(matter, _, { loaders, identity }) {
    return (await loaders.versionsByCode.load(matter.code)).filter((version) => canSeeMatter(identity, version));
  },
  supersededBy(matter, _, { loaders }) {
    return matter.supersededById ? loaders.matterById.load(matter.supersededById) : null;
  },
  async changes(matter, args, { loaders, identity }) {
    requireChangeReader(identity, matter.departmentId);
    const rows: MatterChangeRow[] = args.allVersions
      ? await loaders.changesByCode.load(matter.code)
      : await loaders.changesByMatter.load(matter.id);
    return rows.map((row) => ({ ...row, fields: changeFields(row.detail) }));
  },
};
