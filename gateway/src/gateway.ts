import { ApolloServer } from '@apollo/server';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { createDedupingFetch } from './dedupe';
import { demoHall, demoUsers } from '@hall/demo-hall';
import {
  CLIENT_ADDRESS_HEADER,
  CLIENT_SIGNATURE_HEADER,
  authSecret,
  createLogger,
  isDevelopment,
  isProduction,
  normalizeAddress,
  signClientAddress,
  signToken,
  startHttpServer,
  trustProxyFromEnv,
  wellFormedTextPlugin,
  type RunningServer,
  type TrustProxy,
} from '@hall/service-kit';
import cors from 'cors';
import express, { type Express } from 'express';
import { GraphQLError } from 'graphql';
import { z } from 'zod';
import { formatGatewayError } from './errors';
import { limitsFromEnv, mountRequestSizeGuard, queryLimitsPlugin, type QueryLimits } from './limits';
import { readCheckedInSupergraph } from './supergraph';

export interface GatewayContext {
  authorization?: string;
  /** The caller's address (the socket's peer, or X-Forwarded-For from a TRUSTED_PROXY), forwarded signed to subgraphs. */
  clientAddress?: string;
  clientSignature?: string;
}

/**
 * Passes the caller's token on (every subgraph verifies it and authorizes by itself), and turns an unreachable
 * subgraph into an error that names the missing part without revealing its address.
 */
const sharedFetch = createDedupingFetch();

class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly serviceName: string,
    url: string,
  ) {
    // Node's own fetch (undici, pooled keep-alive connections) instead of the default make-fetch-happen, with identical
    // queries in flight sent once (dedupe.ts; issue 8, bench/README.md).
    super({ url, fetcher: ((input: string, init?: RequestInit) => sharedFetch(input, init)) as never });
  }

  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]) {
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
    // Subgraphs count public attempts per client: they believe this address only with its signature (rate-limit.ts).
    if (context.clientAddress && context.clientSignature) {
      request.http?.headers.set(CLIENT_ADDRESS_HEADER, context.clientAddress);
      request.http?.headers.set(CLIENT_SIGNATURE_HEADER, context.clientSignature);
    }
  }

  override didEncounterError(error: Error, _request: unknown, response?: unknown): never {
    if (response) throw error;
    throw new GraphQLError(`the ${this.serviceName} service is unavailable; its part of the answer is missing`, {
      extensions: { code: 'SERVICE_UNAVAILABLE', service: this.serviceName },
    });
  }
}

export interface GatewayOptions {
  port: number;
  host?: string;
  /** Overrides of the URLs written in the supergraph, per subgraph. */
  subgraphUrls: Readonly<Record<string, string>>;
  /** The front ends' origins allowed by CORS. */
  corsOrigins: string[];
  /** Depth, alias, cost and body limits; `limitsFromEnv()` by default. */
  limits?: QueryLimits;
  /** Proxies whose X-Forwarded-For names the client; `trustProxyFromEnv()` (TRUSTED_PROXY) by default, else none. */
  trustProxy?: TrustProxy;
}

async function subgraphHealth(url: string): Promise<'up' | 'down'> {
  try {
    const response = await fetch(url.replace(/\/graphql$/, '/health'), { signal: AbortSignal.timeout(2_000) });
    return response.ok ? 'up' : 'down';
  } catch {
    return 'down';
  }
}

/** Demo sign-in for the root config: lists the seeded users and issues their tokens. Only in development mode (HALL_DEV=1). */
function mountDevelopmentSignIn(app: Express): void {
  const users = demoUsers(demoHall());
  const secret = authSecret();
  app.get('/dev/users', (_request, response) => {
    response.json(users.map(({ id, name, role, label, dept }) => ({ id, name, role, label, ...(dept ? { dept } : {}) })));
  });
  app.post('/dev/token', express.json({ limit: '1kb' }), async (request, response) => {
    const parsed = z.object({ userId: z.string().max(100) }).safeParse(request.body);
    const user = parsed.success ? users.find((candidate) => candidate.id === parsed.data.userId) : undefined;
    if (!user) {
      response.status(400).json({ error: 'unknown demo user' });
      return;
    }
    const token = await signToken(
      {
        sub: user.id,
        name: user.name,
        role: user.role,
        ...(user.dept ? { dept: user.dept } : {}),
        ...(user.staffId ? { staffId: user.staffId } : {}),
        ...(user.supervisorId ? { supervisorId: user.supervisorId } : {}),
      },
      secret,
    );
    response.json({
      token,
      user: { id: user.id, name: user.name, role: user.role, label: user.label, ...(user.dept ? { dept: user.dept } : {}) },
    });
  });
}

export async function startGateway(options: GatewayOptions): Promise<RunningServer> {
  const logger = createLogger('gateway');
  const supergraphSdl = readCheckedInSupergraph();
  const urls = new Map<string, string>();
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => {
      const target = options.subgraphUrls[name] ?? url;
      if (target) urls.set(name, target);
      return new SubgraphDataSource(name, target ?? '');
    },
  });
  const limits = options.limits ?? limitsFromEnv();
  const forwardingSecret = authSecret();
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    plugins: [queryLimitsPlugin<GatewayContext>(limits), wellFormedTextPlugin<GatewayContext>()],
    formatError: formatGatewayError,
    includeStacktraceInErrorResponses: false,
    introspection: !isProduction(),
  });
  const server = await startHttpServer({
    port: options.port,
    ...(options.host ? { host: options.host } : {}),
    apollo,
    // The size guard below reads every JSON body itself (a large one only for a verified uploader, limits.ts); this
    // parser behind it then has nothing left to read.
    bodyLimit: `${limits.maxBodyBytes}b`,
    trustProxy: options.trustProxy ?? trustProxyFromEnv(),
    context: async (request) => {
      const clientAddress = normalizeAddress(request.ip);
      return {
        ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}),
        clientAddress,
        clientSignature: signClientAddress(clientAddress, forwardingSecret),
      };
    },
    health: async () => {
      // Every subgraph of the supergraph served, a department's own included.
      const states = await Promise.all([...urls].map(async ([name, url]) => [name, await subgraphHealth(url)] as const));
      const subgraphs = Object.fromEntries(states);
      return { healthy: states.every(([, state]) => state === 'up'), body: { service: 'gateway', subgraphs } };
    },
    configure: (app) => {
      app.use(cors({ origin: options.corsOrigins, methods: ['GET', 'POST', 'OPTIONS'], maxAge: 600 }));
      if (isDevelopment()) mountDevelopmentSignIn(app);
      mountRequestSizeGuard(app, limits);
    },
  });
  logger.info({ url: server.url }, 'gateway ready');
  return server;
}
