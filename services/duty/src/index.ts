export { createDutySubgraph, dutySubgraph } from './subgraph';
export type { DutyContext } from './context';
