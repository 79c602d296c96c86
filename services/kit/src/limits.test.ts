import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import express from 'express';
import { createRequire } from 'node:module';
import type * as GraphQL from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authSecret, signToken } from './identity';
import {
  DEFAULT_LIST_SIZE,
  listCostEstimator,
  measureDocument,
  mountRequestBodyGuard,
  mountResponseSizeCap,
  mountSubgraphSizeLimits,
  queryCost,
  queryLimitsFromEnv,
  queryLimitsPlugin,
  SUBGRAPH_QUERY_LIMITS,
} from './limits';

// graphql-query-complexity runs on the CommonJS copy of graphql (as Apollo does); the schema must be made by it too.
const { buildSchema, parse } = createRequire(import.meta.url)('graphql') as typeof GraphQL;

const schema = buildSchema(`
  type Item { id: ID! name: String! tags: [String!]! children: [Item!]! parent: Item }
  type ItemConnection { nodes: [Item!]! totalCount: Int! }
  type Query {
    items: [Item!]!
    sized: [Item!]!
    page(first: Int = 10): [Item!]!
    connection(first: Int = 5): ItemConnection!
    item: Item
  }
`);

const cost = (query: string, variables: Record<string, unknown> = {}) =>
  queryCost(schema, parse(query), { variables, estimator: listCostEstimator({ 'Query.sized': 3 }) });

describe('cost that counts lists', () => {
  it('multiplies a list by its page argument, else by its declared size, else by the default size', () => {
    expect(cost('{ item { id name } }')).toBe(3);
    expect(cost('{ page(first: 4) { id name } }')).toBe(1 + 4 * 2);
    expect(cost('{ page { id } }')).toBe(1 + 10);
    expect(cost('query ($n: Int) { page(first: $n) { id } }', { n: 7 })).toBe(1 + 7);
    expect(cost('{ sized { id } }')).toBe(1 + 3);
    expect(cost('{ items { id } }')).toBe(1 + DEFAULT_LIST_SIZE);
    // Nested lists multiply; a list of scalars costs 1; __typename is free.
    expect(cost('{ sized { __typename tags children { id } } }')).toBe(1 + 3 * (1 + (1 + DEFAULT_LIST_SIZE)));
  });

  it('multiplies a connection by `first` and counts its nodes once', () => {
    expect(cost('{ connection(first: 3) { totalCount nodes { id name } } }')).toBe(1 + 3 * (1 + (1 + 2)));
  });

  it('counts the fragments spread, and gives up (infinite cost) on a document that expands without end', () => {
    expect(cost('fragment F on Item { id children { id } } { sized { ...F } }')).toBe(1 + 3 * (1 + 1 + DEFAULT_LIST_SIZE));
    const bomb = Array.from(
      { length: 12 },
      (_, i) => `fragment F${i} on Item { a: parent { ...F${i + 1} } b: parent { ...F${i + 1} } }`,
    ).join('\n');
    expect(cost(`${bomb}\nfragment F12 on Item { id }\n{ item { ...F0 } }`)).toBe(Number.POSITIVE_INFINITY);
  });

  it('measures depth (fragments expanded, inline fragments free) and aliases', () => {
    expect(measureDocument(parse('{ item { parent { ... on Item { parent { id } } } } }'))).toEqual({ depth: 4, aliases: 0 });
    expect(measureDocument(parse('fragment F on Item { x: parent { id } } { a: item { ...F } b: item { id } }'))).toEqual({
      depth: 3,
      aliases: 3,
    });
  });

  it('reads SUBGRAPH_MAX_* and GATEWAY_MAX_* from the environment, with defaults for bad values', () => {
    expect(queryLimitsFromEnv('SUBGRAPH', {})).toEqual(SUBGRAPH_QUERY_LIMITS);
    expect(queryLimitsFromEnv('SUBGRAPH', { SUBGRAPH_MAX_DEPTH: '4', SUBGRAPH_MAX_COST: 'lots' })).toEqual({
      ...SUBGRAPH_QUERY_LIMITS,
      maxDepth: 4,
    });
    expect(queryLimitsFromEnv('GATEWAY', { GATEWAY_MAX_ALIASES: '3' }).maxAliases).toBe(3);
  });
});

describe('queryLimitsPlugin', () => {
  let resolved = 0;
  const apollo = new ApolloServer({
    typeDefs: 'type Item { id: ID! children: [Item!]! } type Query { items(first: Int): [Item!]! }',
    resolvers: {
      Query: {
        items: () => {
          resolved += 1;
          return [{ id: '1' }];
        },
      },
      Item: { children: () => [] },
    },
    plugins: [queryLimitsPlugin({ maxDepth: 4, maxAliases: 2, maxCost: 500 })],
  });
  beforeAll(() => apollo.start());
  afterAll(() => apollo.stop());

  const run = async (query: string) => {
    const response = await apollo.executeOperation({ query });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult;
  };

  it('refuses each limit with QUERY_TOO_COMPLEX naming it, before any resolver runs, and passes what fits', async () => {
    const refusals = {
      depth: '{ items { children { children { children { id } } } } }',
      aliases: '{ a: items { id } b: items { id } c: items { id } }',
      cost: '{ items { children { children { id } } } }',
    };
    for (const [limit, query] of Object.entries(refusals)) {
      const result = await run(query);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit });
    }
    expect(resolved).toBe(0);
    expect((await run('{ items { children { id } } }')).errors).toBeUndefined();
    expect(resolved).toBe(1);
  });

  it('answers a variable the arguments cannot take with BAD_USER_INPUT and HTTP 400, before any resolver runs', async () => {
    const before = resolved;
    for (const variables of [{}, { n: 'many' }]) {
      const response = await apollo.executeOperation({ query: 'query ($n: Int!) { items(first: $n) { id } }', variables });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      expect(response.body.singleResult.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(response.http.status).toBe(400);
    }
    expect(resolved).toBe(before);
  });
});

describe('request and response size on an HTTP server', () => {
  const MAX = 64 * 1024;
  let server: Server;
  let url: string;
  const parsed: number[] = [];
  const secret = authSecret();

  beforeAll(async () => {
    const app = express();
    mountResponseSizeCap(app, 100_000);
    mountRequestBodyGuard(app, {
      maxBodyBytes: MAX,
      maxUploadBodyBytes: 4 * 1024 * 1024,
      uploads: { addEvidence: ['supervisor'], respond: ['dept_admin'] },
      secret,
    });
    app.post('/graphql', (request, response) => {
      const body = request.body as { variables?: { size?: number } };
      parsed.push(JSON.stringify(request.body).length);
      response.send(JSON.stringify({ data: { echo: 'x'.repeat(body.variables?.size ?? 1) } }));
    });
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const supervisor = () => signToken({ sub: 's', role: 'supervisor', supervisorId: '00000000-0000-4000-8000-000000000001' }, secret);
  const staff = () =>
    signToken(
      { sub: 't', role: 'staff', dept: '00000000-0000-4000-8000-000000000002', staffId: '00000000-0000-4000-8000-000000000003' },
      secret,
    );

  async function send(body: unknown, token?: string) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    return { status: response.status, json: (await response.json()) as { errors?: Array<{ extensions?: Record<string, unknown> }> } };
  }

  /** Announces a large body but sends only its first bytes: an answer proves the body was never waited for. */
  function announce(length: number, authorization?: string): Promise<{ status: number; code: unknown }> {
    return new Promise((resolve, reject) => {
      const outgoing = httpRequest(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(length), ...(authorization ? { authorization } : {}) },
      });
      outgoing.on('response', (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => {
          outgoing.destroy();
          const answer = JSON.parse(text) as { errors?: Array<{ extensions?: { code?: unknown } }> };
          resolve({ status: response.statusCode ?? 0, code: answer.errors?.[0]?.extensions?.code });
        });
      });
      outgoing.on('error', reject);
      outgoing.write('{"query":"mutation { addEvidence }","variables":{"file":"');
    });
  }

  it('refuses a large body from the public, a bad token or a role without uploads before reading it', async () => {
    const before = parsed.length;
    expect(await announce(2 * 1024 * 1024)).toEqual({ status: 413, code: 'REQUEST_TOO_LARGE' });
    expect(await announce(2 * 1024 * 1024, `Bearer ${await staff()}`)).toEqual({ status: 413, code: 'REQUEST_TOO_LARGE' });
    expect(await announce(2 * 1024 * 1024, 'Bearer forged.token.here')).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    expect(parsed.length).toBe(before);
  });

  it('reads a large upload from its role, and refuses a large body that is not only its uploads', async () => {
    const file = 'x'.repeat(1024 * 1024);
    const upload = await send({ query: 'mutation { addEvidence }', variables: { file } }, await supervisor());
    expect(upload.status).toBe(200);
    const dispatched = parsed.length;
    const notUpload = await send({ query: '{ items { id } }', variables: { file } }, await supervisor());
    expect(notUpload.status).toBe(413);
    const otherRole = await send({ query: 'mutation { respond }', variables: { file } }, await supervisor());
    expect(otherRole.status).toBe(413);
    expect(parsed.length).toBe(dispatched);
    const tooLarge = await send(
      { query: 'mutation { addEvidence }', variables: { file: 'y'.repeat(5 * 1024 * 1024) } },
      await supervisor(),
    );
    expect(tooLarge).toMatchObject({ status: 413, json: { errors: [{ extensions: { code: 'REQUEST_TOO_LARGE' } }] } });
  });

  it('keeps small bodies for anyone, and answers malformed JSON with a coded 400', async () => {
    expect((await send({ query: '{ items { id } }' })).status).toBe(200);
    const malformed = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code).toBe(
      'BAD_REQUEST',
    );
  });

  it('replaces an answer above the cap with RESPONSE_TOO_LARGE', async () => {
    expect((await send({ query: '{ echo }', variables: { size: 50_000 } })).json.errors).toBeUndefined();
    const big = await send({ query: '{ echo }', variables: { size: 200_000 } });
    expect(big.json.errors?.[0]?.extensions).toMatchObject({ code: 'RESPONSE_TOO_LARGE', max: 100_000 });
  });
});

describe('a subgraph’s size limits from the environment', () => {
  it('refuses a body above SUBGRAPH_MAX_BODY and an answer above SUBGRAPH_MAX_RESPONSE; no large path without uploads', async () => {
    const app = express();
    const secret = authSecret();
    mountSubgraphSizeLimits(app, undefined, secret, { SUBGRAPH_MAX_BODY: '2000', SUBGRAPH_MAX_RESPONSE: '1000' });
    app.post('/graphql', (request, response) => {
      const size = (request.body as { variables?: { size?: number } }).variables?.size ?? 1;
      response.send(JSON.stringify({ data: { echo: 'x'.repeat(size) } }));
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    const token = await signToken({ sub: 's', role: 'supervisor', supervisorId: '00000000-0000-4000-8000-000000000001' }, secret);
    const send = async (variables: Record<string, unknown>) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: 'mutation { addInspectionEvidence }', variables }),
      });
      return { status: response.status, body: (await response.json()) as { errors?: Array<{ extensions?: Record<string, unknown> }> } };
    };
    try {
      expect((await send({ size: 500 })).body.errors).toBeUndefined();
      expect((await send({ size: 1500 })).body.errors?.[0]?.extensions?.code).toBe('RESPONSE_TOO_LARGE');
      expect(await send({ padding: 'p'.repeat(3000) })).toMatchObject({
        status: 413,
        body: { errors: [{ extensions: { code: 'REQUEST_TOO_LARGE' } }] },
      });
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
