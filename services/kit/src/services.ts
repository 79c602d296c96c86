import { platformSubgraphs, SERVICE_NAMES, type ServiceName } from '@hall/db';
import type { SubgraphModule } from './subgraph';

/**
 * The hall's four subgraphs and where each listens by default, for the gateway, the start script and the subgraphs
 * that call one another. The names are defined by `@hall/db` (each service owns the PostgreSQL schema of its name), which
 * the kit already depends on: re-exported here so that callers need not reach into the database package for them. Every
 * subgraph, a department's own included, is in the platform's subgraph list (subgraphs.json).
 */
export { SERVICE_NAMES, type ServiceName };

/** The port a subgraph of the platform's list listens on by default (`<NAME>_PORT` overrides it). */
export function defaultSubgraphPort(name: string): number {
  const entry = platformSubgraphs().subgraphs.find((subgraph) => subgraph.name === name);
  if (!entry) throw new Error(`${name} is not in the platform's subgraph list (subgraphs.json)`);
  return entry.port;
}

/** The gateway's default port (`GATEWAY_PORT` overrides it). */
export const GATEWAY_DEFAULT_PORT = 4000;

/** Where the platform's other subgraphs answer, by name, handed to a department subgraph's factory. */
export interface SubgraphLinks {
  subgraphUrls: Readonly<Record<string, string>>;
}

/**
 * What a department subgraph's package exports as `createSubgraph`: its module, given where the others are (the
 * in-process platform of the tests calls it; its own `src/main.ts` calls it with the URLs `npm start` passes).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each module has its own tables and context
export type SubgraphFactory = (links: SubgraphLinks) => SubgraphModule<any, any>;

/** The links of a subgraph process: `<NAME>_URL` of every subgraph in the list, as `npm start` sets them. */
export function subgraphLinksFromEnv(env: NodeJS.ProcessEnv = process.env): SubgraphLinks {
  const subgraphUrls: Record<string, string> = {};
  for (const entry of platformSubgraphs().subgraphs) {
    const url = env[`${entry.name.toUpperCase()}_URL`];
    if (url) subgraphUrls[entry.name] = url;
  }
  return { subgraphUrls };
}
