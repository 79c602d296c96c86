import { seesSupervisor } from '../confidentiality';
import type { InspectionsContext } from '../context';
import type { InspectionRow, SupervisorRow } from '../loaders';

export const Inspection = {
  __resolveReference: (reference: { id: string }, { loaders }: InspectionsContext) => loaders.inspectionById.load(reference.id),
  window: (inspection: InspectionRow) => ({ __typename: 'Window', id: inspection.windowId }),
  department: (inspection: InspectionRow) => ({ __typename: 'Department', id: inspection.departmentId }),
  supervisor: (inspection: InspectionRow, _: unknown, { identity, loaders }: InspectionsContext): Promise<SupervisorRow | null> | null =>
    seesSupervisor(identity, inspection.supervisorId) ? loaders.supervisorById.load(inspection.supervisorId) : null,
  findings: (inspection: InspectionRow, _: unknown, { loaders }: InspectionsContext) => loaders.findingsByInspection.load(inspection.id),
};

export const Supervisor = {
  __resolveReference: (reference: { id: string }, { loaders }: InspectionsContext) => loaders.supervisorById.load(reference.id),
};

/** Window is owned by duty; inspections adds the window's inspections. */
export const Window = {
  inspections: (window: { id: string }, _: unknown, { loaders }: InspectionsContext) => loaders.inspectionsByWindow.load(window.id),
};
