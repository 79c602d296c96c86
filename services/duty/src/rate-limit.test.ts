import { createTestDatabase, type TestDatabase } from '@hall/db/testing';
import {
  CLIENT_ADDRESS_HEADER,
  CLIENT_SIGNATURE_HEADER,
  DEFAULT_RATE_LIMITS,
  authSecret,
  signClientAddress,
  startSubgraph,
  type StartedSubgraph,
} from '@hall/service-kit';
import { createTestSubgraph, type TestSubgraph } from '@hall/service-kit/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DutyContext } from './context';
import type { DutyTables } from './db/schema';
import { createDutySubgraph } from './subgraph';
import { TIME_ZONE, local, windowNumbered } from './test-helpers';

const NOW = local('2026-12-08', '09:00');
const GAJ = windowNumbered('B01').departmentIds[0] as string;
const ISSUE = `mutation ($d: ID!, $c: MatterCategory!) { issueTicket(departmentId: $d, category: $c) { number } }`;
const BUDGET = 5;

type Answer = { data?: { issueTicket: { number: string } } | null; errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> };

function tally(answers: readonly Answer[]) {
  const codes = answers.map((answer) => (answer.errors?.length ? String(answer.errors[0]?.extensions?.code) : 'OK'));
  return { ok: codes.filter((code) => code === 'OK').length, limited: codes.filter((code) => code === 'RATE_LIMITED').length };
}

describe('issueTicket is rate limited per client address', () => {
  let subgraph: TestSubgraph<DutyTables, DutyContext>;
  const tickets = async () =>
    Number(((await subgraph.runtime.database.db.execute(sql`SELECT count(*)::int AS n FROM duty.tickets`)).rows[0] as { n: number }).n);

  beforeAll(async () => {
    subgraph = await createTestSubgraph(createDutySubgraph({ now: () => NOW, timeZone: TIME_ZONE }), {
      seedDemo: true,
      rateLimits: { ...DEFAULT_RATE_LIMITS, issueTicket: { address: { points: BUDGET, windowSeconds: 600, blockSeconds: 600 } } },
    });
  });
  afterAll(() => subgraph?.close());

  it('issues the budget, then refuses with RATE_LIMITED and retryAfter, issuing nothing more', async () => {
    const seeded = await tickets();
    const answers: Answer[] = [];
    for (let attempt = 0; attempt < BUDGET + 3; attempt += 1) answers.push(await subgraph.execute(ISSUE, { d: GAJ, c: 'PERMIT' }));
    expect(tally(answers)).toEqual({ ok: BUDGET, limited: 3 });
    const refusal = answers.at(-1)?.errors?.[0];
    expect(refusal?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    const retryAfter = refusal?.extensions?.retryAfter as number;
    expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 600).toBe(true);
    const before = await tickets();
    await subgraph.execute(ISSUE, { d: GAJ, c: 'PERMIT' });
    expect(await tickets()).toBe(before);
    expect(before).toBe(seeded + BUDGET);
  });

  it('counts bad input too (the attempt is counted before the input is read), and leaves other addresses their budget', async () => {
    const other = { clientAddress: '198.51.100.7' };
    const bad = await subgraph.execute(ISSUE, { d: 'not-an-id', c: 'PERMIT' }, undefined, other);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const answers: Answer[] = [];
    for (let attempt = 0; attempt < BUDGET; attempt += 1)
      answers.push(await subgraph.execute(ISSUE, { d: GAJ, c: 'CHANGE' }, undefined, other));
    expect(tally(answers)).toEqual({ ok: BUDGET - 1, limited: 1 });
  });
});

describe('over HTTP the subgraph believes only a signed client address', () => {
  let database: TestDatabase;
  let started: StartedSubgraph;
  const post = (headers: Record<string, string> = {}) =>
    fetch(started.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: ISSUE, variables: { d: GAJ, c: 'PERMIT' } }),
    }).then((response) => response.json() as Promise<Answer>);

  beforeAll(async () => {
    process.env.RATE_LIMIT_ISSUE_TICKET_ADDRESS = `${BUDGET}/600/600`;
    database = await createTestDatabase('duty_limits');
    started = await startSubgraph(createDutySubgraph({ now: () => NOW, timeZone: TIME_ZONE }), {
      databaseUrl: database.url,
      port: 0,
      seedDemo: true,
    });
  });
  afterAll(async () => {
    await started?.close();
    await database?.drop();
    delete process.env.RATE_LIMIT_ISSUE_TICKET_ADDRESS;
  });

  it('counts forged forwarding headers against the socket address', async () => {
    const answers: Answer[] = [];
    for (let attempt = 0; attempt < BUDGET + 5; attempt += 1) {
      const address = `203.0.113.${attempt + 1}`;
      const forged = attempt % 2 ? signClientAddress(address, new TextEncoder().encode('not-the-real-secret-0123456789abcdef')) : 'forged';
      answers.push(await post({ [CLIENT_ADDRESS_HEADER]: address, [CLIENT_SIGNATURE_HEADER]: forged }));
    }
    expect(tally(answers)).toEqual({ ok: BUDGET, limited: 5 });
    // A header signed with the platform's secret (what the gateway sends) is a different client, with its own budget.
    const signed = await post({
      [CLIENT_ADDRESS_HEADER]: '203.0.113.200',
      [CLIENT_SIGNATURE_HEADER]: signClientAddress('203.0.113.200', authSecret()),
    });
    expect(tally([signed])).toEqual({ ok: 1, limited: 0 });
    // A valid signature copied onto another address is forged too.
    const copied = await post({
      [CLIENT_ADDRESS_HEADER]: '203.0.113.201',
      [CLIENT_SIGNATURE_HEADER]: signClientAddress('203.0.113.200', authSecret()),
    });
    expect(tally([copied])).toEqual({ ok: 0, limited: 1 });
  });
});
