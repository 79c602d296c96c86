import { catalogMatterDirectory, createCasesSubgraph, dutyDirectory, hallFigures } from '@hall/cases-subgraph';
import { catalogSubgraph } from '@hall/catalog-subgraph';
import { createTestDatabase, type TestDatabase } from '@hall/db/testing';
import { createDutySubgraph } from '@hall/duty-subgraph';
import { createInspectionsSubgraph } from '@hall/inspections-subgraph';
import { departmentSubgraphs } from '@hall/db';
import {
  hallCalendarSource,
  startSubgraph,
  type ServiceName,
  type StartedSubgraph,
  type SubgraphContext,
  type SubgraphFactory,
  type SubgraphModule,
} from '@hall/service-kit';
import { startGateway } from './gateway';

/** The hall's four subgraphs by name, and every department subgraph of the list by its name. */
export type SubgraphRecord<T> = Record<ServiceName, T> & Readonly<Record<string, T>>;

export interface RunningPlatform {
  gatewayUrl: string;
  gatewayOrigin: string;
  subgraphUrls: SubgraphRecord<string>;
  /** Each subgraph's throwaway database. */
  databaseUrls: SubgraphRecord<string>;
  /** The URL of a subgraph of the list, by name (throws for a name the platform did not start). */
  urlOf(name: string): string;
  /** Stops one subgraph, to see how the rest of the platform copes. */
  stopSubgraph(name: string): Promise<void>;
  /** Starts a stopped subgraph again on the same database and port (the gateway is not restarted). */
  restartSubgraph(name: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The whole back end in this process for tests: each subgraph on its own throwaway database (migrated and
 * seeded with the demo hall) and its own port, and the gateway on the checked-in supergraph in front of them.
 * The cases subgraph asks the in-process catalog for matters and the duty subgraph for staff and windows; duty and
 * inspections ask the cases subgraph for the hall calendar (once it listens: they start before it). The
 * department subgraphs of the platform's list (subgraphs.json) start last, from their packages' `createSubgraph`, given
 * the URLs of the others.
 */
export async function startPlatform(options: { corsOrigins?: string[] } = {}): Promise<RunningPlatform> {
  const databases = new Map<string, TestDatabase>();
  const started = new Map<string, StartedSubgraph>();
  const starters = new Map<string, (port: number) => Promise<StartedSubgraph>>();
  const launch = async <TSchema extends Record<string, unknown>, TContext extends SubgraphContext>(
    module: SubgraphModule<TSchema, TContext>,
  ) => {
    const database = await createTestDatabase(module.name);
    databases.set(module.name, database);
    const start = (port: number) => startSubgraph(module, { databaseUrl: database.url, port, seedDemo: true });
    starters.set(module.name, start);
    started.set(module.name, await start(0));
  };
  const casesUrl = () => started.get('cases')?.server.url ?? 'http://127.0.0.1:1/graphql';
  const calendarSource = hallCalendarSource(casesUrl);
  try {
    // Cases asks the catalog for matters, the duty subgraph for staff and windows, and both with inspections for the
    // ranking's figures: those three first (duty and inspections read the calendar from cases only once asked).
    await Promise.all([launch(catalogSubgraph), launch(createDutySubgraph({ calendarSource })), launch(createInspectionsSubgraph({ calendarSource }))]);
    const catalogUrl = started.get('catalog')?.server.url;
    const dutyUrl = started.get('duty')?.server.url;
    const inspectionsUrl = started.get('inspections')?.server.url;
    if (!catalogUrl || !dutyUrl || !inspectionsUrl) throw new Error('catalog, duty and inspections did not all start');
    await launch(
      createCasesSubgraph({
        matters: catalogMatterDirectory(catalogUrl),
        duty: dutyDirectory(dutyUrl),
        figures: hallFigures({ catalog: catalogUrl, duty: dutyUrl, inspections: inspectionsUrl }),
      }),
    );
    const links = { subgraphUrls: urlsOf(started) };
    for (const entry of departmentSubgraphs()) {
      const { createSubgraph } = (await import(entry.package)) as { createSubgraph: SubgraphFactory };
      await launch(createSubgraph(links));
    }
  } catch (error) {
    await Promise.all([...started.values()].map((subgraph) => subgraph.close()));
    await Promise.all([...databases.values()].map((database) => database.drop()));
    throw error;
  }
  const subgraphUrls = urlsOf(started);
  const databaseUrls = Object.fromEntries([...databases].map(([name, database]) => [name, database.url])) as SubgraphRecord<string>;
  const gateway = await startGateway({ port: 0, subgraphUrls, corsOrigins: options.corsOrigins ?? [] });
  const stopped = new Set<string>();
  return {
    gatewayUrl: gateway.url,
    gatewayOrigin: new URL(gateway.url).origin,
    subgraphUrls,
    databaseUrls,
    urlOf(name) {
      const url = subgraphUrls[name];
      if (!url) throw new Error(`no subgraph ${name} was started`);
      return url;
    },
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

function urlsOf(started: ReadonlyMap<string, StartedSubgraph>): SubgraphRecord<string> {
  return Object.fromEntries([...started].map(([name, subgraph]) => [name, subgraph.server.url])) as SubgraphRecord<string>;
}
