import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDedupingFetch } from './dedupe';

let server: Server;
let url: string;
let hits = 0;

beforeAll(async () => {
  // A slow subgraph: every answer takes 50 ms, long enough for identical requests to overlap.
  server = createServer((request, response) => {
    hits += 1;
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () =>
      setTimeout(() => {
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify({ data: { echo: body.length, auth: request.headers.authorization ?? null, hit: hits } }));
      }, 50),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  hits = 0;
});

const post = (fetcher: ReturnType<typeof createDedupingFetch>, query: string, authorization = 'Bearer a') =>
  fetcher(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body: JSON.stringify({ query }) }).then(
    (response) => response.json() as Promise<{ data: { auth: string; hit: number } }>,
  );

describe('sharing identical subgraph queries in flight', () => {
  it('sends five identical concurrent queries once, and every caller gets the whole answer', async () => {
    const fetcher = createDedupingFetch();
    const answers = await Promise.all(Array.from({ length: 5 }, () => post(fetcher, '{ cases { id } }')));
    expect(hits).toBe(1);
    expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
  });

  it('never shares across callers, queries or time, and never shares a mutation', async () => {
    const fetcher = createDedupingFetch();
    const [a, b] = await Promise.all([
      post(fetcher, '{ x }', 'Bearer a'),
      post(fetcher, '{ x }', 'Bearer b'),
      post(fetcher, '{ y }', 'Bearer a'),
    ]);
    expect(hits).toBe(3);
    expect([a?.data.auth, b?.data.auth]).toEqual(['Bearer a', 'Bearer b']);
    await post(fetcher, '{ x }');
    expect(hits).toBe(4);
    await Promise.all([post(fetcher, 'mutation { m }'), post(fetcher, 'mutation { m }')]);
    expect(hits).toBe(6);
  });
});
