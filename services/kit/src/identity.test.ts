import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { authSecret, DEVELOPMENT_AUTH_SECRET, identityFromAuthorization, PUBLIC_IDENTITY, signToken } from './identity';

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
    expect(await rejectionCode(`Bearer ${await signToken(staffClaims, secret, Math.floor(Date.now() / 1000) - 60)}`)).toBe('UNAUTHENTICATED');
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

  it('refuses to run in production with the development secret', () => {
    expect(() => authSecret({ NODE_ENV: 'production' })).toThrow(/AUTH_SECRET/);
    expect(() => authSecret({ NODE_ENV: 'production', AUTH_SECRET: DEVELOPMENT_AUTH_SECRET })).toThrow(/AUTH_SECRET/);
    expect(authSecret({ NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(40) })).toHaveLength(40);
  });
});
