// Suite 1: every query and mutation of every subgraph × every role, through the gateway and directly against the
// subgraph; the expected answers are the data in `authorization-matrix.ts`.
import { startPlatform, type RunningPlatform } from '@hall/gateway/testing';
import { signToken } from '@hall/service-kit';
import { tokenFor } from '@hall/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARGUMENT_OVERRIDES, MATRIX, type Cell } from './authorization-matrix';
import { argumentsFor } from './support/arguments';
import { reportFigures } from './support/figures';
import { codesOf, post } from './support/graphql';
import { castOfDemoUsers, ROLE_KEYS, type Cast } from './support/identities';
import { operationText, readAllSchemas } from './support/schema';
import { discoverTargets, type Targets } from './support/targets';

const schemas = readAllSchemas();
const fields = schemas.flatMap((schema) => schema.fields);
let platform: RunningPlatform;
let cast: Cast;
let targets: Targets;
const figures = { fields: fields.length, roles: ROLE_KEYS.length, cells: 0, requests: 0, mismatches: 0, badTokensRefused: 0 };

function cellOf(codes: string[]): Cell {
  if (codes.includes('UNAUTHENTICATED')) return 'U';
  if (codes.includes('FORBIDDEN')) return 'F';
  return 'A';
}

beforeAll(async () => {
  platform = await startPlatform();
  cast = await castOfDemoUsers();
  targets = await discoverTargets(cast, platform.subgraphUrls);
}, 120_000);
afterAll(async () => {
  await platform?.stop();
  reportFigures('authorization', figures);
});

describe('authorization matrix (suite 1)', () => {
  it('lists every Query and Mutation field of every subgraph schema, and nothing else', () => {
    expect(Object.keys(MATRIX).sort()).toEqual(fields.map((field) => field.key).sort());
  });

  for (const target of ['gateway', 'subgraph'] as const) {
    it(`answers each cell as the matrix says, ${target === 'gateway' ? 'through the gateway' : 'directly at each subgraph'}`, async () => {
      const observed: Record<string, string> = {};
      const details: string[] = [];
      for (const schema of schemas) {
        const url = target === 'gateway' ? platform.gatewayUrl : platform.urlOf(schema.service);
        for (const field of schema.fields) {
          const variables = argumentsFor(field, schema, targets, ARGUMENT_OVERRIDES(targets));
          const text = operationText(field, Object.keys(variables));
          let row = '';
          for (const role of ROLE_KEYS) {
            const response = await post(url, text, variables, cast.tokens[role]);
            figures.requests += 1;
            const codes = codesOf(response);
            expect(codes, `${field.key} as ${role}: ${JSON.stringify(response.errors)}`).not.toContain('INTERNAL_SERVER_ERROR');
            row += cellOf(codes);
            details.push(`${field.key} ${role}: ${codes.join(',') || 'ok'} ${response.errors?.[0]?.message ?? ''}`);
          }
          observed[field.key] = row;
        }
      }
      if (process.env.MATRIX_PRINT) console.log(JSON.stringify(observed, null, 1), details.join('\n'));
      const expected = Object.fromEntries(fields.map((field) => [field.key, MATRIX[field.key]?.replace(/\s/g, '')]));
      figures.cells += Object.keys(observed).length * ROLE_KEYS.length;
      const mismatches = Object.keys(observed).filter((key) => observed[key] !== expected[key]);
      figures.mismatches += mismatches.length;
      expect(Object.fromEntries(mismatches.map((key) => [key, observed[key]]))).toEqual(
        Object.fromEntries(mismatches.map((key) => [key, expected[key]])),
      );
    }, 180_000);
  }
});

describe('tokens (suite 1)', () => {
  it('refuses a malformed, forged, expired, wrongly signed or unsigned token everywhere with UNAUTHENTICATED', async () => {
    const good = cast.tokens.manager ?? '';
    const [header, payload] = good.split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as Record<string, unknown>;
    const forgedPayload = Buffer.from(JSON.stringify({ ...claims, role: 'manager', sub: 'intruder' })).toString('base64url');
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
    const otherSecret = await signToken(
      { sub: 'x', role: 'manager' },
      new TextEncoder().encode('another-secret-another-secret-another-secret'),
    );
    const expired = await tokenFor({ sub: 'x', role: 'manager' }, Math.floor(Date.now() / 1000) - 60);
    const bad: Record<string, string> = {
      malformed: 'Bearer not-a-token',
      'not bearer': `Basic ${good}`,
      forged: `Bearer ${header}.${forgedPayload}.${good.split('.')[2]}`,
      'alg none': `Bearer ${unsigned}`,
      'other secret': `Bearer ${otherSecret}`,
      expired: `Bearer ${expired}`,
    };
    const urls = [platform.gatewayUrl, ...Object.values(platform.subgraphUrls)];
    for (const url of urls) {
      for (const [label, authorization] of Object.entries(bad)) {
        // The gateway itself answers `{ __typename }` without a subgraph; ask for something a subgraph owns.
        const response = await post(url, '{ departments { id } }', undefined, undefined, authorization).then((answer) =>
          url === platform.gatewayUrl || url === platform.subgraphUrls.catalog
            ? answer
            : post(url, '{ __typename }', undefined, undefined, authorization),
        );
        figures.requests += 1;
        expect(codesOf(response), `${label} at ${url}`).toEqual(['UNAUTHENTICATED']);
        figures.badTokensRefused += 1;
        expect(Object.values(response.data ?? {}).every((value) => value === null)).toBe(true);
      }
    }
  });
});
