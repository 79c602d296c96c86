import { runSubgraphProcess } from '@hall/service-kit';
import { inspectionsSubgraph } from './subgraph';

await runSubgraphProcess(inspectionsSubgraph);
