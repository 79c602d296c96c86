import { casesSubgraph } from '@hall/cases-subgraph';
import { catalogSubgraph } from '@hall/catalog-subgraph';
import type { ServiceName } from '@hall/db';
import { createTestDatabase, type TestDatabase } from '@hall/db/testing';
import { dutySubgraph } from '@hall/duty-subgraph';
import { inspectionsSubgraph } from '@hall/inspections-subgraph';
import { startSubgraph, type StartedSubgraph } from '@hall/service-kit';
import { startGateway } from './gateway';

export interface RunningPlatform {
  gatewayUrl: string;
  gatewayOrigin: string;
  subgraphUrls: Record<ServiceName, string>;
  /** Stops one subgraph, to see how the rest of the platform copes. */
  stopSubgraph(name: ServiceName): Promise<void>;
  stop(): Promise<void>;
}

const MODULES = [catalogSubgraph, casesSubgraph, dutySubgraph, inspectionsSubgraph] as const;

/**
 * The whole back end in this process for tests: each subgraph on its own throwaway database (migrated and
 * seeded with the demo hall) and its own port, and the gateway on the checked-in supergraph in front of them.
 */
export async function startPlatform(options: { corsOrigins?: string[] } = {}): Promise<RunningPlatform> {
  const databases: TestDatabase[] = [];
  const started = new Map<ServiceName, StartedSubgraph>();
  try {
    await Promise.all(
      MODULES.map(async (module) => {
        const database = await createTestDatabase(module.name);
        databases.push(database);
        // Each module is a SubgraphModule of its own tables; the kit treats them alike.
        started.set(module.name, await startSubgraph(module as typeof catalogSubgraph, { databaseUrl: database.url, port: 0, seedDemo: true }));
      }),
    );
  } catch (error) {
    await Promise.all([...started.values()].map((subgraph) => subgraph.close()));
    await Promise.all(databases.map((database) => database.drop()));
    throw error;
  }
  const subgraphUrls = Object.fromEntries([...started].map(([name, subgraph]) => [name, subgraph.server.url])) as Record<ServiceName, string>;
  const gateway = await startGateway({ port: 0, subgraphUrls, corsOrigins: options.corsOrigins ?? [] });
  const stopped = new Set<ServiceName>();
  return {
    gatewayUrl: gateway.url,
    gatewayOrigin: new URL(gateway.url).origin,
    subgraphUrls,
    async stopSubgraph(name) {
      if (stopped.has(name)) return;
      stopped.add(name);
      await started.get(name)?.close();
    },
    async stop() {
      await gateway.close();
      await Promise.all([...started].filter(([name]) => !stopped.has(name)).map(([, subgraph]) => subgraph.close()));
      await Promise.all(databases.map((database) => database.drop()));
    },
  };
}
