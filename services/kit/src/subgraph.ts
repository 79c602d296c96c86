import { readFileSync } from 'node:fs';
import type { ApolloServer } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import {
  createDatabase,
  databaseUrlFor,
  migrateService,
  type Database,
  type ServiceName,
} from '@hall/db';
import { parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import { createApolloServer } from './apollo';
import { closeOnSignals, startHttpServer, type RunningServer } from './http';
import { announceSecret, authSecret, identityFromAuthorization, type Identity } from './identity';
import { createLogger, type Logger } from './logger';

export type { GraphQLResolverMap };

/** What every resolver of every subgraph receives. */
export interface SubgraphContext {
  identity: Identity;
}

/** What a subgraph package declares about itself; the kit does the rest. */
export interface SubgraphModule<TSchema extends Record<string, unknown>, TContext extends SubgraphContext> {
  name: ServiceName;
  /** Absolute path of the package's `schema.graphql`, the source of truth of its API. */
  schemaFile: string;
  /** drizzle tables of the service's own PostgreSQL schema. */
  tables: TSchema;
  /** Absolute path of the generated SQL migrations. */
  migrationsFolder: string;
  resolvers: GraphQLResolverMap<TContext>;
  /** Builds the per-request context (fresh DataLoaders for every request). */
  context(identity: Identity, database: Database<TSchema>): TContext;
  /** Inserts the demo hall's rows on first start; a no-op when they are already there. */
  seedDemo(database: Database<TSchema>): Promise<void>;
  /** Inserts what every hall starts with (a default checklist, say), demo or not; a no-op once there. */
  seedDefaults?(database: Database<TSchema>): Promise<void>;
  /** Largest accepted request body (express syntax, e.g. '40mb'); the kit's default is '1mb'. */
  maxRequestBody?: string;
}

export function readSchemaFile(path: string): DocumentNode {
  return parse(readFileSync(path, 'utf8'));
}

export interface SubgraphRuntime<TSchema extends Record<string, unknown>, TContext extends SubgraphContext> {
  schema: GraphQLSchema;
  apollo: ApolloServer<TContext>;
  database: Database<TSchema>;
  logger: Logger;
  /** The context of a request with this `Authorization` header; rejects bad tokens with UNAUTHENTICATED. */
  contextFor(authorization: string | undefined): Promise<TContext>;
}

export function createSubgraphRuntime<TSchema extends Record<string, unknown>, TContext extends SubgraphContext>(
  module: SubgraphModule<TSchema, TContext>,
  database: Database<TSchema>,
): SubgraphRuntime<TSchema, TContext> {
  const logger = createLogger(module.name);
  const secret = authSecret();
  const schema = buildSubgraphSchema([{ typeDefs: readSchemaFile(module.schemaFile), resolvers: module.resolvers }]);
  const apollo = createApolloServer<TContext>({ schema, logger });
  return {
    schema,
    apollo,
    database,
    logger,
    contextFor: async (authorization) => module.context(await identityFromAuthorization(authorization, secret), database),
  };
}

export function openServiceDatabase<TSchema extends Record<string, unknown>>(
  module: Pick<SubgraphModule<TSchema, SubgraphContext>, 'name' | 'tables'>,
  url: string,
): Database<TSchema> {
  return createDatabase({ url, schema: module.tables, applicationName: `hall-${module.name}` });
}

export async function prepareDatabase<TSchema extends Record<string, unknown>, TContext extends SubgraphContext>(
  module: SubgraphModule<TSchema, TContext>,
  database: Database<TSchema>,
  options: { seedDemo: boolean },
): Promise<void> {
  await migrateService(database.db, database.pool, module.name, module.migrationsFolder);
  await module.seedDefaults?.(database);
  if (options.seedDemo) await module.seedDemo(database);
}

export interface StartedSubgraph {
  server: RunningServer;
  close(): Promise<void>;
}

/** Migrates, optionally seeds, and serves one subgraph over HTTP. */
export async function startSubgraph<TSchema extends Record<string, unknown>, TContext extends SubgraphContext>(
  module: SubgraphModule<TSchema, TContext>,
  options: { databaseUrl: string; port: number; host?: string; seedDemo: boolean },
): Promise<StartedSubgraph> {
  const database = openServiceDatabase(module, options.databaseUrl);
  try {
    await prepareDatabase(module, database, { seedDemo: options.seedDemo });
  } catch (error) {
    await database.close();
    throw error;
  }
  const runtime = createSubgraphRuntime(module, database);
  const server = await startHttpServer({
    port: options.port,
    ...(options.host ? { host: options.host } : {}),
    apollo: runtime.apollo,
    ...(module.maxRequestBody ? { bodyLimit: module.maxRequestBody } : {}),
    context: (request) => runtime.contextFor(request.headers.authorization),
    health: async () => {
      const up = await database.ping();
      return { healthy: up, body: { service: module.name, database: up ? 'up' : 'down' } };
    },
  });
  return {
    server,
    close: async () => {
      await server.close();
      await database.close();
    },
  };
}

const DEFAULT_PORTS: Record<ServiceName, number> = { catalog: 4001, cases: 4002, duty: 4003, inspections: 4004 };

/** The process entry of a subgraph: configuration from the environment, then start and wait for a signal. */
export async function runSubgraphProcess<TSchema extends Record<string, unknown>, TContext extends SubgraphContext>(
  module: SubgraphModule<TSchema, TContext>,
): Promise<void> {
  const logger = createLogger(module.name);
  announceSecret(logger);
  const databaseUrl = databaseUrlFor(module.name);
  if (!databaseUrl) {
    logger.fatal(`set ${module.name.toUpperCase()}_DATABASE_URL or DATABASE_URL (npm start sets it for you)`);
    process.exit(1);
  }
  const port = Number(process.env[`${module.name.toUpperCase()}_PORT`] ?? DEFAULT_PORTS[module.name]);
  const started = await startSubgraph(module, {
    databaseUrl,
    port,
    host: process.env.HOST ?? '127.0.0.1',
    seedDemo: process.env.SEED_DEMO === '1',
  });
  logger.info({ url: started.server.url }, `${module.name} subgraph ready`);
  closeOnSignals([started.close], (message) => logger.info(message));
}
