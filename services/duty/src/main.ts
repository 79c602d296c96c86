import { runSubgraphProcess } from '@hall/service-kit';
import { dutySubgraph } from './subgraph';

await runSubgraphProcess(dutySubgraph);
