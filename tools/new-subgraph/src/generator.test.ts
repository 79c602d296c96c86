// The generator without running what it generates: rendering, the list entry, the matrix row, and every refusal.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { castOfDemoUsers } from '@hall/reliability/src/support/identities';
import { demoHall } from '@hall/demo-hall';
import { readSubgraphList } from '@hall/db';
import * as prettier from 'prettier';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSubgraph, planSubgraph } from './generate';
import { ownerOnlyRow, suiteDepartments } from './matrix';
import { checkDepartment, checkName, GeneratorRefusal } from './names';
import { REPOSITORY_ROOT, runBinary, TEMPLATE_DIR } from './paths';
import { placeholdersOf, renderPath, renderText } from './render';
import { nextPort, withEntry, type NewEntry } from './subgraph-list';
import { pinDependencies, templateFiles } from './template';
import { temporaryRoot, type TemporaryRoot } from './temporary-root';

/** What a rendered file must not contain any more: a placeholder (`__typename`, `__resolveReference` are GraphQL's). */
const LEFTOVER = /__[A-Za-z0-9_]+__/;

const entry = (name: string, port: number): NewEntry => ({
  name,
  owner: 'BDC',
  directory: `services/${name}`,
  package: `@hall/${name}-subgraph`,
  schema: `services/${name}/schema.graphql`,
  port,
  urls: { development: `http://localhost:${port}/graphql` },
});

describe('rendering', () => {
  it('replaces every placeholder, also between underscores, and leaves GraphQL names alone', () => {
    const values = { name: 'registry', Name: 'Registry', NAME: 'REGISTRY', QUERY_CELLS: 'F F F F F A' };
    expect(renderText('create__Name__Subgraph hall___name___owner __NAME___DATABASE_URL __QUERY_CELLS__', values)).toBe(
      'createRegistrySubgraph hall_registry_owner REGISTRY_DATABASE_URL F F F F F A',
    );
    expect(renderText("{ __typename: 'Case', __resolveReference, _entities }", values)).toBe(
      "{ __typename: 'Case', __resolveReference, _entities }",
    );
    expect(() => renderText('__Nmae__Note', values, 'schema.graphql.tmpl')).toThrow(
      'schema.graphql.tmpl: no value for the placeholder __Nmae__',
    );
    expect(renderPath('src/__name__.test.ts.tmpl', values)).toBe('src/registry.test.ts');
  });

  it('keeps every template file out of the tooling (.tmpl) and renders the whole template without a leftover', async () => {
    const files = templateFiles(TEMPLATE_DIR);
    expect(files.filter((file) => !file.endsWith('.tmpl'))).toEqual([]);
    const used = new Set(files.flatMap((file) => placeholdersOf(readFileSync(join(TEMPLATE_DIR, file), 'utf8'))));
    expect([...used].sort()).toEqual(
      ['DEPARTMENT', 'MUTATION_CELLS', 'NAME', 'Name', 'PORT', 'QUERY_CELLS', 'SUITE_OTHER', 'SUITE_OWNER', 'name', 'root'].sort(),
    );
    const temporary = temporaryRoot();
    try {
      const plan = await planSubgraph({ name: 'registry2', department: 'BDC', root: temporary.root });
      expect([...plan.files.keys()].sort()).toEqual(files.map((file) => file.replace(/\.tmpl$/, '')).sort());
      for (const [path, content] of plan.files) expect(content, path).not.toMatch(LEFTOVER);
      expect(plan.files.get('tsconfig.json')).toContain('"extends": "../../../../tsconfig.base.json"');
      expect(plan.files.get('vitest.config.ts')).toContain("from '../../../../vitest.shared'");
      expect(plan.files.get('schema.graphql')).toContain('registry2Note: Registry2Note');
      expect(plan.files.get('drizzle.config.ts')).toContain("schemaFilter: ['registry2']");
      expect(existsSync(plan.directory)).toBe(false);
    } finally {
      temporary.remove();
    }
  });

  it('pins the dependencies as services/duty/package.json does, read when generating', async () => {
    const duty = JSON.parse(readFileSync(join(REPOSITORY_ROOT, 'services/duty/package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    const temporary = temporaryRoot();
    try {
      const plan = await planSubgraph({ name: 'pins', department: 'BDC', root: temporary.root });
      const manifest = JSON.parse(plan.files.get('package.json') ?? '{}') as typeof duty & {
        name: string;
        scripts: Record<string, string>;
      };
      expect(manifest.name).toBe('@hall/pins-subgraph');
      expect(Object.keys(manifest.scripts).sort()).toEqual(['db:generate', 'lint', 'start', 'test', 'typecheck']);
      for (const [name, version] of Object.entries({ ...manifest.dependencies, ...manifest.devDependencies })) {
        expect(version, name).toBe(duty.dependencies[name] ?? duty.devDependencies[name] ?? '*');
      }
      expect(manifest.devDependencies['@hall/catalog-subgraph']).toBe('*');
      expect(manifest.dependencies.zod).toBe(duty.dependencies.zod);
    } finally {
      temporary.remove();
    }
    expect(() => pinDependencies('{ "dependencies": { "left-pad": "pinned" } }', {}, 'model')).toThrow('model pins no version of left-pad');
  });
});

describe('the subgraph list', () => {
  it('takes the next port above the highest, at least 4005', () => {
    expect(nextPort({ subgraphs: [4001, 4002, 4003, 4004].map((port, index) => ({ name: `s${index}`, port })) })).toBe(4005);
    expect(nextPort({ subgraphs: [{ name: 'a', port: 4001 }] })).toBe(4005);
    expect(nextPort({ subgraphs: [4001, 4010, 4006].map((port, index) => ({ name: `s${index}`, port })) })).toBe(4011);
  });

  it('adds the entry in the style of the others, the rest of the file unchanged, as prettier would write it', async () => {
    const text = readFileSync(join(REPOSITORY_ROOT, 'subgraphs.json'), 'utf8');
    const added = withEntry(text, entry('notes', 4099));
    const cut = text.lastIndexOf('}', text.lastIndexOf(']')) + 1;
    expect(added.startsWith(text.slice(0, cut))).toBe(true);
    expect(added.endsWith(text.slice(cut))).toBe(true);
    expect(added).toContain('\n      "urls": { "development": "http://localhost:4099/graphql" }\n    }\n  ]\n}\n');
    const parsed = JSON.parse(added) as { subgraphs: NewEntry[] };
    expect(parsed.subgraphs.at(-1)).toEqual(entry('notes', 4099));
    const config = (await prettier.resolveConfig(join(REPOSITORY_ROOT, 'subgraphs.json'))) ?? {};
    expect(await prettier.check(added, { ...config, filepath: join(REPOSITORY_ROOT, 'subgraphs.json') })).toBe(true);
  });

  it('writes 2-space JSON with a trailing newline when the list is laid out otherwise', () => {
    const text = readFileSync(join(REPOSITORY_ROOT, 'subgraphs.json'), 'utf8');
    const minified = JSON.stringify(JSON.parse(text));
    const added = withEntry(minified, entry('notes', 4099));
    expect(added).toBe(
      `${JSON.stringify({ ...JSON.parse(minified), subgraphs: [...JSON.parse(minified).subgraphs, entry('notes', 4099)] }, null, 2)}\n`,
    );
  });
});

describe('the authorization matrix row', () => {
  it('knows the reliability suite’s owning and other department as its identities do', async () => {
    const cast = await castOfDemoUsers();
    const { own, other } = suiteDepartments();
    expect([own.id, other.id]).toEqual([cast.ownDepartmentId, cast.otherDepartmentId]);
  });

  it('allows only the manager, unless the suite’s departments are the owner', () => {
    const { own, other } = suiteDepartments();
    const stranger = demoHall().departments.find((department) => ![own.code, other.code].includes(department.code));
    expect(ownerOnlyRow(stranger?.code ?? 'ZZZ')).toBe('F F F F F A');
    expect(ownerOnlyRow('NOSUCH')).toBe('F F F F F A');
    expect(ownerOnlyRow(own.code)).toBe('F A F A F A');
    expect(ownerOnlyRow(other.code)).toBe('F F A F F A');
  });
});

describe('refusals', () => {
  it('refuses a name that is not a subgraph name, or a reserved one', () => {
    for (const name of [undefined, '', 'Registry', 'r', '1abc', 'reg-istry', 'reg_istry', 'a'.repeat(31), 'registry ']) {
      expect(() => checkName(name), String(name)).toThrow(GeneratorRefusal);
    }
    expect(() => checkName('public')).toThrow('--name public is reserved');
    expect(() => checkName('gateway')).toThrow('GATEWAY_PORT');
    expect(checkName('registry')).toBe('registry');
    expect(checkName('a'.repeat(30))).toBe('a'.repeat(30));
  });

  it('refuses a department code that is not 2–16 capital letters and digits, or one the catalog cannot hold', () => {
    for (const code of ['bdc', 'B', '1BC', 'BD-C', 'A'.repeat(17)]) {
      expect(() => checkDepartment(code), String(code)).toThrow('is not a department code');
    }
    expect(() => checkDepartment(undefined)).toThrow('--department is required');
    expect(() => checkDepartment('')).toThrow('--department is required');
    expect(() => checkDepartment('BDC2')).toThrow('the catalog');
    expect(() => checkDepartment('ABCDEFGHIJK')).toThrow('the catalog');
    expect(checkDepartment('BDC')).toBe('BDC');
  });

  describe('writing nothing', () => {
    let temporary: TemporaryRoot;
    let before: { files: string[]; list: string };
    const snapshot = () => ({
      files: readdirSync(temporary.root, { recursive: true }).map(String).sort(),
      list: readFileSync(temporary.list, 'utf8'),
    });

    beforeAll(() => {
      temporary = temporaryRoot();
      mkdirSync(join(temporary.root, 'services/taken'));
      // A department subgraph of the list whose Query field the new one's would clash with.
      mkdirSync(join(temporary.root, 'services/clashing'));
      writeFileSync(join(temporary.root, 'services/clashing/schema.graphql'), 'type Query { clashNotes: Int }\n');
      const list = JSON.parse(readFileSync(temporary.list, 'utf8')) as { subgraphs: unknown[] };
      list.subgraphs.push({
        name: 'clashing',
        owner: 'GAJ',
        schema: 'services/clashing/schema.graphql',
        port: 4005,
        urls: { development: 'http://localhost:4005/graphql' },
      });
      writeFileSync(temporary.list, `${JSON.stringify(list, null, 2)}\n`);
      readSubgraphList(temporary.list);
      before = snapshot();
    });
    afterAll(() => temporary?.remove());

    for (const [what, options, message] of [
      ['a bad name', { name: 'Bad', department: 'BDC' }, 'is not a subgraph name'],
      ['a bad department', { name: 'fresh', department: 'bdc' }, 'is not a department code'],
      ['a name in the list', { name: 'catalog', department: 'BDC' }, 'a subgraph named catalog is already in'],
      ['an existing folder', { name: 'taken', department: 'BDC' }, 'services/taken already exists'],
      ['a schema that would not compose', { name: 'clash', department: 'BDC' }, 'would not compose with the other subgraphs'],
    ] as const) {
      it(`refuses ${what} and writes nothing`, async () => {
        await expect(generateSubgraph({ ...options, root: temporary.root, install: false })).rejects.toThrow(message);
        await expect(generateSubgraph({ ...options, root: temporary.root, install: false })).rejects.toBeInstanceOf(GeneratorRefusal);
        expect(snapshot()).toEqual(before);
      });
    }

    it('refuses at the command line with the message, exit code 1, and the usage for an unknown option', () => {
      const cli = (args: string[]) =>
        runBinary(REPOSITORY_ROOT, 'tsx', ['src/cli.ts', ...args], { cwd: join(REPOSITORY_ROOT, 'tools/new-subgraph') });
      const refused = cli(['--name', 'catalog', '--department', 'BDC', '--root', temporary.root, '--no-install']);
      expect(refused.status).toBe(1);
      expect(refused.output).toContain('new-subgraph: a subgraph named catalog is already in');
      expect(refused.output).toContain('Nothing was written.');
      const unknown = cli(['--name', 'fresh', '--departement', 'BDC']);
      expect(unknown.status).toBe(2);
      expect(unknown.output).toContain('usage: npm run new-subgraph');
      expect(snapshot()).toEqual(before);
    }, 120_000);
  });
});
