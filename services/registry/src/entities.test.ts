// `Case.registration` and `Matter.appointmentQuota` through `_entities`, as the gateway asks for them — and as an
// attacker reaching the subgraph directly would: batched in one statement, authorized on the stored department only.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appointmentQuotas, registrations } from './db/schema';
import {
  adminToken,
  BDC,
  bdcCases,
  bdcMatters,
  bdcStaffToken,
  createHarness,
  ENTITIES,
  GAJ,
  gajStaffToken,
  hall,
  managerToken,
  staffToken,
  supervisorToken,
  UNIT,
  type Harness,
  type RegistrationResult,
} from './test-helpers';

interface Entities {
  _entities: Array<{
    id?: string;
    registration?: RegistrationResult | null;
    appointmentQuota?: { morning: number; afternoon: number; updatedAt: string } | null;
  } | null>;
}

let h: Harness;
const caseRef = (id: string, extra: Record<string, unknown> = {}) => ({ __typename: 'Case', id, ...extra });
const matterRef = (id: string, extra: Record<string, unknown> = {}) => ({ __typename: 'Matter', id, ...extra });
/** The seeded registrations (the BDC's committed cases) and cases of other departments, which have none. */
let registered: string[];
const otherCases = hall.cases
  .filter((kase) => kase.departmentId !== BDC.id)
  .slice(0, 6)
  .map((kase) => kase.id);
const otherMatters = hall.matters
  .filter((matter) => matter.departmentId !== BDC.id)
  .slice(0, 4)
  .map((matter) => matter.id);
const codes = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  (result.errors ?? []).map((error) => error.extensions?.code);

beforeAll(async () => {
  h = await createHarness();
  const rows = await h.subgraph.owner.db.select({ caseId: registrations.caseId }).from(registrations);
  registered = rows.map((row) => row.caseId).sort();
});
afterAll(() => h?.close());

describe('Case.registration through _entities', () => {
  it('resolves a batch of cases in one SQL statement, each with its own steps, null where there is none', async () => {
    const token = await bdcStaffToken();
    expect(registered.length).toBeGreaterThanOrEqual(4);
    await h.ok(ENTITIES, { r: [caseRef(registered[0] ?? '')] }, token); // the owner's ids, asked of the catalog once a minute
    const batch = [...registered, ...otherCases];
    const { result, statements, texts } = await h.subgraph.runtime.database.statements.measure(() =>
      h.subgraph.execute<Entities>(ENTITIES, { r: batch.map((id) => caseRef(id)) }, token),
    );
    expect(result.errors).toBeUndefined();
    expect(statements, texts.join('\n')).toBe(1);
    const entries = result.data?._entities ?? [];
    const seeded = await h.subgraph.owner.db.select().from(registrations);
    for (const [index, caseId] of registered.entries()) {
      const registration = entries[index]?.registration;
      const row = seeded.find((candidate) => candidate.caseId === caseId);
      expect(registration?.case.id).toBe(caseId);
      expect(registration?.stage).toBe(row?.stage);
      expect(registration?.steps.map((step) => step.stage).at(-1)).toBe(row?.stage);
    }
    expect(entries.slice(registered.length).map((entry) => entry?.registration)).toEqual(otherCases.map(() => null));
  });

  it('answers the manager, the BDC’s admin and a branch office’s staff', async () => {
    const { branch } = h.neighbours;
    for (const token of [
      await managerToken(),
      await adminToken(BDC.id),
      await staffToken({ id: branch.staffId, departmentId: branch.id }),
    ]) {
      const result = await h.ok<Entities>(ENTITIES, { r: registered.map((id) => caseRef(id)) }, token);
      expect(result._entities.every((entry) => entry?.registration?.unitNumber.length === 28)).toBe(true);
    }
  });

  it('refuses a registration to the public, a supervisor and other departments with FORBIDDEN, and answers null without one', async () => {
    const [noted] = registered;
    for (const token of [undefined, await supervisorToken(), await gajStaffToken(), await adminToken(GAJ.id)]) {
      const refused = await h.subgraph.execute<Entities>(ENTITIES, { r: [caseRef(noted ?? '')] }, token);
      expect(codes(refused)).toEqual(['FORBIDDEN']);
      expect(refused.errors?.[0]?.path).toEqual(['_entities', 0, 'registration']);
      expect(refused.data?._entities[0]?.registration ?? null).toBeNull();
      // The case desk of another department keeps working: its cases have no registration.
      const empty = await h.ok<Entities>(ENTITIES, { r: otherCases.map((id) => caseRef(id)) }, token);
      expect(empty._entities.map((entry) => entry?.registration)).toEqual(otherCases.map(() => null));
    }
  });

  it('authorizes on the stored department, never on what a forged representation claims', async () => {
    const forged = registered.map((id) =>
      caseRef(id, {
        departmentId: GAJ.id,
        department: { id: GAJ.id },
        registration: { stage: 'ISSUED', unitNumber: 'X' },
        stage: 'ISSUED',
      }),
    );
    const gaj = await h.subgraph.execute<Entities>(ENTITIES, { r: forged }, await gajStaffToken());
    expect(codes(gaj)).toEqual(registered.map(() => 'FORBIDDEN'));
    const leaked = JSON.stringify(gaj.data);
    const rows = await h.subgraph.owner.db.select().from(registrations);
    for (const row of rows) expect(leaked).not.toContain(row.unitNumber);
    // Claiming the BDC's department for another department's case conjures nothing either.
    const claimed = otherCases.map((id) => caseRef(id, { department: { id: BDC.id }, departmentId: BDC.id }));
    const bdc = await h.ok<Entities>(ENTITIES, { r: claimed }, await bdcStaffToken());
    expect(bdc._entities.map((entry) => entry?.registration)).toEqual(otherCases.map(() => null));
    // Nor does a Matter representation carrying a quota or a department.
    const matter = bdcMatters[0]?.id ?? '';
    const quota = await h.subgraph.execute<Entities>(
      ENTITIES,
      { r: [matterRef(matter, { department: { id: GAJ.id }, appointmentQuota: { morning: 1 } })] },
      await gajStaffToken(),
    );
    expect(codes(quota)).toEqual(['FORBIDDEN']);
    expect(quota.data?._entities[0]?.appointmentQuota ?? null).toBeNull();
  });

  it('hides a registration stored under a department that no longer owns the subgraph from the BDC, not from the manager', async () => {
    const caseId = randomUUID();
    const at = new Date('2026-11-23T03:00:00Z');
    await h.subgraph.owner.db
      .insert(registrations)
      .values({ caseId, departmentId: GAJ.id, stage: 'ACCEPTED', unitNumber: UNIT, createdAt: at, updatedAt: at });
    const refused = await h.subgraph.execute<Entities>(ENTITIES, { r: [caseRef(caseId)] }, await bdcStaffToken());
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    const managed = await h.ok<Entities>(ENTITIES, { r: [caseRef(caseId)] }, await managerToken());
    expect(managed._entities[0]?.registration?.stage).toBe('ACCEPTED');
  });

  it('answers null for each malformed representation and resolves the well-formed ones', async () => {
    const malformed = [{ id: 'not-a-uuid' }, { id: 5 }, {}, { id: null }, { id: "' OR 1=1 --" }];
    const [noted] = registered;
    const result = await h.ok<Entities>(
      ENTITIES,
      {
        r: [
          ...malformed.map((id) => ({ __typename: 'Case', ...id })),
          caseRef(noted ?? ''),
          ...malformed.map((id) => ({ __typename: 'Matter', ...id })),
          matterRef(bdcMatters[0]?.id ?? ''),
        ],
      },
      await managerToken(),
    );
    const nulls = malformed.map(() => null);
    expect(result._entities.slice(0, 5)).toEqual(nulls);
    expect(result._entities[5]?.registration?.case.id).toBe(noted);
    expect(result._entities.slice(6, 11)).toEqual(nulls);
    expect(result._entities[11]?.appointmentQuota).not.toBeNull();
  });
});

describe('Matter.appointmentQuota through _entities', () => {
  it('resolves a batch of matters in one SQL statement: the BDC’s quotas, null for the others', async () => {
    const token = await bdcStaffToken();
    await h.ok(ENTITIES, { r: [matterRef(bdcMatters[0]?.id ?? '')] }, token);
    const batch = [...bdcMatters.map((matter) => matter.id), ...otherMatters];
    const { result, statements } = await h.subgraph.runtime.database.statements.measure(() =>
      h.subgraph.execute<Entities>(ENTITIES, { r: batch.map((id) => matterRef(id)) }, token),
    );
    expect(result.errors).toBeUndefined();
    expect(statements).toBe(1);
    const entries = result.data?._entities ?? [];
    const stored = await h.subgraph.owner.db.select().from(appointmentQuotas);
    for (const [index, matter] of bdcMatters.entries()) {
      const row = stored.find((candidate) => candidate.matterId === matter.id);
      expect(entries[index]?.appointmentQuota).toEqual({
        morning: row?.morning,
        afternoon: row?.afternoon,
        updatedAt: row?.updatedAt.toISOString(),
      });
    }
    expect(entries.slice(bdcMatters.length).map((entry) => entry?.appointmentQuota)).toEqual(otherMatters.map(() => null));
  });

  it('refuses a quota to the public and other departments with FORBIDDEN, and answers null for their matters', async () => {
    for (const token of [undefined, await supervisorToken(), await gajStaffToken()]) {
      const refused = await h.subgraph.execute<Entities>(ENTITIES, { r: [matterRef(bdcMatters[0]?.id ?? '')] }, token);
      expect(codes(refused)).toEqual(['FORBIDDEN']);
      const empty = await h.ok<Entities>(ENTITIES, { r: otherMatters.map((id) => matterRef(id)) }, token);
      expect(empty._entities.map((entry) => entry?.appointmentQuota)).toEqual(otherMatters.map(() => null));
    }
  });
});

describe('the seeded registrations', () => {
  it('are the BDC’s committed cases of the demo hall, at the stage their trail reached', async () => {
    const committed = new Set(bdcMatters.filter((matter) => matter.kind === 'COMMITTED').map((matter) => matter.id));
    const expected = bdcCases
      .filter((kase) => committed.has(kase.matterId) && kase.acceptedAt)
      .map((kase) => kase.id)
      .sort();
    const seeded = await h.subgraph.owner.db.select().from(registrations);
    expect(
      seeded
        .filter((row) => row.departmentId === BDC.id)
        .map((row) => row.caseId)
        .sort(),
    ).toEqual(expected);
  });
});
