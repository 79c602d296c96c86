import type { Database } from '@hall/db';
import type { Identity, SubgraphContext } from '@hall/service-kit';
import type { CasesTables } from './db/schema';
import { createLoaders, type CasesLoaders } from './loaders';

export interface CasesContext extends SubgraphContext {
  database: Database<CasesTables>;
  loaders: CasesLoaders;
  /** One clock per request, so every warning in an answer is computed at the same instant. */
  now: Date;
}

export function createContext(identity: Identity, database: Database<CasesTables>): CasesContext {
  return { identity, database, loaders: createLoaders(database.db), now: new Date() };
}
