// The registry's part of the demo hall: deterministic, realistic and obeying the registry's own rules; seeded once.
import { demoHall, HALL_TIME_ZONE } from '@hall/demo-hall';
import { createTestSubgraph, type TestSubgraph } from '@hall/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegistryContext } from '../context';
import { CERTIFICATE_NUMBER, UNIT_NUMBER } from '../domain/numbers';
import { applyStep, type RegistrationState } from '../domain/stages';
import { createRegistrySubgraph } from '../subgraph';
import { demoRegistry } from './seed';
import { appointmentQuotas, registrations, registrationSteps, type RegistryTables } from './schema';

const FIXED = { date: '2026-11-20', now: new Date('2026-11-20T09:30:00Z') };
/** A later reference, a busier hall of the same departments: more stages to see. */
const LATER = { date: '2026-12-04', now: new Date('2026-12-04T06:00:00Z') };

const STAGE_BY_STATUS: Record<string, string> = {
  ACCEPTED: 'ACCEPTED',
  UNDER_REVIEW: 'REVIEWED',
  SUSPENDED: 'REVIEWED',
  DENIED: 'REVIEWED',
  APPROVED: 'RECORDED',
  COMPLETED: 'CERTIFIED',
  DELIVERED: 'ISSUED',
};

describe('demoRegistry', () => {
  it('is deterministic', () => {
    expect(demoRegistry(demoHall(FIXED), 'BDC', FIXED)).toEqual(demoRegistry(demoHall(FIXED), 'BDC', FIXED));
  });

  for (const reference of [FIXED, LATER]) {
    it(`gives each accepted case of the BDC’s committed matters a registration at its status’s stage (${reference.date})`, () => {
      const hall = demoHall(reference);
      const bdc = hall.departments.find((department) => department.code === 'BDC');
      const committed = new Set(
        hall.matters.filter((matter) => matter.departmentId === bdc?.id && matter.kind === 'COMMITTED').map((m) => m.id),
      );
      const cases = hall.cases.filter((kase) => kase.departmentId === bdc?.id && committed.has(kase.matterId) && kase.acceptedAt);
      const registry = demoRegistry(hall, 'BDC', reference);
      expect(registry.registrations.map((row) => row.caseId).sort()).toEqual(cases.map((kase) => kase.id).sort());
      for (const row of registry.registrations) {
        const kase = cases.find((candidate) => candidate.id === row.caseId);
        const status = kase?.status ?? '';
        if (STAGE_BY_STATUS[status]) expect(row.stage, status).toBe(STAGE_BY_STATUS[status]);
        expect(row.unitNumber).toMatch(UNIT_NUMBER);
        if (row.certificateNumber) expect(row.certificateNumber).toMatch(CERTIFICATE_NUMBER);
        // The trail replays through the registry's own rules, never after the demo's now, in time order.
        const steps = registry.steps.filter((step) => step.caseId === row.caseId);
        let state: RegistrationState | null = null;
        for (const step of steps) {
          state = applyStep(state, {
            stage: step.stage,
            unitNumber: step.stage === 'ACCEPTED' ? row.unitNumber : null,
            certificateNumber: step.stage === 'CERTIFIED' ? row.certificateNumber : null,
          });
          expect(step.at.getTime()).toBeLessThanOrEqual(reference.now.getTime());
        }
        expect(state?.stage).toBe(row.stage);
        expect(steps.map((step) => step.at.getTime())).toEqual(steps.map((step) => step.at.getTime()).sort((a, b) => a - b));
        expect(row.updatedAt).toEqual(steps.at(-1)?.at);
      }
      const numbers = registry.registrations.map((row) => row.certificateNumber).filter(Boolean);
      expect(new Set(numbers).size).toBe(numbers.length);
      const year = new Intl.DateTimeFormat('en', { timeZone: HALL_TIME_ZONE, year: 'numeric' }).format(reference.now);
      expect(numbers.every((number) => number?.includes(`(${year})`) || number?.includes(`(${Number(year) - 1})`))).toBe(true);
      // Every version of every BDC matter has a quota within 0–200.
      const versions = [...hall.matters, ...hall.matterVersions].filter((matter) => matter.departmentId === bdc?.id);
      expect(registry.quotas.map((quota) => quota.matterId).sort()).toEqual(versions.map((matter) => matter.id).sort());
      expect(
        registry.quotas.every((quota) => quota.morning >= 0 && quota.morning <= 200 && quota.afternoon >= 0 && quota.afternoon <= 200),
      ).toBe(true);
    });
  }

  it('spreads the stages across a busier hall', () => {
    const stages = new Set(demoRegistry(demoHall(LATER), 'BDC', LATER).registrations.map((row) => row.stage));
    expect(stages.size).toBeGreaterThanOrEqual(2);
  });

  it('gives an unknown department code nothing', () => {
    expect(demoRegistry(demoHall(FIXED), 'NOPE', FIXED)).toEqual({ registrations: [], steps: [], quotas: [] });
  });
});

describe('seedDemo', () => {
  let subgraph: TestSubgraph<RegistryTables, RegistryContext>;
  const module = createRegistrySubgraph({ subgraphUrls: { catalog: 'http://127.0.0.1:9/graphql', cases: 'http://127.0.0.1:9/graphql' } });
  beforeAll(async () => {
    subgraph = await createTestSubgraph(module, { seedDemo: true });
  });
  afterAll(() => subgraph?.close());

  it('inserts the demo rows once: a second seed changes nothing', async () => {
    const counts = async () =>
      Promise.all(
        [registrations, registrationSteps, appointmentQuotas].map(async (table) => (await subgraph.owner.db.select().from(table)).length),
      );
    const before = await counts();
    const expected = demoRegistry(demoHall(FIXED), 'BDC', FIXED);
    expect(before).toEqual([expected.registrations.length, expected.steps.length, expected.quotas.length]);
    await module.seedDemo(subgraph.owner);
    expect(await counts()).toEqual(before);
  });
});
