import { readFileSync } from 'node:fs';
import type { ApolloServer } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import {
  createDatabase,
  migrateService,
  serviceDatabaseFromEnv,
  serviceDatabaseUrls,
  type Database,
  type ServiceDatabaseUrls,
} from '@hall/db';
import { parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import { createApolloServer } from './apollo';
import { closeOnSignals, startHttpServer, type RunningServer } from './http';
import { announceSecret, authSecret, identityFromAuthorization, type Identity } from './identity';
import { mountSubgraphSizeLimits, type SubgraphUploads } from './limits';
import { createLogger, exitOnFatalErrors, type Logger } from './logger';
import { defaultSubgraphPort } from './services';
import { installJobQueue, startJobWorker, type JobQueueSpec, type JobWorker } from './jobs';
import {
  clientAddressOf,
  createRateLimiter,
  rateLimitsFromEnv,
  rateLimitTableStatement,
  type RateLimit,
  type RateLimitSettings,
} from './rate-limit';

export type { GraphQLResolverMap };

/**
 * A subgraph's resolvers as GraphQL Code Generator types them (`Resolvers` from `src/generated/resolvers.ts`, checked
 * there against the subgraph's schema.graphql, parents, arguments and results included).
 */
export type SubgraphResolvers = Readonly<Record<string, object | undefined>>;

/** The one place the generated resolver types meet @apollo/subgraph's untyped map. */
function resolverMapOf<TContext>(resolvers: SubgraphResolvers): GraphQLResolverMap<TContext> {
  return Object.fromEntries(Object.entries(resolvers).filter(([, value]) => value !== undefined)) as GraphQLResolverMap<TContext>;
}

/** What every resolver of every subgraph receives. */
export interface SubgraphContext {
  identity: Identity;
  /** The caller's address: from the gateway's signed forwarding header, else the socket's peer. */
  clientAddress: string;
  /** Attempts at public operations, counted per client address and subject (rate-limit.ts). */
  rateLimit: RateLimit;
}

/** The context fields the kit adds to whatever a module's factory builds. */
export type KitContextField = 'clientAddress' | 'rateLimit';
/** What a module's `context` factory returns: its context without the fields the kit adds. */
export type ModuleContext<TContext extends SubgraphContext> = Omit<TContext, KitContextField>;

/** The client address of a request made in-process (scripts, benches), which no network peer sent. */
export const IN_PROCESS_ADDRESS = 'in-process';

/** What a subgraph package declares about itself; the kit does the rest. */
export interface SubgraphModule<TSchema extends Record<string, unknown>, TContext extends SubgraphContext> {
  /** Its name in the platform's subgraph list (subgraphs.json): its PostgreSQL schema and its variables' prefix. */
  name: string;
  /** Absolute path of the package's `schema.graphql`, the source of truth of its API. */
  schemaFile: string;
  /** drizzle tables of the service's own PostgreSQL schema. */
  tables: TSchema;
  /** Absolute path of the generated SQL migrations. */
  migrationsFolder: string;
  resolvers: SubgraphResolvers;
  /** Builds the per-request context (fresh DataLoaders for every request). */
  context(identity: Identity, database: Database<TSchema>): ModuleContext<TContext>;
  /** Inserts the demo hall's rows on first start; a no-op when they are already there. */
  seedDemo(database: Database<TSchema>): Promise<void>;
  /** Inserts what every hall starts with (a default checklist, say), demo or not; a no-op once there. */
  seedDefaults?(database: Database<TSchema>): Promise<void>;
  /**
   * The mutations that carry files and may send a body above `SUBGRAPH_MAX_BODY` (1 MiB), who sends each, and the
   * largest such body; read only once the sender's token is verified (limits.ts).
   */
  uploads?: SubgraphUploads;
  /** Time-driven steps on a job queue of the service's own (jobs/index.ts): installed at migrate time, run by `npm start`. */
  jobs?: SubgraphJobs<TSchema>;
}

/** A subgraph's job queue: its schema and crontab, and its tasks bound to the service's database (the app role). */
export interface SubgraphJobs<TSchema extends Record<string, unknown>> extends Omit<JobQueueSpec, 'tasks'> {
  tasks(database: Database<TSchema>, logger: Logger): JobQueueSpec['tasks'];
}

/** Starts a worker of the module's queue on its database (the app role); undefined for a module without one. */
export async function startSubgraphJobs<TSchema extends Record<string, unknown>, TContext extends SubgraphContext>(
  module: SubgraphModule<TSchema, TContext>,
  database: Database<TSchema>,
  options: { pollIntervalMs?: number } = {},
): Promise<JobWorker | undefined> {
  if (!module.jobs) return undefined;
  const logger = createLogger(module.name);
  return startJobWorker(database.pool, { ...module.jobs, tasks: module.jobs.tasks(database, logger) }, logger, options);
}

export function readSchemaFile(path: string): DocumentNode {
  return parse(readFileSync(path, 'utf8'));
}

export interface SubgraphRuntime<TSchema extends Record<string, unknown>, TContext extends SubgraphContext> {
  schema: GraphQLSchema;
  apollo: ApolloServer<TContext>;
  database: Database<TSchema>;
  logger: Logger;
  /**
   * The context of a request with this `Authorization` header from this client address (IN_PROCESS_ADDRESS when not
   * given); rejects bad tokens with UNAUTHENTICATED.
   */
  contextFor(authorization: string | undefined, clientAddress?: string): Promise<TContext>;
}

export interface SubgraphRuntimeOptions {
  /** The budgets of the public operations; `rateLimitsFromEnv()` by default. */
  rateLimits?: RateLimitSettings;
}

export function createSubgraphRuntime<TSchema extends Record<string, unknown>, TContext extends SubgraphContext>(
  module: SubgraphModule<TSchema, TContext>,
  database: Database<TSchema>,
  options: SubgraphRuntimeOptions = {},
): SubgraphRuntime<TSchema, TContext> {
  const logger = createLogger(module.name);
  const secret = authSecret();
  const schema = buildSubgraphSchema([{ typeDefs: readSchemaFile(module.schemaFile), resolvers: resolverMapOf<TContext>(module.resolvers) }]);
  const apollo = createApolloServer<TContext>({ schema, logger });
  const rateLimiter = createRateLimiter({
    service: module.name,
    pool: database.pool,
    settings: options.rateLimits ?? rateLimitsFromEnv(),
    logger,
  });
  return {
    schema,
    apollo,
    database,
    logger,
    contextFor: async (authorization, clientAddress = IN_PROCESS_ADDRESS) => {
      const built = module.context(await identityFromAuthorization(authorization, secret), database);
      // Added to the module's own object (not a copy), so anything that captured it sees the same context.
      return Object.assign(built, { clientAddress, rateLimit: rateLimiter.forClient(clientAddress) }) as unknown as TContext;
    },
  };
}

export function openServiceDatabase<TSchema extends Record<string, unknown>>(
  module: Pick<SubgraphModule<TSchema, SubgraphContext>, 'name' | 'tables'>,
  url: string,
  applicationName = `hall-${module.name}`,
): Database<TSchema> {
  return createDatabase({ url, schema: module.tables, applicationName });
}

/** Migrates and seeds: `database` must be connected as the service's owner role (ADR 0010). */
export async function prepareDatabase<TSchema extends Record<string, unknown>, TContext extends SubgraphContext>(
  module: SubgraphModule<TSchema, TContext>,
  database: Database<TSchema>,
  options: { seedDemo: boolean },
): Promise<void> {
  await migrateService(database.db, database.pool, module.name, module.migrationsFolder);
  await database.pool.query(rateLimitTableStatement(module.name));
  if (module.jobs) await installJobQueue(database.pool, module.jobs.schema, createLogger(module.name));
  await module.seedDefaults?.(database);
  if (options.seedDemo) await module.seedDemo(database);
}

/**
 * Where a service's database is: an administrative URL (the owner and app roles are created from it) or the two
 * role URLs of a deployment that provisions them itself.
 */
export type ServiceDatabaseSource = string | ServiceDatabaseUrls;

export interface PreparedDatabase<TSchema extends Record<string, unknown>> {
  /** Connected as the app role: what the service runs on. */
  database: Database<TSchema>;
  urls: ServiceDatabaseUrls;
}

/** The roles provisioned, migrations and seeds run as the owner role, then the service's database as the app role. */
export async function openPreparedDatabase<TSchema extends Record<string, unknown>, TContext extends SubgraphContext>(
  module: SubgraphModule<TSchema, TContext>,
  source: ServiceDatabaseSource,
  options: { seedDemo: boolean },
): Promise<PreparedDatabase<TSchema>> {
  const urls = await serviceDatabaseUrls(module.name, source);
  const owner = openServiceDatabase(module, urls.owner, `hall-${module.name}-owner`);
  try {
    await prepareDatabase(module, owner, options);
  } finally {
    await owner.close();
  }
  return { database: openServiceDatabase(module, urls.app), urls };
}

export interface StartedSubgraph {
  server: RunningServer;
  /** The owner and app URLs it was given or provisioned. */
  databaseUrls: ServiceDatabaseUrls;
  close(): Promise<void>;
}

/** Migrates, optionally seeds (as the owner role), and serves one subgraph over HTTP (as the app role). */
export async function startSubgraph<TSchema extends Record<string, unknown>, TContext extends SubgraphContext>(
  module: SubgraphModule<TSchema, TContext>,
  options: { databaseUrl: ServiceDatabaseSource; port: number; host?: string; seedDemo: boolean; jobs?: boolean },
): Promise<StartedSubgraph> {
  const { database, urls } = await openPreparedDatabase(module, options.databaseUrl, { seedDemo: options.seedDemo });
  const runtime = createSubgraphRuntime(module, database);
  const worker = options.jobs ? await startSubgraphJobs(module, database) : undefined;
  const secret = authSecret();
  const server = await startHttpServer({
    port: options.port,
    ...(options.host ? { host: options.host } : {}),
    apollo: runtime.apollo,
    configure: (app) => mountSubgraphSizeLimits(app, module.uploads, secret),
    context: (request) =>
      runtime.contextFor(request.headers.authorization, clientAddressOf(request.headers, request.socket.remoteAddress, secret)),
    health: async () => {
      const up = await database.ping();
      return { healthy: up, body: { service: module.name, database: up ? 'up' : 'down' } };
    },
  });
  return {
    server,
    databaseUrls: urls,
    close: async () => {
      await server.close();
      await worker?.stop();
      await database.close();
    },
  };
}

/** The process entry of a subgraph: configuration from the environment, then start and wait for a signal. */
export async function runSubgraphProcess<TSchema extends Record<string, unknown>, TContext extends SubgraphContext>(
  module: SubgraphModule<TSchema, TContext>,
): Promise<StartedSubgraph> {
  const logger = createLogger(module.name);
  exitOnFatalErrors(logger);
  announceSecret(logger);
  const prefix = module.name.toUpperCase();
  let databaseUrl: ServiceDatabaseSource | undefined;
  try {
    databaseUrl = serviceDatabaseFromEnv(module.name);
  } catch (error) {
    logger.fatal((error as Error).message);
    process.exit(1);
  }
  if (!databaseUrl) {
    logger.fatal(
      `set ${prefix}_DATABASE_OWNER_URL and ${prefix}_DATABASE_APP_URL, or ${prefix}_DATABASE_URL or DATABASE_URL (npm start sets them for you)`,
    );
    process.exit(1);
  }
  const port = Number(process.env[`${module.name.toUpperCase()}_PORT`] ?? defaultSubgraphPort(module.name));
  const started = await startSubgraph(module, {
    databaseUrl,
    port,
    host: process.env.HOST ?? '127.0.0.1',
    seedDemo: process.env.SEED_DEMO === '1',
    // `<NAME>_JOBS=0` keeps this process from running the queue's jobs (another process of the subgraph runs them).
    jobs: process.env[`${prefix}_JOBS`] !== '0',
  });
  logger.info({ url: started.server.url }, `${module.name} subgraph ready`);
  closeOnSignals([started.close], (message) => logger.info(message));
  return started;
}
