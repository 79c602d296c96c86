import { fileURLToPath } from 'node:url';
import { departmentOwnership, type SubgraphFactory, type SubgraphLinks, type SubgraphModule } from '@hall/service-kit';
import { ownerCode, REGISTRY, subgraphUrlOf } from './config';
import { createContext, type RegistryContext, type RegistryDependencies } from './context';
import { tables, type RegistryTables } from './db/schema';
import { seedDemo } from './db/seed';
import { casesDirectory } from './ports/cases';
import { catalogDirectory } from './ports/catalog';
import { resolvers } from './resolvers';

/**
 * The registry subgraph: the 不动产登记中心's (BDC's) property registrations of its cases and the appointment quotas of
 * its matters. Who belongs to the department (its id and its branch offices' ids) is asked of the catalog by code and
 * kept for a minute; whose a case is, of the cases subgraph; whose a matter is, of the catalog. Tests may replace any
 * dependency and fix the clock.
 */
export function createRegistrySubgraph(
  links: SubgraphLinks,
  overrides: Partial<RegistryDependencies> = {},
): SubgraphModule<RegistryTables, RegistryContext> {
  const catalogUrl = subgraphUrlOf(links, 'catalog');
  const dependencies: RegistryDependencies = {
    ownership: overrides.ownership ?? departmentOwnership(ownerCode(), catalogUrl),
    cases: overrides.cases ?? casesDirectory(subgraphUrlOf(links, 'cases')),
    matters: overrides.matters ?? catalogDirectory(catalogUrl),
    now: overrides.now ?? (() => new Date()),
  };
  return {
    name: REGISTRY,
    schemaFile: fileURLToPath(new URL('../schema.graphql', import.meta.url)),
    tables,
    migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
    resolvers,
    context: (identity, database) => createContext(identity, database, dependencies),
    seedDemo,
  };
}

/** What the platform starts (the in-process platform of the tests, `src/main.ts`): the module, given where the others are. */
export const createSubgraph: SubgraphFactory = (links) => createRegistrySubgraph(links);
