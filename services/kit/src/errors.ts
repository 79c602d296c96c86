import { GraphQLError } from 'graphql';
import type { ZodError, ZodType } from 'zod';

/** The error codes of CONTRACT.md; every refusal carries one in `extensions.code`. */
export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'SERVICE_UNAVAILABLE';

function coded(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}, status?: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions, ...(status ? { http: { status } } : {}) } });
}

export const badUserInput = (message: string, extensions?: Record<string, unknown>) => coded('BAD_USER_INPUT', message, extensions);
export const unauthenticated = (message: string) => coded('UNAUTHENTICATED', message, {}, 401);
export const forbidden = (message = 'not allowed for your role') => coded('FORBIDDEN', message);
export const notFound = (what: string) => coded('NOT_FOUND', `${what} not found`);
export const conflict = (message: string, extensions?: Record<string, unknown>) => coded('CONFLICT', message, extensions);
/** Something this service depends on (another subgraph, its own limits table) cannot answer now; `service` names it. */
/**
 * How long one subgraph waits for another before it answers SERVICE_UNAVAILABLE. Generous on purpose: a hall's machine
 * under a month-end load (or CI's two cores running every suite) can take seconds for an answer that is normally instant,
 * and a refusal then costs the clerk a retyped registration.
 */
export const SUBGRAPH_CALL_TIMEOUT_MS = 15_000;

export const serviceUnavailable = (service: string, message = `the ${service} service is unavailable; try again shortly`) =>
  coded('SERVICE_UNAVAILABLE', message, { service });

/**
 * A zod failure as one BAD_USER_INPUT error listing each field and what is wrong with it; `field` names the first one,
 * as a refusal raised by hand names its field, so a screen translates either the same way.
 */
export function invalidInput(error: ZodError): GraphQLError {
  const fields = error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  const first = fields[0];
  return badUserInput(first ? `invalid input: ${first.path || 'value'}: ${first.message}` : 'invalid input', {
    fields,
    ...(first?.path ? { field: first.path } : {}),
  });
}

/** Validates resolver input with a zod schema; a failure is BAD_USER_INPUT and nothing is changed. */
export function parseInput<T>(schema: ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw invalidInput(result.error);
  return result.data;
}
