export { catalogSubgraph } from './subgraph';
export type { CatalogContext } from './context';
export {
  importDepartments,
  importMatters,
  type BulkDepartment,
  type BulkImportOptions,
  type BulkImportResult,
  type BulkMatter,
} from './bulk/import';
