import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SESSION_STORAGE_KEY } from '../session';
import { gql } from './client';
import { describeError, GraphQLRequestError } from './errors';

const fetchMock = vi.fn<typeof fetch>();

function answer(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

beforeEach(() => {
  vi.stubGlobal('fetch', fetchMock);
  window.__HALL_CONFIG__ = { gatewayUrl: 'http://gateway.test/graphql' };
});

afterEach(() => {
  fetchMock.mockReset();
  vi.unstubAllGlobals();
  delete window.__HALL_CONFIG__;
  localStorage.clear();
});

describe('gql', () => {
  it('posts the operation to the configured gateway and returns data', async () => {
    fetchMock.mockResolvedValueOnce(answer({ data: { departments: [] } }));
    await expect(gql('{ departments { id } }', { a: 1 })).resolves.toEqual({ departments: [] });
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('http://gateway.test/graphql');
    expect(init?.method).toBe('POST');
    expect(JSON.parse(String(init?.body))).toEqual({ query: '{ departments { id } }', variables: { a: 1 } });
    expect(new Headers(init?.headers).get('authorization')).toBeNull();
  });

  it('signs requests with the session token', async () => {
    localStorage.setItem(
      SESSION_STORAGE_KEY,
      JSON.stringify({ token: 'jwt-9', user: { id: 'u', name: 'n', role: 'manager', label: 'n' } }),
    );
    fetchMock.mockResolvedValueOnce(answer({ data: { ok: true } }));
    await gql('{ ok }');
    expect(new Headers(fetchMock.mock.calls[0]?.[1]?.headers).get('authorization')).toBe('Bearer jwt-9');
  });

  it('sends no token when asked to act anonymously, though someone is signed in', async () => {
    localStorage.setItem(
      SESSION_STORAGE_KEY,
      JSON.stringify({ token: 'jwt-9', user: { id: 'u', name: 'n', role: 'staff', label: 'n' } }),
    );
    fetchMock.mockResolvedValueOnce(answer({ data: { ok: true } }));
    await gql('{ ok }', undefined, { anonymous: true });
    expect(new Headers(fetchMock.mock.calls[0]?.[1]?.headers).get('authorization')).toBeNull();
  });

  it('defaults to the local gateway', async () => {
    delete window.__HALL_CONFIG__;
    fetchMock.mockResolvedValueOnce(answer({ data: {} }));
    await gql('{ ok }');
    expect(fetchMock.mock.calls[0]?.[0]).toBe('http://localhost:4000/graphql');
  });

  it('throws a typed error with the extensions code', async () => {
    fetchMock.mockResolvedValueOnce(
      answer({ errors: [{ message: 'not allowed', path: ['cases'], extensions: { code: 'FORBIDDEN' } }], data: null }),
    );
    const error = await gql('{ cases { id } }').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect(error).toMatchObject({ code: 'FORBIDDEN', message: 'not allowed', status: 200 });
    expect(describeError(error)).toBe('您没有权限查看此内容');
  });

  it('reads errors from a 400 answer too', async () => {
    fetchMock.mockResolvedValueOnce(answer({ errors: [{ message: 'bad search', extensions: { code: 'BAD_USER_INPUT' } }] }, 400));
    await expect(gql('{ x }')).rejects.toMatchObject({ code: 'BAD_USER_INPUT', status: 400 });
  });

  it('reports an unreachable gateway as NETWORK_ERROR', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await expect(gql('{ x }')).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
  });

  it('reports a non-JSON answer as BAD_RESPONSE', async () => {
    fetchMock.mockResolvedValueOnce(new Response('<html>502</html>', { status: 502 }));
    await expect(gql('{ x }')).rejects.toMatchObject({ code: 'BAD_RESPONSE', status: 502 });
  });
});
