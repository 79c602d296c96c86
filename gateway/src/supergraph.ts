import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { platformSubgraphs, subgraphSchemaPath, subgraphUrl, type SubgraphList } from '@hall/db';
import { parse, type DocumentNode } from 'graphql';

export const SUPERGRAPH_FILE = fileURLToPath(new URL('../supergraph.graphql', import.meta.url));

/** A subgraph as composition sees it: its name, the URL written into the supergraph, and its schema. */
export interface SubgraphSource {
  name: string;
  url: string;
  typeDefs: DocumentNode;
}

/** The subgraphs of a list (the platform's `subgraphs.json` by default), their schemas read from their files. */
export function subgraphSources(list: SubgraphList = platformSubgraphs(), environment = 'development'): SubgraphSource[] {
  return list.subgraphs.map((entry) => ({
    name: entry.name,
    url: subgraphUrl(entry, environment),
    typeDefs: parse(readFileSync(subgraphSchemaPath(entry, list), 'utf8')),
  }));
}

export class CompositionFailed extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`the subgraphs do not compose:\n${problems.map((problem) => `- ${problem}`).join('\n')}`);
    this.name = 'CompositionFailed';
  }
}

/** Composes a supergraph offline, as a Rust router could use it; throws CompositionFailed with every problem. */
export function composeSources(sources: readonly SubgraphSource[]): string {
  const result = composeServices([...sources]);
  if (result.errors) throw new CompositionFailed(result.errors.map((error) => error.message));
  return `${result.supergraphSdl.trimEnd()}\n`;
}

/** The supergraph of the platform's subgraph list (`npm run compose` writes it; a test checks it is not stale). */
export function composeSupergraph(list: SubgraphList = platformSubgraphs(), environment = 'development'): string {
  return composeSources(subgraphSources(list, environment));
}

export function readCheckedInSupergraph(): string {
  return readFileSync(SUPERGRAPH_FILE, 'utf8');
}
