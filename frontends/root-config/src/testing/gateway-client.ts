/** Talks to the test platform's gateway as a demo user, for browser tests that set the scene through the API. */

export interface DemoUserEntry {
  id: string;
  name: string;
  role: string;
  label: string;
  dept?: string;
}

export async function demoUsers(gatewayOrigin: string): Promise<DemoUserEntry[]> {
  return (await (await fetch(`${gatewayOrigin}/dev/users`)).json()) as DemoUserEntry[];
}

export async function demoToken(gatewayOrigin: string, userId: string): Promise<string> {
  const response = await fetch(`${gatewayOrigin}/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId }),
  });
  if (!response.ok) throw new Error(`POST /dev/token answered ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

/** POSTs an operation; throws with the errors' messages when the answer has any. */
export async function gatewayRequest<T>(gatewayUrl: string, token: string | null, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new Error(body.errors.map((error) => error.message).join('; '));
  return body.data as T;
}
