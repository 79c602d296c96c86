import { createCasesSubgraph, type MatterDirectory } from '@hall/cases-subgraph';
import { catalogSubgraph } from '@hall/catalog-subgraph';
import { provisionServiceRoles, type ServiceName } from '@hall/db';
import { dutySubgraph } from '@hall/duty-subgraph';
import { inspectionsSubgraph } from '@hall/inspections-subgraph';
import { createSubgraphRuntime, openServiceDatabase, type SubgraphContext, type SubgraphModule } from '@hall/service-kit';
import { ENTITY_BATCHES } from './operations';

export const LIST_SIZES: readonly number[] = [10, 100, 1000];

export interface StatementFigures {
  service: ServiceName;
  operation: string;
  /** SQL statements sent for one operation, per list size. */
  statements: Record<number, number>;
}

/** The ids a batch of each size is drawn from: the newest rows of each service's main table. */
const ID_SOURCES: Record<ServiceName, string> = {
  cases: 'SELECT id FROM cases.cases ORDER BY submitted_at DESC NULLS LAST LIMIT 1000',
  catalog: `SELECT id FROM catalog.matters ORDER BY code LIMIT 1000`,
  duty: 'SELECT id FROM duty.staff ORDER BY id LIMIT 1000',
  inspections: 'SELECT id FROM inspections.inspections ORDER BY id LIMIT 1000',
};

const noMatters: MatterDirectory = {
  matter: () => Promise.reject(new Error('the statement count needs no matter lookup')),
};

/**
 * Each subgraph in this process on the benchmark's databases, its `_entities` resolved for 10, 100 and 1,000
 * representations: the SQL statements it sends must not grow with the list (batching, no N+1).
 */
export async function countStatements(
  databaseUrls: Record<ServiceName, string>,
  token: string,
  period: { from: string; to: string },
  sizes: readonly number[] = LIST_SIZES,
): Promise<StatementFigures[]> {
  const modules: Record<ServiceName, SubgraphModule<Record<string, unknown>, SubgraphContext>> = {
    catalog: catalogSubgraph as never,
    cases: createCasesSubgraph({ matters: noMatters }) as never,
    duty: dutySubgraph as never,
    inspections: inspectionsSubgraph as never,
  };
  const figures: StatementFigures[] = [];
  for (const service of Object.keys(ENTITY_BATCHES) as ServiceName[]) {
    // As the service's app role, as it runs (ADR 0010).
    const { app } = await provisionServiceRoles(databaseUrls[service], service);
    const database = openServiceDatabase(modules[service], app);
    const ids = (await database.pool.query<{ id: string }>(ID_SOURCES[service])).rows.map((row) => row.id);
    const runtime = createSubgraphRuntime(modules[service], database);
    await runtime.apollo.start();
    try {
      const batch = ENTITY_BATCHES[service as keyof typeof ENTITY_BATCHES];
      const statements: StatementFigures['statements'] = {};
      for (const size of sizes) {
        if (ids.length < size) throw new Error(`${service} has ${ids.length} rows, fewer than ${size}: generate the city first`);
        const representations = ids.slice(0, size).map((id) => ({ __typename: batch.typename, id }));
        const contextValue = await runtime.contextFor(`Bearer ${token}`);
        const measured = await database.statements.measure(() =>
          runtime.apollo.executeOperation({ query: batch.query, variables: { representations, period } }, { contextValue }),
        );
        const body = measured.result.body;
        if (body.kind !== 'single' || body.singleResult.errors) {
          throw new Error(`${service} _entities failed: ${JSON.stringify(body.kind === 'single' ? body.singleResult.errors : body.kind)}`);
        }
        statements[size] = measured.statements;
      }
      figures.push({ service, operation: `_entities(${batch.typename})`, statements });
    } finally {
      await runtime.apollo.stop();
      await database.close();
    }
  }
  return figures;
}
