export { casesSubgraph, createCasesSubgraph } from './subgraph';
export type { CasesContext, CasesDependencies } from './context';
export { catalogMatterDirectory, type MatterDirectory, type MatterSnapshot } from './ports/matters';
export { dutyDirectory, staticDutyDirectory, type DutyDirectory, type DutyLookup, type DirectoryStaff, type DirectoryWindow } from './ports/duty';
export { hallFigures, type HallFigures, type HallFiguresUrls } from './ports/hall-figures';
export { normalizeEvaluationCode } from './domain/codes';
export { settingsFromEnv, type CasesSettings } from './settings';
export { tables, type CasesTables } from './db/schema';
export { snapshotOf } from './db/seed';
export type { DirectoryMatter } from './ports/matters';
export {
  DEFAULT_IMPORT_BATCH,
  importCaseRows,
  importComplaintRows,
  visitsOfTrail,
  type BulkReport,
  type CaseImportDependencies,
  type ComplaintImportRow,
} from './bulk/import';
export type { ImportRow } from './bulk/rows';
export { encodeCursor, type CaseCursor } from './data/pagination';
