import { SESSION_STORAGE_KEY, type Role } from '@hall/styleguide';
import { vi } from 'vitest';

export interface RecordedRequest {
  operation: string;
  variables: Record<string, unknown>;
}

/** An answer: `data`, or GraphQL errors as the gateway sends them. */
export type StubAnswer = { data: unknown } | { errors: Array<{ message: string; extensions: Record<string, unknown> }> };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Stubs `fetch` with a gateway answering each operation by name; unknown operations fail the test. */
export function stubGateway(answers: Record<string, (variables: Record<string, unknown>) => StubAnswer>): RecordedRequest[] {
  const requests: RecordedRequest[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>(async (_url, init) => {
      const body: unknown = JSON.parse(String(init?.body));
      const query = isRecord(body) && typeof body.query === 'string' ? body.query : '';
      const variables = isRecord(body) && isRecord(body.variables) ? body.variables : {};
      const operation = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? '';
      requests.push({ operation, variables });
      const answer = answers[operation];
      if (!answer) throw new Error(`unexpected operation ${operation}`);
      return new Response(JSON.stringify(answer(variables)), { headers: { 'content-type': 'application/json' } });
    }),
  );
  return requests;
}

export function signIn(role: Role, dept?: string): void {
  const user = { id: `u-${role}`, name: '测试', role, label: `测试（${role}）`, ...(dept ? { dept } : {}) };
  localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ token: 'jwt', user }));
}

export async function settle(): Promise<void> {
  for (let i = 0; i < 8; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}
