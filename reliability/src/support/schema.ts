import { readFileSync } from 'node:fs';
import { localSubgraphs, platformSubgraphs, subgraphSchemaPath } from '@hall/db';
import {
  Kind,
  parse,
  print,
  type EnumTypeDefinitionNode,
  type FieldDefinitionNode,
  type InputObjectTypeDefinitionNode,
  type InputValueDefinitionNode,
  type TypeNode,
} from 'graphql';

export type OperationType = 'Query' | 'Mutation';

export interface SchemaField {
  service: string;
  operation: OperationType;
  name: string;
  /** `service.Query.field`, the key of the authorization matrix. */
  key: string;
  args: readonly InputValueDefinitionNode[];
  /** The named return type is an object (needs a selection set). */
  returnsObject: boolean;
}

export interface SubgraphSchema {
  /** A subgraph of the platform's list (subgraphs.json). */
  service: string;
  fields: SchemaField[];
  inputs: Map<string, InputObjectTypeDefinitionNode>;
  enums: Map<string, EnumTypeDefinitionNode>;
}

const SCALARS = new Set(['ID', 'String', 'Int', 'Float', 'Boolean', 'Date', 'DateTime', 'JSON']);

export function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

/** The Query and Mutation fields of each subgraph's `schema.graphql`, the source of truth of its API. */
export function readSubgraphSchema(service: string): SubgraphSchema {
  const entry = platformSubgraphs().subgraphs.find((subgraph) => subgraph.name === service);
  if (!entry) throw new Error(`${service} is not in the platform's subgraph list (subgraphs.json)`);
  const document = parse(readFileSync(subgraphSchemaPath(entry), 'utf8'));
  const fields: SchemaField[] = [];
  const inputs = new Map<string, InputObjectTypeDefinitionNode>();
  const enums = new Map<string, EnumTypeDefinitionNode>();
  const scalars = new Set(SCALARS);
  for (const definition of document.definitions) {
    if (definition.kind === Kind.SCALAR_TYPE_DEFINITION) scalars.add(definition.name.value);
    if (definition.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION) inputs.set(definition.name.value, definition);
    if (definition.kind === Kind.ENUM_TYPE_DEFINITION) enums.set(definition.name.value, definition);
  }
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    const operation = definition.name.value;
    if (operation !== 'Query' && operation !== 'Mutation') continue;
    for (const field of definition.fields ?? ([] as readonly FieldDefinitionNode[])) {
      const returned = namedType(field.type);
      fields.push({
        service,
        operation,
        name: field.name.value,
        key: `${service}.${operation}.${field.name.value}`,
        args: field.arguments ?? [],
        returnsObject: !scalars.has(returned) && !enums.has(returned),
      });
    }
  }
  return { service, fields, inputs, enums };
}

/** Every subgraph of this repository in the platform's list: the hall's four and each department's own. */
export function readAllSchemas(): SubgraphSchema[] {
  return localSubgraphs().map((entry) => readSubgraphSchema(entry.name));
}

/** `mutation($a: T!) { field(a: $a) { __typename } }` for the given arguments (by name). */
export function operationText(field: SchemaField, argNames: readonly string[]): string {
  const args = field.args.filter((arg) => argNames.includes(arg.name.value));
  const declarations = args.map((arg) => `$${arg.name.value}: ${print(arg.type)}`).join(', ');
  const passed = args.map((arg) => `${arg.name.value}: $${arg.name.value}`).join(', ');
  const head = field.operation === 'Query' ? 'query' : 'mutation';
  return `${head}${declarations ? `(${declarations})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${field.returnsObject ? ' { __typename }' : ''} }`;
}
