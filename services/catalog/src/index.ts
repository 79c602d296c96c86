export { catalogSubgraph } from './subgraph';
export type { CatalogContext } from './context';
export {
  BulkImportRefused,
  importDepartments,
  importMatters,
  type BulkDepartment,
  type BulkImportOptions,
  type BulkImportResult,
  type BulkMatter,
} from './bulk';
