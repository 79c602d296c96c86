/**
 * Identical subgraph queries in flight at the same moment (a wall screen and many managers opening the dashboard for
 * the same month) are sent once and the answer shared. Nothing is kept after the answer arrives: this is not a cache.
 * The key holds the caller's Authorization, so one user's answer never reaches another; mutations are never shared.
 */
interface SharedAnswer {
  status: number;
  headers: Array<[string, string]>;
  body: string;
}

function isQuery(body: string): boolean {
  try {
    const { query } = JSON.parse(body) as { query?: unknown };
    return typeof query === 'string' && !/^\s*(mutation|subscription)\b/.test(query);
  } catch {
    return false;
  }
}

export function createDedupingFetch(send: typeof fetch = fetch): (input: string, init?: RequestInit) => Promise<Response> {
  const inflight = new Map<string, Promise<SharedAnswer>>();
  return async (input, init) => {
    const body = typeof init?.body === 'string' ? init.body : undefined;
    if (!body || (init?.method ?? 'GET').toUpperCase() !== 'POST' || !isQuery(body)) return send(input, init);
    const key = `${input}\n${new Headers(init?.headers).get('authorization') ?? ''}\n${body}`;
    let pending = inflight.get(key);
    if (!pending) {
      pending = send(input, init)
        .then(async (response) => ({ status: response.status, headers: [...response.headers], body: await response.text() }))
        .finally(() => inflight.delete(key));
      inflight.set(key, pending);
    }
    const shared = await pending;
    return new Response(shared.body, { status: shared.status, headers: shared.headers });
  };
}
