import { createTestDatabase } from '@hall/db/testing';
import type { GraphQLFormattedError } from 'graphql';
import { authSecret, signToken, type TokenClaims } from './identity';
import {
  createSubgraphRuntime,
  openServiceDatabase,
  prepareDatabase,
  type SubgraphContext,
  type SubgraphModule,
  type SubgraphRuntime,
} from './subgraph';

export interface OperationResult<TData = Record<string, unknown>> {
  data?: TData | null;
  errors?: readonly GraphQLFormattedError[];
}

export interface TestSubgraph<TSchema extends Record<string, unknown>, TContext extends SubgraphContext> {
  runtime: SubgraphRuntime<TSchema, TContext>;
  /** Runs an operation through Apollo's `executeOperation` as the holder of `token` (public without one). */
  execute<TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<OperationResult<TData>>;
  close(): Promise<void>;
}

export function tokenFor(claims: TokenClaims, expiresIn?: string | number): Promise<string> {
  return signToken(claims, authSecret(), expiresIn);
}

/** A subgraph on its own throwaway database, migrated and (optionally) seeded with the demo hall. */
export async function createTestSubgraph<TSchema extends Record<string, unknown>, TContext extends SubgraphContext>(
  module: SubgraphModule<TSchema, TContext>,
  options: { seedDemo: boolean },
): Promise<TestSubgraph<TSchema, TContext>> {
  const testDatabase = await createTestDatabase(module.name);
  const database = openServiceDatabase(module, testDatabase.url);
  await prepareDatabase(module, database, options);
  const runtime = createSubgraphRuntime(module, database);
  await runtime.apollo.start();
  return {
    runtime,
    async execute<TData>(query: string, variables?: Record<string, unknown>, token?: string) {
      const contextValue = await runtime.contextFor(token ? `Bearer ${token}` : undefined);
      const response = await runtime.apollo.executeOperation<TData>({ query, ...(variables ? { variables } : {}) }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return response.body.singleResult as OperationResult<TData>;
    },
    async close() {
      await runtime.apollo.stop();
      await database.close();
      await testDatabase.drop();
    },
  };
}
