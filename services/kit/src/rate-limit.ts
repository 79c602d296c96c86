import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { Database } from '@hall/db';
import { GraphQLError } from 'graphql';
import ipaddr from 'ipaddr.js';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { serviceUnavailable } from './errors';
import type { Logger } from './logger';

/** The public (sign-in-free) operations that are counted, issue 13 item 2. */
export const RATE_LIMITED_OPERATIONS = ['caseProgress', 'evaluationInvitation', 'evaluateCase', 'fileComplaint', 'issueTicket'] as const;
export type RateLimitedOperation = (typeof RATE_LIMITED_OPERATIONS)[number];

export interface RateLimit {
  /**
   * Counts one attempt at a public operation, against the client's address and, when given, the subject (a case
   * number, an evaluation code). Consumed BEFORE the lookup, for right and wrong answers alike (no oracle).
   * Throws GraphQLError code RATE_LIMITED with extensions.retryAfter (whole seconds) when either budget is spent
   * (then the key is locked out for the block duration); SERVICE_UNAVAILABLE when the limits cannot be read.
   */
  consume(operation: RateLimitedOperation, subject?: string): Promise<void>;
}

/** `points` attempts per `windowSeconds`; one more locks the key out for `blockSeconds`. */
export interface Budget {
  points: number;
  windowSeconds: number;
  blockSeconds: number;
}

export interface OperationBudgets {
  address: Budget;
  /** Per case number or evaluation code; absent for operations without a subject. */
  subject?: Budget;
}

export type RateLimitSettings = Record<RateLimitedOperation, OperationBudgets>;

const PER_ADDRESS: Budget = { points: 60, windowSeconds: 600, blockSeconds: 900 };
const PER_SUBJECT: Budget = { points: 10, windowSeconds: 900, blockSeconds: 3600 };

export const DEFAULT_RATE_LIMITS: RateLimitSettings = Object.freeze({
  caseProgress: { address: PER_ADDRESS, subject: PER_SUBJECT },
  evaluationInvitation: { address: PER_ADDRESS, subject: PER_SUBJECT },
  evaluateCase: { address: PER_ADDRESS, subject: PER_SUBJECT },
  // A hall's complaint box and its ticket kiosk are shared devices: one address serves many honest visitors.
  fileComplaint: { address: { points: 20, windowSeconds: 3600, blockSeconds: 3600 } },
  issueTicket: { address: { points: 120, windowSeconds: 600, blockSeconds: 600 } },
});

/** `caseProgress` → `CASE_PROGRESS`, the operation's part of its environment variables. */
export function rateLimitEnvName(operation: RateLimitedOperation, budget: keyof OperationBudgets): string {
  return `RATE_LIMIT_${operation.replace(/[A-Z]/g, (letter) => `_${letter}`).toUpperCase()}_${budget.toUpperCase()}`;
}

function parseBudget(name: string, value: string): Budget {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const [points, windowSeconds, blockSeconds] = (match?.slice(1) ?? []).map(Number);
  if (!points || !windowSeconds || !blockSeconds) {
    throw new Error(`${name} must be "points/windowSeconds/blockSeconds" with whole numbers ≥ 1, e.g. "10/900/3600"`);
  }
  return { points, windowSeconds, blockSeconds };
}

/**
 * The defaults, each budget overridable by `RATE_LIMIT_<OPERATION>_<ADDRESS|SUBJECT>=points/windowSeconds/blockSeconds`
 * (e.g. `RATE_LIMIT_CASE_PROGRESS_SUBJECT=10/900/3600`). A malformed value stops the start rather than being ignored.
 */
export function rateLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): RateLimitSettings {
  const settings = {} as Record<RateLimitedOperation, OperationBudgets>;
  for (const operation of RATE_LIMITED_OPERATIONS) {
    const defaults = DEFAULT_RATE_LIMITS[operation];
    const budgets: OperationBudgets = { address: defaults.address, ...(defaults.subject ? { subject: defaults.subject } : {}) };
    for (const budget of ['address', 'subject'] as const) {
      const name = rateLimitEnvName(operation, budget);
      const value = env[name];
      if (value) budgets[budget] = parseBudget(name, value);
    }
    settings[operation] = budgets;
  }
  return settings;
}

export const RATE_LIMIT_TABLE = 'rate_limits';

/**
 * The table RateLimiterPostgres reads and writes (its own CREATE TABLE, rate-limiter-flexible 11.4.0), created by the
 * owner role at migration time so the runtime role needs only SELECT/INSERT/UPDATE/DELETE on it.
 */
export function rateLimitTableStatement(schema: string): string {
  return `CREATE TABLE IF NOT EXISTS "${schema}"."${RATE_LIMIT_TABLE}" (
  key varchar(255) PRIMARY KEY,
  points integer NOT NULL DEFAULT 0,
  expire bigint
)`;
}

export function rateLimited(retryAfter: number): GraphQLError {
  return new GraphQLError(`too many attempts; try again in ${retryAfter} seconds`, {
    extensions: { code: 'RATE_LIMITED', retryAfter },
  });
}

/**
 * The key of an address: IPv4-mapped IPv6 as IPv4, other IPv6 addresses by their /64 (one subscriber's
 * network hands out a whole /64, so single IPv6 addresses would be free budgets).
 */
export function clientAddressKey(address: string): string {
  if (!ipaddr.isValid(address)) return address.slice(0, 100);
  const parsed = ipaddr.process(address);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  return `${(parsed as ipaddr.IPv6).toNormalizedString().split(':').slice(0, 4).join(':')}::/64`;
}

/** Case numbers and codes are compared without spaces, hyphens or case, so retyping one never buys a fresh budget. */
function subjectKey(subject: string): string {
  return createHash('sha256').update(subject.replace(/[\s-]/g, '').toUpperCase()).digest('base64url');
}

export interface RateLimiter {
  /** The limits as one client sees them. */
  forClient(clientAddress: string): RateLimit;
}

export function createRateLimiter(options: {
  /** The service, whose PostgreSQL schema holds the table. */
  service: string;
  pool: Database<Record<string, unknown>>['pool'];
  settings: RateLimitSettings;
  logger: Logger;
}): RateLimiter {
  const limiters = new Map<string, RateLimiterPostgres>();
  const limiterFor = (operation: RateLimitedOperation, budget: keyof OperationBudgets, settings: Budget) => {
    const keyPrefix = `${operation}:${budget}`;
    let limiter = limiters.get(keyPrefix);
    if (!limiter) {
      limiter = new RateLimiterPostgres({
        storeClient: options.pool,
        storeType: 'pool',
        schemaName: options.service,
        tableName: RATE_LIMIT_TABLE,
        tableCreated: true,
        keyPrefix,
        points: settings.points,
        duration: settings.windowSeconds,
        blockDuration: settings.blockSeconds,
      });
      limiters.set(keyPrefix, limiter);
    }
    return limiter;
  };

  return {
    forClient(clientAddress) {
      const address = clientAddressKey(clientAddress);
      return {
        async consume(operation, subject) {
          const budgets = options.settings[operation];
          const attempts: Array<Promise<RateLimiterRes>> = [limiterFor(operation, 'address', budgets.address).consume(address)];
          if (budgets.subject && subject !== undefined) {
            attempts.push(limiterFor(operation, 'subject', budgets.subject).consume(subjectKey(subject)));
          }
          // Both budgets are charged even when one is already spent, so a locked-out address keeps counting against the subject.
          const outcomes = await Promise.allSettled(attempts);
          let waitMs = 0;
          for (const outcome of outcomes) {
            if (outcome.status === 'fulfilled') continue;
            const reason: unknown = outcome.reason;
            if (!(reason instanceof RateLimiterRes)) {
              const cause = reason as { name?: string; code?: string } | undefined;
              options.logger.error({ error: { name: cause?.name, code: cause?.code }, operation }, 'rate limits unavailable');
              throw serviceUnavailable(options.service, 'the attempt cannot be counted right now; try again later');
            }
            waitMs = Math.max(waitMs, reason.msBeforeNext);
          }
          if (outcomes.some((outcome) => outcome.status === 'rejected')) {
            options.logger.warn({ operation }, 'rate limit reached');
            throw rateLimited(Math.max(1, Math.ceil(waitMs / 1000)));
          }
        },
      };
    },
  };
}

/** The headers in which the gateway tells a subgraph whom it is forwarding for. */
export const CLIENT_ADDRESS_HEADER = 'x-hall-client';
export const CLIENT_SIGNATURE_HEADER = 'x-hall-client-signature';
/** How long a signed forwarding header is believed: gateway and subgraphs share a clock within this. */
const SIGNATURE_LIFETIME_MS = 5 * 60_000;

function forwardingKey(secret: Uint8Array): Buffer {
  return createHmac('sha256', secret).update('hall client address forwarding v1').digest();
}

function mac(secret: Uint8Array, address: string, issuedAt: number): Buffer {
  return createHmac('sha256', forwardingKey(secret)).update(`${issuedAt}\n${address}`).digest();
}

/** `<issued-at ms>.<HMAC-SHA256 over issued-at and address, keyed by a key derived from AUTH_SECRET>`. */
export function signClientAddress(address: string, secret: Uint8Array, now = Date.now()): string {
  return `${now}.${mac(secret, address, now).toString('base64url')}`;
}

export function verifyClientAddress(address: string, signature: string, secret: Uint8Array, now = Date.now()): boolean {
  const match = /^(\d{1,16})\.([A-Za-z0-9_-]{43})$/.exec(signature);
  if (!match?.[1] || !match[2]) return false;
  const issuedAt = Number(match[1]);
  if (Math.abs(now - issuedAt) > SIGNATURE_LIFETIME_MS) return false;
  const given = Buffer.from(match[2], 'base64url');
  const expected = mac(secret, address, issuedAt);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** IPv4-mapped IPv6 (`::ffff:10.0.0.1`) as plain IPv4; anything else as given. */
export function normalizeAddress(address: string | undefined): string {
  if (!address) return 'unknown';
  return ipaddr.isValid(address) ? ipaddr.process(address).toString() : address;
}

/**
 * The caller of a subgraph request: the address the gateway forwarded when its signature verifies, else the socket's
 * peer (a forged or stale header is ignored, so reaching a subgraph directly gives no way to pose as other addresses).
 */
export function clientAddressOf(headers: IncomingHttpHeaders, socketAddress: string | undefined, secret: Uint8Array): string {
  const forwarded = headers[CLIENT_ADDRESS_HEADER];
  const signature = headers[CLIENT_SIGNATURE_HEADER];
  if (
    typeof forwarded === 'string' &&
    typeof signature === 'string' &&
    forwarded.length <= 100 &&
    verifyClientAddress(forwarded, signature, secret)
  ) {
    return normalizeAddress(forwarded);
  }
  return normalizeAddress(socketAddress);
}
