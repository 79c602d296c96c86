import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { platformSubgraphs, SERVICE_NAMES, subgraphSchemaPath } from '@hall/db';
import {
  buildASTSchema,
  getNamedType,
  isAbstractType,
  isLeafType,
  isObjectType,
  parse,
  print,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { DEFAULT_LIST_SIZE, LIST_SIZES, PAGE_SIZE_ARGUMENTS } from '@hall/service-kit';
import { argumentsFor } from './arguments';
import type { SchemaField, SubgraphSchema } from './schema';
import type { Targets } from './targets';

/**
 * The nested-authorization walker (issue 13 item 3): for a Query or Mutation field, a selection that goes down every
 * object-typed field of the payload to a depth, split into requests small enough for the limits, and the objects an
 * answer holds, each with its type and path.
 */

/** One field of a selection; `children` for an object (or abstract) type, absent for a scalar or enum. */
export interface Selection {
  field: string;
  /** `name: $variable`, the variable's declared type and value. */
  args: ReadonlyArray<{ name: string; variable: string; type: string; value: unknown }>;
  /** The field's named type. */
  type: string;
  /** The field returns a list. */
  list?: boolean;
  /** The arguments' default values (a page size the limits count). */
  defaults?: Readonly<Record<string, unknown>>;
  children?: Selection[];
  /** For an interface or union: the selection of each possible type, as inline fragments. */
  fragments?: ReadonlyArray<{ on: string; children: Selection[] }>;
}

const SUPERGRAPH_FILE = fileURLToPath(new URL('../../../gateway/supergraph.graphql', import.meta.url));

/** A schema built from SDL as written (federation directives are not validated: only the types matter here). */
function schemaFromFile(file: string): GraphQLSchema {
  return buildASTSchema(parse(readFileSync(file, 'utf8')), { assumeValidSDL: true });
}

export function subgraphWalkSchema(service: string): GraphQLSchema {
  const entry = platformSubgraphs().subgraphs.find((subgraph) => subgraph.name === service);
  if (!entry) throw new Error(`${service} is not in the platform's subgraph list (subgraphs.json)`);
  return schemaFromFile(subgraphSchemaPath(entry));
}

/** The checked-in supergraph: what the gateway serves (its join__ types are unreachable from Query and Mutation). */
export function supergraphWalkSchema(): GraphQLSchema {
  return schemaFromFile(SUPERGRAPH_FILE);
}

/** The input and enum types of every subgraph together, for arguments of fields the supergraph merges. */
export function mergedArgumentSchema(schemas: readonly SubgraphSchema[]): SubgraphSchema {
  const merged: SubgraphSchema = { service: SERVICE_NAMES[0], fields: [], inputs: new Map(), enums: new Map() };
  for (const schema of schemas) {
    for (const [name, input] of schema.inputs) if (!merged.inputs.has(name)) merged.inputs.set(name, input);
    for (const [name, values] of schema.enums) if (!merged.enums.has(name)) merged.enums.set(name, values);
  }
  return merged;
}

export interface BuildOptions {
  schema: GraphQLSchema;
  argumentSchema: SubgraphSchema;
  targets: Targets;
  /** Object levels, the payload being level 1: objects at the last level get their scalars only. */
  depth: number;
  /** The page size asked of every paginated list (`first` …): the first items of a list stand for the rest. */
  pageSize: number;
}

/** The page-size arguments of a field, set to `size`. */
export function pageArguments(args: ReadonlyArray<{ name: string; type: unknown }>, size: number): Record<string, number> {
  return Object.fromEntries(
    args.filter((arg) => (PAGE_SIZE_ARGUMENTS as readonly string[]).includes(arg.name) && String(arg.type) === 'Int').map((arg) => [arg.name, size]),
  );
}

/** The `Type.field` pairs a selection asks for (objects' fields and scalars alike, `__typename` left out). */
export function fieldsOf(parentType: string, selections: readonly Selection[], into = new Set<string>()): Set<string> {
  for (const selection of selections) {
    if (selection.field === '__typename') continue;
    into.add(`${parentType}.${selection.field}`);
    if (selection.children) fieldsOf(selection.type, selection.children, into);
    for (const fragment of selection.fragments ?? []) fieldsOf(fragment.on, fragment.children, into);
  }
  return into;
}

export function countFields(selections: readonly Selection[]): number {
  let count = 0;
  for (const selection of selections) {
    count += 1;
    if (selection.children) count += countFields(selection.children);
    for (const fragment of selection.fragments ?? []) count += countFields(fragment.children);
  }
  return count;
}

/** The default values of a field's arguments. */
export function defaultsOf(field: GraphQLField<unknown, unknown>): Record<string, unknown> {
  return Object.fromEntries(field.args.filter((arg) => arg.defaultValue !== undefined).map((arg) => [arg.name, arg.defaultValue]));
}

/** Builds the selection of a payload type down to `depth` object levels. */
export function payloadSelection(typeName: string, options: BuildOptions): Selection[] {
  let counter = 0;
  const argumentsOf = (parent: string, field: GraphQLField<unknown, unknown>): Selection['args'] => {
    const definitions = field.astNode?.arguments ?? [];
    if (definitions.length === 0) return [];
    const pseudo: SchemaField = {
      service: options.argumentSchema.service,
      operation: 'Query',
      name: field.name,
      key: `${parent}.${field.name}`,
      args: definitions,
      returnsObject: true,
    };
    const values = { ...argumentsFor(pseudo, options.argumentSchema, options.targets), ...pageArguments(field.args, options.pageSize) };
    return definitions
      .filter((definition) => definition.name.value in values)
      .map((definition) => {
        counter += 1;
        return { name: definition.name.value, variable: `n${counter}`, type: print(definition.type), value: values[definition.name.value] };
      });
  };
  const build = (type: GraphQLNamedType, level: number): Pick<Selection, 'children' | 'fragments'> => {
    if (isAbstractType(type)) {
      return {
        children: [{ field: '__typename', args: [], type: 'String' }],
        fragments: options.schema.getPossibleTypes(type).map((possible) => ({ on: possible.name, children: build(possible, level).children ?? [] })),
      };
    }
    if (!isObjectType(type)) return {};
    const children: Selection[] = [{ field: '__typename', args: [], type: 'String' }];
    for (const field of Object.values(type.getFields())) {
      if (field.name.startsWith('__')) continue;
      const named = getNamedType(field.type);
      const list = String(field.type).startsWith('[');
      const defaults = defaultsOf(field);
      if (isLeafType(named)) {
        children.push({ field: field.name, args: argumentsOf(type.name, field), type: named.name, list, defaults });
      } else if (level < options.depth) {
        children.push({ field: field.name, args: argumentsOf(type.name, field), type: named.name, list, defaults, ...build(named, level + 1) });
      }
    }
    return { children };
  };
  const type = options.schema.getType(typeName);
  if (!type) throw new Error(`no type ${typeName} in the schema`);
  return build(type, 1).children ?? [];
}

/** Whether a root field returns a list, and its arguments' default values. */
export function rootShapeOf(schema: GraphQLSchema, operation: 'Query' | 'Mutation', field: string): { list: boolean; defaults: Record<string, unknown> } {
  const root = operation === 'Query' ? schema.getQueryType() : schema.getMutationType();
  const definition = root?.getFields()[field];
  return { list: String(definition?.type ?? '').startsWith('['), defaults: definition ? defaultsOf(definition) : {} };
}

/** The root field's named type in a schema, null for a scalar or enum payload, undefined when the field is missing. */
export function payloadTypeOf(schema: GraphQLSchema, operation: 'Query' | 'Mutation', field: string): string | null | undefined {
  const root = operation === 'Query' ? schema.getQueryType() : schema.getMutationType();
  const definition = root?.getFields()[field];
  if (!definition) return undefined;
  const named = getNamedType(definition.type);
  return isLeafType(named) ? null : named.name;
}

function pageOf(args: Readonly<Record<string, unknown>>): number | undefined {
  for (const name of PAGE_SIZE_ARGUMENTS) {
    const value = args[name];
    if (typeof value === 'number' && Number.isFinite(value)) return Math.max(0, value);
  }
  return undefined;
}

/**
 * The cost the gateway and the subgraphs estimate (services/kit limits.ts listCostEstimator), computed on the selection
 * itself: graphql-query-complexity cannot be handed a schema built by another copy of graphql (ESM and CommonJS).
 */
export function estimateCost(
  root: { holder: 'Query' | 'Mutation'; field: string; type: string; list: boolean; args: Readonly<Record<string, unknown>> },
  selections: readonly Selection[] | null,
): number {
  const valuesOf = (selection: Selection) => ({
    ...selection.defaults,
    ...Object.fromEntries(selection.args.map((arg) => [arg.name, arg.value])),
  });
  const cost = (
    holder: string,
    field: string,
    list: boolean,
    args: Readonly<Record<string, unknown>>,
    type: string,
    children: readonly Selection[] | null,
    fragments: Selection['fragments'],
  ): number => {
    if (field === '__typename') return 0;
    let child = 0;
    for (const selection of children ?? [])
      child += cost(type, selection.field, selection.list ?? false, valuesOf(selection), selection.type, selection.children ?? null, selection.fragments);
    for (const fragment of fragments ?? [])
      for (const inner of fragment.children)
        child += cost(fragment.on, inner.field, inner.list ?? false, valuesOf(inner), inner.type, inner.children ?? null, inner.fragments);
    const page = pageOf(args);
    if (!list) return 1 + child * (page ?? 1);
    if (child === 0) return 1;
    const size = page ?? (holder.endsWith('Connection') ? 1 : (LIST_SIZES[`${holder}.${field}`] ?? DEFAULT_LIST_SIZE));
    return 1 + child * size;
  };
  return cost(root.holder, root.field, root.list, root.args, root.type, selections, undefined);
}

const KEPT = new Set(['__typename', 'id']);

function sizeOf(selection: Selection): number {
  return countFields([selection]);
}

/**
 * Two halves of a selection that asks too much: the branches shared out by size (each half keeps `__typename` and
 * `id`), or, with one branch only, that branch's own halves. Null when nothing is left to split.
 */
export function splitSelection(selections: readonly Selection[]): [Selection[], Selection[]] | null {
  const kept = selections.filter((selection) => KEPT.has(selection.field));
  const units = selections.filter((selection) => !KEPT.has(selection.field));
  if (units.length >= 2) {
    const bins: [Selection[], Selection[]] = [[], []];
    const sizes = [0, 0];
    for (const unit of [...units].sort((a, b) => sizeOf(b) - sizeOf(a))) {
      const bin = (sizes[0] ?? 0) <= (sizes[1] ?? 0) ? 0 : 1;
      bins[bin].push(unit);
      sizes[bin] = (sizes[bin] ?? 0) + sizeOf(unit);
    }
    const order = (list: Selection[]) => [...kept, ...units.filter((unit) => list.includes(unit))];
    return [order(bins[0]), order(bins[1])];
  }
  const only = units[0];
  if (!only) return null;
  if (only.children && !only.fragments) {
    const inner = splitSelection(only.children);
    if (inner) return [[...kept, { ...only, children: inner[0] }], [...kept, { ...only, children: inner[1] }]];
  }
  if (only.fragments && only.fragments.length >= 2) {
    const middle = Math.ceil(only.fragments.length / 2);
    return [
      [...kept, { ...only, fragments: only.fragments.slice(0, middle) }],
      [...kept, { ...only, fragments: only.fragments.slice(middle) }],
    ];
  }
  return null;
}

/**
 * Packs a selection into as few requests as fit (first-fit decreasing over its branches, a branch too costly alone
 * packed the same way inside). `pruned`: the pieces that fit in no request at all (a list of lists of lists), which
 * are left to the roots that reach the same fields through a smaller list.
 */
export function packSelection(
  selections: readonly Selection[],
  fits: (selections: Selection[]) => boolean,
): { chunks: Selection[][]; pruned: Selection[][] } {
  if (fits([...selections])) return { chunks: [[...selections]], pruned: [] };
  const kept = selections.filter((selection) => KEPT.has(selection.field));
  const units: Selection[] = [];
  const pruned: Selection[][] = [];
  for (const unit of selections.filter((selection) => !KEPT.has(selection.field))) {
    if (fits([...kept, unit])) units.push(unit);
    else if (unit.children && !unit.fragments) {
      const inner = packSelection(unit.children, (children) => fits([...kept, { ...unit, children }]));
      units.push(...inner.chunks.map((children) => ({ ...unit, children })));
      pruned.push(...inner.pruned.map((children) => [...kept, { ...unit, children }]));
    } else pruned.push([...kept, unit]);
  }
  const bins: Selection[][] = [];
  for (const unit of units.sort((a, b) => sizeOf(b) - sizeOf(a))) {
    const bin = bins.find((candidate) => fits([...kept, ...candidate, unit]));
    if (bin) bin.push(unit);
    else bins.push([unit]);
  }
  return { chunks: bins.map((bin) => [...kept, ...bin]), pruned };
}

export interface Operation {
  text: string;
  variables: Record<string, unknown>;
}

/** The operation text of a root field with its arguments (declared as in the schema) and a selection of its payload. */
export function operationFor(
  operation: 'Query' | 'Mutation',
  root: SchemaField,
  rootArguments: Record<string, unknown>,
  selections: readonly Selection[] | null,
): Operation {
  const declarations: string[] = [];
  const variables: Record<string, unknown> = {};
  const passed = root.args
    .filter((arg) => arg.name.value in rootArguments)
    .map((arg) => {
      declarations.push(`$${arg.name.value}: ${print(arg.type)}`);
      variables[arg.name.value] = rootArguments[arg.name.value];
      return `${arg.name.value}: $${arg.name.value}`;
    });
  const printSet = (list: readonly Selection[], fragments?: Selection['fragments']): string => {
    const parts = list.map((selection) => {
      const args = selection.args.map((arg) => {
        declarations.push(`$${arg.variable}: ${arg.type}`);
        variables[arg.variable] = arg.value;
        return `${arg.name}: $${arg.variable}`;
      });
      const head = `${selection.field}${args.length ? `(${args.join(', ')})` : ''}`;
      return selection.children || selection.fragments ? `${head} ${printSet(selection.children ?? [], selection.fragments)}` : head;
    });
    for (const fragment of fragments ?? []) parts.push(`... on ${fragment.on} ${printSet(fragment.children)}`);
    return `{ ${parts.join(' ')} }`;
  };
  const body = selections ? ` ${printSet(selections)}` : '';
  const call = `${root.name}${passed.length ? `(${passed.join(', ')})` : ''}${body}`;
  const head = operation === 'Query' ? 'query' : 'mutation';
  return { text: `${head}${declarations.length ? `(${declarations.join(', ')})` : ''} { ${call} }`, variables };
}

/** An object an answer holds, where it was found, and the selection that asked for it. */
export interface FoundObject {
  type: string;
  path: string;
  value: Record<string, unknown>;
  selections: readonly Selection[];
  /** The payload itself (not an object nested in it). */
  root: boolean;
  /** The object holding it and the field it came from (absent for the payload). */
  parent?: { type: string; field: string };
}

/** Every object of an answer, at any depth, typed by its `__typename` (the selection's type otherwise). */
export function objectsIn(value: unknown, type: string, selections: readonly Selection[], fragments: Selection['fragments'], path: string): FoundObject[] {
  const found: FoundObject[] = [];
  const visit = (
    current: unknown,
    currentType: string,
    currentSelections: readonly Selection[],
    currentFragments: Selection['fragments'],
    currentPath: string,
    parent: FoundObject['parent'],
  ): void => {
    if (current === null || current === undefined) return;
    if (Array.isArray(current)) {
      current.forEach((item, index) => visit(item, currentType, currentSelections, currentFragments, `${currentPath}.${index}`, parent));
      return;
    }
    if (typeof current !== 'object') return;
    const object = current as Record<string, unknown>;
    const actualType = typeof object.__typename === 'string' ? object.__typename : currentType;
    const effective = [...currentSelections, ...(currentFragments?.find((fragment) => fragment.on === actualType)?.children ?? [])];
    found.push({ type: actualType, path: currentPath, value: object, selections: effective, root: !parent, ...(parent ? { parent } : {}) });
    for (const selection of effective) {
      if (!selection.children && !selection.fragments) continue;
      visit(object[selection.field], selection.type, selection.children ?? [], selection.fragments, `${currentPath}.${selection.field}`, {
        type: actualType,
        field: selection.field,
      });
    }
  };
  visit(value, type, selections, fragments, path, undefined);
  return found;
}
