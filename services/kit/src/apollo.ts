import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { isProduction } from './identity';
import { queryLimitsFromEnv, queryLimitsPlugin } from './limits';
import { errorForLog, type Logger } from './logger';
import { wellFormedTextPlugin } from './text';

const KNOWN_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  // A service this one depends on is down (the cases subgraph asks the catalog for matters).
  'SERVICE_UNAVAILABLE',
  // A public operation's attempts are spent (rate-limit.ts); extensions.retryAfter says when to come back.
  'RATE_LIMITED',
  // Deeper, wider or costlier than the limits (limits.ts).
  'QUERY_TOO_COMPLEX',
]);

/**
 * graphql-js stops coercing a request's variables after 50 wrong values and answers with this one uncoded error
 * (graphql/execution/values.js); Apollo codes each wrong value BAD_USER_INPUT but not this abort, so without a look here
 * a list of 60 wrongly typed items would be an internal error.
 */
const VARIABLE_ERROR_LIMIT = 'Too many errors processing variables, error limit reached.';

export function isVariableErrorLimit(error: unknown): boolean {
  const original = unwrapResolverError(error);
  // By name, not instanceof: Apollo may load the other copy (CommonJS or ES module) of graphql.
  return original instanceof Error && original.name === 'GraphQLError' && original.message.startsWith(VARIABLE_ERROR_LIMIT);
}

export const VARIABLE_ERROR_LIMIT_ANSWER: GraphQLFormattedError = {
  message: 'too many invalid values in the variables: correct them and send the request again',
  extensions: { code: 'BAD_USER_INPUT' },
};

/**
 * Keeps coded errors as they are and turns anything else into a bare internal error: no stack trace,
 * no SQL, no database detail (which can quote the values of a row) reaches the client or the log.
 */
export function formatErrorFor(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && KNOWN_CODES.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    if (isVariableErrorLimit(error)) return VARIABLE_ERROR_LIMIT_ANSWER;
    // Class, code, constraint and table only: a database error's message and detail quote the row's values.
    logger.error({ error: errorForLog(unwrapResolverError(error)), path: formatted.path }, 'internal error');
    return {
      message: 'internal server error',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

export function createApolloServer<TContext extends BaseContext>(options: {
  schema: GraphQLSchema;
  logger: Logger;
  plugins?: ApolloServerPlugin<TContext>[];
}): ApolloServer<TContext> {
  return new ApolloServer<TContext>({
    schema: options.schema,
    // No Apollo Studio here: traces would only cost time on every request.
    // A subgraph can be reached directly: it measures depth, aliases and cost by itself (SUBGRAPH_MAX_*).
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      queryLimitsPlugin<TContext>(queryLimitsFromEnv('SUBGRAPH')),
      wellFormedTextPlugin<TContext>(),
      ...(options.plugins ?? []),
    ],
    formatError: formatErrorFor(options.logger),
    includeStacktraceInErrorResponses: false,
    introspection: !isProduction(),
  });
}
