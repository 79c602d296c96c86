import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import express, { type ErrorRequestHandler, type Express, type RequestHandler, type Response } from 'express';
import {
  GraphQLError,
  Kind,
  OperationTypeNode,
  parse,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { identityFromAuthorization, type Role } from './identity';

/**
 * What one operation may ask for (issues 9 and 13), at the gateway and inside every subgraph: a subgraph can be
 * reached directly, so it measures by itself.
 */
export interface QueryLimits {
  /** Nesting of fields, fragments expanded. */
  maxDepth: number;
  /** Aliased fields in one document. */
  maxAliases: number;
  /** Estimated fields to resolve, lists multiplied by their page size or declared size (see `listCostEstimator`). */
  maxCost: number;
}

/** What an unpaginated list is assumed to hold when no size is declared for it. */
export const DEFAULT_LIST_SIZE = 20;

/**
 * Declared sizes of unpaginated lists that are known to be bigger or smaller than `DEFAULT_LIST_SIZE` (by
 * `Type.field`). An estimate for the cost limit, not a cap: a list grown past its size is only under-counted.
 */
export const LIST_SIZES: Readonly<Record<string, number>> = {
  // A hall has about 30 departments (PRODUCT.md: 27); windows and staff a few per department.
  'Query.departments': 50,
  'Query.windows': 100,
  'Query.supervisors': 50,
  'Query.checklistTemplates': 10,
  'Query.calendar': 62,
  'Query.dailyCaseSeries': 62,
  'Query.queueWaitsByHour': 24,
  'Query.serviceRecords': 50,
  'Query.recognitions': 20,
  'Query.roster': 100,
  'Query.onDuty': 50,
  'Department.staff': 20,
  'Department.windows': 5,
  'Window.departments': 5,
  'Window.matterCategories': 6,
  'Matter.jointDepartments': 5,
  'Matter.materials': 20,
  'Matter.processSteps': 10,
  'Matter.versions': 10,
  'ReferralFlag.departments': 5,
  'Supervisor.tiedDepartments': 5,
  'SwapRequest.flags': 5,
  'SwapRequest.recentlyPosted': 5,
  'EvaluationStats.byLevel': 5,
  'ChecklistTemplate.sections': 10,
  'ChecklistSection.items': 20,
  'Case.events': 20,
  'Case.escalations': 5,
  'Case.supplementNotices': 5,
  'Evaluation.actions': 10,
  'Inspection.findings': 5,
  'Inspection.items': 40,
  'Inspection.evidence': 10,
  'Inspection.amendments': 5,
  'Amendment.changes': 5,
  'Rectification.seriousFindings': 5,
  'Rectification.evidence': 5,
  'Rectification.events': 10,
  'Matter.changes': 50,
  'Department.changes': 50,
};

/** Arguments that bound how many items a field returns. */
export const PAGE_SIZE_ARGUMENTS = ['first', 'last', 'limit', 'pageSize'] as const;

function pageSize(args: Record<string, unknown>): number | undefined {
  for (const name of PAGE_SIZE_ARGUMENTS) {
    const value = args[name];
    if (typeof value === 'number' && Number.isFinite(value)) return Math.max(0, value);
  }
  return undefined;
}

/**
 * Cost of a field: 1, plus its children; a list of objects multiplies its children by its size: the `first` (etc.)
 * argument when it has one, the number of representations for `_entities`, else its declared size. A connection
 * (`first` on a field that is not a list) multiplies its children by `first`, and its `nodes`/`edges` count once.
 * Lists of scalars and enums cost 1. `__typename` is free (the query planner adds it everywhere).
 */
export function listCostEstimator(
  sizes: Readonly<Record<string, number>> = LIST_SIZES,
  defaultSize: number = DEFAULT_LIST_SIZE,
): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    if (field.name === '__typename') return 0;
    const page = pageSize(args);
    // By the type's printed form ("[Matter!]!"): the schema may come from another copy of graphql (the gateway's).
    if (!String(field.type).startsWith('[')) return 1 + childComplexity * (page ?? 1);
    if (childComplexity === 0) return 1;
    const representations = field.name === '_entities' && Array.isArray(args.representations) ? args.representations.length : undefined;
    const inConnection = type.name.endsWith('Connection');
    const size = representations ?? page ?? (inConnection ? 1 : (sizes[`${type.name}.${field.name}`] ?? defaultSize));
    return 1 + childComplexity * size;
  };
}

export interface QueryMeasure {
  depth: number;
  aliases: number;
}

/** Depth (fields nested, fragments expanded, inline fragments free) and aliases of a document. */
export function measureDocument(document: DocumentNode): QueryMeasure {
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

export function tooComplex(limit: string, max: number, actual: number): GraphQLError {
  return new GraphQLError(`the query is too complex: ${limit} ${actual} exceeds the limit of ${max}`, {
    extensions: { code: 'QUERY_TOO_COMPLEX', limit, max, actual, http: { status: 400 } },
  });
}

/** Nodes of a document graphql-query-complexity walks (fragments expanded) before it gives up. */
const MAX_QUERY_NODES = 10_000;

/**
 * The estimated cost of an operation (see `listCostEstimator`); `Infinity` when the document expands to more than
 * `MAX_QUERY_NODES` nodes (fragments spread into fragments).
 */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  options: { variables?: Record<string, unknown>; operationName?: string; estimator?: ComplexityEstimator } = {},
): number {
  try {
    return getComplexity({
      schema,
      query: document,
      variables: options.variables ?? {},
      ...(options.operationName ? { operationName: options.operationName } : {}),
      estimators: [options.estimator ?? listCostEstimator()],
      maxQueryNodes: MAX_QUERY_NODES,
    });
  } catch (error) {
    // By name, not instanceof: graphql-query-complexity may throw another copy's GraphQLError.
    if (!(error instanceof Error && error.name === 'GraphQLError')) throw error;
    if (/maximum allowed number of nodes/.test(error.message)) return Number.POSITIVE_INFINITY;
    // Variables the operation cannot take (a required one missing, a value of the wrong type): nothing is resolved
    // with them, since execution (or the gateway's check) coerces them first and refuses them there, every wrong
    // value coded BAD_USER_INPUT with HTTP 400. Refusing here would answer only the library's last error, as a 500.
    if (error.message.startsWith('Variable "$')) return 0;
    throw new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
  }
}

/** Throws QUERY_TOO_COMPLEX when the operation is deeper, wider (aliases) or costlier than the limits. */
export function assertWithinLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  limits: QueryLimits,
  options: { variables?: Record<string, unknown>; operationName?: string } = {},
): number {
  const { depth, aliases } = measureDocument(document);
  if (depth > limits.maxDepth) throw tooComplex('depth', limits.maxDepth, depth);
  if (aliases > limits.maxAliases) throw tooComplex('aliases', limits.maxAliases, aliases);
  const cost = queryCost(schema, document, options);
  if (cost > limits.maxCost) throw tooComplex('cost', limits.maxCost, Number.isFinite(cost) ? cost : MAX_QUERY_NODES);
  return cost;
}

/** Refuses, before anything is resolved (or any subgraph asked), an operation beyond the limits. */
export function queryLimitsPlugin<TContext extends BaseContext>(limits: QueryLimits): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, schema, request }) {
          assertWithinLimits(schema, document, limits, {
            variables: request.variables ?? {},
            ...(request.operationName ? { operationName: request.operationName } : {}),
          });
        },
      };
    },
  };
}

export function positiveInteger(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

/** The gateway's defaults: every front end's query fits with room (gateway/src/frontend-costs.test.ts). */
export const GATEWAY_QUERY_LIMITS: QueryLimits = { maxDepth: 12, maxAliases: 30, maxCost: 50_000 };

/**
 * A subgraph's defaults admit what the gateway sends: a fetch is never deeper than the client's query, but an
 * `_entities` fetch counts its real representations where the gateway counted a declared list size, so the cost
 * has room above the gateway's; aliases have room for those the query planner adds.
 */
export const SUBGRAPH_QUERY_LIMITS: QueryLimits = { maxDepth: 12, maxAliases: 50, maxCost: 200_000 };

/** `SUBGRAPH_MAX_DEPTH`, `SUBGRAPH_MAX_ALIASES`, `SUBGRAPH_MAX_COST` (or the `GATEWAY_` ones with that prefix). */
export function queryLimitsFromEnv(prefix: 'GATEWAY' | 'SUBGRAPH', env: NodeJS.ProcessEnv = process.env): QueryLimits {
  const defaults = prefix === 'GATEWAY' ? GATEWAY_QUERY_LIMITS : SUBGRAPH_QUERY_LIMITS;
  return {
    maxDepth: positiveInteger(env[`${prefix}_MAX_DEPTH`], defaults.maxDepth),
    maxAliases: positiveInteger(env[`${prefix}_MAX_ALIASES`], defaults.maxAliases),
    maxCost: positiveInteger(env[`${prefix}_MAX_COST`], defaults.maxCost),
  };
}

function refusal(response: Response, status: number, code: string, message: string, extensions: Record<string, unknown> = {}): void {
  response.status(status).json({ errors: [{ message, extensions: { code, ...extensions } }] });
}

export interface BodyLimits {
  /** Bytes of any request body but an upload. */
  maxBodyBytes: number;
  /** Bytes of an upload body; 0 when there is no upload path. */
  maxUploadBodyBytes: number;
  /** The mutations that may carry the large body, and the roles that may send each. */
  uploads: Readonly<Record<string, readonly Role[]>>;
  /** The secret that signs tokens: the large body is read only after the bearer's token is verified. */
  secret: Uint8Array;
}

/** True when every operation of the query text is a mutation asking only for uploads this role may send. */
function isUploadFor(query: unknown, role: Role, limits: BodyLimits): boolean {
  if (typeof query !== 'string' || query.length > limits.maxBodyBytes) return false;
  try {
    return parse(query).definitions.every(
      (definition) =>
        definition.kind === Kind.OPERATION_DEFINITION &&
        definition.operation === OperationTypeNode.MUTATION &&
        definition.selectionSet.selections.every(
          (selection) => selection.kind === Kind.FIELD && (limits.uploads[selection.name.value] ?? []).includes(role),
        ),
    );
  } catch {
    return false;
  }
}

const largeBodyRoles = (limits: BodyLimits): ReadonlySet<Role> => new Set(Object.values(limits.uploads).flat());

/**
 * Request size on `path` (issue 13). A body up to `maxBodyBytes` is read for anyone. A larger one (by its
 * Content-Length, or a body without one) is read only after the bearer token is verified and names a role that may
 * upload; others get 413 REQUEST_TOO_LARGE (401 UNAUTHENTICATED for a bad token) before a byte of it is buffered.
 * Once read, a large body must be nothing but uploads of that role. Malformed JSON is a coded 400.
 */
export function mountRequestBodyGuard(app: Express, limits: BodyLimits, path = '/graphql'): void {
  const roles = largeBodyRoles(limits);
  const sizes = new WeakMap<object, number>();
  const roleOf = new WeakMap<object, Role>();
  const record = (request: object, _response: unknown, buffer: Buffer) => sizes.set(request, buffer.length);
  const small = express.json({ limit: limits.maxBodyBytes, verify: record });
  const large = express.json({ limit: Math.max(limits.maxUploadBodyBytes, limits.maxBodyBytes), verify: record });
  const tooLarge = (response: Response) =>
    refusal(
      response,
      413,
      'REQUEST_TOO_LARGE',
      `the request body exceeds ${limits.maxBodyBytes} bytes (only evidence uploads may be larger)`,
      {
        max: limits.maxBodyBytes,
      },
    );

  const choose: RequestHandler = async (request, response, next) => {
    const declared = request.headers['content-length'];
    const length = declared === undefined ? Number.POSITIVE_INFINITY : Number(declared);
    if (length <= limits.maxBodyBytes || roles.size === 0 || limits.maxUploadBodyBytes <= limits.maxBodyBytes) {
      small(request, response, next);
      return;
    }
    if (!request.headers.authorization) {
      // Without a length, the body may still be small: read it with the small limit.
      if (declared === undefined) small(request, response, next);
      else tooLarge(response);
      return;
    }
    let role: Role;
    try {
      role = (await identityFromAuthorization(request.headers.authorization, limits.secret)).role;
    } catch (error) {
      refusal(response, 401, 'UNAUTHENTICATED', error instanceof GraphQLError ? error.message : 'invalid token');
      return;
    }
    if (!roles.has(role)) {
      if (declared === undefined) small(request, response, next);
      else tooLarge(response);
      return;
    }
    roleOf.set(request, role);
    large(request, response, next);
  };

  const guard: RequestHandler = (request, response, next) => {
    const size = sizes.get(request) ?? 0;
    if (size <= limits.maxBodyBytes) {
      next();
      return;
    }
    const role = roleOf.get(request);
    const body = request.body as { query?: unknown } | undefined;
    if (!role || !isUploadFor(body?.query, role, limits)) {
      tooLarge(response);
      return;
    }
    next();
  };

  const errors: ErrorRequestHandler = (error: { type?: string; limit?: number }, _request, response, next) => {
    if (error.type === 'entity.too.large') {
      const max = error.limit ?? limits.maxBodyBytes;
      refusal(response, 413, 'REQUEST_TOO_LARGE', `the request body exceeds ${max} bytes`, { max });
    } else if (error.type === 'entity.parse.failed') {
      refusal(response, 400, 'BAD_REQUEST', 'the request body is not valid JSON');
    } else next(error);
  };
  app.use(path, choose, guard, errors);
}

/**
 * Caps the size of an answer on `path`: a body above `maxBytes` is replaced by a coded RESPONSE_TOO_LARGE error
 * (status 200, as GraphQL errors are) instead of being sent.
 */
export function mountResponseSizeCap(app: Express, maxBytes: number, path = '/graphql'): void {
  app.use(path, (_request, response, next) => {
    const send = response.send.bind(response);
    response.send = (body?: unknown) => {
      const size = typeof body === 'string' ? Buffer.byteLength(body) : Buffer.isBuffer(body) ? body.length : 0;
      if (size > maxBytes) {
        response.status(200).type('application/json');
        return send(
          JSON.stringify({
            errors: [
              {
                message: `the answer exceeds ${maxBytes} bytes; ask for fewer items or fields`,
                extensions: { code: 'RESPONSE_TOO_LARGE', max: maxBytes },
              },
            ],
          }),
        );
      }
      return send(body);
    };
    next();
  });
}

/** What a subgraph takes beyond the ordinary body: the mutations that carry files, who sends each, and how large. */
export interface SubgraphUploads {
  maxBodyBytes: number;
  mutations: Readonly<Record<string, readonly Role[]>>;
}

/**
 * A subgraph's request and response size on `/graphql`: `SUBGRAPH_MAX_BODY` bytes (default 1 MiB) for anyone, the
 * module's uploads only for their roles (token verified before the body is read), and answers up to
 * `SUBGRAPH_MAX_RESPONSE` bytes (default 8 MiB, above the gateway's 4 MiB: the gateway's own cap is the one clients meet).
 */
export function mountSubgraphSizeLimits(
  app: Express,
  uploads: SubgraphUploads | undefined,
  secret: Uint8Array,
  env: NodeJS.ProcessEnv = process.env,
): void {
  mountResponseSizeCap(app, positiveInteger(env.SUBGRAPH_MAX_RESPONSE, 8 * 1024 * 1024));
  mountRequestBodyGuard(app, {
    maxBodyBytes: positiveInteger(env.SUBGRAPH_MAX_BODY, 1024 * 1024),
    maxUploadBodyBytes: uploads?.maxBodyBytes ?? 0,
    uploads: uploads?.mutations ?? {},
    secret,
  });
}
