import { runSubgraphProcess } from '@hall/service-kit';
import { casesSubgraph } from './subgraph';

await runSubgraphProcess(casesSubgraph);
