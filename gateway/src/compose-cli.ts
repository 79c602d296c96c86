import { writeFileSync } from 'node:fs';
import { composeSupergraph, SUPERGRAPH_FILE } from './supergraph';

writeFileSync(SUPERGRAPH_FILE, composeSupergraph());
console.log(`supergraph written to ${SUPERGRAPH_FILE}`);
