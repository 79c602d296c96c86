export { casesSubgraph, createCasesSubgraph } from './subgraph';
export type { CasesContext, CasesDependencies } from './context';
export { catalogMatterDirectory, type MatterDirectory, type MatterSnapshot } from './matters';
export { settingsFromEnv, type CasesSettings } from './settings';
