import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  authSecret,
  DEVELOPMENT_AUTH_SECRET,
  identityFromAuthorization,
  isDevelopment,
  MAX_TOKEN_LIFETIME_SECONDS,
  PUBLIC_IDENTITY,
  signToken,
} from './identity';

const secret = new TextEncoder().encode('a-test-secret-that-is-long-enough-to-use');
const staffClaims = {
  sub: 'user-1',
  name: '李晓梅',
  role: 'staff' as const,
  dept: '6f1c6a52-7d1e-5a39-9b0e-0d6f0f6f5d01',
  staffId: '0b9b6a52-7d1e-5a39-9b0e-0d6f0f6f5d02',
};

async function rejectionCode(header: string): Promise<unknown> {
  return identityFromAuthorization(header, secret).then(
    () => 'accepted',
    (error: { extensions?: { code?: string } }) => error.extensions?.code,
  );
}

describe('identity', () => {
  it('treats a request without a token as the public', async () => {
    expect(await identityFromAuthorization(undefined, secret)).toEqual(PUBLIC_IDENTITY);
  });

  it('puts role, department and ids of a valid token into the identity', async () => {
    const token = await signToken(staffClaims, secret);
    expect(await identityFromAuthorization(`Bearer ${token}`, secret)).toEqual({
      userId: 'user-1',
      name: '李晓梅',
      role: 'staff',
      departmentId: staffClaims.dept,
      staffId: staffClaims.staffId,
      supervisorId: null,
    });
  });

  it('refuses a token signed with another secret, an expired one, a malformed header and an unknown role', async () => {
    const otherSecret = new TextEncoder().encode('another-secret-another-secret-another');
    expect(await rejectionCode(`Bearer ${await signToken(staffClaims, otherSecret)}`)).toBe('UNAUTHENTICATED');
    expect(await rejectionCode(`Bearer ${await signToken(staffClaims, secret, Math.floor(Date.now() / 1000) - 60)}`)).toBe(
      'UNAUTHENTICATED',
    );
    expect(await rejectionCode('Basic dXNlcjpwYXNz')).toBe('UNAUTHENTICATED');
    const root = await new SignJWT({ role: 'root' }).setProtectedHeader({ alg: 'HS256' }).setSubject('x').sign(secret);
    expect(await rejectionCode(`Bearer ${root}`)).toBe('UNAUTHENTICATED');
  });

  it('refuses a staff token without its department', async () => {
    const token = await new SignJWT({ role: 'staff' }).setProtectedHeader({ alg: 'HS256' }).setSubject('x').sign(secret);
    expect(await rejectionCode(`Bearer ${token}`)).toBe('UNAUTHENTICATED');
  });

  it('refuses an unsigned token (alg none)', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    const payload = Buffer.from(JSON.stringify({ sub: 'x', role: 'manager' })).toString('base64url');
    expect(await rejectionCode(`Bearer ${header}.${payload}.`)).toBe('UNAUTHENTICATED');
  });

  it('refuses a token without exp, and one that lives longer than the maximum, even when well signed', async () => {
    const manager = { role: 'manager', name: '王主任' };
    const withoutExp = await new SignJWT(manager).setProtectedHeader({ alg: 'HS256' }).setSubject('m').setIssuedAt().sign(secret);
    expect(await rejectionCode(`Bearer ${withoutExp}`)).toBe('UNAUTHENTICATED');
    const now = Math.floor(Date.now() / 1000);
    const tooLong = await new SignJWT(manager)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('m')
      .setIssuedAt(now)
      .setExpirationTime(now + MAX_TOKEN_LIFETIME_SECONDS + 60)
      .sign(secret);
    expect(await rejectionCode(`Bearer ${tooLong}`)).toBe('UNAUTHENTICATED');
    const noIatFarAway = await new SignJWT(manager)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('m')
      .setExpirationTime(now + 30 * 24 * 3600)
      .sign(secret);
    expect(await rejectionCode(`Bearer ${noIatFarAway}`)).toBe('UNAUTHENTICATED');
    const issuedInTheFuture = await new SignJWT(manager)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('m')
      .setIssuedAt(now + 30 * 24 * 3600)
      .setExpirationTime(now + 30 * 24 * 3600 + 60)
      .sign(secret);
    expect(await rejectionCode(`Bearer ${issuedInTheFuture}`)).toBe('UNAUTHENTICATED');
    // The same claims with a lifetime within the maximum are accepted.
    const within = await new SignJWT(manager)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('m')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(secret);
    expect((await identityFromAuthorization(`Bearer ${within}`, secret)).role).toBe('manager');
  });

  it('signs tokens with exp, and refuses to sign one beyond the maximum lifetime', async () => {
    const { decodeJwt } = await import('jose');
    const claims = decodeJwt(await signToken(staffClaims, secret));
    expect(typeof claims.exp).toBe('number');
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(12 * 3600);
    await expect(signToken(staffClaims, secret, '25h')).rejects.toThrow(/at most 24 h/);
  });

  it('refuses to run in production with the development secret, even when development is asked for', () => {
    expect(() => authSecret({ NODE_ENV: 'production' })).toThrow(/AUTH_SECRET must be set.*in production/);
    expect(() => authSecret({ NODE_ENV: 'production', AUTH_SECRET: DEVELOPMENT_AUTH_SECRET })).toThrow(/AUTH_SECRET/);
    expect(() => authSecret({ NODE_ENV: 'production', HALL_DEV: '1' })).toThrow(/AUTH_SECRET/);
    expect(isDevelopment({ NODE_ENV: 'production', HALL_DEV: '1' })).toBe(false);
    expect(authSecret({ NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(40) })).toHaveLength(40);
  });

  it('outside development mode, refuses to start without a real secret (missing, short or the development one)', () => {
    for (const env of [{}, { AUTH_SECRET: 'short' }, { AUTH_SECRET: DEVELOPMENT_AUTH_SECRET }, { HALL_DEV: '0' }, { HALL_DEV: 'true' }]) {
      expect(() => authSecret(env), JSON.stringify(env)).toThrow(/AUTH_SECRET must be set.*HALL_DEV=1/);
      expect(isDevelopment(env)).toBe(false);
    }
    expect(authSecret({ AUTH_SECRET: 'y'.repeat(32) })).toHaveLength(32);
  });

  it('in development mode (HALL_DEV=1) uses the development secret unless one is configured', () => {
    expect(new TextDecoder().decode(authSecret({ HALL_DEV: '1' }))).toBe(DEVELOPMENT_AUTH_SECRET);
    expect(new TextDecoder().decode(authSecret({ HALL_DEV: '1', AUTH_SECRET: 'local' }))).toBe('local');
    expect(isDevelopment({ HALL_DEV: '1' })).toBe(true);
  });
});
