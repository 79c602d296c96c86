import type { ResolverTypesConfig } from '../../codegen';

/** This subgraph's part of the root codegen.ts: its context and the row type behind each object type. */
export const resolverTypesConfig: ResolverTypesConfig = {
  contextType: '../context#InspectionsContext',
  mappers: {
    Supervisor: '../loaders#SupervisorRow',
    Inspection: '../loaders#InspectionRow',
    Finding: '../loaders#FindingRow',
    ChecklistTemplate: '../loaders#TemplateRow',
    ChecklistSection: '../domain/checklist#ChecklistSection as ChecklistSectionModel',
    ChecklistItem: '../domain/checklist#ChecklistItem as ChecklistItemModel',
    ItemResult: '../loaders#ItemResultView',
    Evidence: '../loaders#EvidenceRow',
    Amendment: '../loaders#AmendmentRow',
    InspectionPlan: '../loaders#PlanRow',
    Rectification: '../loaders#RectificationRow',
    RectificationEvent: '../loaders#RectificationEventRow',
    Appeal: '../loaders#AppealRow',
    InspectionStats: '../stats#InspectionStats as InspectionStatsModel',
    InspectionSettings: '../resolvers/shared#SettingsRow',
    Staff: '../loaders#StaffReference',
    Window: '../loaders#WindowReference',
    Department: '../loaders#DepartmentReference',
  },
};
