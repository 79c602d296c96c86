// Every document a front end sends fits the gateway's default depth, alias and cost limits with room (issue 13):
// the cost counts lists, so a new query that fans out is caught here rather than refused in a browser.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloGateway } from '@apollo/gateway';
import { measureDocument, queryCost } from '@hall/service-kit';
import { createRequire } from 'node:module';
import type * as GraphQL from 'graphql';
import type { DocumentNode, GraphQLInputType, GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limitsFromEnv } from './limits';
import { readCheckedInSupergraph } from './supergraph';

// The gateway's schema is made by its own (CommonJS) copy of graphql; these functions must be that copy's.
const { getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, Kind, parse, typeFromAST, validate } = createRequire(
  import.meta.url,
)('graphql') as typeof GraphQL;

const FRONTENDS = fileURLToPath(new URL('../../frontends/', import.meta.url));
/** Room kept under each limit: a front-end query may use at most this share of it. */
const ROOM = 0.5;
/** The largest page any front end asks for (the catalog's maximum), for `$first`-style variables. */
const LARGEST_PAGE = 200;
/** How many names a case's trail asks for at once (case-desk's `staffNamesQuery`, the one document built at run time). */
const TRAIL_STAFF = 12;

/** Each app's generated documents (`src/gql/graphql.ts`, from `npm run codegen`): operations with their fragments. */
function generatedDocumentModules(): string[] {
  return readdirSync(FRONTENDS)
    .map((app) => join(FRONTENDS, app, 'src', 'gql', 'graphql.ts'))
    .filter((file) => existsSync(file));
}

/** The documents a module exports (codegen's TypedDocumentString is a String). */
function textsOf(exports: Record<string, unknown>): string[] {
  return Object.values(exports).flatMap((value) => (value instanceof String ? [value.toString()] : []));
}

function operationDocument(text: string): DocumentNode | null {
  try {
    const document = parse(text);
    return document.definitions.some((definition) => definition.kind === Kind.OPERATION_DEFINITION) ? document : null;
  } catch {
    return null;
  }
}

/** A well-formed value of an input type: required fields filled, one element per list, page sizes at their largest. */
function sampleValue(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType, name);
  if (isListType(type)) return [sampleValue(type.ofType, name)];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    const object: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields()))
      if (isNonNullType(field.type) && field.defaultValue === undefined) object[field.name] = sampleValue(field.type, field.name);
    return object;
  }
  const scalar = getNamedType(type).name;
  if (scalar === 'Int') return /^(first|last|limit|pageSize)$/.test(name) ? LARGEST_PAGE : 1;
  if (scalar === 'Float') return 1;
  if (scalar === 'Boolean') return false;
  if (scalar === 'ID') return '00000000-0000-4000-8000-000000000000';
  if (scalar === 'Date') return '2026-12-01';
  if (scalar === 'DateTime') return '2026-12-01T02:00:00.000Z';
  return 'x';
}

function variablesFor(schema: GraphQLSchema, document: DocumentNode): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      const type = typeFromAST(schema, variable.type) as GraphQLInputType | undefined;
      const name = variable.variable.name.value;
      if (type && (!variable.defaultValue || /^(first|last|limit|pageSize)$/.test(name))) variables[name] = sampleValue(type, name);
    }
  }
  return variables;
}

interface Measured {
  file: string;
  operation: string;
  depth: number;
  aliases: number;
  cost: number;
}

let gateway: ApolloGateway;
let schema: GraphQLSchema;
const measured: Measured[] = [];

beforeAll(async () => {
  gateway = new ApolloGateway({ supergraphSdl: readCheckedInSupergraph() });
  schema = (await gateway.load()).schema;
});
afterAll(async () => {
  await gateway?.stop();
});

describe('front-end documents under the default limits', () => {
  it('every document of every front end uses at most half of each limit', async () => {
    const limits = limitsFromEnv({});
    const texts = new Map<string, string>();
    const invalid: string[] = [];
    for (const file of generatedDocumentModules()) {
      const relative = file.slice(FRONTENDS.length);
      for (const text of textsOf((await import(file)) as Record<string, unknown>)) if (!texts.has(text)) texts.set(text, relative);
    }
    const staffNames = (await import(join(FRONTENDS, 'case-desk/src/staff-names.graphql.ts'))) as { staffNamesQuery: (count: number) => string };
    texts.set(staffNames.staffNamesQuery(TRAIL_STAFF), 'case-desk/src/staff-names.graphql.ts');
    for (const [text, file] of texts) {
      const document = operationDocument(text);
      if (!document) continue;
      const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
      const name = operation?.kind === Kind.OPERATION_DEFINITION ? (operation.name?.value ?? 'anonymous') : 'anonymous';
      // Generated documents are validated by codegen; the one built at run time is checked here.
      if (validate(schema, document).length > 0) invalid.push(`${file} ${name}`);
      const { depth, aliases } = measureDocument(document);
      const cost = queryCost(schema, document, { variables: variablesFor(schema, document) });
      measured.push({ file, operation: name, depth, aliases, cost });
    }
    expect(invalid).toEqual([]);
    expect(measured.length).toBeGreaterThan(50);
    const over = measured.filter(
      (entry) => entry.depth > limits.maxDepth * ROOM || entry.aliases > limits.maxAliases * ROOM || entry.cost > limits.maxCost * ROOM,
    );
    expect(over).toEqual([]);
    const costliest = [...measured].sort((a, b) => b.cost - a.cost).slice(0, 5);
    console.log(
      `[limits] front-end documents measured: ${measured.length}; max cost ${costliest[0]?.cost} of ${limits.maxCost}; ` +
        `max depth ${Math.max(...measured.map((entry) => entry.depth))} of ${limits.maxDepth}; ` +
        `max aliases ${Math.max(...measured.map((entry) => entry.aliases))} of ${limits.maxAliases}; costliest: ` +
        costliest.map((entry) => `${entry.operation} (${entry.file}) ${entry.cost}`).join(', '),
    );
  });
});
