export { casesSubgraph } from './subgraph';
export type { CasesContext } from './context';
