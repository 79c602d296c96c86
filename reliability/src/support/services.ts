import { casesSubgraph } from '@hall/cases-subgraph';
import { catalogSubgraph } from '@hall/catalog-subgraph';
import type { ServiceDatabaseUrls, ServiceName } from '@hall/db';
import { createTestDatabase } from '@hall/db/testing';
import { dutySubgraph } from '@hall/duty-subgraph';
import { inspectionsSubgraph } from '@hall/inspections-subgraph';
import { openPreparedDatabase } from '@hall/service-kit';
import pg from 'pg';

export const MODULES = { catalog: catalogSubgraph, cases: casesSubgraph, duty: dutySubgraph, inspections: inspectionsSubgraph } as const;

export interface ServiceDatabase {
  name: ServiceName;
  /** Administrative (superuser) URL of the throwaway database. */
  url: string;
  /** The owner and app roles' URLs, as the kit provisions them for every subgraph (ADR 0010). */
  roles: ServiceDatabaseUrls;
  drop(): Promise<void>;
}

/** A throwaway database for one service, migrated and (optionally) seeded with the demo hall. */
export async function migratedDatabase(name: ServiceName, seedDemo: boolean): Promise<ServiceDatabase> {
  const test = await createTestDatabase(`rel_${name}`);
  // Each module is a SubgraphModule of its own tables; the kit treats them alike.
  const module = MODULES[name] as typeof catalogSubgraph;
  const { database, urls } = await openPreparedDatabase(module, test.url, { seedDemo });
  await database.close();
  return { name, url: test.url, roles: urls, drop: test.drop };
}

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
