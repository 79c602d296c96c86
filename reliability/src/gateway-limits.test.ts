// Suite 3: the gateway refuses queries that are too deep, too wide or too costly, and bodies that are too large,
// with coded errors; production mode has no introspection, no demo sign-in, and no start with the development secret.
import { spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { fileURLToPath } from 'node:url';
import { startGateway } from '@hall/gateway';
import { startPlatform, type RunningPlatform } from '@hall/gateway/testing';
import { limitsFromEnv } from '@hall/gateway/limits';
import { DEVELOPMENT_AUTH_SECRET, type RunningServer } from '@hall/service-kit';
import { tokenFor } from '@hall/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportFigures } from './support/figures';
import { codesOf, post } from './support/graphql';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let platform: RunningPlatform;
let supervisor: string;
let deptAdmin: string;
let staff: string;
const figures: Record<string, unknown> = {};

beforeAll(async () => {
  platform = await startPlatform();
  supervisor = await tokenFor({ sub: 'supervisor', role: 'supervisor', supervisorId: '00000000-0000-4000-8000-000000000001' });
  deptAdmin = await tokenFor({ sub: 'admin', role: 'dept_admin', dept: '00000000-0000-4000-8000-000000000002' });
  staff = await tokenFor({
    sub: 'staff',
    role: 'staff',
    dept: '00000000-0000-4000-8000-000000000002',
    staffId: '00000000-0000-4000-8000-000000000003',
  });
}, 120_000);
afterAll(async () => {
  await platform?.stop();
  reportFigures('gateway-limits', figures);
});

function nested(depth: number): string {
  let selection = 'id';
  for (let level = 1; level < depth; level += 1) selection = level % 2 === 1 ? `matters { id department { ${selection} } }` : selection;
  return `{ departments { ${selection} } }`;
}

async function rawPost(
  url: string,
  body: string,
): Promise<{ status: number; json: { errors?: Array<{ extensions?: Record<string, unknown> }> } }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: response.status, json: (await response.json()) as { errors?: Array<{ extensions?: Record<string, unknown> }> } };
}

describe('query limits (suite 3)', () => {
  it('refuses depth and aliases beyond the limits with QUERY_TOO_COMPLEX, and keeps ordinary queries', async () => {
    const limits = limitsFromEnv({});
    // Departments × matters is within the cost limit (a second level of matters is not: fan-out.test.ts).
    const ok = await post(platform.gatewayUrl, nested(2));
    expect(ok.errors).toBeUndefined();
    const deep = await post(platform.gatewayUrl, nested(limits.maxDepth + 4));
    expect(codesOf(deep)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(deep.errors?.[0]?.extensions?.limit).toBe('depth');
    expect(deep.status).toBe(400);
    const aliases = Array.from({ length: limits.maxAliases + 1 }, (_, i) => `a${i}: departments { id }`).join(' ');
    const wide = await post(platform.gatewayUrl, `{ ${aliases} }`);
    expect(codesOf(wide)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(wide.errors?.[0]?.extensions?.limit).toBe('aliases');
    const fragments = `fragment D on Department { id code name matters { id name code } }
      query { departments { ...D matters { department { ...D matters { department { ...D matters { department { ...D } } } } } } } }`;
    const viaFragments = await post(platform.gatewayUrl, fragments);
    expect(codesOf(viaFragments)).not.toContain('INTERNAL_SERVER_ERROR');
    figures.defaults = limits;
  });

  it('limits are configurable by environment (a gateway with GATEWAY_MAX_COST=20 refuses a 25-field query)', async () => {
    let small: RunningServer | undefined;
    try {
      small = await startGateway({
        port: 0,
        subgraphUrls: platform.subgraphUrls,
        corsOrigins: [],
        limits: limitsFromEnv({ GATEWAY_MAX_COST: '20', GATEWAY_MAX_DEPTH: '3' }),
      });
      const fields = Array.from({ length: 12 }, () => 'id code name')
        .join(' ')
        .split(' ')
        .slice(0, 25);
      const costly = await post(
        small.url,
        `{ departments { ${[...new Set(fields)].join(' ')} matters { id code name kind category legalLimitDays committedLimitDays status version } } hallCompression { rate } matters { id name code kind category status version } }`,
      );
      expect(codesOf(costly)).toEqual(['QUERY_TOO_COMPLEX']);
      expect(costly.errors?.[0]?.extensions?.limit).toBe('cost');
      const deep = await post(small.url, nested(4));
      expect(deep.errors?.[0]?.extensions?.limit).toBe('depth');
      expect((await post(small.url, '{ hallCompression { rate } }')).errors).toBeUndefined();
    } finally {
      await small?.close();
    }
  });

  it('refuses large bodies except evidence uploads, and answers malformed bodies with a coded JSON error', async () => {
    const limits = limitsFromEnv({});
    const padding = 'x'.repeat(limits.maxBodyBytes + 1);
    const large = await post(platform.gatewayUrl, 'query($q: String!) { matters(filter: { search: $q }) { id } }', { q: padding });
    expect(large.status).toBe(413);
    expect(codesOf(large)).toEqual(['REQUEST_TOO_LARGE']);
    const photo = Buffer.alloc(1024 * 1024, 7).toString('base64');
    const upload = await post(
      platform.gatewayUrl,
      'mutation($id: ID!, $file: EvidenceUpload!) { addInspectionEvidence(inspectionId: $id, file: $file) { id } }',
      { id: '00000000-0000-4000-8000-000000000000', file: { fileName: 'a.jpg', contentBase64: photo } },
      supervisor,
    );
    expect(upload.status).not.toBe(413);
    expect(codesOf(upload).length).toBeGreaterThan(0);
    expect(codesOf(upload)).not.toContain('REQUEST_TOO_LARGE');
    const huge = await rawPost(
      platform.gatewayUrl,
      JSON.stringify({ query: 'mutation { addInspectionEvidence }', variables: { x: 'y'.repeat(limits.maxUploadBodyBytes + 10) } }),
    );
    expect(huge.status).toBe(413);
    expect(huge.json.errors?.[0]?.extensions?.code).toBe('REQUEST_TOO_LARGE');
    const malformed = await rawPost(platform.gatewayUrl, '{"query": ');
    expect(malformed.status).toBe(400);
    expect(malformed.json.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    figures.bodies = { refusedLarge: 2, uploadOf1MiBPassedTheGuard: true, malformedRefused: true };
  });
});

/**
 * Announces a body of `length` bytes but sends only its first bytes: an answer proves the server decided without
 * reading (or buffering) the body.
 */
function announce(url: string, length: number, authorization?: string): Promise<{ status: number; code: unknown }> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(length), ...(authorization ? { authorization } : {}) },
    });
    const timer = setTimeout(() => {
      outgoing.destroy();
      resolve({ status: 0, code: 'NO_ANSWER_WITHOUT_THE_BODY' });
    }, 15_000);
    outgoing.on('response', (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString()));
      response.on('end', () => {
        clearTimeout(timer);
        outgoing.destroy();
        const answer = JSON.parse(text) as { errors?: Array<{ extensions?: { code?: unknown } }> };
        resolve({ status: response.statusCode ?? 0, code: answer.errors?.[0]?.extensions?.code });
      });
    });
    outgoing.on('error', reject);
    outgoing.write(
      '{"query":"mutation($id: ID!, $file: EvidenceUpload!) { addInspectionEvidence(inspectionId: $id, file: $file) { id } }",',
    );
  });
}

const EVIDENCE = 'mutation($id: ID!, $file: EvidenceUpload!) { addInspectionEvidence(inspectionId: $id, file: $file) { id } }';
const RESPONSE = 'mutation($id: ID!, $input: RectificationResponseInput!) { respondToRectification(id: $id, input: $input) { id } }';

describe('uploads are authorized before their body is read (issue 13)', () => {
  it('refuses a 2 MB body from the public, staff or a forged token before reading it, at the gateway and at inspections', async () => {
    const size = 2 * 1024 * 1024;
    const tried: Array<{ where: string; who: string; status: number; code: unknown }> = [];
    for (const [where, url] of [
      ['gateway', platform.gatewayUrl],
      ['inspections', platform.subgraphUrls.inspections],
    ] as const) {
      for (const [who, authorization] of [
        ['public', undefined],
        ['staff', `Bearer ${staff}`],
        ['forged', 'Bearer not.a.token'],
      ] as const) {
        tried.push({ where, who, ...(await announce(url, size, authorization)) });
      }
    }
    expect(tried.map(({ where, who, status, code }) => `${where} ${who} ${status} ${code}`)).toEqual([
      'gateway public 413 REQUEST_TOO_LARGE',
      'gateway staff 413 REQUEST_TOO_LARGE',
      'gateway forged 401 UNAUTHENTICATED',
      'inspections public 413 REQUEST_TOO_LARGE',
      'inspections staff 413 REQUEST_TOO_LARGE',
      'inspections forged 401 UNAUTHENTICATED',
    ]);
    figures.largeBodiesRefusedUnread = tried.length;
  });

  it("passes a supervisor's 1 MiB evidence and a department admin's 1 MiB response, at the gateway and at inspections", async () => {
    const photo = Buffer.alloc(1024 * 1024, 7).toString('base64');
    const passed: string[] = [];
    for (const [where, url] of [
      ['gateway', platform.gatewayUrl],
      ['inspections', platform.subgraphUrls.inspections],
    ] as const) {
      const evidence = await post(
        url,
        EVIDENCE,
        { id: '00000000-0000-4000-8000-000000000000', file: { fileName: 'a.jpg', contentBase64: photo } },
        supervisor,
      );
      const response = await post(
        url,
        RESPONSE,
        {
          id: '00000000-0000-4000-8000-000000000000',
          input: { actions: 'fixed', evidence: [{ fileName: 'a.jpg', contentBase64: photo }] },
        },
        deptAdmin,
      );
      for (const [what, answer] of [
        ['evidence', evidence],
        ['response', response],
      ] as const) {
        // The body was read and the mutation ran: it refuses the unknown record by itself, not for size.
        expect(answer.status, `${where} ${what}`).not.toBe(413);
        expect(codesOf(answer), `${where} ${what}`).not.toContain('REQUEST_TOO_LARGE');
        expect(codesOf(answer).length, `${where} ${what}`).toBeGreaterThan(0);
        passed.push(`${where} ${what}`);
      }
      // The right size from the wrong role (a department admin's evidence) is refused after verification.
      const wrongRole = await post(
        url,
        EVIDENCE,
        { id: '00000000-0000-4000-8000-000000000000', file: { fileName: 'a.jpg', contentBase64: photo } },
        deptAdmin,
      );
      expect(wrongRole.status, where).toBe(413);
    }
    figures.largeUploadsPassed = passed.length;
  });
});

describe('response size (issue 13)', () => {
  it('answers RESPONSE_TOO_LARGE instead of a body above GATEWAY_MAX_RESPONSE', async () => {
    let small: RunningServer | undefined;
    try {
      small = await startGateway({
        port: 0,
        subgraphUrls: platform.subgraphUrls,
        corsOrigins: [],
        limits: limitsFromEnv({ GATEWAY_MAX_RESPONSE: '2048' }),
      });
      const big = await post(small.url, '{ departments { id code name shortName hallZone contactPhone } }');
      expect(codesOf(big)).toEqual(['RESPONSE_TOO_LARGE']);
      expect(big.data ?? null).toBeNull();
      expect((await post(small.url, '{ hallCompression { rate } }')).errors).toBeUndefined();
      figures.responseCap = { defaultBytes: limitsFromEnv({}).maxResponseBytes, refusedAbove2048: true };
    } finally {
      await small?.close();
    }
  });
});

describe('production mode (suite 3)', () => {
  it('has no introspection and no demo sign-in', async () => {
    const saved = { NODE_ENV: process.env.NODE_ENV, AUTH_SECRET: process.env.AUTH_SECRET };
    process.env.NODE_ENV = 'production';
    process.env.AUTH_SECRET = 'a-production-secret-of-at-least-32-characters';
    let gateway: RunningServer | undefined;
    try {
      gateway = await startGateway({ port: 0, subgraphUrls: platform.subgraphUrls, corsOrigins: [] });
      const origin = new URL(gateway.url).origin;
      expect((await fetch(`${origin}/dev/users`)).status).toBe(404);
      expect(
        (await fetch(`${origin}/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"userId":"x"}' }))
          .status,
      ).toBe(404);
      const introspection = await post(gateway.url, '{ __schema { types { name } } }');
      expect(codesOf(introspection)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(introspection.data ?? null).toBeNull();
    } finally {
      await gateway?.close();
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
    const development = await post(platform.gatewayUrl, '{ __schema { queryType { name } } }');
    expect(development.errors).toBeUndefined();
  });

  const ENTRIES = [
    'gateway/src/main.ts',
    'services/catalog/src/main.ts',
    'services/cases/src/main.ts',
    'services/duty/src/main.ts',
    'services/inspections/src/main.ts',
  ];

  function run(
    entry: string,
    secret: string | undefined,
    mode: Record<string, string> = { NODE_ENV: 'production' },
  ): Promise<{ code: number | null; output: string; timedOut: boolean }> {
    return new Promise((resolve) => {
      const env: NodeJS.ProcessEnv = {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        ...mode,
        // Were the check missing, nothing would be reachable: no database, no port of the machine.
        DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
        GATEWAY_PORT: '0',
        CATALOG_PORT: '0',
        CASES_PORT: '0',
        DUTY_PORT: '0',
        INSPECTIONS_PORT: '0',
        ...(secret === undefined ? {} : { AUTH_SECRET: secret }),
      };
      const child = spawn(process.execPath, ['--import', 'tsx', entry], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const timer = setTimeout(() => child.kill('SIGKILL'), 45_000);
      child.on('exit', (code, signal) => {
        clearTimeout(timer);
        resolve({ code, output, timedOut: signal === 'SIGKILL' });
      });
    });
  }

  it('the gateway and every subgraph refuse to start with the development secret or none, unless HALL_DEV=1 outside production (real processes)', async () => {
    // The explicit development secret for every process, and no secret at all for the gateway; three at a time.
    // Without NODE_ENV=production and without HALL_DEV=1 a start is not development either: no secret, no start.
    // HALL_DEV=1 does not open production.
    const production = { NODE_ENV: 'production' };
    const cases: Array<{ entry: string; secret: string | undefined; mode: Record<string, string> }> = [
      ...ENTRIES.map((entry) => ({ entry, secret: DEVELOPMENT_AUTH_SECRET as string | undefined, mode: production })),
      { entry: ENTRIES[0] ?? '', secret: undefined, mode: production },
      { entry: ENTRIES[0] ?? '', secret: undefined, mode: {} },
      { entry: ENTRIES[2] ?? '', secret: undefined, mode: {} },
      { entry: ENTRIES[1] ?? '', secret: DEVELOPMENT_AUTH_SECRET, mode: {} },
      { entry: ENTRIES[0] ?? '', secret: undefined, mode: { ...production, HALL_DEV: '1' } },
    ];
    const results: Array<{
      entry: string;
      secret: string | undefined;
      mode: Record<string, string>;
      code: number | null;
      output: string;
      timedOut: boolean;
    }> = [];
    for (let i = 0; i < cases.length; i += 3) {
      results.push(
        ...(await Promise.all(
          cases.slice(i, i + 3).map(async ({ entry, secret, mode }) => ({ entry, secret, mode, ...(await run(entry, secret, mode)) })),
        )),
      );
    }
    for (const result of results) {
      const label = `${result.entry} with ${result.secret ? 'the development secret' : 'no AUTH_SECRET'} and ${JSON.stringify(result.mode)}`;
      expect(result.timedOut, label).toBe(false);
      expect(result.code, `${label}: ${result.output.slice(-400)}`).not.toBe(0);
      expect(result.output, label).toContain('AUTH_SECRET must be set');
    }
    figures.productionStartRefused = `${results.filter((result) => result.mode.NODE_ENV && result.code !== 0).length}/${
      results.filter((result) => result.mode.NODE_ENV).length
    }`;
    figures.startWithoutDevelopmentModeRefused = `${results.filter((result) => !result.mode.NODE_ENV && result.code !== 0).length}/${
      results.filter((result) => !result.mode.NODE_ENV).length
    }`;
  }, 240_000);
});
