import { platformSubgraphs, subgraphUrl } from '@hall/db';
import type { SubgraphLinks } from '@hall/service-kit';

/** This subgraph's name in the platform's list (subgraphs.json): its PostgreSQL schema and its variables' prefix. */
export const REGISTRY = 'registry';

/**
 * The department that owns this subgraph: the `owner` of its entry in subgraphs.json, a catalog department code (BDC,
 * the 不动产登记中心). The subgraph knows its owner by code; tokens name departments by id, so the catalog is asked.
 */
export function ownerCode(): string {
  const entry = platformSubgraphs().subgraphs.find((subgraph) => subgraph.name === REGISTRY);
  if (!entry) throw new Error(`the ${REGISTRY} subgraph is not in the platform's subgraph list (subgraphs.json)`);
  if (entry.owner === 'hall')
    throw new Error(`the ${REGISTRY} subgraph is a department's own: its owner in subgraphs.json is a department code`);
  return entry.owner;
}

/** Where another subgraph answers: the link handed over (`<NAME>_URL` under `npm start`), else its development URL in the list. */
export function subgraphUrlOf(links: SubgraphLinks, name: string): string {
  const linked = links.subgraphUrls[name];
  if (linked) return linked;
  const entry = platformSubgraphs().subgraphs.find((subgraph) => subgraph.name === name);
  if (!entry) throw new Error(`the platform has no ${name} subgraph for the ${REGISTRY} subgraph to ask`);
  return subgraphUrl(entry);
}
