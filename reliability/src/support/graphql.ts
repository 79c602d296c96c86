export interface GraphQLErrorShape {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: Record<string, unknown>;
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: GraphQLErrorShape[];
}

/** POSTs one operation to a GraphQL endpoint on loopback. */
export async function post<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  token?: string,
  rawAuthorization?: string,
): Promise<GraphQLResponse<T>> {
  const authorization = rawAuthorization ?? (token ? `Bearer ${token}` : undefined);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query, ...(variables ? { variables } : {}) }),
    signal: AbortSignal.timeout(20_000),
  });
  const text = await response.text();
  try {
    const body = JSON.parse(text) as { data?: T | null; errors?: GraphQLErrorShape[] };
    return { status: response.status, ...body };
  } catch {
    return { status: response.status, errors: [{ message: text.slice(0, 200), extensions: { code: `HTTP_${response.status}` } }] };
  }
}

export function codesOf(response: { errors?: GraphQLErrorShape[] }): string[] {
  return (response.errors ?? []).map((error) => String(error.extensions?.code ?? 'NO_CODE'));
}
