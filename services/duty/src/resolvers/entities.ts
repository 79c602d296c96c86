import type { DutyContext } from '../context';
import type { StaffRow, WindowRow } from '../loaders';

export const Staff = {
  __resolveReference: (reference: { id: string }, { loaders }: DutyContext) => loaders.staffById.load(reference.id),
  department: (member: StaffRow) => ({ __typename: 'Department', id: member.departmentId }),
};

export const Window = {
  __resolveReference: (reference: { id: string }, { loaders }: DutyContext) => loaders.windowById.load(reference.id),
  async departments(window: WindowRow, _: unknown, { loaders }: DutyContext) {
    const departmentIds = await loaders.departmentIdsByWindow.load(window.id);
    return departmentIds.map((departmentId) => ({ __typename: 'Department', id: departmentId }));
  },
};

/** Department is owned by the catalog; duty adds the department's staff and windows. */
export const Department = {
  staff: (department: { id: string }, _: unknown, { loaders }: DutyContext) => loaders.staffByDepartment.load(department.id),
  windows: (department: { id: string }, _: unknown, { loaders }: DutyContext) => loaders.windowsByDepartment.load(department.id),
};
