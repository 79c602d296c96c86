export { catalogSubgraph } from './subgraph';
export type { CatalogContext } from './context';
