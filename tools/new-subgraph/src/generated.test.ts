// The important one: the generator's output passes its own tests, typecheck and lint untouched, and composes.
// `npm run new-subgraph --no-install` into <repo>/.generated-test/<random>/services/<name>, with a copy of the subgraph
// list beside it; the generated package finds @hall/* and the rest through the repository's node_modules by walking up.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSubgraphList } from '@hall/db';
import { composeSupergraph } from '@hall/gateway';
import { Kind, parse, type ObjectTypeDefinitionNode } from 'graphql';
import * as prettier from 'prettier';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { REPOSITORY_ROOT, runBinary, type RunResult } from './paths';
import { temporaryRoot, type TemporaryRoot } from './temporary-root';

const SLOW = 600_000;
const name = `gen${randomBytes(3).toString('hex')}`;
const Name = `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
let temporary: TemporaryRoot;
let directory: string;
let generation: RunResult;

/** The environment of a command run in the generated package: this run's PostgreSQL, the copied list, no Vitest state. */
function packageEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')));
  return { ...env, DATABASE_URL: inject('testServerUrl'), HALL_SUBGRAPHS_FILE: temporary.list, HALL_DEV: '1' };
}

beforeAll(() => {
  temporary = temporaryRoot();
  directory = join(temporary.root, 'services', name);
  generation = runBinary(
    REPOSITORY_ROOT,
    'tsx',
    ['src/cli.ts', '--name', name, '--department', 'BDC', '--root', temporary.root, '--no-install'],
    {
      cwd: join(REPOSITORY_ROOT, 'tools/new-subgraph'),
    },
  );
  console.log(generation.output);
}, SLOW);
afterAll(() => temporary?.remove());

describe('the generator’s output', () => {
  it('is a whole package in the list: migration, resolver types, matrix, and what to do next', () => {
    expect(generation.status, generation.output).toBe(0);
    for (const file of [
      'package.json',
      'schema.graphql',
      'codegen.ts',
      'drizzle.config.ts',
      'vitest.config.ts',
      'tsconfig.json',
      'README.md',
      'authorization-matrix.json',
      'drizzle/0000_init.sql',
      'drizzle/meta/_journal.json',
      'drizzle/meta/0000_snapshot.json',
      'src/index.ts',
      'src/main.ts',
      'src/generated/resolvers.ts',
    ]) {
      expect(existsSync(join(directory, file)), file).toBe(true);
    }
    expect(readFileSync(join(directory, 'drizzle/0000_init.sql'), 'utf8')).toContain(`CREATE TABLE "${name}"."notes"`);
    const matrix = JSON.parse(readFileSync(join(directory, 'authorization-matrix.json'), 'utf8')) as Record<string, string>;
    expect(Object.keys(matrix).sort()).toEqual(['$comment', `${name}.Mutation.set${Name}Note`, `${name}.Query.${name}Notes`]);
    expect(matrix[`${name}.Query.${name}Notes`]).toBe('F F F F F A');
    const list = readSubgraphList(temporary.list);
    expect(list.subgraphs.at(-1)).toEqual({
      name,
      owner: 'BDC',
      directory: `services/${name}`,
      package: `@hall/${name}-subgraph`,
      schema: `services/${name}/schema.graphql`,
      port: 4005,
      urls: { development: 'http://localhost:4005/graphql' },
    });
    expect(generation.output).toContain('npm test');
    expect(generation.output).toContain(`npm run check-subgraph -- .generated-test/`);
  });

  it(
    'passes its own tests untouched, on a real database with the real catalog',
    () => {
      const result = runBinary(REPOSITORY_ROOT, 'vitest', ['run'], { cwd: directory, env: packageEnv(), timeoutMs: SLOW });
      console.log(result.output.slice(-3000));
      expect(result.status, result.output).toBe(0);
      const report = JSON.parse(readFileSync(join(directory, 'test-results/vitest.json'), 'utf8')) as {
        success: boolean;
        numPassedTests: number;
        numFailedTests: number;
        numTotalTestSuites: number;
      };
      expect(report.success).toBe(true);
      expect(report.numFailedTests).toBe(0);
      expect(report.numPassedTests).toBeGreaterThanOrEqual(10);
    },
    SLOW,
  );

  it(
    'typechecks and lints',
    () => {
      const tsc = runBinary(REPOSITORY_ROOT, 'typescript', ['--noEmit', '-p', directory], {
        cwd: directory,
        binName: 'tsc',
        timeoutMs: SLOW,
      });
      expect(tsc.status, tsc.output).toBe(0);
      const eslint = runBinary(REPOSITORY_ROOT, 'eslint', ['src'], { cwd: directory, timeoutMs: SLOW });
      expect(eslint.status, eslint.output).toBe(0);
    },
    SLOW,
  );

  it('is formatted as the repository’s prettier wants (what its .prettierignore leaves out aside)', async () => {
    const unformatted: string[] = [];
    for (const file of [
      'package.json',
      'schema.graphql',
      'codegen.ts',
      'README.md',
      'authorization-matrix.json',
      'src/subgraph.ts',
      'src/notes.test.ts',
    ]) {
      const path = join(directory, file);
      const config = (await prettier.resolveConfig(path)) ?? {};
      if (!(await prettier.check(readFileSync(path, 'utf8'), { ...config, filepath: path }))) unformatted.push(file);
    }
    expect(unformatted).toEqual([]);
  });

  it('composes into the supergraph with Case.' + `${name}Note`, () => {
    const supergraph = parse(composeSupergraph(readSubgraphList(temporary.list)));
    const type = (typeName: string) =>
      supergraph.definitions.find(
        (definition): definition is ObjectTypeDefinitionNode =>
          definition.kind === Kind.OBJECT_TYPE_DEFINITION && definition.name.value === typeName,
      );
    const fields = (typeName: string) => type(typeName)?.fields?.map((field) => field.name.value) ?? [];
    expect(fields('Case')).toContain(`${name}Note`);
    expect(fields('Case')).toContain('number');
    expect(fields('Query')).toContain(`${name}Notes`);
    expect(fields('Mutation')).toContain(`set${Name}Note`);
    expect(fields(`${Name}Note`)).toEqual(['caseId', 'case', 'text', 'departmentId', 'updatedAt']);
  });
});
