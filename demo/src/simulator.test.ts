import { hallDateOf } from '@hall/demo-hall';
import { startPlatform, type RunningPlatform } from '@hall/gateway/testing';
import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiError, gatewayApi, type Api } from './client';
import * as operations from './operations';
import { Simulator } from './simulator';
import { Tokens } from './tokens';

let platform: RunningPlatform;
let api: Api;
let simulator: Simulator;
const tokens = new Tokens();

beforeAll(async () => {
  // A hall seeded for today, as `npm start` seeds it; as of 10:30 at the latest, so that the seeds also take a day cut
  // in the middle (tickets being served, clerks checked in and not out, a visit of today still planned).
  const today = hallDateOf(new Date(), 'Asia/Shanghai');
  const seeded = new Date(Math.min(Date.now(), Date.parse(`${today}T10:30:00+08:00`)));
  vi.stubEnv('DEMO_REFERENCE_DATE', today);
  vi.stubEnv('DEMO_NOW', seeded.toISOString());
  platform = await startPlatform();
  api = gatewayApi(platform.gatewayUrl);
  simulator = new Simulator({ api, tokens, seed: 'simulator-test' });
}, 180_000);
afterAll(async () => {
  vi.unstubAllEnvs();
  await platform?.stop();
});

const todaysTickets = async () =>
  (await api<{ tickets: Array<{ id: string }> }>(`{ tickets { id } }`, {}, await tokens.manager())).tickets.map((ticket) => ticket.id);
const caseById = async (id: string) =>
  (
    await api<{ case: { status: string; evaluation: { level: number } | null } | null }>(
      `query ($id: ID!) { case(id: $id) { status evaluation { level } } }`,
      { id },
      await tokens.manager(),
    )
  ).case;

describe('the demo simulator against the platform', () => {
  it('sends only operations the gateway schema validates (the queue ones too, which only run during shifts)', async () => {
    // The checked-in supergraph the gateway serves (its join__ directives are declared in it).
    const schema = buildSchema(readFileSync(new URL('../../gateway/supergraph.graphql', import.meta.url), 'utf8'));
    const documents = Object.entries(operations).flatMap(([name, value]) => (typeof value === 'string' ? [[name, value] as const] : []));
    expect(documents.length).toBeGreaterThan(15);
    for (const [name, document] of documents) expect(validate(schema, parse(document)).map(String), name).toEqual([]);
  });

  it('takes a ticket the queue then shows', async () => {
    const before = await todaysTickets();
    const outcome = await simulator.act('ticket');
    expect(outcome.done).toMatch(/^ticket \w+ taken/);
    const after = await todaysTickets();
    expect(after).toHaveLength(before.length + 1);
    expect(after).toContain(outcome.subject);
  });

  it('moves a case on, as the API then shows', async () => {
    const outcome = await simulator.act('move');
    expect(outcome.done).toMatch(/→/);
    const to = outcome.done?.split('→ ')[1];
    expect((await caseById(outcome.subject ?? ''))?.status).toBe(to);
  });

  it('registers a case (at a staffed counter, or online with the hall closed)', async () => {
    const outcome = await simulator.act('register');
    expect(outcome.done).toMatch(/^case ZW\d+ registered/);
    expect((await caseById(outcome.subject ?? ''))?.status).toMatch(/SUBMITTED|COMPLETED/);
  });

  it('evaluates a completed case through its evaluation code', async () => {
    const outcome = await simulator.act('evaluate');
    expect(outcome.done).toMatch(/evaluated [1-5]/);
    expect((await caseById(outcome.subject ?? ''))?.evaluation?.level).toBeGreaterThan(0);
  });

  it('has its illegal move refused and carries on', async () => {
    const refused = await simulator.act('illegal');
    expect(refused).toMatchObject({ action: 'illegal', done: null });
    expect(refused.refused).toMatch(/BAD_USER_INPUT|CONFLICT/);
    const next = await simulator.tick();
    expect(next.done ?? next.refused).toBeTruthy();
  });
});

describe('the demo simulator and the rate limits', () => {
  it('backs off an action for retryAfter and does something else meanwhile', async () => {
    const calls: string[] = [];
    const limited: Api = async <T>(query: string): Promise<T> => {
      calls.push(query);
      if (query.includes('queueDisplay')) return { queueDisplay: { waiting: 0 } } as T;
      if (query.includes('onDuty')) return { onDuty: [] } as T;
      if (query.includes('issueTicket')) throw new ApiError('too many tickets', 'RATE_LIMITED', 120);
      if (query.includes('warningCases')) return { warningCases: [] } as T;
      if (query.includes('matters')) return { matters: [] } as T;
      return { cases: { nodes: [] } } as T;
    };
    const offline = new Simulator({ api: limited, tokens, seed: 'rate-limits' });
    expect(await offline.act('ticket')).toMatchObject({ refused: 'RATE_LIMITED', done: null });
    const issued = calls.filter((query) => query.includes('issueTicket')).length;
    for (let i = 0; i < 12; i++) await offline.tick();
    expect(calls.filter((query) => query.includes('issueTicket')).length).toBe(issued);
  });
});
