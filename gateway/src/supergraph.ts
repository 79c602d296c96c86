import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { DEFAULT_PORTS, SERVICE_NAMES, type ServiceName } from '@hall/service-kit';
import { parse } from 'graphql';

export const SUPERGRAPH_FILE = fileURLToPath(new URL('../supergraph.graphql', import.meta.url));

/** Where each subgraph listens by default; the URLs written into the supergraph. */
export function defaultSubgraphUrl(name: ServiceName): string {
  return `http://localhost:${DEFAULT_PORTS[name]}/graphql`;
}

function subgraphSchemaFile(name: ServiceName): string {
  return fileURLToPath(new URL(`../../services/${name}/schema.graphql`, import.meta.url));
}

/** Composes the supergraph from the subgraphs' `schema.graphql` files, offline, as a Rust router could use it. */
export function composeSupergraph(): string {
  const result = composeServices(
    SERVICE_NAMES.map((name) => ({
      name,
      url: defaultSubgraphUrl(name),
      typeDefs: parse(readFileSync(subgraphSchemaFile(name), 'utf8')),
    })),
  );
  if (result.errors) {
    throw new Error(`the subgraphs do not compose:\n${result.errors.map((error) => `- ${error.message}`).join('\n')}`);
  }
  return `${result.supergraphSdl.trimEnd()}\n`;
}

export function readCheckedInSupergraph(): string {
  return readFileSync(SUPERGRAPH_FILE, 'utf8');
}
