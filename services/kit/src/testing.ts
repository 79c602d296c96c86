import type { Database, ServiceDatabaseUrls } from '@hall/db';
import { createTestDatabase } from '@hall/db/testing';
import type { GraphQLFormattedError } from 'graphql';
import { authSecret, signToken, type TokenClaims } from './identity';
import { fixedCalendarSource, type CalendarSource } from './calendar/source';
import type { DayOverride } from './calendar/working-days';
import type { RateLimitSettings } from './rate-limit';
import {
  createSubgraphRuntime,
  openPreparedDatabase,
  openServiceDatabase,
  type SubgraphContext,
  type SubgraphModule,
  type SubgraphRuntime,
} from './subgraph';

export interface OperationResult<TData = Record<string, unknown>> {
  data?: TData | null;
  errors?: readonly GraphQLFormattedError[];
}

/** The client address of every `execute` unless the call names another (TEST-NET-1, RFC 5737). */
export const TEST_CLIENT_ADDRESS = '192.0.2.1';

export interface ExecuteOptions {
  /** The caller's address as the rate limits see it; TEST_CLIENT_ADDRESS by default. */
  clientAddress?: string;
}

export interface TestSubgraph<TSchema extends Record<string, unknown>, TContext extends SubgraphContext> {
  /** Runs on the app role, as a deployed service does (ADR 0010). */
  runtime: SubgraphRuntime<TSchema, TContext>;
  /** The same database as the owner role: for what only the owner may do (ANALYZE, proving a trigger stops even it). */
  owner: Database<TSchema>;
  /** The throwaway database's administrative URL and its owner and app URLs. */
  urls: ServiceDatabaseUrls & { admin: string };
  /** Runs an operation through Apollo's `executeOperation` as the holder of `token` (public without one). */
  execute<TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
    options?: ExecuteOptions,
  ): Promise<OperationResult<TData>>;
  close(): Promise<void>;
}

export function tokenFor(claims: TokenClaims, expiresIn?: string | number): Promise<string> {
  return signToken(claims, authSecret(), expiresIn);
}

/** A subgraph on its own throwaway database, migrated and (optionally) seeded with the demo hall, run as the app role. */
export async function createTestSubgraph<TSchema extends Record<string, unknown>, TContext extends SubgraphContext>(
  module: SubgraphModule<TSchema, TContext>,
  options: { seedDemo: boolean; rateLimits?: RateLimitSettings },
): Promise<TestSubgraph<TSchema, TContext>> {
  const testDatabase = await createTestDatabase(module.name);
  const { database, urls } = await openPreparedDatabase(module, testDatabase.url, { seedDemo: options.seedDemo });
  const owner = openServiceDatabase(module, urls.owner, `hall-${module.name}-owner`);
  const runtime = createSubgraphRuntime(module, database, options.rateLimits ? { rateLimits: options.rateLimits } : {});
  await runtime.apollo.start();
  return {
    runtime,
    owner,
    urls: { ...urls, admin: testDatabase.url },
    async execute<TData>(query: string, variables?: Record<string, unknown>, token?: string, executeOptions: ExecuteOptions = {}) {
      const contextValue = await runtime.contextFor(
        token ? `Bearer ${token}` : undefined,
        executeOptions.clientAddress ?? TEST_CLIENT_ADDRESS,
      );
      const response = await runtime.apollo.executeOperation<TData>({ query, ...(variables ? { variables } : {}) }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return response.body.singleResult as OperationResult<TData>;
    },
    async close() {
      await runtime.apollo.stop();
      await database.close();
      await owner.close();
      await testDatabase.drop();
    },
  };
}

/**
 * A calendar source a test switches between fixed overrides and another source (an unreachable cases subgraph, say),
 * counting the questions put to it in `asked`.
 */
export function switchableCalendarSource() {
  let current: CalendarSource = fixedCalendarSource();
  const switchable = {
    asked: 0,
    source: {
      calendar: () => {
        switchable.asked += 1;
        return current.calendar();
      },
    } satisfies CalendarSource,
    withOverrides(overrides: Record<string, DayOverride>): void {
      current = fixedCalendarSource(overrides);
    },
    use(source: CalendarSource): void {
      current = source;
    },
  };
  return switchable;
}
