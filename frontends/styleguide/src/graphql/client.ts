import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { getHallConfig } from '../config';
import { getSession } from '../session';
import { GraphQLRequestError, toErrorEntries, type GraphQLErrorEntry } from './errors';

export type GraphQLVariables = Record<string, unknown>;

/**
 * A document as GraphQL Code Generator's client preset makes it (`graphql(…)` in an app's `src/gql/`): the operation's
 * text, typed with its result and its variables. A plain string is an untyped document.
 */
export type TypedDocument<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & { toString(): string };

/** The result type of a typed document. */
export type ResultOf<TDocument> = TDocument extends DocumentTypeDecoration<infer TResult, infer _TVariables> ? TResult : never;
/** The variables type of a typed document. */
export type VariablesOf<TDocument> = TDocument extends DocumentTypeDecoration<infer _TResult, infer TVariables> ? TVariables : never;

export interface GqlOptions {
  signal?: AbortSignal;
  /** Sends no session token: a public operation made on the applicant's behalf, e.g. on a staff-desk tablet. */
  anonymous?: boolean;
}

/** An answer that may be partial: with one subgraph down the gateway answers the rest, with errors beside `data`. */
export interface PartialAnswer<TResult> {
  data: TResult;
  errors: GraphQLErrorEntry[];
}

async function post(document: string, variables: GraphQLVariables | undefined, options: GqlOptions) {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
  };
  const token = options.anonymous ? undefined : getSession()?.token;
  if (token) headers.authorization = `Bearer ${token}`;

  let response: Response;
  try {
    response = await fetch(getHallConfig().gatewayUrl, {
      method: 'POST',
      headers,
      body: JSON.stringify(variables ? { query: document, variables } : { query: document }),
      signal: options.signal ?? null,
    });
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    throw new GraphQLRequestError('NETWORK_ERROR', cause instanceof Error ? cause.message : 'network error', { cause });
  }

  let body: unknown;
  try {
    body = await response.json();
  } catch (cause) {
    throw new GraphQLRequestError('BAD_RESPONSE', `HTTP ${response.status}: the gateway did not answer with JSON`, {
      status: response.status,
      cause,
    });
  }
  const payload = typeof body === 'object' && body !== null ? (body as { data?: unknown; errors?: unknown }) : {};
  const data = typeof payload.data === 'object' && payload.data !== null ? payload.data : null;
  return { response, data, errors: toErrorEntries(payload.errors) };
}

/**
 * POSTs a GraphQL operation to the gateway, signed with the current session's token, and returns `data`.
 * Throws a GraphQLRequestError carrying `extensions.code` when the response has errors.
 */
export async function gql<TResult, TVariables extends GraphQLVariables = GraphQLVariables>(
  document: TypedDocument<TResult, TVariables> | string,
  variables?: TVariables,
  options: GqlOptions = {},
): Promise<TResult> {
  const { response, data, errors } = await post(document.toString(), variables, options);
  if (errors.length > 0) throw GraphQLRequestError.fromErrors(errors, response.status);
  if (!response.ok || data === null) {
    throw new GraphQLRequestError('BAD_RESPONSE', `HTTP ${response.status}: the gateway answered without data`, {
      status: response.status,
    });
  }
  return data as TResult;
}

/**
 * Like `gql`, but keeps a partial answer: the errors come beside whatever data the gateway could answer (a field that
 * failed is null). Throws only when there is no data at all.
 */
export async function gqlPartial<TResult, TVariables extends GraphQLVariables = GraphQLVariables>(
  document: TypedDocument<TResult, TVariables> | string,
  variables?: TVariables,
  options: GqlOptions = {},
): Promise<PartialAnswer<TResult>> {
  const { response, data, errors } = await post(document.toString(), variables, options);
  if (data === null) {
    if (errors.length > 0) throw GraphQLRequestError.fromErrors(errors, response.status);
    throw new GraphQLRequestError('BAD_RESPONSE', `HTTP ${response.status}: the gateway answered without data`, {
      status: response.status,
    });
  }
  return { data: data as TResult, errors };
}
