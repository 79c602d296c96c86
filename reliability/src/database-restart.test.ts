// Suite 5: PostgreSQL restarts while cases are being registered and moved on. The pools reconnect by themselves;
// every acknowledged write is there afterwards; no failed transition is half there (status, version and event agree).
// The test runs its OWN embedded PostgreSQL on a free port, so the restart disturbs no other test and not the machine.
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalogMatterDirectory, createCasesSubgraph, staticDutyDirectory } from '@hall/cases-subgraph';
import { demoHall } from '@hall/demo-hall';
import { catalogSubgraph } from '@hall/catalog-subgraph';
import { ensureDatabase, freePort, startEmbeddedPostgres, type EmbeddedServer } from '@hall/db';
import { startSubgraph, type StartedSubgraph } from '@hall/service-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARGUMENT_OVERRIDES } from './authorization-matrix';
import { reportFigures } from './support/figures';
import { codesOf, post } from './support/graphql';
import { castOfDemoUsers, type Cast } from './support/identities';
import { withClient } from './support/services';
import type { Targets } from './support/targets';

const WORKERS = 4;
const dataDir = join(tmpdir(), `hall-reliability-pg-${randomBytes(6).toString('hex')}`);
let port: number;
let server: EmbeddedServer | undefined;
let catalog: StartedSubgraph | undefined;
let cases: StartedSubgraph | undefined;
let casesDatabaseUrl: string;
const teardownHung: string[] = [];
let cast: Cast;
let targets: Pick<Targets, 'ownDepartmentId' | 'otherMatterId'>;
const figures = {
  workers: WORKERS,
  requests: 0,
  acknowledged: { registrations: 0, transitions: 0 },
  failed: 0,
  duringRestart: { requests: 0, errors: 0 },
  found: { registrations: 0, transitions: 0 },
  inconsistentCases: 0,
  downMs: 0,
};

beforeAll(async () => {
  port = await freePort();
  server = await startEmbeddedPostgres({ dataDir, port, persistent: true });
  const catalogUrl = await ensureDatabase(server.url, 'reliability_catalog');
  casesDatabaseUrl = await ensureDatabase(server.url, 'reliability_cases');
  catalog = await startSubgraph(catalogSubgraph, { databaseUrl: catalogUrl, port: 0, seedDemo: true });
  cases = await startSubgraph(createCasesSubgraph({ matters: catalogMatterDirectory(catalog.server.url), duty: staticDutyDirectory(demoHall()) }), {
    databaseUrl: casesDatabaseUrl,
    port: 0,
    seedDemo: false,
  });
  cast = await castOfDemoUsers();
  targets = await catalogTargets();
}, 120_000);
afterAll(async () => {
  // Each step is bounded, so a hung close is reported (and fails the suite) instead of stalling the run.
  const step = async (label: string, work: (() => Promise<void>) | undefined) => {
    const started = Date.now();
    const outcome = await Promise.race([
      (work?.() ?? Promise.resolve()).then(
        () => 'closed',
        () => 'failed',
      ),
      new Promise<string>((resolve) => setTimeout(() => resolve('hung'), 10_000)),
    ]);
    console.log(`[reliability] database-restart teardown: ${label} ${outcome} in ${Date.now() - started} ms`);
    if (outcome === 'hung') teardownHung.push(label);
  };
  await step('cases', cases?.close);
  await step('catalog', catalog?.close);
  await step('postgres', server?.stop);
  await rm(dataDir, { recursive: true, force: true });
  reportFigures('database-restart', { ...figures, teardownHung });
  if (teardownHung.length) throw new Error(`closing hung after the restart: ${teardownHung.join(', ')}`);
});

/** Only the catalog runs here: a published matter of the owning department is all the registrations need. */
async function catalogTargets(): Promise<Pick<Targets, 'ownDepartmentId' | 'otherMatterId'>> {
  const answer = await post<{ matters: Array<{ id: string }> }>(
    catalog?.server.url ?? '',
    'query($id: ID!) { matters(filter: { departmentId: $id, kind: COMMITTED }) { id } }',
    { id: cast.ownDepartmentId },
  );
  const matterId = answer.data?.matters[1]?.id ?? answer.data?.matters[0]?.id ?? '';
  return { ownDepartmentId: cast.ownDepartmentId, otherMatterId: matterId };
}

describe('database restart under write load (suite 5)', () => {
  it('reconnects by itself and keeps every acknowledged write, and no half-done transition', async () => {
    const url = cases?.server.url ?? '';
    const token = cast.tokens.ownStaff;
    const register = ARGUMENT_OVERRIDES(targets as Targets)['cases.Mutation.registerCase'];
    const registered: string[] = [];
    const accepted: Array<{ id: string; version: number }> = [];
    let restarting = false;
    let running = true;
    const worker = async () => {
      while (running) {
        figures.requests += 1;
        const created = await post<{ registerCase: { id: string; version: number } }>(
          url,
          'mutation($input: RegisterCaseInput!) { registerCase(input: $input) { id version } }',
          register,
          token,
        ).catch(() => undefined);
        if (restarting) figures.duringRestart.requests += 1;
        const kase = created?.data?.registerCase;
        if (!kase) {
          figures.failed += 1;
          if (restarting) figures.duringRestart.errors += 1;
          await new Promise((resolve) => setTimeout(resolve, 50));
          continue;
        }
        registered.push(kase.id);
        figures.requests += 1;
        const moved = await post<{ acceptCase: { id: string; version: number } }>(
          url,
          'mutation($id: ID!, $v: Int!) { acceptCase(id: $id, expectedVersion: $v) { id version } }',
          { id: kase.id, v: kase.version },
          token,
        ).catch(() => undefined);
        if (restarting) figures.duringRestart.requests += 1;
        if (moved?.data?.acceptCase) accepted.push(moved.data.acceptCase);
        else {
          figures.failed += 1;
          if (restarting) figures.duringRestart.errors += 1;
          expect(codesOf(moved ?? {}).includes('BAD_USER_INPUT')).toBe(false);
        }
      }
    };
    const load = Promise.all(Array.from({ length: WORKERS }, () => worker()));
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    restarting = true;
    const down = Date.now();
    await server?.stop();
    server = await startEmbeddedPostgres({ dataDir, port, persistent: true });
    figures.downMs = Date.now() - down;
    restarting = false;
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    running = false;
    await load;
    figures.acknowledged = { registrations: registered.length, transitions: accepted.length };

    const after = await post(url, 'mutation($input: RegisterCaseInput!) { registerCase(input: $input) { id } }', register, token);
    expect(after.errors, 'the pool reconnected without restarting the subgraph').toBeUndefined();

    await withClient(casesDatabaseUrl, async (client) => {
      const found = await client.query<{ id: string; status: string; version: number }>(
        'SELECT id, status, version FROM cases.cases WHERE id = ANY($1)',
        [registered],
      );
      figures.found.registrations = found.rowCount ?? 0;
      expect(found.rowCount, 'every acknowledged registration is there').toBe(registered.length);
      const byId = new Map(found.rows.map((row) => [row.id, row]));
      figures.found.transitions = accepted.filter(
        (ack) => byId.get(ack.id)?.status === 'ACCEPTED' && byId.get(ack.id)?.version === ack.version,
      ).length;
      expect(figures.found.transitions, 'every acknowledged transition is there').toBe(accepted.length);
      const inconsistent = await client.query(
        `SELECT c.id FROM cases.cases c
          WHERE c.status::text <> (SELECT e.to_status::text FROM cases.case_events e WHERE e.case_id = c.id ORDER BY e.id DESC LIMIT 1)
             OR c.version - (SELECT count(*) FROM cases.case_events e WHERE e.case_id = c.id) <>
                (SELECT min(c2.version - (SELECT count(*) FROM cases.case_events e2 WHERE e2.case_id = c2.id)) FROM cases.cases c2)`,
      );
      figures.inconsistentCases = inconsistent.rowCount ?? 0;
      expect(inconsistent.rows, 'status, version and events agree for every case').toEqual([]);
    });
    expect(registered.length).toBeGreaterThan(0);
  }, 90_000);
});
