import { forbidden, notFound, parsePeriod, uuidSchema } from '@hall/service-kit';
import { seesAppeal, seesDepartmentStats, seesSupervisor } from '../data/confidentiality';
import type { InspectionsContext } from '../context';
import type {
  AmendmentResolvers,
  AppealResolvers,
  ChecklistTemplateResolvers,
  DepartmentResolvers,
  EvidenceResolvers,
  FindingResolvers,
  InspectionResolvers,
  InspectionPlanResolvers,
  ItemResultResolvers,
  RectificationResolvers,
  RectificationEventResolvers,
  SupervisorResolvers,
  WindowResolvers,
} from '../generated/resolvers';
import { appealDeadline, appealWindowOpen } from '../domain/appeals';
import { applyAmendments } from '../domain/effective';
import { assignVisits, calendarOfPlan } from '../domain/planner';
import type { EntityReference, FindingRow } from '../data/loaders';
import { loadSettings, toOutcome, type SettingsRow } from './shared';

const reference = <TTypename extends string>(typename: TTypename, id: string | null): EntityReference<TTypename> | null =>
  id ? { __typename: typename, id } : null;

/** A row its foreign key guarantees (`Finding!`, `ChecklistTemplate!`): a miss is a broken database, not an empty answer. */
async function referenced<T>(row: Promise<T | null>, what: string): Promise<T> {
  const found = await row;
  if (!found) throw notFound(what);
  return found;
}

/** A representation's id that can name a row; anything else (not a uuid, a number, missing) resolves to null. */
const isEntityId = (id: unknown): id is string => uuidSchema.safeParse(id).success;

export const Inspection: InspectionResolvers = {
  __resolveReference: (ref, { loaders }) => (isEntityId(ref.id) ? loaders.inspectionById.load(ref.id) : null),
  window: (inspection) => reference('Window', inspection.windowId),
  department: (inspection) => reference('Department', inspection.departmentId),
  staff: (inspection) => reference('Staff', inspection.staffId),
  supervisor: (inspection, _, { identity, loaders }) =>
    seesSupervisor(identity, inspection.supervisorId) ? loaders.supervisorById.load(inspection.supervisorId) : null,
  plan: (inspection, _, { identity, loaders }) =>
    inspection.planId && seesSupervisor(identity, inspection.supervisorId) ? loaders.planById.load(inspection.planId) : null,
  template: (inspection, _, { loaders }) => (inspection.templateId ? loaders.templateById.load(inspection.templateId) : null),
  async score(inspection, _, { loaders }) {
    if (inspection.status !== 'SUBMITTED') return null;
    const amendments = await loaders.amendmentsByInspection.load(inspection.id);
    return amendments.at(-1)?.score ?? inspection.score;
  },
  findings: (inspection, _, { loaders }) => loaders.findingsByInspection.load(inspection.id),
  async items(inspection, _, { loaders }) {
    const [base, amendments] = await Promise.all([loaders.itemResultsByInspection.load(inspection.id), loaders.amendmentsByInspection.load(inspection.id)]);
    return applyAmendments(base.map(toOutcome), amendments).map((result) => ({ ...result, inspectionId: inspection.id }));
  },
  evidence: (inspection, _, { loaders }) => loaders.evidenceByInspection.load(inspection.id),
  amendments: (inspection, _, { loaders }) => loaders.amendmentsByInspection.load(inspection.id),
  rectification: (inspection, _, { loaders }) => loaders.rectificationByInspection.load(inspection.id),
};

async function itemOf(loaders: InspectionsContext['loaders'], inspectionId: string, itemKey: string | null) {
  if (!itemKey) return null;
  const sections = await loaders.sectionsByInspection.load(inspectionId);
  return sections?.flatMap((section) => section.items).find((item) => item.key === itemKey) ?? null;
}

export const ItemResult: ItemResultResolvers = {
  item: (result, _, { loaders }) => itemOf(loaders, result.inspectionId, result.itemKey),
};

export const Amendment: AmendmentResolvers = {
  changes: (amendment) => amendment.changes.map((change) => ({ ...change, inspectionId: amendment.inspectionId })),
};

/** The hall's inspection settings, read once per request (the request's loaders stand for the request). */
const requestSettings = new WeakMap<object, Promise<SettingsRow>>();
function settingsOf({ loaders, database }: InspectionsContext): Promise<SettingsRow> {
  let settings = requestSettings.get(loaders);
  if (!settings) {
    settings = loadSettings(database.db);
    requestSettings.set(loaders, settings);
  }
  return settings;
}

async function appealWindowOf(finding: FindingRow, context: InspectionsContext) {
  const inspection = await context.loaders.inspectionById.load(finding.inspectionId);
  if (!inspection || inspection.status !== 'SUBMITTED') return null;
  return { inspection, submittedAt: inspection.submittedAt ?? inspection.visitedAt, appealDays: (await settingsOf(context)).appealDays };
}

export const Finding: FindingResolvers = {
  item: (finding, _, { loaders }) => itemOf(loaders, finding.inspectionId, finding.itemKey),
  /** The same rule as Query.appeals: the manager and the appealing department (never a supervisor, issue 13). */
  async appeal(finding, _, { identity, loaders }) {
    const appeal = await loaders.appealByFinding.load(finding.id);
    return appeal && seesAppeal(identity, appeal.departmentId) ? appeal : null;
  },
  async appealableUntil(finding, _, context) {
    const window = await appealWindowOf(finding, context);
    return window ? appealDeadline(window.submittedAt, window.appealDays) : null;
  },
  async canAppeal(finding, _, context) {
    const { identity, loaders, now } = context;
    if (identity.role !== 'dept_admin' || !finding.counts) return false;
    const window = await appealWindowOf(finding, context);
    if (!window || window.inspection.departmentId !== identity.departmentId) return false;
    if (!appealWindowOpen(window.submittedAt, window.appealDays, now)) return false;
    return (await loaders.appealByFinding.load(finding.id)) === null;
  },
};

export const Appeal: AppealResolvers = {
  finding: (appeal, _, { loaders }) => referenced(loaders.findingById.load(appeal.findingId), 'finding'),
};

export const Evidence: EvidenceResolvers = {
  async contentBase64(file, _, { loaders }) {
    return (await loaders.evidenceContent.load(file.id))?.toString('base64') ?? '';
  },
};

export const Supervisor: SupervisorResolvers = {
  /** Who the supervisors are is known to the manager and to each supervisor about themself. */
  __resolveReference: (ref, { identity, loaders }) =>
    isEntityId(ref.id) && seesSupervisor(identity, ref.id) ? loaders.supervisorById.load(ref.id) : null,
  phone: (supervisor, _, { identity }) => (seesSupervisor(identity, supervisor.id) ? supervisor.phone : null),
  tiedDepartments: (supervisor) => supervisor.tiedDepartmentIds.map((id) => ({ __typename: 'Department', id })),
};

export const ChecklistTemplate: ChecklistTemplateResolvers = {
  __resolveReference: (ref, { identity, loaders }) =>
    identity.role === 'public' || !isEntityId(ref.id) ? null : loaders.templateById.load(ref.id),
};

const managerOnly = <T>(identity: InspectionsContext['identity'], value: () => T): T | null => (identity.role === 'manager' ? value() : null);

export const InspectionPlan: InspectionPlanResolvers = {
  __resolveReference: (ref, { loaders }) => (isEntityId(ref.id) ? loaders.planById.load(ref.id) : null),
  from: (plan) => plan.periodFrom,
  to: (plan) => plan.periodTo,
  seed: (plan, _, { identity }) => managerOnly(identity, () => plan.seed),
  windows: (plan, _, { identity }) =>
    managerOnly(identity, () => plan.inputs.windows.map((window) => ({ __typename: 'Window', id: window.windowId }))),
  inputs: (plan, _, { identity }) => managerOnly(identity, () => JSON.stringify(plan.inputs)),
  /** Recomputes the assignment from the stored seed and inputs and compares it with the stored visits. */
  async reproducible(plan, _, { identity, loaders }) {
    if (identity.role !== 'manager') return null;
    const result = assignVisits(plan.seed, plan.inputs, calendarOfPlan(plan.inputs));
    if (!result.ok) return false;
    const stored = (await loaders.inspectionsByPlan.load(plan.id)).map((row) => `${row.plannedFor}|${row.windowId}|${row.supervisorId}`).sort();
    const recomputed = result.visits.map((visit) => `${visit.day}|${visit.windowId}|${visit.supervisorId}`).sort();
    return JSON.stringify(stored) === JSON.stringify(recomputed);
  },
  template: (plan, _, { loaders }) => referenced(loaders.templateById.load(plan.templateId), 'checklist template'),
  inspections: (plan, _, { loaders }) => loaders.inspectionsByPlan.load(plan.id),
};

export const Rectification: RectificationResolvers = {
  __resolveReference: (ref, { loaders }) => (isEntityId(ref.id) ? loaders.rectificationById.load(ref.id) : null),
  inspection: (order, _, { loaders }) => loaders.inspectionById.load(order.inspectionId),
  department: (order) => reference('Department', order.departmentId),
  window: (order) => reference('Window', order.windowId),
  overdue: (order, _, { today }) => order.status === 'OPEN' && order.dueOn < today,
  async seriousFindings(order, _, { loaders }) {
    const rows = await loaders.findingById.loadMany(order.seriousFindingIds);
    return rows.filter((row): row is FindingRow => !!row && !(row instanceof Error));
  },
  evidence: (order, _, { loaders }) => loaders.evidenceByRectification.load(order.id),
  events: (order, _, { loaders }) => loaders.eventsByRectification.load(order.id),
};

export const RectificationEvent: RectificationEventResolvers = {
  from: (event) => event.fromStatus,
  to: (event) => event.toStatus,
};


/** Window is owned by duty; inspections adds the window's inspections and statistics. */
export const Window: WindowResolvers = {
  __resolveReference: (ref) => (isEntityId(ref.id) ? ref : null),
  inspections: (window, _, { loaders }) => loaders.inspectionsByWindow.load(window.id),
  inspectionStats(window, args, { identity, loaders }) {
    if (identity.role === 'public') throw forbidden('inspection results are not public');
    return loaders.windowStats.load({ id: window.id, ...parsePeriod(args.period) });
  },
};

/** Department is owned by catalog; inspections adds its statistics and rectifications. */
export const Department: DepartmentResolvers = {
  __resolveReference: (ref) => (isEntityId(ref.id) ? ref : null),
  inspectionStats(department, args, { identity, loaders }) {
    if (!seesDepartmentStats(identity, [department.id])) throw forbidden('a department’s inspection results are shown to it and to the manager');
    return loaders.departmentStats.load({ id: department.id, ...parsePeriod(args.period) });
  },
  rectifications: (department, _, { identity, loaders }) =>
    identity.role === 'public' ? null : loaders.rectificationsByDepartment.load(department.id),
};
