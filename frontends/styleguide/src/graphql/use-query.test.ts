import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { effectScope, nextTick, ref } from 'vue';
import { setSession } from '../session';
import { useQuery } from './use-query';

const fetchMock = vi.fn<typeof fetch>();

function answer(data: unknown): Response {
  return new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } });
}

function requestedVariables(call: number): unknown {
  return JSON.parse(String(fetchMock.mock.calls[call]?.[1]?.body)).variables;
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

beforeEach(() => vi.stubGlobal('fetch', fetchMock));
afterEach(() => {
  fetchMock.mockReset();
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('useQuery', () => {
  it('loads, then refetches when the variables change', async () => {
    fetchMock.mockImplementation(async (_url, init) => answer({ echo: JSON.parse(String(init?.body)).variables.id }));
    const id = ref('a');
    const scope = effectScope();
    const query = scope.run(() => useQuery<{ echo: string }>('query ($id: ID!) { echo(id: $id) }', () => ({ id: id.value })));
    expect(query?.loading.value).toBe(true);
    await settle();
    expect(query?.data.value).toEqual({ echo: 'a' });
    expect(query?.loading.value).toBe(false);

    id.value = 'b';
    await nextTick();
    await settle();
    expect(requestedVariables(1)).toEqual({ id: 'b' });
    expect(query?.data.value).toEqual({ echo: 'b' });
    scope.stop();
  });

  it('keeps the newest answer when an older one arrives late', async () => {
    const pending: Array<(response: Response) => void> = [];
    fetchMock.mockImplementation(() => new Promise((resolve) => pending.push(resolve)));
    const search = ref('first');
    const scope = effectScope();
    const query = scope.run(() => useQuery<{ hit: string }>('query ($s: String) { hit(s: $s) }', () => ({ s: search.value })));
    search.value = 'second';
    await nextTick();
    pending[1]?.(answer({ hit: 'second' }));
    pending[0]?.(answer({ hit: 'first' }));
    await settle();
    expect(query?.data.value).toEqual({ hit: 'second' });
    scope.stop();
  });

  it('refetches when someone signs in, and exposes errors', async () => {
    fetchMock.mockResolvedValueOnce(
      new Response(JSON.stringify({ errors: [{ message: 'sign in', extensions: { code: 'UNAUTHENTICATED' } }] })),
    );
    fetchMock.mockResolvedValueOnce(answer({ me: 'manager' }));
    const scope = effectScope();
    const query = scope.run(() => useQuery<{ me: string }>('{ me }'));
    await settle();
    expect(query?.error.value?.code).toBe('UNAUTHENTICATED');

    setSession({ token: 't', user: { id: 'u', name: 'n', role: 'manager', label: 'n' } });
    await settle();
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(query?.data.value).toEqual({ me: 'manager' });
    expect(query?.error.value).toBeNull();
    scope.stop();
  });

  it('waits while disabled', async () => {
    fetchMock.mockResolvedValue(answer({ ok: true }));
    const enabled = ref(false);
    const scope = effectScope();
    const query = scope.run(() => useQuery('{ ok }', undefined, { enabled }));
    await settle();
    expect(fetchMock).not.toHaveBeenCalled();
    enabled.value = true;
    await nextTick();
    await settle();
    expect(query?.data.value).toEqual({ ok: true });
    scope.stop();
  });
});
