import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';

/** A UTF-16 surrogate with no partner: not a character, and refused by PostgreSQL's json and jsonb (22P02). */
const LONE_SURROGATE = /\p{Cs}/u;

/** The path of the first text in a value (variables, nested) that is not well-formed Unicode, or undefined. */
export function malformedTextPath(value: unknown, path: Array<string | number> = []): Array<string | number> | undefined {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? path : undefined;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = malformedTextPath(item, [...path, index]);
      if (found) return found;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = malformedTextPath(item, [...path, key]) ?? (LONE_SURROGATE.test(key) ? [...path, key] : undefined);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * Refuses, before anything is resolved, text that is not well-formed Unicode (a lone surrogate such as "\ud800") in the
 * variables: BAD_USER_INPUT with HTTP 400 naming the variable, instead of a database error deep in a write (a change
 * log's jsonb) answered as an internal one. graphql-js's parser already refuses one in the document itself.
 */
export function wellFormedTextPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request }) {
          const path = malformedTextPath(request.variables ?? {});
          if (path) {
            throw new GraphQLError(`variable $${path.join('.')} is not well-formed Unicode text`, {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 }, field: path.join('.') },
            });
          }
        },
      };
    },
  };
}
