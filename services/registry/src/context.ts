import type { Database } from '@hall/db';
import type { DepartmentOwnership, Identity, ModuleContext, SubgraphContext } from '@hall/service-kit';
import { createLoaders, type RegistryLoaders } from './data/loaders';
import type { RegistryTables } from './db/schema';
import type { CaseDirectory } from './ports/cases';
import type { MatterDirectory } from './ports/catalog';

export interface RegistryContext extends SubgraphContext {
  database: Database<RegistryTables>;
  loaders: RegistryLoaders;
  /** The BDC and its branch offices, as the catalog knows them (cached for a minute). */
  ownership: DepartmentOwnership;
  /** Whose a case is, asked of the cases subgraph as the caller. */
  cases: CaseDirectory;
  /** Whose a matter is, asked of the catalog as the caller. */
  matters: MatterDirectory;
  /** The request's clock: read once per request, so every step of it carries the same instant. */
  now: Date;
}

export interface RegistryDependencies {
  ownership: DepartmentOwnership;
  cases: CaseDirectory;
  matters: MatterDirectory;
  /** The clock; tests pass a fixed one. */
  now: () => Date;
}

export function createContext(
  identity: Identity,
  database: Database<RegistryTables>,
  dependencies: RegistryDependencies,
): ModuleContext<RegistryContext> {
  return {
    identity,
    database,
    loaders: createLoaders(database),
    ownership: dependencies.ownership,
    cases: dependencies.cases,
    matters: dependencies.matters,
    now: dependencies.now(),
  };
}
