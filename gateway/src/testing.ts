import { catalogMatterDirectory, createCasesSubgraph, dutyDirectory } from '@hall/cases-subgraph';
import { catalogSubgraph } from '@hall/catalog-subgraph';
import { createTestDatabase, type TestDatabase } from '@hall/db/testing';
import { dutySubgraph } from '@hall/duty-subgraph';
import { inspectionsSubgraph } from '@hall/inspections-subgraph';
import { startSubgraph, type ServiceName, type StartedSubgraph, type SubgraphContext, type SubgraphModule } from '@hall/service-kit';
import { startGateway } from './gateway';

export interface RunningPlatform {
  gatewayUrl: string;
  gatewayOrigin: string;
  subgraphUrls: Record<ServiceName, string>;
  /** Each subgraph's throwaway database. */
  databaseUrls: Record<ServiceName, string>;
  /** Stops one subgraph, to see how the rest of the platform copes. */
  stopSubgraph(name: ServiceName): Promise<void>;
  /** Starts a stopped subgraph again on the same database and port (the gateway is not restarted). */
  restartSubgraph(name: ServiceName): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The whole back end in this process for tests: each subgraph on its own throwaway database (migrated and
 * seeded with the demo hall) and its own port, and the gateway on the checked-in supergraph in front of them.
 * The cases subgraph asks the in-process catalog for matters and the duty subgraph for staff and windows.
 */
export async function startPlatform(options: { corsOrigins?: string[] } = {}): Promise<RunningPlatform> {
  const databases = new Map<ServiceName, TestDatabase>();
  const started = new Map<ServiceName, StartedSubgraph>();
  const starters = new Map<ServiceName, (port: number) => Promise<StartedSubgraph>>();
  const launch = async <TSchema extends Record<string, unknown>, TContext extends SubgraphContext>(
    module: SubgraphModule<TSchema, TContext>,
  ) => {
    const database = await createTestDatabase(module.name);
    databases.set(module.name, database);
    const start = (port: number) => startSubgraph(module, { databaseUrl: database.url, port, seedDemo: true });
    starters.set(module.name, start);
    started.set(module.name, await start(0));
  };
  try {
    // Cases asks the catalog for matters and the duty subgraph for staff and windows: those two first.
    await Promise.all([launch(catalogSubgraph), launch(dutySubgraph)]);
    const catalogUrl = started.get('catalog')?.server.url;
    const dutyUrl = started.get('duty')?.server.url;
    await Promise.all([
      launch(createCasesSubgraph({ matters: catalogMatterDirectory(catalogUrl), ...(dutyUrl ? { duty: dutyDirectory(dutyUrl) } : {}) })),
      launch(inspectionsSubgraph),
    ]);
  } catch (error) {
    await Promise.all([...started.values()].map((subgraph) => subgraph.close()));
    await Promise.all([...databases.values()].map((database) => database.drop()));
    throw error;
  }
  const subgraphUrls = Object.fromEntries([...started].map(([name, subgraph]) => [name, subgraph.server.url])) as Record<
    ServiceName,
    string
  >;
  const databaseUrls = Object.fromEntries([...databases].map(([name, database]) => [name, database.url])) as Record<ServiceName, string>;
  const gateway = await startGateway({ port: 0, subgraphUrls, corsOrigins: options.corsOrigins ?? [] });
  const stopped = new Set<ServiceName>();
  return {
    gatewayUrl: gateway.url,
    gatewayOrigin: new URL(gateway.url).origin,
    subgraphUrls,
    databaseUrls,
    async stopSubgraph(name) {
      if (stopped.has(name)) return;
      stopped.add(name);
      await started.get(name)?.close();
    },
    async restartSubgraph(name) {
      const start = starters.get(name);
      const port = started.get(name)?.server.port;
      if (!stopped.has(name) || !start || port === undefined) return;
      started.set(name, await start(port));
      stopped.delete(name);
    },
    async stop() {
      await gateway.close();
      await Promise.all([...started].filter(([name]) => !stopped.has(name)).map(([, subgraph]) => subgraph.close()));
      await Promise.all([...databases.values()].map((database) => database.drop()));
    },
  };
}
