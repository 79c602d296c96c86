// `npm run compose [-- --environment <name>] [--out <file>]`: the supergraph of the platform's subgraph list
// (subgraphs.json, or HALL_SUBGRAPHS_FILE), with each subgraph's URL for that environment; by default the development
// supergraph checked in as gateway/supergraph.graphql.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { composeSupergraph, SUPERGRAPH_FILE } from './supergraph';

const { values } = parseArgs({ options: { environment: { type: 'string', default: 'development' }, out: { type: 'string' } } });
const out = values.out ? resolve(process.env.INIT_CWD ?? process.cwd(), values.out) : SUPERGRAPH_FILE;
writeFileSync(out, composeSupergraph(undefined, values.environment));
console.log(`supergraph (${values.environment}) written to ${out}`);
