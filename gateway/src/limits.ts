import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import {
  GraphQLError,
  Kind,
  OperationTypeNode,
  parse,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';

/**
 * What one request to the gateway may ask for (issue 9). Defaults fit every front end's queries with room to spare;
 * each is overridable by an environment variable.
 */
export interface QueryLimits {
  /** `GATEWAY_MAX_DEPTH`: nesting of fields, fragments expanded. */
  maxDepth: number;
  /** `GATEWAY_MAX_ALIASES`: aliased fields in one document. */
  maxAliases: number;
  /** `GATEWAY_MAX_COST`: fields to resolve, fragments expanded (graphql-query-complexity, 1 per field). */
  maxCost: number;
  /** `GATEWAY_MAX_BODY`: bytes of any request body but an evidence upload. */
  maxBodyBytes: number;
  /** `GATEWAY_MAX_UPLOAD_BODY`: bytes of an evidence upload (base64 photos and audio in variables). */
  maxUploadBodyBytes: number;
}

/** The mutations that carry evidence files, and only they, may send the large body. */
export const UPLOAD_MUTATIONS: ReadonlySet<string> = new Set(['addInspectionEvidence', 'respondToRectification']);

function positive(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): QueryLimits {
  return {
    maxDepth: positive(env.GATEWAY_MAX_DEPTH, 12),
    maxAliases: positive(env.GATEWAY_MAX_ALIASES, 30),
    maxCost: positive(env.GATEWAY_MAX_COST, 1500),
    maxBodyBytes: positive(env.GATEWAY_MAX_BODY, 128 * 1024),
    maxUploadBodyBytes: positive(env.GATEWAY_MAX_UPLOAD_BODY, 30 * 1024 * 1024),
  };
}

function tooComplex(limit: string, max: number, actual: number): GraphQLError {
  return new GraphQLError(`the query is too complex: ${limit} ${actual} exceeds the limit of ${max}`, {
    extensions: { code: 'QUERY_TOO_COMPLEX', limit, max, actual, http: { status: 400 } },
  });
}

function measure(document: DocumentNode): { depth: number; aliases: number } {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  let aliases = 0;
  const countAliases = (set: SelectionSetNode | undefined): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD && selection.alias) aliases += 1;
      if (selection.kind !== Kind.FRAGMENT_SPREAD) countAliases(selection.selectionSet);
    }
  };
  const depthOf = (set: SelectionSetNode | undefined, seen: ReadonlySet<string>): number => {
    let deepest = 0;
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD)
        deepest = Math.max(deepest, selection.selectionSet ? 1 + depthOf(selection.selectionSet, seen) : 1);
      else if (selection.kind === Kind.INLINE_FRAGMENT) deepest = Math.max(deepest, depthOf(selection.selectionSet, seen));
      else if (!seen.has(selection.name.value)) {
        deepest = Math.max(deepest, depthOf(fragments.get(selection.name.value)?.selectionSet, new Set([...seen, selection.name.value])));
      }
    }
    return deepest;
  };
  let depth = 0;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) depth = Math.max(depth, depthOf(definition.selectionSet, new Set()));
    if (definition.kind === Kind.OPERATION_DEFINITION || definition.kind === Kind.FRAGMENT_DEFINITION)
      countAliases(definition.selectionSet);
  }
  return { depth, aliases };
}

/** Refuses, before any subgraph is asked, an operation deeper, wider (aliases) or costlier than the limits. */
export function queryLimitsPlugin<TContext extends BaseContext>(limits: QueryLimits): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, schema, request }) {
          const { depth, aliases } = measure(document);
          if (depth > limits.maxDepth) throw tooComplex('depth', limits.maxDepth, depth);
          if (aliases > limits.maxAliases) throw tooComplex('aliases', limits.maxAliases, aliases);
          const cost = getComplexity({
            schema,
            query: document,
            variables: request.variables ?? {},
            ...(request.operationName ? { operationName: request.operationName } : {}),
            estimators: [simpleEstimator({ defaultComplexity: 1 })],
          });
          if (cost > limits.maxCost) throw tooComplex('cost', limits.maxCost, cost);
        },
      };
    },
  };
}

/** True when every operation of the query text is a mutation asking only for evidence uploads. */
function isUpload(query: unknown, maxQueryBytes: number): boolean {
  if (typeof query !== 'string' || query.length > maxQueryBytes) return false;
  try {
    const operations = parse(query).definitions;
    return operations.every(
      (definition) =>
        definition.kind === Kind.OPERATION_DEFINITION &&
        definition.operation === OperationTypeNode.MUTATION &&
        definition.selectionSet.selections.every(
          (selection) => selection.kind === Kind.FIELD && UPLOAD_MUTATIONS.has(selection.name.value),
        ),
    );
  } catch {
    return false;
  }
}

function refusal(status: number, code: string, message: string, extensions: Record<string, unknown> = {}) {
  return { status, body: { errors: [{ message, extensions: { code, ...extensions } }] } };
}

/**
 * Request size: `/graphql` takes at most `maxBodyBytes`, except a body whose every operation is an evidence upload,
 * which may take `maxUploadBodyBytes`. Oversized or malformed bodies get a JSON error with a code, not an HTML page.
 */
export function mountRequestSizeGuard(app: Express, limits: QueryLimits): void {
  const sizes = new WeakMap<object, number>();
  const parseBody = express.json({
    limit: limits.maxUploadBodyBytes,
    verify: (request, _response, buffer) => sizes.set(request, buffer.length),
  });
  const guard: RequestHandler = (request, response, next) => {
    const size = sizes.get(request) ?? 0;
    const body = request.body as { query?: unknown } | undefined;
    if (size > limits.maxBodyBytes && !isUpload(body?.query, limits.maxBodyBytes)) {
      const { status, body: answer } = refusal(
        413,
        'REQUEST_TOO_LARGE',
        `the request body exceeds ${limits.maxBodyBytes} bytes (only evidence uploads may be larger)`,
        {
          max: limits.maxBodyBytes,
        },
      );
      response.status(status).json(answer);
      return;
    }
    next();
  };
  const errors: ErrorRequestHandler = (error: { type?: string }, _request, response, next) => {
    if (error.type === 'entity.too.large') {
      const { status, body } = refusal(413, 'REQUEST_TOO_LARGE', `the request body exceeds ${limits.maxUploadBodyBytes} bytes`, {
        max: limits.maxUploadBodyBytes,
      });
      response.status(status).json(body);
    } else if (error.type === 'entity.parse.failed') {
      const { status, body } = refusal(400, 'BAD_REQUEST', 'the request body is not valid JSON');
      response.status(status).json(body);
    } else next(error);
  };
  app.use('/graphql', parseBody, guard, errors);
}
