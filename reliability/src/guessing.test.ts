// Issue 13 item 2: guessing a case's phone tail, walking the day's case numbers and flooding the public mutations,
// through the gateway and directly at the subgraphs, against the kit's default budgets (vitest.config.ts raises them
// for the other suites; this file clears that). Client addresses: the gateway trusts X-Forwarded-For from loopback
// here (TRUSTED_PROXY=loopback), so each scenario comes from its own address; direct calls leave from their own
// loopback address (127.0.0.x).
import { request } from 'node:http';
import { catalogMatterDirectory, createCasesSubgraph, dutyDirectory } from '@hall/cases-subgraph';
import { demoHall } from '@hall/demo-hall';
import { startGateway } from '@hall/gateway';
import { startPlatform, type RunningPlatform } from '@hall/gateway/testing';
import {
  CLIENT_ADDRESS_HEADER,
  CLIENT_SIGNATURE_HEADER,
  DEFAULT_RATE_LIMITS,
  signClientAddress,
  startSubgraph,
  type StartedSubgraph,
} from '@hall/service-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportFigures } from './support/figures';
import type { GraphQLErrorShape } from './support/graphql';

const hall = demoHall();
const SUBJECT_BUDGET = DEFAULT_RATE_LIMITS.caseProgress.subject?.points ?? 0;
const ADDRESS_BUDGET = DEFAULT_RATE_LIMITS.caseProgress.address.points;
const GUESSES = 200;
const PROGRESS = `query ($n: String!, $t: String!) { caseProgress(number: $n, phoneTail: $t) { number status } }`;

interface Answer {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: GraphQLErrorShape[];
}

/** POSTs one operation from a chosen local address, with extra headers (X-Forwarded-For, forged forwarding headers). */
function send(url: string, body: unknown, options: { localAddress?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      {
        method: 'POST',
        ...(options.localAddress ? { localAddress: options.localAddress } : {}),
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...options.headers },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => {
          try {
            resolve({ status: response.statusCode ?? 0, ...(JSON.parse(text) as Omit<Answer, 'status'>) });
          } catch {
            resolve({
              status: response.statusCode ?? 0,
              errors: [{ message: text.slice(0, 200), extensions: { code: `HTTP_${response.statusCode}` } }],
            });
          }
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(payload);
  });
}

const codes = (answer: Answer) => (answer.errors ?? []).map((error) => String(error.extensions?.code ?? 'NO_CODE'));
const limited = (answer: Answer) => codes(answer).includes('RATE_LIMITED');

/** The tails of `phone` that are wrong: 0000, 0001, … skipping the right one. */
function wrongTails(phone: string, count: number): string[] {
  const right = phone.slice(-4);
  const tails: string[] = [];
  for (let candidate = 0; tails.length < count; candidate += 1) {
    const tail = String(candidate).padStart(4, '0');
    if (tail !== right) tails.push(tail);
  }
  return tails;
}

interface Tally {
  tried: number;
  answered: number;
  refused: number;
  other: number;
  retryAfter: number[];
}

function tally(answers: readonly Answer[]): Tally {
  const result: Tally = { tried: answers.length, answered: 0, refused: 0, other: 0, retryAfter: [] };
  for (const answer of answers) {
    if (limited(answer)) {
      result.refused += 1;
      const retryAfter = answer.errors?.find((error) => error.extensions?.code === 'RATE_LIMITED')?.extensions?.retryAfter;
      result.retryAfter.push(Number(retryAfter));
    } else if (answer.errors?.length) result.other += 1;
    else result.answered += 1;
  }
  return result;
}

function expectWellFormedRefusals(result: Tally): void {
  expect(result.other).toBe(0);
  for (const retryAfter of result.retryAfter) {
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
  }
}

let platform: RunningPlatform;
let secondCases: StartedSubgraph | undefined;
const figures: Record<string, unknown> = {
  budgets: {
    caseProgressPerCaseNumber: DEFAULT_RATE_LIMITS.caseProgress.subject,
    caseProgressPerAddress: DEFAULT_RATE_LIMITS.caseProgress.address,
    fileComplaintPerAddress: DEFAULT_RATE_LIMITS.fileComplaint.address,
    issueTicketPerAddress: DEFAULT_RATE_LIMITS.issueTicket.address,
  },
};
const record = (name: string, result: Tally) => {
  const { retryAfter, ...counts } = result;
  figures[name] = { ...counts, ...(retryAfter.length ? { retryAfterSeconds: [Math.min(...retryAfter), Math.max(...retryAfter)] } : {}) };
};

/** Distinct demo cases, one per scenario, so that each scenario starts with the case number's whole budget. */
const demoCases = hall.cases.filter((kase, index, all) => all.findIndex((other) => other.number === kase.number) === index);
const caseFor = (index: number) => {
  const kase = demoCases[index];
  if (!kase) throw new Error(`the demo hall has fewer than ${index + 1} cases`);
  return kase;
};

beforeAll(async () => {
  for (const name of Object.keys(process.env)) if (name.startsWith('RATE_LIMIT_')) delete process.env[name];
  process.env.TRUSTED_PROXY = 'loopback';
  platform = await startPlatform();
}, 120_000);

afterAll(async () => {
  await secondCases?.close();
  await platform?.stop();
  delete process.env.TRUSTED_PROXY;
  reportFigures('guessing', figures);
});

describe('guessing a phone tail (issue 13 item 2)', () => {
  it(`through the gateway: ${GUESSES} wrong tails for one case number answer at most the budget, then even the right tail is refused`, async () => {
    const kase = caseFor(0);
    const answers: Answer[] = [];
    for (const tail of wrongTails(kase.applicantPhone, GUESSES)) {
      answers.push(
        await send(
          platform.gatewayUrl,
          { query: PROGRESS, variables: { n: kase.number, t: tail } },
          { headers: { 'x-forwarded-for': '203.0.113.1' } },
        ),
      );
    }
    const result = tally(answers);
    record('gatewayWrongTails', result);
    expectWellFormedRefusals(result);
    expect(result.answered).toBeLessThanOrEqual(SUBJECT_BUDGET);
    expect(result.answered).toBeGreaterThan(0);
    expect(answers.slice(0, result.answered).every((answer) => answer.data?.caseProgress === null)).toBe(true);
    // The number is locked, for everyone: the right tail from another address is refused too.
    const right = await send(
      platform.gatewayUrl,
      { query: PROGRESS, variables: { n: kase.number, t: kase.applicantPhone.slice(-4) } },
      { headers: { 'x-forwarded-for': '203.0.113.2' } },
    );
    expect(codes(right)).toEqual(['RATE_LIMITED']);
    figures.gatewayRightTailAfterLockout = codes(right)[0];
  });

  it(`at the cases subgraph directly: ${GUESSES} wrong tails, then the right tail, are limited alike`, async () => {
    const kase = caseFor(1);
    const answers: Answer[] = [];
    for (const tail of wrongTails(kase.applicantPhone, GUESSES)) {
      answers.push(
        await send(platform.subgraphUrls.cases, { query: PROGRESS, variables: { n: kase.number, t: tail } }, { localAddress: '127.0.0.2' }),
      );
    }
    const result = tally(answers);
    record('subgraphWrongTails', result);
    expectWellFormedRefusals(result);
    expect(result.answered).toBeLessThanOrEqual(SUBJECT_BUDGET);
    expect(result.answered).toBeGreaterThan(0);
    const right = await send(
      platform.subgraphUrls.cases,
      { query: PROGRESS, variables: { n: kase.number, t: kase.applicantPhone.slice(-4) } },
      { localAddress: '127.0.0.3' },
    );
    expect(codes(right)).toEqual(['RATE_LIMITED']);
    figures.subgraphRightTailAfterLockout = codes(right)[0];
  });

  it('a right tail costs the same as a wrong one: answered within the budget, refused past it', async () => {
    const kase = caseFor(2);
    const headers = { 'x-forwarded-for': '203.0.113.3' };
    const ask = (tail: string) => send(platform.gatewayUrl, { query: PROGRESS, variables: { n: kase.number, t: tail } }, { headers });
    for (const tail of wrongTails(kase.applicantPhone, SUBJECT_BUDGET - 1)) expect(codes(await ask(tail))).toEqual([]);
    const last = await ask(kase.applicantPhone.slice(-4));
    expect(last.data?.caseProgress).toMatchObject({ number: kase.number });
    expect(codes(await ask(kase.applicantPhone.slice(-4)))).toEqual(['RATE_LIMITED']);
  });

  it('counts every alias of one request', async () => {
    const aliases = 15;
    const aliased = (number: string, tails: string[]) =>
      `query { ${tails.map((tail, index) => `g${index}: caseProgress(number: "${number}", phoneTail: "${tail}") { number }`).join(' ')} }`;
    const viaGateway = caseFor(3);
    const gatewayAnswer = await send(
      platform.gatewayUrl,
      { query: aliased(viaGateway.number, wrongTails(viaGateway.applicantPhone, aliases)) },
      { headers: { 'x-forwarded-for': '203.0.113.4' } },
    );
    const direct = caseFor(4);
    const directAnswer = await send(
      platform.subgraphUrls.cases,
      { query: aliased(direct.number, wrongTails(direct.applicantPhone, aliases)) },
      { localAddress: '127.0.0.4' },
    );
    for (const [name, answer] of [
      ['gatewayAliases', gatewayAnswer],
      ['subgraphAliases', directAnswer],
    ] as const) {
      const refused = codes(answer).filter((code) => code === 'RATE_LIMITED').length;
      const answered = aliases - (answer.errors?.length ?? 0);
      figures[name] = { tried: aliases, answered, refused };
      expect(codes(answer).every((code) => code === 'RATE_LIMITED')).toBe(true);
      expect(answered).toBeLessThanOrEqual(SUBJECT_BUDGET);
      expect(refused).toBe(aliases - SUBJECT_BUDGET);
    }
  });

  it('holds across processes: two cases runtimes on one database share the count', async () => {
    const dutyUrl = platform.subgraphUrls.duty;
    secondCases = await startSubgraph(
      createCasesSubgraph({ matters: catalogMatterDirectory(platform.subgraphUrls.catalog), duty: dutyDirectory(dutyUrl) }),
      { databaseUrl: platform.databaseUrls.cases, port: 0, seedDemo: false },
    );
    const kase = caseFor(5);
    const urls = [platform.subgraphUrls.cases, secondCases.server.url];
    const answers: Answer[] = [];
    for (const [index, tail] of wrongTails(kase.applicantPhone, 40).entries()) {
      answers.push(
        await send(urls[index % 2] as string, { query: PROGRESS, variables: { n: kase.number, t: tail } }, { localAddress: '127.0.0.5' }),
      );
    }
    const result = tally(answers);
    record('twoRuntimesOneDatabase', result);
    expectWellFormedRefusals(result);
    expect(result.answered).toBe(SUBJECT_BUDGET);
  });
});

describe('walking case numbers and forging addresses', () => {
  const walk = (count: number, offset: number) =>
    Array.from({ length: count }, (_, index) => `ZW20261203${String(offset + index).padStart(5, '0')}`);

  it('through the gateway, one address walking the day’s numbers gets at most the address budget', async () => {
    const answers: Answer[] = [];
    for (const number of walk(ADDRESS_BUDGET + 40, 1)) {
      answers.push(
        await send(
          platform.gatewayUrl,
          { query: PROGRESS, variables: { n: number, t: '1234' } },
          { headers: { 'x-forwarded-for': '203.0.113.5' } },
        ),
      );
    }
    const result = tally(answers);
    record('gatewayWalkNumbers', result);
    expectWellFormedRefusals(result);
    expect(result.answered).toBe(ADDRESS_BUDGET);
  });

  it('at the subgraph, a forwarding header without a valid signature buys no fresh budget', async () => {
    const answers: Answer[] = [];
    const stranger = new TextEncoder().encode('not-the-platform-secret-0123456789abcdef');
    for (const [index, number] of walk(ADDRESS_BUDGET + 40, 1001).entries()) {
      const address = `198.51.100.${(index % 250) + 1}`;
      const signature = index % 2 ? signClientAddress(address, stranger) : 'forged';
      answers.push(
        await send(
          platform.subgraphUrls.cases,
          { query: PROGRESS, variables: { n: number, t: '1234' } },
          { localAddress: '127.0.0.6', headers: { [CLIENT_ADDRESS_HEADER]: address, [CLIENT_SIGNATURE_HEADER]: signature } },
        ),
      );
    }
    const result = tally(answers);
    record('subgraphForgedForwarding', result);
    expectWellFormedRefusals(result);
    expect(result.answered).toBe(ADDRESS_BUDGET);
  });

  it('a gateway without TRUSTED_PROXY ignores X-Forwarded-For: a new one per request buys no fresh budget', async () => {
    const gateway = await startGateway({ port: 0, subgraphUrls: platform.subgraphUrls, corsOrigins: [], trustProxy: false });
    try {
      const answers: Answer[] = [];
      for (const [index, number] of walk(ADDRESS_BUDGET + 40, 2001).entries()) {
        answers.push(
          await send(
            gateway.url,
            { query: PROGRESS, variables: { n: number, t: '1234' } },
            {
              localAddress: '127.0.0.7',
              headers: { 'x-forwarded-for': `198.51.100.${(index % 250) + 1}` },
            },
          ),
        );
      }
      const result = tally(answers);
      record('untrustingGatewayForwardedFor', result);
      expectWellFormedRefusals(result);
      expect(result.answered).toBe(ADDRESS_BUDGET);
    } finally {
      await gateway.close();
    }
  });
});

describe('guessing evaluation codes (一事一评)', () => {
  it('one address trying random codes gets at most the address budget of answers', async () => {
    const budget = DEFAULT_RATE_LIMITS.evaluationInvitation.address.points;
    const answers: Answer[] = [];
    for (let attempt = 0; attempt < GUESSES; attempt += 1) {
      const code = `7Q${String(attempt).padStart(14, '0')}`;
      answers.push(
        await send(
          platform.gatewayUrl,
          { query: `query ($c: String!) { evaluationInvitation(code: $c) { number } }`, variables: { c: code } },
          {
            headers: { 'x-forwarded-for': '203.0.113.8' },
          },
        ),
      );
    }
    const result = tally(answers);
    record('gatewayEvaluationCodes', result);
    expectWellFormedRefusals(result);
    expect(result.answered).toBe(budget);
  });
});

describe('flooding the public mutations', () => {
  it('fileComplaint and issueTicket stop at their address budgets', async () => {
    const department = hall.departments[0]?.id;
    // B01 takes the public security bureau's permit tickets in the demo hall (services/duty queue tests).
    const window = hall.windows.find((candidate) => candidate.number === 'B01');
    if (!department || !window) throw new Error('the demo hall has no department or no ticket window');
    const complaint = `mutation ($d: ID!) { fileComplaint(input: { channel: WEB, subject: DEPARTMENT, departmentId: $d, content: "窗口态度不好" }) { number } }`;
    const complaintBudget = DEFAULT_RATE_LIMITS.fileComplaint.address.points;
    const complaints: Answer[] = [];
    for (let attempt = 0; attempt < complaintBudget + 10; attempt += 1) {
      complaints.push(
        await send(
          platform.gatewayUrl,
          { query: complaint, variables: { d: department } },
          { headers: { 'x-forwarded-for': '203.0.113.6' } },
        ),
      );
    }
    const complaintResult = tally(complaints);
    record('fileComplaint', complaintResult);
    expectWellFormedRefusals(complaintResult);
    expect(complaintResult.answered).toBe(complaintBudget);

    const ticket = `mutation ($d: ID!, $c: MatterCategory!) { issueTicket(departmentId: $d, category: $c) { number } }`;
    const ticketBudget = DEFAULT_RATE_LIMITS.issueTicket.address.points;
    const variables = { d: window.departmentIds[0], c: 'PERMIT' };
    const tickets: Answer[] = [];
    for (let attempt = 0; attempt < ticketBudget + 10; attempt += 1) {
      tickets.push(await send(platform.gatewayUrl, { query: ticket, variables }, { headers: { 'x-forwarded-for': '203.0.113.7' } }));
    }
    const ticketResult = tally(tickets);
    record('issueTicket', ticketResult);
    expectWellFormedRefusals(ticketResult);
    expect(ticketResult.answered).toBe(ticketBudget);
    const numbers = tickets.flatMap((answer) => {
      const issued = answer.data?.issueTicket as { number?: string } | undefined;
      return issued?.number ? [issued.number] : [];
    });
    expect(new Set(numbers).size).toBe(numbers.length);
  });
});
