import { readFileSync } from 'node:fs';
import { Supergraph } from '@apollo/federation-internals';
import type { GraphQLSchema } from 'graphql';

/**
 * The schema clients see (the supergraph without its join/link machinery), for GraphQL Code Generator: it validates
 * and types every front-end document against the checked-in supergraph (codegen.ts points its `loader` here).
 */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}

export default function loadApiSchema(path: string): GraphQLSchema {
  return apiSchemaOf(readFileSync(path, 'utf8'));
}
