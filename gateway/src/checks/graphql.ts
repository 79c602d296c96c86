import { createRequire } from 'node:module';
import type * as GraphQL from 'graphql';

/**
 * The copy of graphql that @apollo/federation-internals (CommonJS) builds the API schema with. Under vitest an `import`
 * of graphql resolves to its ES module copy, whose instanceof checks refuse that schema ("from another module or
 * realm"), so everything in the checks that inspects a schema takes its functions from here.
 */
export const graphql = createRequire(import.meta.url)('graphql') as typeof GraphQL;
