import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import { unauthenticated } from './errors';

export const ROLES = ['public', 'staff', 'dept_admin', 'supervisor', 'manager'] as const;
export type Role = (typeof ROLES)[number];

/** Who is asking, as every resolver sees it. `public` when no token was sent. */
export interface Identity {
  userId: string | null;
  name: string | null;
  role: Role;
  /** The department of a `staff` or `dept_admin` user. */
  departmentId: string | null;
  staffId: string | null;
  supervisorId: string | null;
}

export const PUBLIC_IDENTITY: Identity = Object.freeze({
  userId: null,
  name: null,
  role: 'public',
  departmentId: null,
  staffId: null,
  supervisorId: null,
});

/** Printed at start and refused in production (issue 9). */
export const DEVELOPMENT_AUTH_SECRET = 'four-zeros-development-secret-not-for-production';

export function isProduction(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === 'production';
}

/** The HS256 secret; a process in production mode refuses to start without a real one. */
export function authSecret(env: NodeJS.ProcessEnv = process.env): Uint8Array {
  const secret = env.AUTH_SECRET || DEVELOPMENT_AUTH_SECRET;
  if (isProduction(env) && (secret === DEVELOPMENT_AUTH_SECRET || secret.length < 32)) {
    throw new Error('AUTH_SECRET must be set to a secret of at least 32 characters in production');
  }
  return new TextEncoder().encode(secret);
}

const claimsSchema = z
  .object({
    sub: z.string().min(1).max(100),
    name: z.string().max(100).optional(),
    role: z.enum(ROLES),
    dept: z.string().uuid().optional(),
    staffId: z.string().uuid().optional(),
    supervisorId: z.string().uuid().optional(),
  })
  .superRefine((claims, context) => {
    if ((claims.role === 'staff' || claims.role === 'dept_admin') && !claims.dept) {
      context.addIssue({ code: 'custom', message: `a ${claims.role} token needs dept` });
    }
    if (claims.role === 'staff' && !claims.staffId) context.addIssue({ code: 'custom', message: 'a staff token needs staffId' });
    if (claims.role === 'supervisor' && !claims.supervisorId) {
      context.addIssue({ code: 'custom', message: 'a supervisor token needs supervisorId' });
    }
  });

/** Fails fast in production without a real secret; says so when the development secret is in use. */
export function announceSecret(logger: { warn(message: string): void }, env: NodeJS.ProcessEnv = process.env): void {
  authSecret(env);
  if (!env.AUTH_SECRET) {
    logger.warn(`AUTH_SECRET is not set: using the development secret "${DEVELOPMENT_AUTH_SECRET}" (refused in production)`);
  }
}

export type TokenClaims = z.infer<typeof claimsSchema>;

/**
 * Turns an `Authorization` header into an identity. No header means the public; a header that is
 * malformed, forged, expired or signed with another secret is refused rather than downgraded to public.
 */
export async function identityFromAuthorization(header: string | undefined, secret: Uint8Array): Promise<Identity> {
  if (!header) return PUBLIC_IDENTITY;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) throw unauthenticated('Authorization header must be "Bearer <token>"');
  try {
    const { payload } = await jwtVerify(match[1], secret, { algorithms: ['HS256'] });
    const claims = claimsSchema.parse(payload);
    return {
      userId: claims.sub,
      name: claims.name ?? null,
      role: claims.role,
      departmentId: claims.dept ?? null,
      staffId: claims.staffId ?? null,
      supervisorId: claims.supervisorId ?? null,
    };
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) throw unauthenticated('token expired');
    throw unauthenticated('invalid token');
  }
}

export async function signToken(claims: TokenClaims, secret: Uint8Array, expiresIn: string | number = '12h'): Promise<string> {
  const { sub, ...rest } = claimsSchema.parse(claims);
  return new SignJWT(rest).setProtectedHeader({ alg: 'HS256' }).setSubject(sub).setIssuedAt().setExpirationTime(expiresIn).sign(secret);
}
