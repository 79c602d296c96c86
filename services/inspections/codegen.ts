import type { ResolverTypesConfig } from '../../codegen';

/** This subgraph's part of the root codegen.ts: its context and the row type behind each object type. */
export const resolverTypesConfig: ResolverTypesConfig = {
  contextType: '../context#InspectionsContext',
  mappers: {
    Supervisor: '../data/loaders#SupervisorRow',
    Inspection: '../data/loaders#InspectionRow',
    Finding: '../data/loaders#FindingRow',
    ChecklistTemplate: '../data/loaders#TemplateRow',
    ChecklistSection: '../domain/checklist#ChecklistSection as ChecklistSectionModel',
    ChecklistItem: '../domain/checklist#ChecklistItem as ChecklistItemModel',
    ItemResult: '../data/loaders#ItemResultView',
    Evidence: '../data/loaders#EvidenceRow',
    Amendment: '../data/loaders#AmendmentRow',
    InspectionPlan: '../data/loaders#PlanRow',
    Rectification: '../data/loaders#RectificationRow',
    RectificationEvent: '../data/loaders#RectificationEventRow',
    Appeal: '../data/loaders#AppealRow',
    InspectionStats: '../data/stats#InspectionStats as InspectionStatsModel',
    WindowInspectionRecord: '../data/stats#WindowInspectionRecord as WindowInspectionRecordModel',
    InspectionSettings: '../resolvers/shared#SettingsRow',
    Staff: '../data/loaders#StaffReference',
    Window: '../data/loaders#WindowReference',
    Department: '../data/loaders#DepartmentReference',
  },
};
