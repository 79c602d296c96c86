import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latencyFigures, measureLatency, measureThroughput, percentile, send } from './load';

let server: Server;
let url: string;
let served = 0;

beforeAll(async () => {
  // A stand-in GraphQL endpoint: answers data, or errors when the query says so.
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      served += 1;
      const { query } = JSON.parse(body) as { query: string };
      response.setHeader('content-type', 'application/json');
      response.end(
        JSON.stringify(query.includes('fail') ? { errors: [{ message: 'refused' }] } : { data: { ok: request.headers.authorization } }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the load driver', () => {
  it('takes nearest-rank percentiles', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(samples, 0.5)).toBe(50);
    expect(percentile(samples, 0.95)).toBe(95);
    expect(percentile([7], 0.95)).toBe(7);
    expect(percentile([], 0.5)).toBeNaN();
    expect(latencyFigures([1, 2, 3, 4])).toEqual({ requests: 4, p50: 2, p95: 4, max: 4 });
  });

  it('sends the bearer token and throws on a GraphQL error', async () => {
    expect(await send({ url, query: '{ ok }', token: 'abc' })).toEqual({ ok: 'Bearer abc' });
    await expect(send({ url, query: '{ fail }', token: 'abc' })).rejects.toThrow(/refused/);
  });

  it('measures one request at a time, after the warm-up', async () => {
    const before = served;
    const figures = await measureLatency(() => ({ url, query: '{ ok }', token: 't' }), { warmup: 3, iterations: 20 });
    expect(served - before).toBe(23);
    expect(figures.requests).toBe(20);
    expect(figures.p50).toBeLessThanOrEqual(figures.p95);
  });

  it('counts answers and errors under load, and runs composite operations', async () => {
    let composite = 0;
    const figures = await measureThroughput(
      (iteration) =>
        iteration % 4 === 0
          ? { url, query: '{ fail }', token: 't' }
          : async () => {
              composite += 1;
              await send({ url, query: '{ ok }', token: 't' });
            },
      { connections: 3, seconds: 0.5, warmupSeconds: 0.1 },
    );
    expect(figures.requests).toBeGreaterThan(10);
    expect(figures.errors).toBeGreaterThan(0);
    expect(composite).toBeGreaterThan(figures.requests / 2);
    expect(Math.abs(figures.rps - figures.requests / figures.seconds) / figures.rps).toBeLessThan(0.01);
  });
});
