import { getHallConfig } from '../config';
import { getSession } from '../session';
import { GraphQLRequestError, toErrorEntries } from './errors';

export type GraphQLVariables = Record<string, unknown>;

export interface GqlOptions {
  signal?: AbortSignal;
  /** Sends no session token: a public operation made on the applicant's behalf, e.g. on a staff-desk tablet. */
  anonymous?: boolean;
}

/**
 * POSTs a GraphQL operation to the gateway, signed with the current session's token, and returns `data`.
 * Throws a GraphQLRequestError carrying `extensions.code` when the response has errors.
 */
export async function gql<T>(query: string, variables?: GraphQLVariables, options: GqlOptions = {}): Promise<T> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
  };
  const token = options.anonymous ? undefined : getSession()?.token;
  if (token) headers.authorization = `Bearer ${token}`;

  let response: Response;
  try {
    response = await fetch(getHallConfig().gatewayUrl, {
      method: 'POST',
      headers,
      body: JSON.stringify(variables ? { query, variables } : { query }),
      signal: options.signal ?? null,
    });
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    throw new GraphQLRequestError('NETWORK_ERROR', cause instanceof Error ? cause.message : 'network error', { cause });
  }

  let body: unknown;
  try {
    body = await response.json();
  } catch (cause) {
    throw new GraphQLRequestError('BAD_RESPONSE', `HTTP ${response.status}: the gateway did not answer with JSON`, {
      status: response.status,
      cause,
    });
  }

  const payload = typeof body === 'object' && body !== null ? (body as { data?: unknown; errors?: unknown }) : {};
  const errors = toErrorEntries(payload.errors);
  if (errors.length > 0) throw GraphQLRequestError.fromErrors(errors, response.status);
  if (!response.ok || payload.data === undefined || payload.data === null) {
    throw new GraphQLRequestError('BAD_RESPONSE', `HTTP ${response.status}: the gateway answered without data`, {
      status: response.status,
    });
  }
  return payload.data as T;
}
