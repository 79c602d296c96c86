import { runSubgraphProcess, subgraphLinksFromEnv } from '@hall/service-kit';
import { createSubgraph } from './index';

// `npm start` passes `<NAME>_URL` of every subgraph (the catalog and cases ones are asked), REGISTRY_PORT and the
// database's REGISTRY_DATABASE_OWNER_URL / _APP_URL.
await runSubgraphProcess(createSubgraph(subgraphLinksFromEnv()));
