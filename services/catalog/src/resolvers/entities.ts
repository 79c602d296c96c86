import type { CatalogContext } from '../context';
import type { DepartmentRow, MaterialRow, MatterRow } from '../loaders';
import { canSeeMatter, compressionRate } from '../rules';

export const Department = {
  __resolveReference(reference: { id: string }, { loaders }: CatalogContext): Promise<DepartmentRow | null> {
    return loaders.departmentById.load(reference.id);
  },
  matters(department: DepartmentRow, _: unknown, { loaders }: CatalogContext): Promise<MatterRow[]> {
    return loaders.publishedMattersByDepartment.load(department.id);
  },
  async compressionRate(department: DepartmentRow, _: unknown, { loaders }: CatalogContext): Promise<number | null> {
    const committed = (await loaders.publishedMattersByDepartment.load(department.id)).filter((matter) => matter.kind === 'COMMITTED');
    const legal = committed.reduce((sum, matter) => sum + matter.legalLimitDays, 0);
    return compressionRate(legal, committed.reduce((sum, matter) => sum + matter.committedLimitDays, 0));
  },
};

export const Matter = {
  async __resolveReference(reference: { id: string }, { loaders, identity }: CatalogContext): Promise<MatterRow | null> {
    const matter = await loaders.matterById.load(reference.id);
    return matter && canSeeMatter(identity, matter) ? matter : null;
  },
  department(matter: MatterRow, _: unknown, { loaders }: CatalogContext): Promise<DepartmentRow | null> {
    return loaders.departmentById.load(matter.departmentId);
  },
  compressionRate: (matter: MatterRow) => compressionRate(matter.legalLimitDays, matter.committedLimitDays),
  materials(matter: MatterRow, _: unknown, { loaders }: CatalogContext): Promise<MaterialRow[]> {
    return loaders.materialsByMatter.load(matter.id);
  },
};
