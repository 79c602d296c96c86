export { createInspectionsSubgraph, inspectionsSubgraph } from './subgraph';
export type { InspectionsContext } from './context';
export {
  importInspections,
  importPlans,
  importSupervisors,
  type BulkActor,
  type BulkAppeal,
  type BulkImportOptions,
  type BulkImportResult,
  type BulkInspection,
  type BulkPlan,
  type BulkPlanOptions,
  type BulkRectificationProgress,
  type BulkSupervisor,
  type BulkVisitRecord,
} from './bulk/import';
export { itemsOf, scoreOf, type ChecklistItem, type ChecklistSection, type ItemOutcome } from './domain/checklist';
