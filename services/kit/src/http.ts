import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServer, BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express, type Request } from 'express';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface HttpServerOptions<TContext extends BaseContext> {
  port: number;
  host?: string;
  apollo: ApolloServer<TContext>;
  context: (request: Request) => Promise<TContext>;
  /** Answers `GET /health`: status 200 when healthy, 503 otherwise. */
  health: () => Promise<{ healthy: boolean; body: Record<string, unknown> }>;
  /** Extra routes or middleware mounted before `/graphql` (CORS, development endpoints). */
  configure?: (app: Express) => void;
  /** Largest accepted request body. */
  bodyLimit?: string;
}

/** Starts Apollo behind express on a node http server with `/graphql`, `/health` and a draining close. */
export async function startHttpServer<TContext extends BaseContext>(options: HttpServerOptions<TContext>): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer: Server = createServer(app);
  options.apollo.addPlugin(ApolloServerPluginDrainHttpServer({ httpServer }));
  await options.apollo.start();

  options.configure?.(app);
  app.get('/health', async (_request, response) => {
    const { healthy, body } = await options.health();
    response.status(healthy ? 200 : 503).json({ status: healthy ? 'ok' : 'unavailable', ...body });
  });
  app.use(
    '/graphql',
    express.json({ limit: options.bodyLimit ?? '1mb' }),
    expressMiddleware(options.apollo, { context: ({ req }) => options.context(req) }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host ?? '127.0.0.1', resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    port,
    close: () => options.apollo.stop(),
  };
}

/** Runs the closers once on SIGINT or SIGTERM, then exits. */
export function closeOnSignals(closers: Array<() => Promise<void>>, log: (message: string) => void): void {
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log(`${signal} received, shutting down`);
    for (const close of closers) await close().catch(() => undefined);
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}
