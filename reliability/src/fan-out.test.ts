// Suite 3b (issue 13): fan-out. Nested lists at depth 4..12, thirty aliases, fragments spreading lists and lists under
// `_entities`, through the gateway and at each subgraph directly: the cost counts lists, so what multiplies beyond the
// limits is refused with QUERY_TOO_COMPLEX before anything is resolved, and nothing answers an internal error.
import type { ServiceName } from '@hall/db';
import { demoHall } from '@hall/demo-hall';
import { startPlatform, type RunningPlatform } from '@hall/gateway/testing';
import { tokenFor } from '@hall/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportFigures } from './support/figures';
import { codesOf, post } from './support/graphql';

const hall = demoHall();
let platform: RunningPlatform;
let manager: string;

interface Attempt {
  target: 'gateway' | ServiceName;
  kind: string;
  depth: number;
  refused: boolean;
  codes: string[];
}
const attempts: Attempt[] = [];

beforeAll(async () => {
  platform = await startPlatform();
  manager = await tokenFor({ sub: 'manager', role: 'manager' });
}, 120_000);
afterAll(async () => {
  await platform?.stop();
  const byTarget: Record<string, { tried: number; refused: number }> = {};
  for (const attempt of attempts) {
    const entry = (byTarget[attempt.target] ??= { tried: 0, refused: 0 });
    entry.tried += 1;
    if (attempt.refused) entry.refused += 1;
  }
  reportFigures('fan-out', {
    tried: attempts.length,
    refused: attempts.filter((attempt) => attempt.refused).length,
    byTarget,
    answeredAtDepth: [
      ...new Set(attempts.filter((attempt) => !attempt.refused && attempt.depth > 0).map((a) => `${a.target}:${a.kind}:${a.depth}`)),
    ],
  });
});

/** Alternates a list field and its way back: `top { down { up { down { … id } } } }`, `depth` fields deep. */
function chain(top: string, down: string, up: string, depth: number): string {
  let selection = 'id';
  for (let level = depth - 1; level >= 2; level -= 1) selection = `${level % 2 === 0 ? down : up} { ${selection} }`;
  return `${top} { ${selection} }`;
}

const CHAINS = {
  // The issue's attack: departments { matters { department { matters { … } } } }.
  catalog: (depth: number) => chain('departments', 'matters', 'department', depth),
  duty: (depth: number) => chain('windows', 'departments', 'windows', depth),
  inspections: (depth: number) => chain('inspections', 'window', 'inspections', depth),
} as const;

const urlOf = (target: Attempt['target']) => (target === 'gateway' ? platform.gatewayUrl : platform.subgraphUrls[target]);

async function attempt(target: Attempt['target'], kind: string, depth: number, query: string, variables?: Record<string, unknown>) {
  const answer = await post(urlOf(target), query, variables, manager);
  const codes = codesOf(answer);
  const refused = codes.includes('QUERY_TOO_COMPLEX');
  attempts.push({ target, kind, depth, refused, codes });
  return { refused, codes, status: answer.status };
}

describe('fan-out queries (suite 3b)', () => {
  it('refuses the issue’s attack at depth 12, and thirty aliases of it, through the gateway and at the catalog', async () => {
    const attack = `{ ${CHAINS.catalog(12)} }`;
    const wide = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: ${CHAINS.catalog(12)}`).join(' ')} }`;
    for (const target of ['gateway', 'catalog'] as const) {
      for (const query of [attack, wide]) {
        const { codes, status } = await attempt(target, 'attack', 12, query);
        expect(codes, target).toEqual(['QUERY_TOO_COMPLEX']);
        expect(status, target).toBe(400);
      }
    }
  });

  it('refuses nested lists from the depth where they multiply past the cost, everywhere, depth 4 to 12', async () => {
    for (const [service, build] of Object.entries(CHAINS) as Array<[keyof typeof CHAINS, (depth: number) => string]>) {
      for (const target of ['gateway', service] as const) {
        for (let depth = 4; depth <= 12; depth += 1) {
          const { refused, codes } = await attempt(target, `${service} chain`, depth, `{ ${build(depth)} }`);
          expect(codes, `${target} ${service} depth ${depth}`).not.toContain('INTERNAL_SERVER_ERROR');
          // Five lists deep is beyond every limit, at the gateway and at the subgraphs' looser one.
          if (depth >= 10) expect(refused, `${target} ${service} depth ${depth}`).toBe(true);
        }
      }
    }
  });

  it('refuses thirty aliases of a list that is fine once', async () => {
    const wide = (field: string) => `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
    const cases = 'cases(first: 200) { nodes { id events { at to actorRole } } }';
    const queries: Array<[Attempt['target'], string]> = [
      ['gateway', wide(CHAINS.catalog(4))],
      ['catalog', wide('matters(first: 200) { id materials { name } jointDepartments { id } department { matters { id } } }')],
      ['gateway', wide(cases)],
      ['cases', wide(cases)],
      ['duty', wide(CHAINS.duty(5))],
      [
        'inspections',
        wide('inspections { id findings { id } items { comment } window { inspections { id findings { id } items { comment } } } }'),
      ],
    ];
    for (const [target, query] of queries) {
      const { codes } = await attempt(target, 'aliases x30', 0, query);
      expect(codes, target).toEqual(['QUERY_TOO_COMPLEX']);
    }
    const once = await post(platform.gatewayUrl, `{ ${cases} }`, undefined, manager);
    expect(codesOf(once)).not.toContain('QUERY_TOO_COMPLEX');
  });

  it('counts lists spread through fragments', async () => {
    const fragments = Array.from(
      { length: 5 },
      (_, i) => `fragment F${i} on Department { id matters { id department { ${i < 4 ? `...F${i + 1}` : 'id'} } } }`,
    ).join('\n');
    const query = `${fragments}\n{ departments { ...F0 } }`;
    for (const target of ['gateway', 'catalog'] as const) {
      const { codes } = await attempt(target, 'fragments', 0, query);
      expect(codes, target).toEqual(['QUERY_TOO_COMPLEX']);
    }
  });

  it('multiplies a list under `_entities` by the representations, at each subgraph', async () => {
    const departments = (count: number) =>
      Array.from({ length: count }, (_, i) => ({ __typename: 'Department', id: hall.departments[i % hall.departments.length]?.id }));
    const windows = (count: number) =>
      Array.from({ length: count }, (_, i) => ({ __typename: 'Window', id: hall.windows[i % hall.windows.length]?.id }));
    const period = { from: '2026-11-01', to: '2026-11-30' };
    const queries: Array<[ServiceName, string, Record<string, unknown>]> = [
      [
        'catalog',
        'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Department { matters(first: 200) { id department { matters { id } } } } } }',
        { r: departments(300) },
      ],
      [
        'duty',
        'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Department { staff { id department { windows { id } } } } } }',
        { r: departments(2_000) },
      ],
      [
        'inspections',
        'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Window { inspections { id window { inspections { id } } } } } }',
        { r: windows(1_000) },
      ],
      [
        'cases',
        'query ($r: [_Any!]!, $p: Period!) { _entities(representations: $r) { ... on Department { evaluationStats(period: $p) { total byLevel { level count } } caseStats(period: $p) { accepted completed onTimeRate } } } }',
        { r: departments(12_000), p: period },
      ],
    ];
    for (const [target, query, variables] of queries) {
      const { codes } = await attempt(target, '_entities list', 0, query, variables);
      expect(codes, target).toEqual(['QUERY_TOO_COMPLEX']);
    }
    // What the gateway's query plans send passes: a handful of representations with a list under them.
    const plan = await post(
      platform.subgraphUrls.catalog,
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Department { matters { id name } } } }',
      { r: departments(hall.departments.length) },
      manager,
    );
    expect(plan.errors).toBeUndefined();
  });

  it('never answers an internal error to a fan-out query', () => {
    expect(attempts.filter((entry) => entry.codes.includes('INTERNAL_SERVER_ERROR'))).toEqual([]);
    expect(attempts.length).toBeGreaterThan(60);
  });
});
