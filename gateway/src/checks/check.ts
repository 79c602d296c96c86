import { readFileSync, realpathSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { platformSubgraphs, SUBGRAPH_NAME, subgraphSchemaPath, type SubgraphList } from '@hall/db';
import { GraphQLError, parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import { apiSchemaOf } from '../api-schema';
import { composeSources, CompositionFailed, readCheckedInSupergraph, subgraphSources, type SubgraphSource } from '../supergraph';
import { formatChange, schemaChanges, type SchemaChange } from './changes';
import { checkContract } from './contract';
import { checkOperations, formatOperationProblem, frontendOperations, type OperationProblem } from './operations';

/** Where a subgraph the list does not have yet is said to run, unless `url` says otherwise. */
export const NEW_SUBGRAPH_URL = 'http://localhost:4999/graphql';

export interface CheckOptions {
  /** The proposed `schema.graphql`. */
  schemaFile: string;
  /** The subgraph it is the schema of; by default the list's entry whose schema is that file. */
  name?: string;
  /** For a subgraph the list does not have: its URL. */
  url?: string;
  /** The platform's subgraph list by default. */
  list?: SubgraphList;
}

export interface CheckReport {
  subgraph: string;
  schemaFile: string;
  /** The subgraph is not in the list yet: it was added to the composition. */
  added: boolean;
  compositionErrors: string[];
  /** Of the proposed API schema against the checked-in supergraph's. Empty when it does not compose (not checked). */
  breaking: SchemaChange[];
  /** Warnings, not failures. */
  dangerous: SchemaChange[];
  /** CONTRACT.md names missing or retyped (contract.ts). */
  contract: string[];
  operations: OperationProblem[];
  /** How many front-end operations were validated (0 when it does not compose). */
  operationsChecked: number;
  ok: boolean;
}

/**
 * The checks a department runs before it deploys a subgraph's new schema: the platform's subgraphs with that one's
 * schema replaced (or added) must compose, and the API schema they make must not break the checked-in one, must keep
 * every name of the contract, and must still validate every front end's operations.
 */
export async function checkSubgraph({ schemaFile, name, url, list = platformSubgraphs() }: CheckOptions): Promise<CheckReport> {
  const file = resolve(schemaFile);
  const entry = name
    ? list.subgraphs.find((candidate) => candidate.name === name)
    : list.subgraphs.find((candidate) => samePath(subgraphSchemaPath(candidate, list), file));
  const subgraph = name ?? entry?.name;
  if (!subgraph)
    throw new Error(`${file} is not the schema of any subgraph in ${list.file}: pass --name <subgraph> (and --url <url> for a new one)`);
  if (!SUBGRAPH_NAME.test(subgraph))
    throw new Error(`"${subgraph}" is not a subgraph name: 2–30 lowercase letters and digits, starting with a letter`);
  const report: CheckReport = {
    subgraph,
    schemaFile: file,
    added: !entry,
    compositionErrors: [],
    breaking: [],
    dangerous: [],
    contract: [],
    operations: [],
    operationsChecked: 0,
    ok: false,
  };

  const sdl = readFileSync(file, 'utf8');
  let typeDefs: DocumentNode;
  try {
    typeDefs = parse(sdl);
  } catch (error) {
    const where = error instanceof GraphQLError && error.locations?.[0];
    report.compositionErrors.push(`${basename(file)}${where ? `:${where.line}:${where.column}` : ''}: ${(error as Error).message}`);
    return report;
  }
  const sources: SubgraphSource[] = subgraphSources(list).map((source) =>
    source.name === subgraph ? { ...source, url: url ?? source.url, typeDefs } : source,
  );
  if (!entry) sources.push({ name: subgraph, url: url ?? NEW_SUBGRAPH_URL, typeDefs });

  let proposed: GraphQLSchema;
  try {
    proposed = apiSchemaOf(composeSources(sources));
  } catch (error) {
    if (!(error instanceof CompositionFailed)) throw error;
    report.compositionErrors.push(...error.problems);
    return report;
  }

  ({ breaking: report.breaking, dangerous: report.dangerous } = schemaChanges(checkedInApiSchema(), proposed));
  report.contract = checkContract(proposed);
  const operations = await frontendOperations();
  report.operations = checkOperations(proposed, operations);
  report.operationsChecked = operations.length;
  report.ok = report.breaking.length === 0 && report.contract.length === 0 && report.operations.length === 0;
  return report;
}

let checkedIn: GraphQLSchema | undefined;

function checkedInApiSchema(): GraphQLSchema {
  checkedIn ??= apiSchemaOf(readCheckedInSupergraph());
  return checkedIn;
}

function samePath(a: string, b: string): boolean {
  const real = (path: string) => {
    try {
      return realpathSync(path);
    } catch {
      return resolve(path);
    }
  };
  return real(a) === real(b);
}

/** The report as `npm run check-subgraph` prints it: each problem on its own line, then the counts of every check. */
export function formatReport(report: CheckReport, cwd = process.cwd()): string {
  const shown = relative(cwd, report.schemaFile);
  const lines = [
    `check-subgraph: ${report.subgraph}${report.added ? ' (new)' : ''} with ${shown.startsWith('..') ? report.schemaFile : shown}`,
  ];
  const failing = new Set(report.operations.map(({ app, operation }) => `${app} ${operation}`)).size;
  const section = (title: string, items: readonly string[], count = String(items.length)) => {
    if (items.length) lines.push('', `${title} (${count}):`, ...items.map((item) => `  ${item}`));
  };
  section('composition errors', report.compositionErrors);
  section('breaking changes', report.breaking.map(formatChange));
  section(
    'contract',
    report.contract.map((problem) => `contract: ${problem}`),
  );
  section(
    'front-end operations that no longer validate',
    report.operations.map(formatOperationProblem),
    `${failing} of ${report.operationsChecked}`,
  );
  section(
    'warnings: dangerous changes, not failures',
    report.dangerous.map((change) => `warning: ${formatChange(change)}`),
  );

  const composed = report.compositionErrors.length === 0;
  const counts = composed
    ? `breaking ${report.breaking.length}, contract ${report.contract.length}, operations ${failing} of ${report.operationsChecked} invalid, ` +
      `warnings ${report.dangerous.length}`
    : 'breaking, contract and operations not run';
  lines.push('', `${report.ok ? 'ok' : 'FAILED'}: composition ${report.compositionErrors.length}, ${counts}`);
  return lines.join('\n');
}
