import { forbidden, parseInput, uuidSchema } from '@hall/service-kit';
import { seesAppeal, seesDepartmentStats, seesSupervisor } from '../confidentiality';
import type { InspectionsContext } from '../context';
import { applyAmendments } from '../domain/effective';
import { assignVisits } from '../domain/planner';
import { periodSchema } from '../inputs';
import type { AmendmentRow, EvidenceRow, FindingRow, InspectionRow, PlanRow, RectificationEventRow, RectificationRow, SupervisorRow } from '../loaders';
import { toOutcome } from './shared';

const reference = (typename: string, id: string | null) => (id ? { __typename: typename, id } : null);

/** A representation's id that can name a row; anything else (not a uuid, a number, missing) resolves to null. */
const isEntityId = (id: unknown): id is string => uuidSchema.safeParse(id).success;

export const Inspection = {
  __resolveReference: (ref: { id?: unknown }, { loaders }: InspectionsContext) => (isEntityId(ref.id) ? loaders.inspectionById.load(ref.id) : null),
  window: (inspection: InspectionRow) => reference('Window', inspection.windowId),
  department: (inspection: InspectionRow) => reference('Department', inspection.departmentId),
  staff: (inspection: InspectionRow) => reference('Staff', inspection.staffId),
  supervisor: (inspection: InspectionRow, _: unknown, { identity, loaders }: InspectionsContext): Promise<SupervisorRow | null> | null =>
    seesSupervisor(identity, inspection.supervisorId) ? loaders.supervisorById.load(inspection.supervisorId) : null,
  plan: (inspection: InspectionRow, _: unknown, { identity, loaders }: InspectionsContext) =>
    inspection.planId && seesSupervisor(identity, inspection.supervisorId) ? loaders.planById.load(inspection.planId) : null,
  template: (inspection: InspectionRow, _: unknown, { loaders }: InspectionsContext) => (inspection.templateId ? loaders.templateById.load(inspection.templateId) : null),
  async score(inspection: InspectionRow, _: unknown, { loaders }: InspectionsContext) {
    if (inspection.status !== 'SUBMITTED') return null;
    const amendments = await loaders.amendmentsByInspection.load(inspection.id);
    return amendments.at(-1)?.score ?? inspection.score;
  },
  findings: (inspection: InspectionRow, _: unknown, { loaders }: InspectionsContext) => loaders.findingsByInspection.load(inspection.id),
  async items(inspection: InspectionRow, _: unknown, { loaders }: InspectionsContext) {
    const [base, amendments] = await Promise.all([loaders.itemResultsByInspection.load(inspection.id), loaders.amendmentsByInspection.load(inspection.id)]);
    return applyAmendments(base.map(toOutcome), amendments).map((result) => ({ ...result, inspectionId: inspection.id }));
  },
  evidence: (inspection: InspectionRow, _: unknown, { loaders }: InspectionsContext) => loaders.evidenceByInspection.load(inspection.id),
  amendments: (inspection: InspectionRow, _: unknown, { loaders }: InspectionsContext) => loaders.amendmentsByInspection.load(inspection.id),
  rectification: (inspection: InspectionRow, _: unknown, { loaders }: InspectionsContext) => loaders.rectificationByInspection.load(inspection.id),
};

async function itemOf(loaders: InspectionsContext['loaders'], inspectionId: string, itemKey: string | null) {
  if (!itemKey) return null;
  const sections = await loaders.sectionsByInspection.load(inspectionId);
  return sections?.flatMap((section) => section.items).find((item) => item.key === itemKey) ?? null;
}

export const ItemResult = {
  item: (result: { inspectionId: string; itemKey: string }, _: unknown, { loaders }: InspectionsContext) => itemOf(loaders, result.inspectionId, result.itemKey),
};

export const Amendment = {
  changes: (amendment: AmendmentRow) => amendment.changes.map((change) => ({ ...change, inspectionId: amendment.inspectionId })),
};

export const Finding = {
  item: (finding: FindingRow, _: unknown, { loaders }: InspectionsContext) => itemOf(loaders, finding.inspectionId, finding.itemKey),
  /** The same rule as Query.appeals: the manager and the appealing department (never a supervisor, issue 13). */
  async appeal(finding: FindingRow, _: unknown, { identity, loaders }: InspectionsContext) {
    const appeal = await loaders.appealByFinding.load(finding.id);
    return appeal && seesAppeal(identity, appeal.departmentId) ? appeal : null;
  },
};

export const Appeal = {
  finding: (appeal: { findingId: string }, _: unknown, { loaders }: InspectionsContext) => loaders.findingById.load(appeal.findingId),
};

export const Evidence = {
  async contentBase64(file: EvidenceRow, _: unknown, { loaders }: InspectionsContext) {
    return (await loaders.evidenceContent.load(file.id))?.toString('base64') ?? '';
  },
};

export const Supervisor = {
  /** Who the supervisors are is known to the manager and to each supervisor about themself. */
  __resolveReference: (ref: { id?: unknown }, { identity, loaders }: InspectionsContext) =>
    isEntityId(ref.id) && seesSupervisor(identity, ref.id) ? loaders.supervisorById.load(ref.id) : null,
  phone: (supervisor: SupervisorRow, _: unknown, { identity }: InspectionsContext) => (seesSupervisor(identity, supervisor.id) ? supervisor.phone : null),
  tiedDepartments: (supervisor: SupervisorRow) => supervisor.tiedDepartmentIds.map((id) => ({ __typename: 'Department', id })),
};

export const ChecklistTemplate = {
  __resolveReference: (ref: { id?: unknown }, { identity, loaders }: InspectionsContext) =>
    identity.role === 'public' || !isEntityId(ref.id) ? null : loaders.templateById.load(ref.id),
};

const managerOnly = <T>(identity: InspectionsContext['identity'], value: () => T): T | null => (identity.role === 'manager' ? value() : null);

export const InspectionPlan = {
  __resolveReference: (ref: { id?: unknown }, { loaders }: InspectionsContext) => (isEntityId(ref.id) ? loaders.planById.load(ref.id) : null),
  from: (plan: PlanRow) => plan.periodFrom,
  to: (plan: PlanRow) => plan.periodTo,
  seed: (plan: PlanRow, _: unknown, { identity }: InspectionsContext) => managerOnly(identity, () => plan.seed),
  windows: (plan: PlanRow, _: unknown, { identity }: InspectionsContext) =>
    managerOnly(identity, () => plan.inputs.windows.map((window) => ({ __typename: 'Window', id: window.windowId }))),
  inputs: (plan: PlanRow, _: unknown, { identity }: InspectionsContext) => managerOnly(identity, () => JSON.stringify(plan.inputs)),
  /** Recomputes the assignment from the stored seed and inputs and compares it with the stored visits. */
  async reproducible(plan: PlanRow, _: unknown, { identity, loaders }: InspectionsContext) {
    if (identity.role !== 'manager') return null;
    const result = assignVisits(plan.seed, plan.inputs);
    if (!result.ok) return false;
    const stored = (await loaders.inspectionsByPlan.load(plan.id)).map((row) => `${row.plannedFor}|${row.windowId}|${row.supervisorId}`).sort();
    const recomputed = result.visits.map((visit) => `${visit.day}|${visit.windowId}|${visit.supervisorId}`).sort();
    return JSON.stringify(stored) === JSON.stringify(recomputed);
  },
  template: (plan: PlanRow, _: unknown, { loaders }: InspectionsContext) => loaders.templateById.load(plan.templateId),
  inspections: (plan: PlanRow, _: unknown, { loaders }: InspectionsContext) => loaders.inspectionsByPlan.load(plan.id),
};

export const Rectification = {
  __resolveReference: (ref: { id?: unknown }, { loaders }: InspectionsContext) => (isEntityId(ref.id) ? loaders.rectificationById.load(ref.id) : null),
  inspection: (order: RectificationRow, _: unknown, { loaders }: InspectionsContext) => loaders.inspectionById.load(order.inspectionId),
  department: (order: RectificationRow) => reference('Department', order.departmentId),
  window: (order: RectificationRow) => reference('Window', order.windowId),
  overdue: (order: RectificationRow, _: unknown, { today }: InspectionsContext) => order.status === 'OPEN' && order.dueOn < today,
  async seriousFindings(order: RectificationRow, _: unknown, { loaders }: InspectionsContext) {
    const rows = await loaders.findingById.loadMany(order.seriousFindingIds);
    return rows.filter((row): row is FindingRow => !!row && !(row instanceof Error));
  },
  evidence: (order: RectificationRow, _: unknown, { loaders }: InspectionsContext) => loaders.evidenceByRectification.load(order.id),
  events: (order: RectificationRow, _: unknown, { loaders }: InspectionsContext) => loaders.eventsByRectification.load(order.id),
};

export const RectificationEvent = {
  from: (event: RectificationEventRow) => event.fromStatus,
  to: (event: RectificationEventRow) => event.toStatus,
};


/** Window is owned by duty; inspections adds the window's inspections and statistics. */
export const Window = {
  __resolveReference: (ref: { id?: unknown }) => (isEntityId(ref.id) ? ref : null),
  inspections: (window: { id: string }, _: unknown, { loaders }: InspectionsContext) => loaders.inspectionsByWindow.load(window.id),
  inspectionStats(window: { id: string }, args: { period: unknown }, { identity, loaders }: InspectionsContext) {
    if (identity.role === 'public') throw forbidden('inspection results are not public');
    return loaders.windowStats.load({ id: window.id, ...parseInput(periodSchema, args.period) });
  },
};

/** Department is owned by catalog; inspections adds its statistics and rectifications. */
export const Department = {
  __resolveReference: (ref: { id?: unknown }) => (isEntityId(ref.id) ? ref : null),
  inspectionStats(department: { id: string }, args: { period: unknown }, { identity, loaders }: InspectionsContext) {
    if (!seesDepartmentStats(identity, [department.id])) throw forbidden('a department’s inspection results are shown to it and to the manager');
    return loaders.departmentStats.load({ id: department.id, ...parseInput(periodSchema, args.period) });
  },
  rectifications: (department: { id: string }, _: unknown, { identity, loaders }: InspectionsContext) =>
    identity.role === 'public' ? null : loaders.rectificationsByDepartment.load(department.id),
};
