import { getHallConfig, getSession, GraphQLRequestError } from '@hall/styleguide';
import type { AnswerError } from './availability';

export interface PartialAnswer<T> {
  /** Whatever the gateway could answer; null only when nothing could be answered. */
  data: T | null;
  errors: AnswerError[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function errorsOf(value: unknown): AnswerError[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((entry) => ({
    message: typeof entry.message === 'string' ? entry.message : 'GraphQL error',
    ...(Array.isArray(entry.path) ? { path: entry.path.filter((part): part is string | number => typeof part === 'string' || typeof part === 'number') } : {}),
    ...(isRecord(entry.extensions) ? { extensions: entry.extensions } : {}),
  }));
}

/**
 * Like the styleguide's `gql`, but keeps a partial answer: with one subgraph down the gateway answers the rest with
 * errors beside `data`, and the dashboard shows what it has. Throws only when there is no data at all.
 */
export async function gqlPartial<T>(query: string, variables: Record<string, unknown>, signal?: AbortSignal): Promise<PartialAnswer<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
  const token = getSession()?.token;
  if (token) headers.authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch(getHallConfig().gatewayUrl, { method: 'POST', headers, body: JSON.stringify({ query, variables }), signal: signal ?? null });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new GraphQLRequestError('NETWORK_ERROR', cause instanceof Error ? cause.message : 'network error', { cause });
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch (cause) {
    throw new GraphQLRequestError('BAD_RESPONSE', `HTTP ${response.status}: the gateway did not answer with JSON`, { status: response.status, cause });
  }
  const payload = isRecord(body) ? body : {};
  const errors = errorsOf(payload.errors);
  const data = isRecord(payload.data) ? (payload.data as T) : null;
  if (data === null) {
    const first = errors[0];
    const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : 'BAD_RESPONSE';
    throw new GraphQLRequestError(code, first?.message ?? `HTTP ${response.status}: the gateway answered without data`, { errors, status: response.status });
  }
  return { data, errors };
}
