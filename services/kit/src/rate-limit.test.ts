import { createDatabase, type Database } from '@hall/db';
import { createTestDatabase, type TestDatabase } from '@hall/db/testing';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { formatErrorFor } from './apollo';
import { trustProxyFromEnv } from './http';
import { createLogger } from './logger';
import {
  CLIENT_ADDRESS_HEADER,
  CLIENT_SIGNATURE_HEADER,
  DEFAULT_RATE_LIMITS,
  clientAddressKey,
  clientAddressOf,
  createRateLimiter,
  rateLimitEnvName,
  rateLimitsFromEnv,
  rateLimitTableStatement,
  signClientAddress,
  verifyClientAddress,
  type RateLimit,
  type RateLimitSettings,
} from './rate-limit';

const SCHEMA = 'kit_limits';
const logger = createLogger('kit-test');
const SETTINGS: RateLimitSettings = {
  ...DEFAULT_RATE_LIMITS,
  caseProgress: {
    address: { points: 30, windowSeconds: 600, blockSeconds: 900 },
    subject: { points: 10, windowSeconds: 900, blockSeconds: 3600 },
  },
};

let testDatabase: TestDatabase;
let first: Database<Record<string, unknown>>;
let second: Database<Record<string, unknown>>;

beforeAll(async () => {
  testDatabase = await createTestDatabase('kit_limits');
  first = createDatabase({ url: testDatabase.url, schema: {}, applicationName: 'kit-test-1' });
  second = createDatabase({ url: testDatabase.url, schema: {}, applicationName: 'kit-test-2' });
  await first.pool.query(`CREATE SCHEMA "${SCHEMA}"`);
  await first.pool.query(rateLimitTableStatement(SCHEMA));
  // Idempotent: every start of every instance runs it.
  await second.pool.query(rateLimitTableStatement(SCHEMA));
});

afterAll(async () => {
  await first?.close();
  await second?.close();
  await testDatabase?.drop();
});

beforeEach(async () => {
  await first.pool.query(`DELETE FROM "${SCHEMA}".rate_limits`);
});

function limiterOn(database: Database<Record<string, unknown>>, settings: RateLimitSettings = SETTINGS) {
  return createRateLimiter({ service: SCHEMA, pool: database.pool, settings, logger });
}

/** Tries `count` times and returns how many were let through and the errors of the rest. */
async function attempts(count: number, attempt: (index: number) => Promise<void>) {
  let allowed = 0;
  const refused: GraphQLError[] = [];
  for (let index = 0; index < count; index += 1) {
    try {
      await attempt(index);
      allowed += 1;
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      refused.push(error);
    }
  }
  return { allowed, refused };
}

describe('rate limits', () => {
  it('lets the subject budget through, then refuses with RATE_LIMITED and a whole retryAfter', async () => {
    const limit = limiterOn(first).forClient('203.0.113.5');
    const { allowed, refused } = await attempts(25, () => limit.consume('caseProgress', 'ZW202612030001'));
    expect(allowed).toBe(10);
    expect(refused).toHaveLength(15);
    for (const error of refused) {
      expect(error.extensions.code).toBe('RATE_LIMITED');
      const retryAfter = error.extensions.retryAfter as number;
      expect(Number.isInteger(retryAfter)).toBe(true);
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(3600);
    }
    // Locked out for the block (an hour), not merely for the rest of the window.
    expect(refused[0]?.extensions.retryAfter).toBeGreaterThan(900);
  });

  it('locks the subject out for every address, and a retyped number is the same subject', async () => {
    const limiter = limiterOn(first);
    await attempts(11, (index) => limiter.forClient(`198.51.100.${index + 1}`).consume('caseProgress', 'ZW202612030002'));
    await expect(limiter.forClient('198.51.100.200').consume('caseProgress', 'zw-20261203 0002')).rejects.toMatchObject({
      extensions: { code: 'RATE_LIMITED' },
    });
    await expect(limiter.forClient('198.51.100.200').consume('caseProgress', 'ZW202612030003')).resolves.toBeUndefined();
  });

  it('limits an address across subjects, and other addresses keep their budget', async () => {
    const limiter = limiterOn(first);
    const limit = limiter.forClient('203.0.113.9');
    const { allowed } = await attempts(40, (index) => limit.consume('caseProgress', `ZW20261203${String(index).padStart(4, '0')}`));
    expect(allowed).toBe(30);
    await expect(limiter.forClient('203.0.113.10').consume('caseProgress', 'ZW202612039999')).resolves.toBeUndefined();
  });

  it('counts operations separately', async () => {
    const limit = limiterOn(first).forClient('203.0.113.11');
    await attempts(11, () => limit.consume('caseProgress', 'ZW202612030004'));
    await expect(limit.consume('evaluateCase', 'ZW202612030004')).resolves.toBeUndefined();
  });

  it('holds across processes: two limiters on two pools share one count', async () => {
    const a = limiterOn(first).forClient('203.0.113.12');
    const b = limiterOn(second).forClient('203.0.113.13');
    const { allowed } = await attempts(20, (index) => (index % 2 ? a : b).consume('caseProgress', 'ZW202612030005'));
    expect(allowed).toBe(10);
  });

  it('counts concurrent attempts exactly', async () => {
    const limiter = limiterOn(first);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 40 }, (_, index) => limiter.forClient(`192.0.2.${index + 1}`).consume('caseProgress', 'ZW202612030006')),
    );
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(10);
  });

  it('ignores a subject for operations budgeted by address only', async () => {
    const limit = limiterOn(first).forClient('203.0.113.14');
    const { allowed } = await attempts(125, () => limit.consume('issueTicket', 'anything'));
    expect(allowed).toBe(DEFAULT_RATE_LIMITS.issueTicket.address.points);
  });

  it('groups an IPv6 /64 and reads IPv4-mapped addresses as IPv4', async () => {
    expect(clientAddressKey('::ffff:10.1.2.3')).toBe('10.1.2.3');
    expect(clientAddressKey('2001:db8:1:2:aaaa::1')).toBe(clientAddressKey('2001:db8:1:2:bbbb::2'));
    expect(clientAddressKey('2001:db8:1:2::1')).not.toBe(clientAddressKey('2001:db8:1:3::1'));
    const limiter = limiterOn(first);
    const { allowed } = await attempts(40, (index) =>
      limiter.forClient(`2001:db8:1:2::${(index + 1).toString(16)}`).consume('caseProgress', `ZW2026120300${index}`),
    );
    expect(allowed).toBe(30);
  });

  it('fails closed with SERVICE_UNAVAILABLE when its table cannot be read, without values in the log', async () => {
    const lines: string[] = [];
    const capture = createLogger('kit-test');
    const fresh = createDatabase({ url: testDatabase.url, schema: {}, applicationName: 'kit-test-3' });
    await fresh.pool.query(`CREATE SCHEMA kit_missing`);
    const limiter = createRateLimiter({
      service: 'kit_missing',
      pool: fresh.pool,
      settings: SETTINGS,
      logger: Object.assign(Object.create(capture) as typeof capture, {
        error: (object: unknown, message: string) => lines.push(JSON.stringify(object) + message),
      }),
    });
    const limit: RateLimit = limiter.forClient('203.0.113.15');
    const refusal = limit.consume('caseProgress', 'ZW202612030007');
    await expect(refusal).rejects.toBeInstanceOf(GraphQLError);
    await expect(refusal).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
    await fresh.close();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('42P01');
    expect(lines.join()).not.toContain('203.0.113.15');
    expect(lines.join()).not.toContain('ZW202612030007');
  });

  it('keeps RATE_LIMITED and retryAfter in the formatted error', async () => {
    const limit = limiterOn(first).forClient('203.0.113.16');
    const refused = (await attempts(11, () => limit.consume('caseProgress', 'ZW202612030008'))).refused[0];
    expect(refused).toBeDefined();
    const formatted = formatErrorFor(logger)(refused!.toJSON(), refused);
    expect(formatted.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter: expect.any(Number) });
  });
});

describe('rate limit settings', () => {
  it('names one variable per operation and budget', () => {
    expect(rateLimitEnvName('caseProgress', 'subject')).toBe('RATE_LIMIT_CASE_PROGRESS_SUBJECT');
    expect(rateLimitEnvName('issueTicket', 'address')).toBe('RATE_LIMIT_ISSUE_TICKET_ADDRESS');
  });

  it('reads overrides and keeps the defaults elsewhere', () => {
    const settings = rateLimitsFromEnv({
      RATE_LIMIT_CASE_PROGRESS_SUBJECT: '3/60/120',
      RATE_LIMIT_ISSUE_TICKET_ADDRESS: ' 500 / 60 / 60 ',
    });
    expect(settings.caseProgress.subject).toEqual({ points: 3, windowSeconds: 60, blockSeconds: 120 });
    expect(settings.caseProgress.address).toEqual(DEFAULT_RATE_LIMITS.caseProgress.address);
    expect(settings.issueTicket.address).toEqual({ points: 500, windowSeconds: 60, blockSeconds: 60 });
    expect(settings.issueTicket.subject).toBeUndefined();
  });

  it('refuses a malformed value instead of running without the limit', () => {
    for (const value of ['10', '0/60/60', '10/60/0', 'ten/60/60', '10/60/60/1', '-1/60/60']) {
      expect(() => rateLimitsFromEnv({ RATE_LIMIT_CASE_PROGRESS_SUBJECT: value })).toThrow(/RATE_LIMIT_CASE_PROGRESS_SUBJECT/);
    }
  });
});

describe('client address forwarding', () => {
  const secret = new TextEncoder().encode('a-test-secret-of-enough-length-0123456789');
  const other = new TextEncoder().encode('another-secret-of-enough-length-0123456789');

  it('believes a signed address and nothing else', () => {
    const now = Date.now();
    const signature = signClientAddress('203.0.113.20', secret, now);
    expect(verifyClientAddress('203.0.113.20', signature, secret, now)).toBe(true);
    expect(verifyClientAddress('203.0.113.21', signature, secret, now)).toBe(false);
    expect(verifyClientAddress('203.0.113.20', signature, other, now)).toBe(false);
    expect(verifyClientAddress('203.0.113.20', signClientAddress('203.0.113.20', secret, now - 10 * 60_000), secret, now)).toBe(false);
    expect(verifyClientAddress('203.0.113.20', 'garbage', secret, now)).toBe(false);
    expect(verifyClientAddress('203.0.113.20', `${now}.${'A'.repeat(43)}`, secret, now)).toBe(false);
  });

  it('takes the socket address unless the forwarding header is signed', () => {
    const signed = { [CLIENT_ADDRESS_HEADER]: '203.0.113.30', [CLIENT_SIGNATURE_HEADER]: signClientAddress('203.0.113.30', secret) };
    expect(clientAddressOf(signed, '::ffff:127.0.0.1', secret)).toBe('203.0.113.30');
    expect(clientAddressOf({ [CLIENT_ADDRESS_HEADER]: '203.0.113.30' }, '::ffff:127.0.0.1', secret)).toBe('127.0.0.1');
    expect(clientAddressOf({ ...signed, [CLIENT_ADDRESS_HEADER]: '203.0.113.31' }, '127.0.0.1', secret)).toBe('127.0.0.1');
    expect(clientAddressOf(signed, '127.0.0.1', other)).toBe('127.0.0.1');
    expect(clientAddressOf({}, undefined, secret)).toBe('unknown');
  });
});

describe('TRUSTED_PROXY', () => {
  it('trusts no X-Forwarded-For unless told which proxies, and never everyone', () => {
    expect(trustProxyFromEnv(undefined)).toBe(false);
    expect(trustProxyFromEnv(' ')).toBe(false);
    expect(trustProxyFromEnv('1')).toBe(1);
    expect(trustProxyFromEnv('10.0.0.2, 10.1.0.0/16,loopback')).toEqual(['10.0.0.2', '10.1.0.0/16', 'loopback']);
    expect(() => trustProxyFromEnv('true')).toThrow(/TRUSTED_PROXY/);
  });
});
