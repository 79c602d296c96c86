import { forbidden, parseInput, uuidSchema, type Identity } from '@hall/service-kit';
import type { CatalogContext } from '../context';
import { firstSchema } from '../inputs';
import type { ChangeDetail } from '../db/schema';
import type { DepartmentChangeRow, DepartmentRow, MaterialRow, MatterChangeRow, MatterRow, ProcessStepRow } from '../loaders';
import { canReadChanges, canSeeMatter, compressionRate, summarizeCompression, totalsOf, type CompressionSummary } from '../rules';

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

export const Department = {
  __resolveReference(reference: { id?: unknown }, { loaders }: CatalogContext): Promise<DepartmentRow | null> | null {
    return isEntityId(reference.id) ? loaders.departmentById.load(reference.id) : null;
  },
  async matters(department: DepartmentRow, args: { first?: number }, { loaders }: CatalogContext): Promise<MatterRow[]> {
    const first = parseInput(firstSchema, args.first ?? 50);
    return (await loaders.publishedMattersByDepartment.load(department.id)).slice(0, first);
  },
  async publishedMatterCount(department: DepartmentRow, _: unknown, { loaders }: CatalogContext): Promise<number> {
    return (await loaders.publishedMattersByDepartment.load(department.id)).length;
  },
  async compression(department: DepartmentRow, _: unknown, { loaders }: CatalogContext): Promise<CompressionSummary> {
    return summarizeCompression(totalsOf(await loaders.publishedMattersByDepartment.load(department.id)));
  },
  async compressionRate(department: DepartmentRow, _: unknown, { loaders }: CatalogContext): Promise<number | null> {
    return summarizeCompression(totalsOf(await loaders.publishedMattersByDepartment.load(department.id))).rate;
  },
  async changes(department: DepartmentRow, _: unknown, { loaders, identity }: CatalogContext) {
    requireChangeReader(identity, department.id);
    const rows = await loaders.changesByDepartment.load(department.id);
    return rows.map((row: DepartmentChangeRow) => ({ ...row, fields: changeFields(row.detail) }));
  },
};

export const Matter = {
  async __resolveReference(reference: { id?: unknown }, { loaders, identity }: CatalogContext): Promise<MatterRow | null> {
    if (!isEntityId(reference.id)) return null;
    const matter = await loaders.matterById.load(reference.id);
    return matter && canSeeMatter(identity, matter) ? matter : null;
  },
  department(matter: MatterRow, _: unknown, { loaders }: CatalogContext): Promise<DepartmentRow | null> {
    return loaders.departmentById.load(matter.departmentId);
  },
  compressionRate: (matter: MatterRow) => compressionRate(matter.legalLimitDays, matter.committedLimitDays),
  isFree: (matter: MatterRow) => matter.feeYuan === null,
  isCurrent: (matter: MatterRow) => matter.status === 'PUBLISHED',
  materials(matter: MatterRow, _: unknown, { loaders }: CatalogContext): Promise<MaterialRow[]> {
    return loaders.materialsByMatter.load(matter.id);
  },
  processSteps(matter: MatterRow, _: unknown, { loaders }: CatalogContext): Promise<ProcessStepRow[]> {
    return loaders.stepsByMatter.load(matter.id);
  },
  async jointDepartments(matter: MatterRow, _: unknown, { loaders }: CatalogContext): Promise<DepartmentRow[]> {
    const ids = await loaders.jointDepartmentIdsByMatter.load(matter.id);
    const found = await loaders.departmentById.loadMany(ids);
    return found.filter((department): department is DepartmentRow => department !== null && !(department instanceof Error));
  },
  current(matter: MatterRow, _: unknown, { loaders }: CatalogContext): Promise<MatterRow | null> {
    return loaders.publishedByCode.load(matter.code);
  },
  async versions(matter: MatterRow, _: unknown, { loaders, identity }: CatalogContext): Promise<MatterRow[]> {
    return (await loaders.versionsByCode.load(matter.code)).filter((version) => canSeeMatter(identity, version));
  },
  supersededBy(matter: MatterRow, _: unknown, { loaders }: CatalogContext): Promise<MatterRow | null> | null {
    return matter.supersededById ? loaders.matterById.load(matter.supersededById) : null;
  },
  async changes(matter: MatterRow, args: { allVersions?: boolean }, { loaders, identity }: CatalogContext) {
    requireChangeReader(identity, matter.departmentId);
    const rows: MatterChangeRow[] = args.allVersions
      ? await loaders.changesByCode.load(matter.code)
      : await loaders.changesByMatter.load(matter.id);
    return rows.map((row) => ({ ...row, fields: changeFields(row.detail) }));
  },
};
