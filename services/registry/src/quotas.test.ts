// setAppointmentQuota on a real database, with the real catalog answering whose a matter is.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminToken,
  BDC,
  bdcMatters,
  bdcStaffToken,
  createHarness,
  ENTITIES,
  first,
  GAJ,
  gajStaffToken,
  hall,
  managerToken,
  SET_QUOTA,
  staffToken,
  supervisorToken,
  type Harness,
} from './test-helpers';

let h: Harness;
const matter = first(bdcMatters, 'BDC matter');
const gajMatter = first(
  hall.matters.filter((candidate) => candidate.departmentId === GAJ.id),
  'GAJ matter',
);

interface Set {
  setAppointmentQuota: { matter: { id: string }; morning: number; afternoon: number; updatedAt: string };
}
interface Entities {
  _entities: Array<{ appointmentQuota?: { morning: number; afternoon: number; updatedAt: string } | null } | null>;
}

beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h?.close());

describe('setAppointmentQuota', () => {
  it('sets and replaces a BDC matter’s quota, which Matter.appointmentQuota then shows', async () => {
    h.clock.now = new Date('2026-11-23T01:00:00Z');
    const set = await h.ok<Set>(SET_QUOTA, { matterId: matter.id, morning: 0, afternoon: 200 }, await bdcStaffToken());
    expect(set.setAppointmentQuota).toEqual({
      matter: { id: matter.id },
      morning: 0,
      afternoon: 200,
      updatedAt: '2026-11-23T01:00:00.000Z',
    });
    h.clock.now = new Date('2026-11-23T02:00:00Z');
    await h.ok(SET_QUOTA, { matterId: matter.id, morning: 60, afternoon: 45 }, await adminToken(BDC.id));
    const shown = await h.ok<Entities>(ENTITIES, { r: [{ __typename: 'Matter', id: matter.id }] }, await managerToken());
    expect(shown._entities[0]?.appointmentQuota).toEqual({ morning: 60, afternoon: 45, updatedAt: '2026-11-23T02:00:00.000Z' });
    expect(await h.count('appointment_quotas', `matter_id = '${matter.id}' AND updated_by = 'admin:${BDC.id}'`)).toBe(1);
  });

  it('refuses a half-day outside 0–200 with BAD_USER_INPUT and changes nothing', async () => {
    const before = await h.ok<Entities>(ENTITIES, { r: [{ __typename: 'Matter', id: matter.id }] }, await managerToken());
    for (const [morning, afternoon] of [
      [-1, 10],
      [10, 201],
      [100000, 0],
      [-2147483648, 2147483647],
    ]) {
      const refused = await h.refused(SET_QUOTA, { matterId: matter.id, morning, afternoon }, await bdcStaffToken());
      expect(refused.code, `${morning}/${afternoon}`).toBe('BAD_USER_INPUT');
    }
    expect((await h.refused(SET_QUOTA, { matterId: matter.id, morning: 1.5, afternoon: 1 }, await bdcStaffToken())).code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await h.refused(SET_QUOTA, { matterId: 'BDC-QR-002', morning: 1, afternoon: 1 }, await bdcStaffToken())).code).toBe(
      'BAD_USER_INPUT',
    );
    const after = await h.ok<Entities>(ENTITIES, { r: [{ __typename: 'Matter', id: matter.id }] }, await managerToken());
    expect(after).toEqual(before);
  });

  it('refuses another department’s matter with FORBIDDEN and an unknown one with NOT_FOUND', async () => {
    for (const token of [await managerToken(), await bdcStaffToken()]) {
      expect((await h.refused(SET_QUOTA, { matterId: gajMatter.id, morning: 10, afternoon: 10 }, token)).code).toBe('FORBIDDEN');
      expect((await h.refused(SET_QUOTA, { matterId: randomUUID(), morning: 10, afternoon: 10 }, token)).code).toBe('NOT_FOUND');
    }
    expect(await h.count('appointment_quotas', `matter_id = '${gajMatter.id}'`)).toBe(0);
  });

  it('refuses everybody but the BDC and the manager with FORBIDDEN, bad input or not', async () => {
    for (const token of [undefined, await supervisorToken(), await gajStaffToken(), await adminToken(GAJ.id)]) {
      expect((await h.refused(SET_QUOTA, { matterId: matter.id, morning: 10, afternoon: 10 }, token)).code).toBe('FORBIDDEN');
      expect((await h.refused(SET_QUOTA, { matterId: 'x', morning: -1, afternoon: 999 }, token)).code).toBe('FORBIDDEN');
    }
  });

  it('lets a branch office set its own matter’s quota', async () => {
    const { branch } = h.neighbours;
    const token = await staffToken({ id: branch.staffId, departmentId: branch.id });
    const set = await h.ok<Set>(SET_QUOTA, { matterId: branch.matterId, morning: 20, afternoon: 15 }, token);
    expect(set.setAppointmentQuota.morning).toBe(20);
    expect(await h.count('appointment_quotas', `matter_id = '${branch.matterId}' AND department_id = '${branch.id}'`)).toBe(1);
  });
});

describe('appointmentQuotaDepartments', () => {
  const DEPARTMENTS = `{ appointmentQuotaDepartments }`;

  it('names the BDC and its branch office to the hall’s own people, whatever their department', async () => {
    const expected = [BDC.id, h.neighbours.branch.id].sort();
    for (const token of [await gajStaffToken(), await adminToken(GAJ.id), await bdcStaffToken(), await managerToken()]) {
      expect((await h.ok<{ appointmentQuotaDepartments: string[] }>(DEPARTMENTS, {}, token)).appointmentQuotaDepartments).toEqual(expected);
    }
  });

  it('refuses the public and supervisors with FORBIDDEN', async () => {
    for (const token of [undefined, await supervisorToken()]) expect((await h.refused(DEPARTMENTS, {}, token)).code).toBe('FORBIDDEN');
  });
});
