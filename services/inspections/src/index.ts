export { createInspectionsSubgraph, inspectionsSubgraph } from './subgraph';
export type { InspectionsContext } from './context';
export {
  importInspections,
  importSupervisors,
  type BulkActor,
  type BulkAppeal,
  type BulkImportOptions,
  type BulkImportResult,
  type BulkInspection,
  type BulkRectificationProgress,
  type BulkSupervisor,
} from './bulk/import';
export { itemsOf, scoreOf, type ChecklistItem, type ChecklistSection, type ItemOutcome } from './domain/checklist';
