import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALENDAR_OVERRIDES_QUERY, casesUrlFromEnv, fixedCalendarSource, hallCalendarSource } from './source';

/** A stand-in for the cases subgraph: answers each request with the status and body the test sets. */
let reply: { status: number; body: string } = { status: 200, body: '{}' };
const received: string[] = [];
let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push(body);
      response.writeHead(reply.status, { 'content-type': 'application/json' }).end(reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const answering = (status: number, body: unknown) => {
  reply = { status, body: typeof body === 'string' ? body : JSON.stringify(body) };
};

async function refusal(promise: Promise<unknown>): Promise<unknown> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(GraphQLError);
  return (error as GraphQLError).extensions;
}

describe('hallCalendarSource', () => {
  it('asks the cases subgraph for the overrides and lays them over the statutory calendar', async () => {
    answering(200, {
      data: {
        calendarOverrides: [
          { day: '2027-01-04', override: 'OFF' },
          { day: '2027-01-09', override: 'WORKING' },
        ],
      },
    });
    const calendar = await hallCalendarSource(url).calendar();
    expect(JSON.parse(received.at(-1) ?? '{}')).toEqual({ query: CALENDAR_OVERRIDES_QUERY });
    expect(calendar.isWorkingDay('2027-01-04')).toBe(false); // a Monday the hall closes
    expect(calendar.isWorkingDay('2027-01-09')).toBe(true); // a Saturday the hall works
    expect(calendar.isWorkingDay('2027-01-05')).toBe(true);
    // Fri 1 Jan + 1 working day skips the weekend and the closed Monday.
    expect(calendar.addWorkingDays('2027-01-01', 1)).toBe('2027-01-05');
    expect(calendar.workingDaysAfter('2027-01-08', '2027-01-11')).toBe(2);
  });

  it('reads the address when asked, so a platform can hand it over after building the subgraph', async () => {
    answering(200, { data: { calendarOverrides: [] } });
    let address = 'http://127.0.0.1:1/graphql';
    const source = hallCalendarSource(() => address);
    address = url;
    expect((await source.calendar()).isWorkingDay('2027-01-04')).toBe(true);
  });

  it.each([
    ['an error answer', 200, { errors: [{ message: 'boom' }], data: null }],
    ['an answer of another shape', 200, { data: { calendarOverrides: [{ day: '4 January', override: 'OFF' }] } }],
    ['an unknown override', 200, { data: { calendarOverrides: [{ day: '2027-01-04', override: 'HALF' }] } }],
    ['a body that is not JSON', 200, 'not json'],
    ['an HTTP failure', 502, { data: { calendarOverrides: [] } }],
  ])('turns %s into SERVICE_UNAVAILABLE naming cases', async (_, status, body) => {
    answering(status, body);
    expect(await refusal(hallCalendarSource(url).calendar())).toMatchObject({ code: 'SERVICE_UNAVAILABLE', service: 'cases' });
  });

  it('turns an unreachable cases subgraph into SERVICE_UNAVAILABLE', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expect(await refusal(hallCalendarSource(`http://127.0.0.1:${port}/graphql`).calendar())).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      service: 'cases',
    });
  });
});

describe('casesUrlFromEnv', () => {
  it('prefers CASES_URL, then CASES_PORT, then the port of the subgraph list', () => {
    expect(casesUrlFromEnv({ CASES_URL: 'http://cases.hall:8080/graphql', CASES_PORT: '9' })).toBe('http://cases.hall:8080/graphql');
    expect(casesUrlFromEnv({ CASES_PORT: '4102' })).toBe('http://127.0.0.1:4102/graphql');
    expect(casesUrlFromEnv({})).toBe('http://127.0.0.1:4002/graphql');
  });
});

describe('fixedCalendarSource', () => {
  it('is the statutory calendar under the given overrides', async () => {
    expect((await fixedCalendarSource().calendar()).isWorkingDay('2026-10-01')).toBe(false);
    expect((await fixedCalendarSource({ '2026-10-01': 'WORKING' }).calendar()).isWorkingDay('2026-10-01')).toBe(true);
  });
});
