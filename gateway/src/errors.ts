import type { GraphQLFormattedError } from 'graphql';

/**
 * Extensions that reveal the inside of the platform: which service answered, the subgraph query and its
 * variables, stack traces, and the raw HTTP response of a subgraph (with its internal URL).
 */
const INTERNAL_EXTENSIONS = new Set(['serviceName', 'query', 'variables', 'stacktrace', 'exception', 'response']);

interface SubgraphResponse {
  status?: number;
  body?: { errors?: Array<{ message?: string }> };
}

/** The message a subgraph gave when it refused the request outright (401 on a bad token, for instance). */
function subgraphMessage(response: unknown): string | undefined {
  const message = (response as SubgraphResponse | undefined)?.body?.errors?.[0]?.message;
  return message?.replace(/^Context creation failed: /, '');
}

/** What a client sees of an error: its code and message, without internal URLs, queries or variables. */
export function formatGatewayError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const extensions = formatted.extensions ?? {};
  const publicExtensions = Object.fromEntries(Object.entries(extensions).filter(([key]) => !INTERNAL_EXTENSIONS.has(key)));
  const refusal = subgraphMessage(extensions.response);
  return { ...formatted, ...(refusal ? { message: refusal } : {}), extensions: publicExtensions };
}
