import { GraphQLError } from 'graphql';
import { decodeJwt, errors as joseErrors, jwtVerify, SignJWT } from 'jose';
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

/** Used only in development mode (HALL_DEV=1, outside production); printed at start. */
export const DEVELOPMENT_AUTH_SECRET = 'four-zeros-development-secret-not-for-production';

/** The environment variable that asks for development mode: `npm start` and the test setups set it to 1. */
export const DEVELOPMENT_ENV = 'HALL_DEV';

/** The longest lifetime a token may have (exp − iat, or exp − now without iat or with an iat in the future). */
export const MAX_TOKEN_LIFETIME_SECONDS = 24 * 60 * 60;

const MIN_SECRET_LENGTH = 32;

export function isProduction(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === 'production';
}

/**
 * Development mode (the demo sign-in, the development secret) exists only when asked for explicitly,
 * and never in production: a start that merely forgot its configuration is not development.
 */
export function isDevelopment(env: NodeJS.ProcessEnv = process.env): boolean {
  return env[DEVELOPMENT_ENV] === '1' && !isProduction(env);
}

/**
 * The HS256 secret. Outside development mode a process refuses to start without a real one
 * (at least 32 characters, not the development secret).
 */
export function authSecret(env: NodeJS.ProcessEnv = process.env): Uint8Array {
  const configured = env.AUTH_SECRET;
  if (isDevelopment(env)) return new TextEncoder().encode(configured || DEVELOPMENT_AUTH_SECRET);
  if (!configured || configured === DEVELOPMENT_AUTH_SECRET || configured.length < MIN_SECRET_LENGTH) {
    throw new Error(
      isProduction(env)
        ? `AUTH_SECRET must be set to a secret of at least ${MIN_SECRET_LENGTH} characters in production`
        : `AUTH_SECRET must be set to a secret of at least ${MIN_SECRET_LENGTH} characters (not the development one), ` +
            `or development mode asked for with ${DEVELOPMENT_ENV}=1 (npm start does)`,
    );
  }
  return new TextEncoder().encode(configured);
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

/**
 * Fails fast without a real secret outside development: logs why and exits non-zero. In development mode,
 * says so (the demo sign-in is open) and when the development secret is in use.
 */
export function announceSecret(
  logger: { warn(message: string): void; fatal(message: string): void },
  env: NodeJS.ProcessEnv = process.env,
): void {
  try {
    authSecret(env);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    logger.fatal(message);
    // Also on stderr: the reason must be seen whatever the log level (silent under NODE_ENV=test).
    process.stderr.write(`${message}\n`);
    process.exit(1);
  }
  if (isDevelopment(env)) {
    logger.warn(
      env.AUTH_SECRET
        ? `development mode (${DEVELOPMENT_ENV}=1): the demo sign-in is open`
        : `development mode (${DEVELOPMENT_ENV}=1): the demo sign-in is open and tokens are signed with the development secret`,
    );
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
    const { payload } = await jwtVerify(match[1], secret, { algorithms: ['HS256'], requiredClaims: ['exp'] });
    // From when it was issued, or from now should it claim to be issued in the future.
    const now = Math.floor(Date.now() / 1000);
    if ((payload.exp ?? 0) - Math.min(payload.iat ?? now, now) > MAX_TOKEN_LIFETIME_SECONDS) {
      throw unauthenticated('token lifetime too long');
    }
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
    if (error instanceof GraphQLError) throw error;
    throw unauthenticated('invalid token');
  }
}

/** Signs a token that expires (12 h by default); a lifetime beyond MAX_TOKEN_LIFETIME_SECONDS is refused. */
export async function signToken(claims: TokenClaims, secret: Uint8Array, expiresIn: string | number = '12h'): Promise<string> {
  const { sub, ...rest } = claimsSchema.parse(claims);
  const token = await new SignJWT(rest)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(secret);
  const { exp = 0, iat = 0 } = decodeJwt(token);
  if (exp - iat > MAX_TOKEN_LIFETIME_SECONDS) throw new Error(`a token may live at most ${MAX_TOKEN_LIFETIME_SECONDS / 3600} h`);
  return token;
}
