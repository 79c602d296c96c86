import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { readSubgraphList, type SubgraphList } from '@hall/db';
import { composeSources, CompositionFailed, subgraphSources } from '@hall/gateway';
import { parse } from 'graphql';
import { ownerOnlyRow, suiteDepartments } from './matrix';
import { checkDepartment, checkName, GeneratorRefusal, pascalCase } from './names';
import { posixRelative, REPOSITORY_ROOT, run, runBinary, TEMPLATE_DIR, toolingRootOf } from './paths';
import type { TemplateValues } from './render';
import { nextPort, withEntry, type NewEntry } from './subgraph-list';
import { pinDependencies, renderTemplate } from './template';

export interface GenerateOptions {
  name?: string | undefined;
  department?: string | undefined;
  /** The repository root the package is written under (`<root>/services/<name>`); the real one by default. */
  root?: string | undefined;
  /** The subgraph list to add the entry to; `<root>/subgraphs.json` by default. */
  list?: string | undefined;
  /** Run `npm install` and `npm run compose` afterwards (the CLI's default; `--no-install` turns it off). */
  install?: boolean | undefined;
  /** Where progress goes, a line at a time. */
  log?: ((line: string) => void) | undefined;
}

/** What a run decided before writing anything. */
export interface Plan {
  name: string;
  department: string;
  root: string;
  toolingRoot: string;
  listFile: string;
  list: SubgraphList;
  directory: string;
  packageName: string;
  entry: NewEntry;
  /** Output path relative to `directory` → content. */
  files: Map<string, string>;
  /** Composition problems of the list as it is (the new subgraph not checked against it), or none. */
  warnings: string[];
}

export interface Generated extends Plan {
  /** Every file written under `directory` (relative paths), generated ones included. */
  written: string[];
  nextSteps: string[];
}

/** The model of every department subgraph's dependency pins. */
const MODEL_PACKAGE = 'services/duty/package.json';

/** Decides everything and refuses what cannot be generated; writes nothing. */
export async function planSubgraph(options: GenerateOptions): Promise<Plan> {
  const name = checkName(options.name);
  const department = checkDepartment(options.department);
  const root = resolve(options.root ?? REPOSITORY_ROOT);
  const listFile = resolve(options.list ?? join(root, 'subgraphs.json'));
  if (!existsSync(listFile)) throw new GeneratorRefusal(`there is no subgraph list at ${listFile}`);
  const toolingRoot = toolingRootOf(root);
  const list = readSubgraphList(listFile);
  if (list.subgraphs.some((entry) => entry.name === name)) {
    throw new GeneratorRefusal(`a subgraph named ${name} is already in ${listFile}`);
  }
  const directory = join(root, 'services', name);
  if (existsSync(directory)) throw new GeneratorRefusal(`${directory} already exists`);

  const port = nextPort(list);
  const packageName = `@hall/${name}-subgraph`;
  const listDir = dirname(listFile);
  const entry: NewEntry = {
    name,
    owner: department,
    directory: posixRelative(listDir, directory),
    package: packageName,
    schema: posixRelative(listDir, join(directory, 'schema.graphql')),
    port,
    urls: { development: `http://localhost:${port}/graphql` },
  };
  const suite = suiteDepartments();
  const row = ownerOnlyRow(department);
  const values: TemplateValues = {
    name,
    Name: pascalCase(name),
    NAME: name.toUpperCase(),
    DEPARTMENT: department,
    PORT: String(port),
    root: posixRelative(directory, toolingRoot),
    SUITE_OWNER: suite.own.code,
    SUITE_OTHER: suite.other.code,
    QUERY_CELLS: row,
    MUTATION_CELLS: row,
  };
  const files = renderTemplate(TEMPLATE_DIR, values);
  const manifest = files.get('package.json');
  if (manifest === undefined) throw new Error('the template has no package.json');
  const model = JSON.parse(readFileSync(join(toolingRoot, MODEL_PACKAGE), 'utf8')) as Parameters<typeof pinDependencies>[1];
  files.set('package.json', pinDependencies(manifest, model, MODEL_PACKAGE));
  const warnings = checkComposition(list, entry, files.get('schema.graphql') ?? '');
  return { name, department, root, toolingRoot, listFile, list, directory, packageName, entry, files, warnings };
}

/**
 * Refuses a schema that does not compose with the list's subgraphs (a type or field another subgraph already has, say).
 * When the list does not compose even without it, that is not the new subgraph's doing: a warning, not a refusal.
 */
function checkComposition(list: SubgraphList, entry: NewEntry, schema: string): string[] {
  let sources;
  try {
    sources = subgraphSources(list);
  } catch (error) {
    return [`the subgraph list's schemas cannot all be read, so composition was not checked: ${(error as Error).message}`];
  }
  const own = { name: entry.name, url: entry.urls.development, typeDefs: parse(schema) };
  try {
    composeSources([...sources, own]);
    return [];
  } catch (error) {
    if (!(error instanceof CompositionFailed)) throw error;
    try {
      composeSources(sources);
    } catch (before) {
      if (before instanceof CompositionFailed)
        return [`the subgraph list does not compose as it is, so the new subgraph was not checked against it`];
      throw before;
    }
    throw new GeneratorRefusal(
      `services/${entry.name}/schema.graphql would not compose with the other subgraphs:\n${error.problems.map((p) => `- ${p}`).join('\n')}`,
    );
  }
}

/** Formats a rendered file as the repository's prettier does (the files prettier knows; others as they are). */
async function formatted(path: string, content: string): Promise<string> {
  if (!/\.(ts|json|md|graphql)$/.test(path)) return content;
  const prettier = await import('prettier');
  const config = (await prettier.resolveConfig(path)) ?? {};
  return prettier.format(content, { ...config, filepath: path });
}

function checked(result: { status: number; output: string }, what: string): string {
  if (result.status !== 0) throw new Error(`${what} failed:\n${result.output.trim()}`);
  return result.output;
}

/** The first SQL migration, as the package's own `npm run db:generate` makes it (drizzle-kit, run from its folder). */
function generateMigration(plan: Plan): void {
  checked(runBinary(plan.toolingRoot, 'drizzle-kit', ['generate', '--name', 'init'], { cwd: plan.directory }), 'drizzle-kit generate');
}

interface OutputTarget {
  schema?: unknown;
  config?: Record<string, unknown>;
  [key: string]: unknown;
}

/**
 * The package's resolver types (`src/generated/resolvers.ts`) with GraphQL Code Generator's `generate()`: the root
 * codegen.ts's own target for the package when it has one (it reads the subgraph list), else the target of the hall's
 * duty subgraph with this package's schema, context and mappers (its codegen.ts) — the same plugins and scalars either way.
 */
export async function generateResolverTypes(plan: Pick<Plan, 'toolingRoot' | 'directory'>): Promise<void> {
  const { generate } = await import('@graphql-codegen/cli');
  const rootConfig = (await import(pathToFileURL(join(plan.toolingRoot, 'codegen.ts')).href)) as { default: CodegenConfig };
  const targets = rootConfig.default.generates as Record<string, OutputTarget>;
  const output = posixRelative(plan.toolingRoot, join(plan.directory, 'src/generated/resolvers.ts'));
  let target = targets[output];
  if (!target) {
    const model = targets['services/duty/src/generated/resolvers.ts'];
    if (!model) throw new Error('the root codegen.ts has no resolver types of services/duty to follow');
    const own = (await import(pathToFileURL(join(plan.directory, 'codegen.ts')).href)) as {
      resolverTypesConfig: { contextType: string; mappers?: Record<string, string> };
    };
    target = {
      ...model,
      schema: posixRelative(plan.toolingRoot, join(plan.directory, 'schema.graphql')),
      config: { ...model.config, contextType: own.resolverTypesConfig.contextType, mappers: own.resolverTypesConfig.mappers ?? {} },
    };
  }
  await generate(
    { cwd: plan.toolingRoot, overwrite: true, silent: true, generates: { [output]: target } } as CodegenConfig & { cwd: string },
    true,
  );
}

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(dir, join(prefix, entry.name)) : [join(prefix, entry.name).split(sep).join('/')],
  );
}

/**
 * Generates `<root>/services/<name>` and adds it to the subgraph list. Refusals (GeneratorRefusal) write nothing; a
 * failure while writing the package removes it again and leaves the list as it was.
 */
export async function generateSubgraph(options: GenerateOptions): Promise<Generated> {
  const log = options.log ?? (() => undefined);
  const plan = await planSubgraph(options);
  for (const warning of plan.warnings) log(`warning: ${warning}`);
  const listBefore = readFileSync(plan.listFile, 'utf8');
  let listWritten = false;
  try {
    for (const [path, content] of plan.files) {
      const file = join(plan.directory, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, await formatted(file, content));
    }
    log(`wrote ${plan.files.size} files to ${plan.directory}`);
    generateMigration(plan);
    log('drizzle-kit: the first migration, drizzle/0000_init.sql');
    writeFileSync(plan.listFile, withEntry(listBefore, plan.entry));
    listWritten = true;
    readSubgraphList(plan.listFile);
    log(`${plan.listFile}: ${plan.name} (owner ${plan.department}, port ${plan.entry.port}) added`);
    await generateResolverTypes(plan);
    log('resolver types: src/generated/resolvers.ts');
  } catch (error) {
    rmSync(plan.directory, { recursive: true, force: true });
    if (listWritten) writeFileSync(plan.listFile, listBefore);
    throw error;
  }

  const atRepositoryRoot = plan.root === plan.toolingRoot && plan.listFile === join(plan.toolingRoot, 'subgraphs.json');
  const nextSteps: string[] = [];
  if (options.install === false) {
    nextSteps.push('npm install                 # links the new workspace, updates package-lock.json (skipped: --no-install)');
    nextSteps.push('npm run compose             # the supergraph with the new subgraph (skipped: --no-install)');
  } else if (!atRepositoryRoot) {
    log('not the repository root and its subgraph list: npm install and npm run compose skipped');
  } else {
    log('npm install …');
    checked(run('npm', ['install', '--no-audit', '--no-fund'], { cwd: plan.toolingRoot, inherit: true }), 'npm install');
    log('npm run compose …');
    log(checked(run('npm', ['run', '--silent', 'compose'], { cwd: plan.toolingRoot }), 'npm run compose').trim());
  }
  const relativeDir = posixRelative(plan.toolingRoot, plan.directory);
  nextSteps.push(`npm test                    # or just this package: npm test -w ${plan.packageName}`);
  nextSteps.push(`npm run check-subgraph -- ${relativeDir}/schema.graphql`);
  return { ...plan, written: filesUnder(plan.directory).sort(), nextSteps };
}
