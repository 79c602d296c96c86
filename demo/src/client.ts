/** A GraphQL error as the gateway reports it: its code and, for RATE_LIMITED, how long to wait. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly retryAfterSeconds: number | null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLErrorBody {
  message?: unknown;
  extensions?: { code?: unknown; retryAfter?: unknown };
}

/** Posts one operation to the gateway; the first error (refused move, rate limit, outage) is thrown as an ApiError. */
export type Api = <T>(query: string, variables?: Record<string, unknown>, token?: string) => Promise<T>;

export function gatewayApi(url: string, options: { timeoutMs?: number } = {}): Api {
  return async <T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
    const text = await response.text();
    let body: { data?: unknown; errors?: GraphQLErrorBody[] };
    try {
      body = JSON.parse(text) as { data?: unknown; errors?: GraphQLErrorBody[] };
    } catch {
      throw new ApiError(`HTTP ${response.status}: ${text.slice(0, 200)}`, `HTTP_${response.status}`, null);
    }
    const [first] = body.errors ?? [];
    if (first) {
      const code = typeof first.extensions?.code === 'string' ? first.extensions.code : 'UNKNOWN';
      const retryAfter = typeof first.extensions?.retryAfter === 'number' ? first.extensions.retryAfter : null;
      throw new ApiError(typeof first.message === 'string' ? first.message : code, code, retryAfter);
    }
    if (body.data === undefined || body.data === null)
      throw new ApiError(`HTTP ${response.status} without data`, `HTTP_${response.status}`, null);
    return body.data as T;
  };
}
