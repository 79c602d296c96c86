import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SUBGRAPHS_FILE, localSubgraphs, readSubgraphList, subgraphSchemaPath, subgraphUrl } from './subgraphs';

const folder = mkdtempSync(join(tmpdir(), 'hall-subgraphs-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const platform = JSON.parse(readFileSync(DEFAULT_SUBGRAPHS_FILE, 'utf8')) as { subgraphs: Array<Record<string, unknown>> };
const hall = platform.subgraphs.filter((entry) => ['catalog', 'cases', 'duty', 'inspections'].includes(String(entry.name)));

function listWith(subgraphs: unknown[], name = 'list'): string {
  const file = join(folder, `${name}-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify({ subgraphs }));
  return file;
}

describe('the platform subgraph list', () => {
  it('is valid, starts with the hall four, and every schema file exists', () => {
    const list = readSubgraphList();
    expect(list.subgraphs.slice(0, 4).map((entry) => entry.name)).toEqual(['catalog', 'cases', 'duty', 'inspections']);
    for (const entry of list.subgraphs) expect(existsSync(subgraphSchemaPath(entry, list)), entry.name).toBe(true);
    expect(localSubgraphs(list).length).toBe(list.subgraphs.filter((entry) => entry.directory).length);
  });

  it('takes a subgraph that lives elsewhere, by its published schema file relative to the list, and a URL per environment', () => {
    const file = listWith([
      ...hall,
      {
        name: 'passport',
        owner: 'GAJ',
        schema: 'published/passport.graphql',
        port: 4100,
        urls: { development: 'http://localhost:4100/graphql', production: 'https://passport.gaj.example.gov.cn/graphql' },
      },
    ]);
    const list = readSubgraphList(file);
    const entry = list.subgraphs.find((subgraph) => subgraph.name === 'passport');
    if (!entry) throw new Error('missing');
    expect(subgraphSchemaPath(entry, list)).toBe(join(folder, 'published', 'passport.graphql'));
    expect(subgraphUrl(entry, 'production')).toBe('https://passport.gaj.example.gov.cn/graphql');
    expect(subgraphUrl(entry, 'staging')).toBe('http://localhost:4100/graphql');
    expect(localSubgraphs(list).map((subgraph) => subgraph.name)).not.toContain('passport');
  });

  const extra = { name: 'registry', owner: 'BDC', schema: 'x.graphql', port: 4105, urls: { development: 'http://localhost:4105/graphql' } };
  it.each([
    ['a name used twice', [...hall, { ...extra, name: 'cases' }], 'name cases is used by more than one subgraph'],
    ['a port used twice', [...hall, { ...extra, port: 4001 }], 'port 4001 is used by more than one subgraph'],
    ['a missing hall subgraph', [...hall.slice(1), extra], "the hall's catalog subgraph is missing"],
    ['a name that is no PostgreSQL schema name', [...hall, { ...extra, name: 'Registry-1' }], 'subgraphs.4.name'],
    ['an owner that is no department code', [...hall, { ...extra, owner: 'bdc' }], 'subgraphs.4.owner'],
    ['a folder without its package', [...hall, { ...extra, directory: 'services/registry' }], 'names both its directory and its package'],
    ['an unknown field', [...hall, { ...extra, database: 'x' }], 'subgraphs.4'],
    ['a URL that is none', [...hall, { ...extra, urls: { development: 'localhost' } }], 'subgraphs.4.urls.development'],
  ])('refuses %s, saying what is wrong', (_label, subgraphs, message) => {
    expect(() => readSubgraphList(listWith(subgraphs))).toThrow(message);
  });
});
