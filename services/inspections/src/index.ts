export { createInspectionsSubgraph, inspectionsSubgraph } from './subgraph';
export type { InspectionsContext } from './context';
