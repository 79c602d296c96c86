import { vi } from 'vitest';
import type { Role } from './session';
import { SESSION_STORAGE_KEY } from './session';

/** Component-test helpers shared by every micro-frontend: a stubbed gateway, a settled DOM, a signed-in user. */

export interface RecordedRequest {
  operation: string;
  variables: Record<string, unknown>;
}

/** An answer: `data`, or GraphQL `errors` (e.g. a CONFLICT with its extensions). */
export type StubAnswer = { data: unknown } | { errors: Array<{ message: string; extensions?: Record<string, unknown> }> };
export type StubHandler = (variables: Record<string, unknown>) => StubAnswer;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Stubs `fetch` with a gateway that answers each operation (by name) with its handler; others fail the test. */
export function stubGateway(handlers: Record<string, StubHandler>): RecordedRequest[] {
  const requests: RecordedRequest[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>(async (_url, init) => {
      const body: unknown = JSON.parse(String(init?.body));
      const query = isRecord(body) && typeof body.query === 'string' ? body.query : '';
      const variables = isRecord(body) && isRecord(body.variables) ? body.variables : {};
      const operation = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? '';
      requests.push({ operation, variables });
      const handler = handlers[operation];
      if (!handler) throw new Error(`unexpected operation ${operation}`);
      return new Response(JSON.stringify(handler(variables)), { headers: { 'content-type': 'application/json' } });
    }),
  );
  return requests;
}

/** Lets pending promises and Vue's updates run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 8; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

export function signInAs(role: Role, dept?: string): void {
  const user = { id: `u-${role}`, name: '测试', role, label: `测试（${role}）`, ...(dept ? { dept } : {}) };
  localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ token: 'jwt', user }));
}
