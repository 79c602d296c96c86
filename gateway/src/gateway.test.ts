import { demoHall, demoUsers } from '@hall/demo-hall';
import { MAX_TOKEN_LIFETIME_SECONDS } from '@hall/service-kit';
import { tokenFor } from '@hall/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway } from './gateway';
import { startPlatform, type RunningPlatform } from './testing';

const hall = demoHall();
const staffUser = demoUsers(hall).find((user) => user.role === 'staff');
const WEB_ORIGIN = 'http://localhost:9000';

let platform: RunningPlatform;
let managerToken: string;
let staffToken: string;

type GraphQLResponse<T> = { data?: T | null; errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }> };

async function query<T>(text: string, token?: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
  const response = await fetch(platform.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: text, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

beforeAll(async () => {
  platform = await startPlatform({ corsOrigins: [WEB_ORIGIN] });
  managerToken = await tokenFor({ sub: 'manager', role: 'manager' });
  if (!staffUser?.dept || !staffUser.staffId) throw new Error('demo hall needs a staff user');
  staffToken = await tokenFor({ sub: staffUser.id, role: 'staff', dept: staffUser.dept, staffId: staffUser.staffId });
});
afterAll(() => platform?.stop());

const ACROSS_ALL_FOUR = `{
  departments {
    code name
    matters { name caseCount }
    staff { name department { code } }
    windows { number inspections { score findings { description } } }
  }
}`;

type AcrossAllFour = {
  departments: Array<{
    code: string;
    matters: Array<{ caseCount: number }>;
    staff: Array<{ department: { code: string } | null }> | null;
    windows: Array<{ inspections: Array<{ score: number | null }> | null }> | null;
  }>;
};

async function askSubgraph<T>(name: string, text: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(platform.urlOf(name), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${managerToken}` },
    body: JSON.stringify({ query: text, variables }),
  });
  const answer = (await response.json()) as GraphQLResponse<T>;
  expect(answer.errors).toBeUndefined();
  return answer.data as T;
}

describe('the monthly report through the gateway', () => {
  it('ranks and judges with the figures each subgraph gives when asked directly', async () => {
    const november = { from: '2026-11-01', to: '2026-11-30' };
    const result = await query<{
      monthlyReport: {
        unavailable: string[];
        ranking: { entries: Array<{ department: { id: string; code: string }; attendanceRate: number | null; inspectionScore: number | null; place: number | null }> };
        candidates: Array<{ kind: string; subjectId: string; staff: { name: string } | null; window: { number: string } | null }>;
        flags: Array<{ kind: string; window: { id: string } | null; value: number }>;
      };
    }>(
      `{ monthlyReport(month: "2026-11") { unavailable
          ranking { entries { department { id code } attendanceRate inspectionScore place } }
          candidates { kind subjectId staff { name } window { number } }
          flags { kind window { id } value } } }`,
      managerToken,
    );
    expect(result.errors).toBeUndefined();
    const report = result.data?.monthlyReport;
    if (!report) throw new Error('no report');
    expect(report.unavailable).toEqual([]);
    const representations = report.ranking.entries.map((entry) => ({ __typename: 'Department', id: entry.department.id }));
    expect(representations).toHaveLength(hall.departments.length);
    const duty = await askSubgraph<{ _entities: Array<{ id: string; dutyStats: { attendanceRate: number | null } }>; unattendedIncidents: Array<{ window: { id: string } }> }>(
      'duty',
      `query ($r: [_Any!]!, $p: Period!) { _entities(representations: $r) { ... on Department { id dutyStats(period: $p) { attendanceRate } } } unattendedIncidents(period: $p) { window { id } } }`,
      { r: representations, p: november },
    );
    const inspections = await askSubgraph<{ _entities: Array<{ id: string; inspectionStats: { averageScore: number | null } }>; windowInspectionRecords: Array<{ window: { id: string }; inspections: number; findings: number; belowPassThreshold: number }> }>(
      'inspections',
      `query ($r: [_Any!]!, $p: Period!, $year: Period!) { _entities(representations: $r) { ... on Department { id inspectionStats(period: $p) { averageScore } } }
        windowInspectionRecords(period: $year) { window { id } inspections findings belowPassThreshold } }`,
      { r: representations, p: november, year: { from: '2025-12-01', to: '2026-11-30' } },
    );
    const attendance = new Map(duty._entities.map((entity) => [entity.id, entity.dutyStats.attendanceRate]));
    const scores = new Map(inspections._entities.map((entity) => [entity.id, entity.inspectionStats.averageScore]));
    for (const entry of report.ranking.entries) {
      expect(entry.attendanceRate).toBe(attendance.get(entry.department.id));
      expect(entry.inspectionScore).toBe(scores.get(entry.department.id));
    }
    expect(report.ranking.entries.some((entry) => entry.attendanceRate !== null && entry.inspectionScore !== null)).toBe(true);
    // Candidates carry the duty subgraph's names; no window with an unattended incident is a red-flag candidate.
    const unattended = new Set(duty.unattendedIncidents.map((incident) => incident.window.id));
    for (const candidate of report.candidates) {
      if (candidate.kind === 'SERVICE_STAR') expect(candidate.staff?.name).toBeTruthy();
      else {
        expect(candidate.window?.number).toBeTruthy();
        expect(unattended.has(candidate.subjectId)).toBe(false);
      }
    }
    const quiet = inspections.windowInspectionRecords.filter((record) => record.inspections >= 3 && record.findings === 0).map((record) => record.window.id);
    expect(report.flags.filter((flag) => flag.kind === 'QUIET_INSPECTIONS').map((flag) => flag.window?.id).sort()).toEqual(quiet.sort());
  });
});

describe('gateway', () => {
  it('answers one query that crosses all four subgraphs', async () => {
    const result = await query<AcrossAllFour>(ACROSS_ALL_FOUR, managerToken);
    expect(result.errors).toBeUndefined();
    const departments = result.data?.departments ?? [];
    expect(departments.length).toBe(hall.departments.length);
    const caseCount = departments.flatMap((department) => department.matters).reduce((sum, matter) => sum + matter.caseCount, 0);
    expect(caseCount).toBe(hall.cases.length);
    expect(departments.every((department) => department.staff?.every((member) => member.department?.code === department.code))).toBe(true);
    const inspected = departments.flatMap((department) => (department.windows ?? []).flatMap((window) => window.inspections ?? []));
    expect(inspected.length).toBeGreaterThan(0);
  });

  it('resolves from cases back to the catalog, with the caller’s token forwarded', async () => {
    type Cases = { cases: { nodes: Array<{ number: string; matter: { name: string; department: { id: string } } }> } };
    const result = await query<Cases>(`{ cases(first: 50) { nodes { number matter { name department { id } } } } }`, staffToken);
    expect(result.errors).toBeUndefined();
    const nodes = result.data?.cases.nodes ?? [];
    expect(nodes.length).toBe(hall.cases.filter((kase) => kase.departmentId === staffUser?.dept).length);
    expect(nodes.every((node) => node.matter.department.id === staffUser?.dept && node.matter.name.length > 0)).toBe(true);
  });

  it('passes a subgraph’s refusal through with its code and without internal details', async () => {
    const result = await query<unknown>(`{ cases { nodes { id } } }`);
    const error = result.errors?.[0];
    expect(error?.extensions?.code).toBe('FORBIDDEN');
    for (const key of ['serviceName', 'query', 'variables', 'stacktrace', 'exception']) expect(error?.extensions).not.toHaveProperty(key);
  });

  it('refuses a forged token with UNAUTHENTICATED and no internal URL', async () => {
    const result = await query<{ cases: unknown }>(`{ cases { nodes { id } } }`, 'forged.token.value');
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]).toMatchObject({ message: 'invalid token', extensions: { code: 'UNAUTHENTICATED' } });
    expect(JSON.stringify(result)).not.toContain('127.0.0.1');
  });

  it('reports each subgraph on /health and allows the front ends’ origin', async () => {
    const health = await fetch(`${platform.gatewayOrigin}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', subgraphs: { catalog: 'up', cases: 'up', duty: 'up', inspections: 'up' } });
    const preflight = await fetch(platform.gatewayUrl, {
      method: 'OPTIONS',
      headers: { origin: WEB_ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe(WEB_ORIGIN);
    const foreign = await fetch(`${platform.gatewayOrigin}/health`, { headers: { origin: 'http://evil.example' } });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('signs in a demo user through the development endpoints', async () => {
    const users = (await (await fetch(`${platform.gatewayOrigin}/dev/users`)).json()) as Array<{ id: string; role: string }>;
    const manager = users.find((user) => user.role === 'manager');
    const signIn = await fetch(`${platform.gatewayOrigin}/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: manager?.id }),
    });
    const { token } = (await signIn.json()) as { token: string };
    const result = await query<{ cases: { nodes: unknown[] } }>(`{ cases(first: 100) { nodes { id } } }`, token);
    expect(result.data?.cases.nodes).toHaveLength(Math.min(100, hall.cases.length));
    const unknown = await fetch(`${platform.gatewayOrigin}/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"userId":"nobody"}' });
    expect(unknown.status).toBe(400);
  });

  it('has no demo sign-in unless development is asked for (HALL_DEV=1), production or not', async () => {
    const saved = { HALL_DEV: process.env.HALL_DEV, AUTH_SECRET: process.env.AUTH_SECRET };
    delete process.env.HALL_DEV;
    process.env.AUTH_SECRET = 'a-real-secret-of-at-least-32-characters!';
    let gateway: Awaited<ReturnType<typeof startGateway>> | undefined;
    try {
      gateway = await startGateway({ port: 0, subgraphUrls: platform.subgraphUrls, corsOrigins: [] });
      const origin = new URL(gateway.url).origin;
      expect((await fetch(`${origin}/dev/users`)).status).toBe(404);
      const signIn = await fetch(`${origin}/dev/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"userId":"x"}',
      });
      expect(signIn.status).toBe(404);
    } finally {
      await gateway?.close();
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
    // The development gateway of this suite has it, and its tokens expire.
    const users = (await (await fetch(`${platform.gatewayOrigin}/dev/users`)).json()) as Array<{ id: string }>;
    const answer = await fetch(`${platform.gatewayOrigin}/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: users[0]?.id }),
    });
    const { token } = (await answer.json()) as { token: string };
    const { exp = 0, iat = 0 } = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as { exp?: number; iat?: number };
    expect(exp - iat).toBeGreaterThan(0);
    expect(exp - iat).toBeLessThanOrEqual(MAX_TOKEN_LIFETIME_SECONDS);
  });

  it('keeps answering what it can when a subgraph is down, naming the missing part', async () => {
    await platform.stopSubgraph('inspections');
    const health = await fetch(`${platform.gatewayOrigin}/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ subgraphs: { inspections: 'down', catalog: 'up' } });
    const result = await query<AcrossAllFour>(ACROSS_ALL_FOUR, managerToken);
    expect(result.data?.departments.length).toBe(hall.departments.length);
    expect(result.data?.departments[0]?.staff?.length).toBeGreaterThan(0);
    expect(result.data?.departments.flatMap((department) => department.windows ?? []).every((window) => window.inspections === null)).toBe(true);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE', service: 'inspections' } });
    expect(result.errors?.[0]?.message).toContain('inspections');
    expect(JSON.stringify(result.errors)).not.toContain('127.0.0.1');
  });
});
