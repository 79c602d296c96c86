import { Writable } from 'node:stream';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createApolloServer } from './apollo';
import { createLogger } from './logger';

const schema = buildSubgraphSchema({
  typeDefs: parse('type Query { sum(values: [Int!]!): Int! }'),
  resolvers: { Query: { sum: (_root: unknown, { values }: { values: number[] }) => values.reduce((total, value) => total + value, 0) } },
});

async function answer(values: unknown[]) {
  const lines: string[] = [];
  const destination = new Writable({ write: (chunk: Buffer, _encoding, done) => (lines.push(chunk.toString()), done()) });
  const server = createApolloServer({ schema, logger: createLogger('test', { destination }) });
  const response = await server.executeOperation({ query: 'query ($values: [Int!]!) { sum(values: $values) }', variables: { values } });
  await server.stop();
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return { status: response.http.status, result: response.body.singleResult, lines };
}

describe('wrong values in the variables', () => {
  it('codes each of up to 50 wrong list items BAD_USER_INPUT', async () => {
    const { status, result } = await answer(Array.from({ length: 50 }, (_, index) => `item ${index}`));
    expect(status).toBe(400);
    expect(result.errors).toHaveLength(50);
    expect(new Set(result.errors?.map((error) => error.extensions?.code))).toEqual(new Set(['BAD_USER_INPUT']));
  });

  it('codes the abort after graphql-js’s 50-error limit BAD_USER_INPUT too, never as an internal error, and logs nothing', async () => {
    const { status, result, lines } = await answer(Array.from({ length: 60 }, (_, index) => `item ${index}`));
    expect(status).toBe(400);
    expect(result.errors?.length).toBe(51);
    expect(new Set(result.errors?.map((error) => error.extensions?.code))).toEqual(new Set(['BAD_USER_INPUT']));
    expect(result.errors?.at(-1)?.message).toContain('too many invalid values');
    expect(lines).toEqual([]);
  });

  it('still answers right values', async () => {
    const { status, result } = await answer([1, 2, 3]);
    expect(status ?? 200).toBe(200);
    expect(result.data).toEqual({ sum: 6 });
  });
});

describe('text that is not well-formed Unicode', () => {
  const echo = buildSubgraphSchema({
    typeDefs: parse('type Query { echo(text: String!, more: [String!]): String! }'),
    resolvers: { Query: { echo: (_root: unknown, { text }: { text: string }) => text } },
  });

  async function ask(query: string, variables?: Record<string, unknown>) {
    const server = createApolloServer({ schema: echo, logger: createLogger('test', { destination: new Writable({ write: (_c, _e, done) => done() }) }) });
    const response = await server.executeOperation({ query, ...(variables ? { variables } : {}) });
    await server.stop();
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { status: response.http.status, result: response.body.singleResult };
  }

  it('refuses a lone surrogate in a variable, nested too, as BAD_USER_INPUT (HTTP 400) naming the variable', async () => {
    const { status, result } = await ask('query ($text: String!, $more: [String!]) { echo(text: $text, more: $more) }', {
      text: 'ok',
      more: ['fine', 'broken \ud800'],
    });
    expect(status).toBe(400);
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.message).toContain('$more.1');
  });

  it('leaves one written into the operation itself to the parser, which refuses it with a code', async () => {
    const { result } = await ask('{ echo(text: "\\ud800") }');
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['GRAPHQL_PARSE_FAILED']);
  });

  it('answers well-formed text, characters beyond the BMP (surrogate pairs) included', async () => {
    const { result } = await ask('query ($text: String!) { echo(text: $text) }', { text: '𠀀 不动产 ok' });
    expect(result.data).toEqual({ echo: '𠀀 不动产 ok' });
  });
});
