import type { BreakingChangeType, DangerousChangeType, GraphQLSchema } from 'graphql';
import { graphql } from './graphql';

const { findBreakingChanges, findDangerousChanges, isInputObjectType } = graphql;

/** One change of the API schema, at a schema coordinate: `Case.number`, `Query.cases(first:)`, `Warning.RED`, `@skip`. */
export interface SchemaChange {
  coordinate: string;
  change: string;
}

export function formatChange({ coordinate, change }: SchemaChange): string {
  return `${coordinate}: ${change}`;
}

/**
 * The breaking and dangerous changes from one API schema to the next, as graphql's findBreakingChanges and
 * findDangerousChanges see them (removed or retyped types, fields, arguments and enum values; arguments and input
 * fields made required; output fields made nullable), each at its coordinate.
 */
export function schemaChanges(before: GraphQLSchema, after: GraphQLSchema): { breaking: SchemaChange[]; dangerous: SchemaChange[] } {
  const read = (changes: ReadonlyArray<{ type: BreakingChangeType | DangerousChangeType; description: string }>) =>
    changes.map((change) => readChange(change.type, change.description, before)).sort(byCoordinate);
  return { breaking: read(findBreakingChanges(before, after)), dangerous: read(findDangerousChanges(before, after)) };
}

function byCoordinate(a: SchemaChange, b: SchemaChange): number {
  return a.coordinate.localeCompare(b.coordinate) || a.change.localeCompare(b.change);
}

type Reading = [pattern: RegExp, read: (groups: string[], before: GraphQLSchema) => SchemaChange];

// graphql only describes a change in an English sentence; these read its coordinate back out of graphql 16's sentences
// (utilities/findBreakingChanges.js). A sentence that does not match is kept whole.
const READINGS: Record<`${BreakingChangeType}` | `${DangerousChangeType}`, Reading> = {
  TYPE_REMOVED: [/^(?:Standard scalar )?(\w+) was removed/, ([type]) => at(type, 'type removed')],
  TYPE_CHANGED_KIND: [/^(\w+) changed from (.+) to (.+)\.$/, ([type, from, to]) => at(type, `changed from ${from} to ${to}`)],
  TYPE_REMOVED_FROM_UNION: [
    /^(\w+) was removed from union type (\w+)\.$/,
    ([member, union]) => at(union, `${member} removed from the union`),
  ],
  VALUE_REMOVED_FROM_ENUM: [/^(\w+) was removed from enum type (\w+)\.$/, ([value, type]) => at(`${type}.${value}`, 'enum value removed')],
  REQUIRED_INPUT_FIELD_ADDED: [
    /^A required field (\w+) on input type (\w+) was added\.$/,
    ([field, type]) => at(`${type}.${field}`, 'required input field added'),
  ],
  IMPLEMENTED_INTERFACE_REMOVED: [
    /^(\w+) no longer implements interface (\w+)\.$/,
    ([type, face]) => at(type, `no longer implements ${face}`),
  ],
  FIELD_REMOVED: [/^(\w+)\.(\w+) was removed\.$/, ([type, field]) => at(`${type}.${field}`, 'removed')],
  FIELD_CHANGED_KIND: [
    /^(\w+)\.(\w+) changed type from (.+) to (.+)\.$/,
    ([type, field, from, to], before) => at(`${type}.${field}`, retyped(from, to, isInputObjectType(before.getType(type ?? '')))),
  ],
  REQUIRED_ARG_ADDED: [
    /^A required arg (\w+) on (\w+)\.(\w+) was added\.$/,
    ([arg, type, field]) => at(`${type}.${field}(${arg}:)`, 'required argument added'),
  ],
  ARG_REMOVED: [/^(\w+)\.(\w+) arg (\w+) was removed\.$/, ([type, field, arg]) => at(`${type}.${field}(${arg}:)`, 'argument removed')],
  ARG_CHANGED_KIND: [
    /^(\w+)\.(\w+) arg (\w+) has changed type from (.+) to (.+)\.$/,
    ([type, field, arg, from, to]) => at(`${type}.${field}(${arg}:)`, retyped(from, to, true)),
  ],
  DIRECTIVE_REMOVED: [/^(\w+) was removed\.$/, ([directive]) => at(`@${directive}`, 'directive removed')],
  DIRECTIVE_ARG_REMOVED: [/^(\w+) was removed from (\w+)\.$/, ([arg, directive]) => at(`@${directive}(${arg}:)`, 'argument removed')],
  REQUIRED_DIRECTIVE_ARG_ADDED: [
    /^A required arg (\w+) on directive (\w+) was added\.$/,
    ([arg, directive]) => at(`@${directive}(${arg}:)`, 'required argument added'),
  ],
  DIRECTIVE_REPEATABLE_REMOVED: [
    /^Repeatable flag was removed from (\w+)\.$/,
    ([directive]) => at(`@${directive}`, 'no longer repeatable'),
  ],
  DIRECTIVE_LOCATION_REMOVED: [
    /^(\w+) was removed from (\w+)\.$/,
    ([location, directive]) => at(`@${directive}`, `location ${location} removed`),
  ],
  VALUE_ADDED_TO_ENUM: [
    /^(\w+) was added to enum type (\w+)\.$/,
    ([value, type]) => at(`${type}.${value}`, 'enum value added (clients that switch on its values may not handle it)'),
  ],
  TYPE_ADDED_TO_UNION: [
    /^(\w+) was added to union type (\w+)\.$/,
    ([member, union]) => at(union, `${member} added to the union (clients may not handle it)`),
  ],
  OPTIONAL_INPUT_FIELD_ADDED: [
    /^An optional field (\w+) on input type (\w+) was added\.$/,
    ([field, type]) => at(`${type}.${field}`, 'optional input field added'),
  ],
  OPTIONAL_ARG_ADDED: [
    /^An optional arg (\w+) on (\w+)\.(\w+) was added\.$/,
    ([arg, type, field]) => at(`${type}.${field}(${arg}:)`, 'optional argument added'),
  ],
  IMPLEMENTED_INTERFACE_ADDED: [
    /^(\w+) added to interfaces implemented by (\w+)\.$/,
    ([face, type]) => at(type, `now implements ${face} (fragments on ${face} now match it)`),
  ],
  ARG_DEFAULT_VALUE_CHANGE: [
    /^(\w+)\.(\w+) arg (\w+) (?:has changed defaultValue from (.+) to (.+)|defaultValue was removed)\.$/,
    ([type, field, arg, from, to]) =>
      at(`${type}.${field}(${arg}:)`, from === undefined ? 'default value removed' : `default value changed from ${from} to ${to}`),
  ],
};

function readChange(type: BreakingChangeType | DangerousChangeType, description: string, before: GraphQLSchema): SchemaChange {
  const [pattern, read] = READINGS[type];
  const match = pattern.exec(description);
  return match ? read(match.slice(1), before) : { coordinate: '(schema)', change: description };
}

function at(coordinate: string | undefined, change: string): SchemaChange {
  return { coordinate: coordinate ?? '(schema)', change };
}

/** What a retyping means for clients: `input` for arguments and input fields, where only a stricter type breaks. */
function retyped(from = '?', to = '?', input: boolean): string {
  const types = `${from} → ${to}`;
  if (from.replaceAll('!', '') !== to.replaceAll('!', '')) return `retyped (${types})`;
  if (input) return to === `${from}!` ? `made required (${types})` : `nullability made stricter (${types})`;
  return from === `${to}!` ? `made nullable (${types}): clients rely on a value` : `nullability loosened (${types})`;
}
