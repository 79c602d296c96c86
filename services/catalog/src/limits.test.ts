// The catalog reached directly (issue 13): the kit's depth, alias and cost limits run inside the subgraph, its nested
// list of matters is capped, and `_entities` with a malformed id answers null for that entry only.
import { SUBGRAPH_QUERY_LIMITS } from '@hall/service-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hall, startCatalog, type CatalogTestSubgraph } from './test-helpers';

let subgraph: CatalogTestSubgraph;

beforeAll(async () => {
  subgraph = await startCatalog();
});
afterAll(() => subgraph?.close());

/** The attack: `{ departments { matters { department { matters { … } } } } }`, `depth` fields deep. */
function fanOut(depth: number): string {
  let selection = 'id';
  for (let level = depth - 1; level >= 2; level -= 1)
    selection = level % 2 === 0 ? `matters { ${selection} }` : `department { ${selection} }`;
  return `departments { ${selection} }`;
}

const codes = (result: { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }) =>
  (result.errors ?? []).map((error) => error.extensions?.code);

describe('query limits inside the catalog', () => {
  it('refuses the fan-out at depth 12 and thirty aliases of it with QUERY_TOO_COMPLEX, before resolving anything', async () => {
    const statements = subgraph.runtime.database.statements;
    for (const query of [`{ ${fanOut(12)} }`, `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: ${fanOut(12)}`).join(' ')} }`]) {
      const measured = await statements.measure(() => subgraph.execute(query));
      expect(codes(measured.result)).toEqual(['QUERY_TOO_COMPLEX']);
      expect(measured.result.data ?? null).toBeNull();
      expect(measured.statements).toBe(0);
    }
  });

  it('refuses by cost as soon as the lists multiply: depth 6 (departments × matters × matters) is too costly', async () => {
    const deep = await subgraph.execute(`{ ${fanOut(6)} }`);
    expect(codes(deep)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(deep.errors?.[0]?.extensions?.limit).toBe('cost');
    const shallow = await subgraph.execute(`{ ${fanOut(4)} }`);
    expect(shallow.errors).toBeUndefined();
  });

  it('counts the representations of an `_entities` fetch and refuses too many aliases', async () => {
    const representations = Array.from({ length: 2_000 }, () => ({ __typename: 'Department', id: hall.departments[0]?.id }));
    const many = await subgraph.execute(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Department { matters(first: 200) { id name } } } }',
      { r: representations },
    );
    expect(codes(many)).toEqual(['QUERY_TOO_COMPLEX']);
    const wide = await subgraph.execute(
      `{ ${Array.from({ length: SUBGRAPH_QUERY_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: hallCompression { rate }`).join(' ')} }`,
    );
    expect(wide.errors?.[0]?.extensions?.limit).toBe('aliases');
  });
});

describe('Department.matters is capped', () => {
  it('answers the first `first` (50 by default, at most 200) and refuses more', async () => {
    const department = [...hall.departments].sort(
      (a, b) => hall.matters.filter((m) => m.departmentId === b.id).length - hall.matters.filter((m) => m.departmentId === a.id).length,
    )[0];
    const published = hall.matters.filter((matter) => matter.departmentId === department?.id).length;
    expect(published).toBeGreaterThan(1);
    const all = await subgraph.execute<{ department: { matters: Array<{ id: string }> } }>(
      'query ($id: ID!) { department(id: $id) { matters { id } } }',
      { id: department?.id },
    );
    expect(all.data?.department.matters.length).toBe(Math.min(published, 50));
    const two = await subgraph.execute<{ department: { matters: Array<{ id: string }> } }>(
      'query ($id: ID!) { department(id: $id) { matters(first: 2) { id } } }',
      { id: department?.id },
    );
    expect(two.data?.department.matters.map((matter) => matter.id)).toEqual(
      all.data?.department.matters.slice(0, 2).map((matter) => matter.id),
    );
    const tooMany = await subgraph.execute('query ($id: ID!) { department(id: $id) { matters(first: 201) { id } } }', {
      id: department?.id,
    });
    expect(codes(tooMany)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('_entities with malformed ids', () => {
  it('answers null for each malformed entry and resolves the rest of the batch', async () => {
    const department = hall.departments[0];
    const matter = hall.matters[0];
    const result = await subgraph.execute<{ _entities: Array<{ id: string } | null> }>(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Department { id name } ... on Matter { id name } } }`,
      {
        r: [
          { __typename: 'Matter', id: 'not-a-uuid' },
          { __typename: 'Department', id: department?.id },
          { __typename: 'Matter', id: 5 },
          { __typename: 'Department' },
          { __typename: 'Matter', id: matter?.id },
          { __typename: 'Department', id: "00000000-0000-4000-8000-000000000000' OR 1=1" },
        ],
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities.map((entry) => entry?.id ?? null)).toEqual([null, department?.id, null, null, matter?.id, null]);
  });
});
