export { casesSubgraph, createCasesSubgraph } from './subgraph';
export type { CasesContext, CasesDependencies } from './context';
export { catalogMatterDirectory, type MatterDirectory, type MatterSnapshot } from './matters';
export { dutyDirectory, staticDutyDirectory, type DutyDirectory, type DutyLookup, type DirectoryStaff, type DirectoryWindow } from './duty';
export { normalizeEvaluationCode } from './codes';
export { settingsFromEnv, type CasesSettings } from './settings';
export { tables, type CasesTables } from './db/schema';
export { snapshotOf } from './db/seed';
export type { DirectoryMatter } from './matters';
export {
  DEFAULT_IMPORT_BATCH,
  importCaseRows,
  importComplaintRows,
  visitsOfTrail,
  type BulkReport,
  type CaseImportDependencies,
  type ComplaintImportRow,
} from './bulk';
export type { ImportRow, ImportProblem } from './import';
export { encodeCursor, type CaseCursor } from './pagination';
