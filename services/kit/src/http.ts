import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServer, BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler, type Express, type Request } from 'express';

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
  /** Which peers may name the client in X-Forwarded-For (express's `trust proxy`); none by default. */
  trustProxy?: TrustProxy;
}

export type TrustProxy = false | number | string[];

/**
 * TRUSTED_PROXY: the number of proxy hops in front of this server (`1`), or a comma-separated list of the proxies'
 * addresses or subnets (`10.0.0.2, 10.1.0.0/16`, `loopback`). Unset: X-Forwarded-For is ignored and the socket's
 * peer is the client. `true` (trust anyone) is refused: any caller could then name any address.
 */
export function trustProxyFromEnv(value: string | undefined = process.env.TRUSTED_PROXY): TrustProxy {
  const setting = value?.trim();
  if (!setting) return false;
  if (/^\d+$/.test(setting)) return Number(setting);
  if (setting === 'true') throw new Error('TRUSTED_PROXY=true would believe any X-Forwarded-For; name the proxies or the hop count');
  return setting
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/** Starts Apollo behind express on a node http server with `/graphql`, `/health` and a draining close. */
export async function startHttpServer<TContext extends BaseContext>(options: HttpServerOptions<TContext>): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? false);
  const httpServer: Server = createServer(app);
  options.apollo.addPlugin(ApolloServerPluginDrainHttpServer({ httpServer }));
  await options.apollo.start();

  options.configure?.(app);
  app.get('/health', async (_request, response) => {
    // The run that started this server (scripts/start.ts), so that it never takes another program's answer for ours.
    if (process.env.HALL_INSTANCE) response.setHeader('x-hall-instance', process.env.HALL_INSTANCE);
    const { healthy, body } = await options.health();
    response.status(healthy ? 200 : 503).json({ status: healthy ? 'ok' : 'unavailable', ...body });
  });
  app.use(
    '/graphql',
    express.json({ limit: options.bodyLimit ?? '1mb' }),
    expressMiddleware(options.apollo, { context: ({ req }) => options.context(req) }),
  );
  // Last: an error nothing else answered (a malformed body, say) gets a coded JSON answer and no log line. Express's own
  // handler would print it whole to stderr, and a JSON parser's message can quote the body.
  app.use(((error: { status?: unknown; statusCode?: unknown }, _request, response, _next) => {
    if (response.headersSent) {
      response.destroy();
      return;
    }
    const given = Number(error?.status ?? error?.statusCode);
    const status = Number.isInteger(given) && given >= 400 && given < 600 ? given : 500;
    const code = status === 413 ? 'REQUEST_TOO_LARGE' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
    response.status(status).json({ errors: [{ message: status < 500 ? 'bad request' : 'internal server error', extensions: { code } }] });
  }) as ErrorRequestHandler);

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

/** How long the closers get before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

/**
 * Runs the closers once, then exits: on SIGINT, SIGTERM or SIGHUP, and, when started by `npm start`
 * (HALL_WATCH_STDIN=1), when stdin closes, which is how a child learns that the orchestrator died (even by SIGKILL).
 */
export function closeOnSignals(
  closers: Array<() => Promise<void>>,
  log: (message: string) => void,
  env: NodeJS.ProcessEnv = process.env,
): void {
  let closing = false;
  const shutdown = async (reason: string) => {
    if (closing) return;
    closing = true;
    log(`${reason}, shutting down`);
    setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
    for (const close of closers) await close().catch(() => undefined);
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => void shutdown(`${signal} received`));
  if (env.HALL_WATCH_STDIN === '1') {
    process.stdin.on('end', () => void shutdown('the parent process is gone'));
    process.stdin.on('error', () => void shutdown('the parent process is gone'));
    process.stdin.resume();
  }
}
