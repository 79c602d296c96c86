// Suite 4: while a bounded load runs through the gateway, one subgraph stops and comes back on the same port. Queries
// that do not need it keep succeeding; those that do answer partially, naming the missing service; nothing crashes; the
// gateway answers fully again without a restart.
import { startPlatform, type RunningPlatform } from '@hall/gateway/testing';
import { tokenFor } from '@hall/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportFigures } from './support/figures';
import { codesOf, post } from './support/graphql';

const WORKERS = 4;
const PHASE_MS = 1_500;
const CATALOG_ONLY = '{ departments { id name } }';
const NEEDS_INSPECTIONS = '{ windows { id number inspections { id } } }';
type Phase = 'before' | 'down' | 'after';
let platform: RunningPlatform;
let manager: string;
const counts: Record<Phase, { requests: number; ok: number; partial: number; failed: number; badPartial: number }> = {
  before: { requests: 0, ok: 0, partial: 0, failed: 0, badPartial: 0 },
  down: { requests: 0, ok: 0, partial: 0, failed: 0, badPartial: 0 },
  after: { requests: 0, ok: 0, partial: 0, failed: 0, badPartial: 0 },
};
const catalogFailures: string[] = [];

beforeAll(async () => {
  platform = await startPlatform();
  manager = await tokenFor({ sub: 'manager', role: 'manager' });
}, 120_000);
afterAll(async () => {
  await platform?.stop();
  reportFigures('subgraph-outage', {
    stopped: 'inspections',
    workers: WORKERS,
    phaseMs: PHASE_MS,
    ...counts,
    catalogOnlyFailures: catalogFailures.length,
  });
});

describe('a subgraph down under load (suite 4)', () => {
  it('degrades to partial answers naming the service, and recovers without restarting the gateway', async () => {
    let phase: Phase = 'before';
    let running = true;
    const worker = async (index: number) => {
      for (let i = 0; running; i += 1) {
        const needsInspections = (index + i) % 2 === 0;
        const answer = await post<{ windows?: Array<{ inspections: unknown }> | null }>(
          platform.gatewayUrl,
          needsInspections ? NEEDS_INSPECTIONS : CATALOG_ONLY,
          undefined,
          manager,
        ).catch((error: unknown) => ({ status: 0, errors: [{ message: String(error), extensions: { code: 'NETWORK' } }], data: null }));
        // Counted in the phase the answer arrived in: the stop begins only after the phase changes.
        const tally = counts[phase];
        tally.requests += 1;
        const codes = codesOf(answer);
        if (codes.length === 0) tally.ok += 1;
        else if (needsInspections && answer.data?.windows?.length && codes.every((code) => code === 'SERVICE_UNAVAILABLE')) {
          tally.partial += 1;
          const named = answer.errors?.every((error) => error.extensions?.service === 'inspections' && /inspections/.test(error.message));
          if (!named) tally.badPartial += 1;
        } else tally.failed += 1;
        if (!needsInspections && codes.length > 0) catalogFailures.push(codes.join(','));
      }
    };
    const load = Promise.all(Array.from({ length: WORKERS }, (_, index) => worker(index)));
    await new Promise((resolve) => setTimeout(resolve, PHASE_MS));
    phase = 'down';
    await platform.stopSubgraph('inspections');
    await new Promise((resolve) => setTimeout(resolve, PHASE_MS));
    await platform.restartSubgraph('inspections');
    phase = 'after';
    await new Promise((resolve) => setTimeout(resolve, PHASE_MS));
    running = false;
    await load;

    expect(counts.before.failed + counts.before.partial).toBe(0);
    expect(catalogFailures, 'queries that do not need the stopped service keep succeeding').toEqual([]);
    expect(counts.down.partial, 'queries that need it answer partially').toBeGreaterThan(0);
    expect(counts.down.failed).toBe(0);
    expect(counts.down.badPartial).toBe(0);
    expect(counts.after.ok).toBeGreaterThan(0);
    const health = await fetch(new URL('/health', platform.gatewayOrigin));
    expect(health.status).toBe(200);
    const full = await post(platform.gatewayUrl, NEEDS_INSPECTIONS, undefined, manager);
    expect(full.errors).toBeUndefined();
  }, 60_000);
});
