import { authSecret, serviceUnavailable, signToken, SUBGRAPH_CALL_TIMEOUT_MS, type Identity } from '@hall/service-kit';

/**
 * The caller's `Authorization`, as the registry passes it on to another subgraph: the kit hands a module the verified
 * identity, not the header, so the same claims are signed again for one minute with the hall's shared secret. The
 * other subgraph then answers the caller exactly as it would have answered them directly (their role, their
 * department), never with wider rights; the public sends no header.
 */
export async function authorizationOf(identity: Identity): Promise<string | undefined> {
  if (identity.role === 'public' || !identity.userId) return undefined;
  const token = await signToken(
    {
      sub: identity.userId,
      role: identity.role,
      ...(identity.name ? { name: identity.name } : {}),
      ...(identity.departmentId ? { dept: identity.departmentId } : {}),
      ...(identity.staffId ? { staffId: identity.staffId } : {}),
      ...(identity.supervisorId ? { supervisorId: identity.supervisorId } : {}),
    },
    authSecret(),
    '1m',
  );
  return `Bearer ${token}`;
}

/**
 * One GraphQL request to another subgraph on the caller's behalf. An unreachable or failing subgraph is an outage the
 * caller sees named (SERVICE_UNAVAILABLE with `extensions.service`), not an internal error.
 */
export async function askSubgraph(
  service: string,
  url: string,
  request: { query: string; variables: Record<string, unknown> },
  identity: Identity,
): Promise<unknown> {
  const authorization = await authorizationOf(identity);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify(request),
    signal: AbortSignal.timeout(SUBGRAPH_CALL_TIMEOUT_MS),
  }).catch(() => {
    throw serviceUnavailable(service);
  });
  // A refusal (FORBIDDEN, NOT_FOUND) comes back as a GraphQL error with HTTP 200; anything else is the service failing.
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok && !isGraphQLAnswer(body)) throw serviceUnavailable(service);
  return body;
}

function isGraphQLAnswer(body: unknown): boolean {
  return typeof body === 'object' && body !== null && ('data' in body || 'errors' in body);
}
