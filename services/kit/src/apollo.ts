import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { isProduction } from './identity';
import type { Logger } from './logger';

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
]);

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
    const cause = unwrapResolverError(error) as { name?: string; code?: string; message?: string };
    logger.error({ error: { name: cause?.name, code: cause?.code, message: cause?.message }, path: formatted.path }, 'internal error');
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
    plugins: [ApolloServerPluginInlineTraceDisabled(), ...(options.plugins ?? [])],
    formatError: formatErrorFor(options.logger),
    includeStacktraceInErrorResponses: false,
    introspection: !isProduction(),
  });
}
