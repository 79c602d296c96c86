import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { platformSubgraphs, readSubgraphList, subgraphDirectory, subgraphSchemaPath } from '@hall/db';
import { afterAll, describe, expect, it } from 'vitest';
import { composeSupergraph, CompositionFailed, readCheckedInSupergraph } from './supergraph';

const folder = mkdtempSync(join(tmpdir(), 'hall-supergraph-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A department's subgraph that lives in its own repository: this list knows only its published schema and URLs. */
const PUBLISHED_SCHEMA = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])

type Case @key(fields: "id") {
  id: ID!
  "公安's ID-card production (身份证制证) status of this case."
  idCardProduction: String
}
`;

/** The hall's four (their schema files by absolute path) and one published schema, in a list of its own folder. */
function listWithPublished(schema: string): string {
  const hall = platformSubgraphs().subgraphs.filter((entry) => entry.owner === 'hall');
  mkdirSync(join(folder, 'published'), { recursive: true });
  writeFileSync(join(folder, 'published', 'idcard.graphql'), schema);
  const file = join(folder, 'subgraphs.json');
  const idcard = {
    name: 'idcard',
    owner: 'GAJ',
    schema: 'published/idcard.graphql',
    port: 4100,
    urls: { development: 'http://localhost:4100/graphql', production: 'https://idcard.gaj.example.gov.cn/graphql' },
  };
  const subgraphs = hall.map((entry) => ({
    ...entry,
    schema: subgraphSchemaPath(entry),
    ...(entry.directory ? { directory: subgraphDirectory({ ...entry, directory: entry.directory }) } : {}),
  }));
  writeFileSync(file, JSON.stringify({ subgraphs: [...subgraphs, idcard] }));
  return file;
}

describe('supergraph', () => {
  it('composes from the subgraphs and matches the checked-in file (run `npm run compose` when this fails)', () => {
    expect(readCheckedInSupergraph()).toBe(composeSupergraph());
  });

  it('composes a subgraph that lives in its own repository from its published schema, with the URL of the environment', () => {
    const list = readSubgraphList(listWithPublished(PUBLISHED_SCHEMA));
    const development = composeSupergraph(list);
    expect(development).toContain('IDCARD @join__graph(name: "idcard", url: "http://localhost:4100/graphql")');
    expect(development).toMatch(/idCardProduction: String @join__field\(graph: IDCARD\)/);
    const production = composeSupergraph(list, 'production');
    expect(production).toContain('IDCARD @join__graph(name: "idcard", url: "https://idcard.gaj.example.gov.cn/graphql")');
    // The hall's four name no production URL in this list: their development one stands (the gateway's <NAME>_URL overrides it).
    expect(production).toContain('CASES @join__graph(name: "cases", url: "http://localhost:4002/graphql")');
  });

  it('refuses a published schema that does not compose, naming the field', () => {
    const clash = PUBLISHED_SCHEMA.replace('idCardProduction: String', 'number: Int');
    const list = readSubgraphList(listWithPublished(clash));
    expect(() => composeSupergraph(list)).toThrow(CompositionFailed);
    expect(() => composeSupergraph(list)).toThrow(/Case\.number/);
  });
});
