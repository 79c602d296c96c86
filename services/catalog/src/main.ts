import { runSubgraphProcess } from '@hall/service-kit';
import { catalogSubgraph } from './subgraph';

await runSubgraphProcess(catalogSubgraph);
