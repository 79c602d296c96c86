// recordRegistrationStage and registrations on a real database, with the real catalog and cases subgraphs answering
// who owns the subgraph and whose a case is.
import { randomUUID } from 'node:crypto';
import { createTestSubgraph } from '@hall/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registrations } from './db/schema';
import { casesDirectory } from './ports/cases';
import { createRegistrySubgraph } from './subgraph';
import {
  adminToken,
  BDC,
  bdcCases,
  bdcMatters,
  bdcStaff,
  bdcStaffToken,
  certificate,
  createHarness,
  first,
  GAJ,
  gajStaffToken,
  hall,
  LIST,
  managerToken,
  RECORD,
  staffToken,
  supervisorToken,
  UNIT,
  type Harness,
  type RegistrationResult,
} from './test-helpers';

let h: Harness;
const clerk = first(bdcStaff, 'BDC staff member');
const transfer = first(
  bdcMatters.filter((matter) => matter.name.includes('转移')),
  'BDC transfer matter',
);
const gajCase = first(
  hall.cases.filter((kase) => kase.departmentId === GAJ.id),
  'GAJ case',
);

type Recorded = { recordRegistrationStage: RegistrationResult };
type Listed = { registrations: RegistrationResult[] };

/** A new case of the BDC's transfer matter, registered through the cases subgraph. */
const newCase = () => h.neighbours.registerCase(transfer.id, clerk.id);

beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h?.close());

describe('recordRegistrationStage: the stages', () => {
  it('moves a new case from ACCEPTED to ISSUED one stage at a time, keeping every step', async () => {
    const caseId = await newCase();
    const token = await bdcStaffToken();
    const at = (minutes: number) => new Date(Date.parse('2026-11-23T02:00:00Z') + minutes * 60_000);
    h.clock.now = at(0);
    const accepted = (await h.ok<Recorded>(RECORD, { caseId, stage: 'ACCEPTED', unitNumber: ` ${UNIT} ` }, token)).recordRegistrationStage;
    expect(accepted).toMatchObject({ case: { id: caseId }, stage: 'ACCEPTED', unitNumber: UNIT, certificateNumber: null });
    expect(accepted.steps).toEqual([{ stage: 'ACCEPTED', at: at(0).toISOString(), by: clerk.id, byRole: 'staff' }]);
    expect(accepted).toMatchObject({ nextStage: 'REVIEWED', nextStageNeedsCertificate: false });
    h.clock.now = at(60);
    await h.ok(RECORD, { caseId, stage: 'REVIEWED' }, await adminToken(BDC.id));
    h.clock.now = at(120);
    const recorded = (await h.ok<Recorded>(RECORD, { caseId, stage: 'RECORDED', unitNumber: UNIT }, await managerToken()))
      .recordRegistrationStage;
    // What the desk offers next comes from here: CERTIFIED, and it needs the certificate number.
    expect(recorded).toMatchObject({ nextStage: 'CERTIFIED', nextStageNeedsCertificate: true });
    h.clock.now = at(180);
    const certified = (await h.ok<Recorded>(RECORD, { caseId, stage: 'CERTIFIED', certificateNumber: certificate(900001) }, token))
      .recordRegistrationStage;
    expect(certified).toMatchObject({ certificateNumber: certificate(900001), nextStage: 'ISSUED', nextStageNeedsCertificate: false });
    h.clock.now = at(240);
    const issued = (await h.ok<Recorded>(RECORD, { caseId, stage: 'ISSUED' }, token)).recordRegistrationStage;
    expect(issued).toMatchObject({
      stage: 'ISSUED',
      nextStage: null,
      nextStageNeedsCertificate: false,
      certificateNumber: certificate(900001),
      updatedAt: at(240).toISOString(),
    });
    expect(issued.steps.map((step) => [step.stage, step.at, step.byRole])).toEqual([
      ['ACCEPTED', at(0).toISOString(), 'staff'],
      ['REVIEWED', at(60).toISOString(), 'dept_admin'],
      ['RECORDED', at(120).toISOString(), 'manager'],
      ['CERTIFIED', at(180).toISOString(), 'staff'],
      ['ISSUED', at(240).toISOString(), 'staff'],
    ]);
    expect(issued.steps[1]?.by).toBe(`admin:${BDC.id}`);
    expect(issued.steps[2]?.by).toBe('manager');
    // The same certificate number given again at ISSUED is fine; after ISSUED nothing moves.
    const done = await h.refused(RECORD, { caseId, stage: 'ISSUED', certificateNumber: certificate(900001) }, token);
    expect(done.code).toBe('CONFLICT');
    expect(done.message).toContain('complete');
  });

  it('starts only at ACCEPTED, and only with a unit number (CONFLICT, BAD_USER_INPUT), recording nothing', async () => {
    const caseId = await newCase();
    const token = await bdcStaffToken();
    for (const stage of ['REVIEWED', 'RECORDED', 'CERTIFIED', 'ISSUED']) {
      expect((await h.refused(RECORD, { caseId, stage, unitNumber: UNIT, certificateNumber: certificate(900002) }, token)).code).toBe(
        'CONFLICT',
      );
    }
    expect(await h.refused(RECORD, { caseId, stage: 'ACCEPTED' }, token)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitNumber' });
    expect(await h.refused(RECORD, { caseId, stage: 'ACCEPTED', unitNumber: '  ' }, token)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'unitNumber',
    });
    expect(
      await h.refused(RECORD, { caseId, stage: 'ACCEPTED', unitNumber: UNIT, certificateNumber: certificate(900002) }, token),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'certificateNumber' });
    expect(await h.count('registrations', `case_id = '${caseId}'`)).toBe(0);
    expect(await h.count('registration_steps', `case_id = '${caseId}'`)).toBe(0);
  });

  it('refuses a unit number that is not 28 digits and capital letters with BAD_USER_INPUT', async () => {
    const caseId = await newCase();
    const token = await bdcStaffToken();
    for (const unitNumber of [
      UNIT.slice(1), // 27 characters
      `${UNIT}0`, // 29
      UNIT.toLowerCase(),
      `${UNIT.slice(0, 27)}号`,
      `${UNIT.slice(0, 14)} ${UNIT.slice(15)}`,
      "339902001003GB' OR 1=1 --0203",
    ]) {
      const refused = await h.refused(RECORD, { caseId, stage: 'ACCEPTED', unitNumber }, token);
      expect(refused, unitNumber).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitNumber' });
    }
    expect(await h.count('registrations', `case_id = '${caseId}'`)).toBe(0);
  });

  it('refuses a skipping, backward or repeated move with CONFLICT and changes nothing', async () => {
    const caseId = await newCase();
    const token = await bdcStaffToken();
    await h.ok(RECORD, { caseId, stage: 'ACCEPTED', unitNumber: UNIT }, token);
    const skip = await h.refused(RECORD, { caseId, stage: 'RECORDED' }, token);
    expect(skip.code).toBe('CONFLICT');
    expect(skip.message).toContain('the next stage is REVIEWED');
    expect((await h.refused(RECORD, { caseId, stage: 'ISSUED' }, token)).code).toBe('CONFLICT');
    expect((await h.refused(RECORD, { caseId, stage: 'ACCEPTED', unitNumber: UNIT }, token)).code).toBe('CONFLICT');
    await h.ok(RECORD, { caseId, stage: 'REVIEWED' }, token);
    expect((await h.refused(RECORD, { caseId, stage: 'ACCEPTED', unitNumber: UNIT }, token)).code).toBe('CONFLICT');
    expect((await h.refused(RECORD, { caseId, stage: 'REVIEWED' }, token)).code).toBe('CONFLICT');
    expect((await h.refused(RECORD, { caseId, stage: 'CERTIFIED', certificateNumber: certificate(900003) }, token)).code).toBe('CONFLICT');
    expect(await h.count('registration_steps', `case_id = '${caseId}'`)).toBe(2);
    expect(await h.count('registrations', `case_id = '${caseId}' AND stage = 'REVIEWED'`)).toBe(1);
  });

  it('needs the certificate number at CERTIFIED, refuses it earlier, malformed, changed or used twice', async () => {
    const caseId = await newCase();
    const token = await bdcStaffToken();
    await h.ok(RECORD, { caseId, stage: 'ACCEPTED', unitNumber: UNIT }, token);
    expect(await h.refused(RECORD, { caseId, stage: 'REVIEWED', certificateNumber: certificate(900004) }, token)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'certificateNumber',
    });
    await h.ok(RECORD, { caseId, stage: 'REVIEWED' }, token);
    expect(await h.refused(RECORD, { caseId, stage: 'RECORDED', unitNumber: UNIT.replace('F0001', 'F0002') }, token)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'unitNumber',
    });
    await h.ok(RECORD, { caseId, stage: 'RECORDED' }, token);
    const missing = await h.refused(RECORD, { caseId, stage: 'CERTIFIED' }, token);
    expect(missing).toMatchObject({ code: 'BAD_USER_INPUT', field: 'certificateNumber' });
    expect(missing.message).toContain('CERTIFIED (缮证) needs the certificate number');
    for (const certificateNumber of ['0012345', '浙2026临江市不动产权第0012345号', '浙(2026)临江市不动产权第12345号', 'x'.repeat(500)]) {
      const refused = await h.refused(RECORD, { caseId, stage: 'CERTIFIED', certificateNumber }, token);
      expect(refused, certificateNumber).toMatchObject({ code: 'BAD_USER_INPUT', field: 'certificateNumber' });
    }
    // A number another registration already carries (the seeded ones start at 0012001).
    const seeded = await h.ok<Listed>(LIST, { stage: 'ISSUED' }, token);
    const taken = first(seeded.registrations, 'issued registration').certificateNumber;
    expect((await h.refused(RECORD, { caseId, stage: 'CERTIFIED', certificateNumber: taken }, token)).code).toBe('CONFLICT');
    // Full-width parentheses and a 不动产证明 (mortgage) number are the prescribed forms too.
    const recorded = await h.ok<Recorded>(
      RECORD,
      { caseId, stage: 'CERTIFIED', certificateNumber: '浙（2026）临江市不动产证明第0900005号' },
      token,
    );
    expect(recorded.recordRegistrationStage.certificateNumber).toBe('浙（2026）临江市不动产证明第0900005号');
    expect(await h.refused(RECORD, { caseId, stage: 'ISSUED', certificateNumber: certificate(900006) }, token)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'certificateNumber',
    });
    expect(await h.count('registration_steps', `case_id = '${caseId}'`)).toBe(4);
  });

  it('serves two clerks recording the same move at once one after the other: one succeeds, the other gets CONFLICT', async () => {
    const caseId = await newCase();
    const token = await bdcStaffToken();
    const both = await Promise.all([0, 1].map(() => h.subgraph.execute(RECORD, { caseId, stage: 'ACCEPTED', unitNumber: UNIT }, token)));
    expect(both.map((result) => result.errors?.[0]?.extensions?.code ?? 'ok').sort()).toEqual(['CONFLICT', 'ok']);
    const moves = await Promise.all([0, 1, 2].map(() => h.subgraph.execute(RECORD, { caseId, stage: 'REVIEWED' }, token)));
    expect(moves.map((result) => result.errors?.[0]?.extensions?.code ?? 'ok').sort()).toEqual(['CONFLICT', 'CONFLICT', 'ok']);
    expect(await h.count('registration_steps', `case_id = '${caseId}'`)).toBe(2);
  });

  it('keeps the steps append-only and the stage forward-only in the database itself, even against the owner role', async () => {
    const [registration] = await h.subgraph.owner.db.select().from(registrations).limit(1);
    if (!registration) throw new Error('no registration');
    for (const statement of [
      `UPDATE registry.registration_steps SET actor_id = 'x'`,
      `DELETE FROM registry.registration_steps`,
      `TRUNCATE registry.registration_steps CASCADE`,
      `UPDATE registry.registrations SET stage = 'ACCEPTED' WHERE stage = 'ISSUED'`,
      `UPDATE registry.registrations SET department_id = '${GAJ.id}'`,
      `DELETE FROM registry.registrations`,
    ]) {
      for (const database of [h.subgraph.runtime.database, h.subgraph.owner]) {
        await expect(database.pool.query(statement), statement).rejects.toThrow();
      }
    }
  });
});

describe('recordRegistrationStage: whose case', () => {
  it('refuses a case of another department with FORBIDDEN, to the manager and the BDC alike, and records nothing', async () => {
    for (const token of [await managerToken(), await bdcStaffToken(), await adminToken(BDC.id)]) {
      const refused = await h.refused(RECORD, { caseId: gajCase.id, stage: 'ACCEPTED', unitNumber: UNIT }, token);
      expect(refused.code).toBe('FORBIDDEN');
    }
    expect(await h.count('registrations', `case_id = '${gajCase.id}'`)).toBe(0);
  });

  it('answers NOT_FOUND for a case the cases subgraph does not know, BAD_USER_INPUT for an id that is no uuid', async () => {
    const token = await bdcStaffToken();
    expect((await h.refused(RECORD, { caseId: randomUUID(), stage: 'ACCEPTED', unitNumber: UNIT }, token)).code).toBe('NOT_FOUND');
    expect(await h.refused(RECORD, { caseId: 'ZW2026112000001', stage: 'ACCEPTED', unitNumber: UNIT }, token)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'caseId',
    });
  });

  it('refuses everybody but the BDC and the manager with FORBIDDEN before looking at the input', async () => {
    const caseId = first(bdcCases, 'BDC case').id;
    for (const token of [undefined, await supervisorToken(), await gajStaffToken(), await adminToken(GAJ.id)]) {
      for (const variables of [
        { caseId, stage: 'REVIEWED' },
        { caseId: 'not-a-uuid', stage: 'ACCEPTED', unitNumber: 'bad' },
      ]) {
        expect((await h.refused(RECORD, variables, token)).code).toBe('FORBIDDEN');
      }
    }
  });

  it('lets a branch office record its own case, not the bureau’s, and the bureau not the branch’s (as the cases subgraph decides)', async () => {
    const { branch } = h.neighbours;
    const branchCase = await h.neighbours.registerCase(branch.matterId, branch.staffId);
    const branchToken = await staffToken({ id: branch.staffId, departmentId: branch.id });
    expect((await h.refused(RECORD, { caseId: branchCase, stage: 'ACCEPTED', unitNumber: UNIT }, await bdcStaffToken())).code).toBe(
      'FORBIDDEN',
    );
    const recorded = await h.ok<Recorded>(RECORD, { caseId: branchCase, stage: 'ACCEPTED', unitNumber: UNIT }, branchToken);
    expect(recorded.recordRegistrationStage.steps[0]?.by).toBe(branch.staffId);
    const bureauCase = await newCase();
    expect((await h.refused(RECORD, { caseId: bureauCase, stage: 'ACCEPTED', unitNumber: UNIT }, branchToken)).code).toBe('FORBIDDEN');
    // Reads are the whole owning department's: the bureau sees the branch's registration.
    const listed = await h.ok<Listed>(LIST, { first: 200 }, await bdcStaffToken());
    expect(listed.registrations.map((row) => row.case.id)).toContain(branchCase);
    await h.ok(RECORD, { caseId: branchCase, stage: 'REVIEWED' }, await managerToken());
  });

  it('answers SERVICE_UNAVAILABLE naming the cases subgraph while it cannot be asked', async () => {
    const down = await createTestSubgraph(
      createRegistrySubgraph(
        { subgraphUrls: { catalog: h.neighbours.catalogUrl, cases: 'http://127.0.0.1:9/graphql' } },
        { cases: casesDirectory('http://127.0.0.1:9/graphql') },
      ),
      { seedDemo: false },
    );
    try {
      const result = await down.execute(RECORD, { caseId: randomUUID(), stage: 'ACCEPTED', unitNumber: UNIT }, await bdcStaffToken());
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', service: 'cases' });
    } finally {
      await down.close();
    }
  });
});

describe('registrations', () => {
  it('lists the BDC’s registrations, the most recently moved first, by stage, to the BDC’s people and the manager', async () => {
    for (const token of [await managerToken(), await bdcStaffToken(), await adminToken(BDC.id)]) {
      const all = (await h.ok<Listed>(LIST, { first: 200 }, token)).registrations;
      expect(all.length).toBeGreaterThanOrEqual(4);
      const moved = all.map((row) => row.updatedAt);
      expect(moved).toEqual([...moved].sort().reverse());
      const issued = (await h.ok<Listed>(LIST, { stage: 'ISSUED' }, token)).registrations;
      expect(issued.length).toBeGreaterThan(0);
      expect(issued.every((row) => row.stage === 'ISSUED' && row.certificateNumber && row.steps.length === 5)).toBe(true);
      expect((await h.ok<Listed>(LIST, { first: 1 }, token)).registrations).toHaveLength(1);
    }
  });

  it('refuses `first` outside 1–200 with BAD_USER_INPUT and everybody else with FORBIDDEN', async () => {
    for (const first of [0, -1, 201]) expect((await h.refused(LIST, { first }, await managerToken())).code).toBe('BAD_USER_INPUT');
    for (const token of [undefined, await supervisorToken(), await gajStaffToken(), await adminToken(GAJ.id)]) {
      expect((await h.refused(LIST, {}, token)).code).toBe('FORBIDDEN');
    }
  });

  it('hides from the BDC a registration stored under a department that does not own the subgraph, not from the manager', async () => {
    const caseId = randomUUID();
    const at = new Date('2026-11-23T03:00:00Z');
    await h.subgraph.owner.db.insert(registrations).values({
      caseId,
      departmentId: GAJ.id,
      stage: 'ACCEPTED',
      unitNumber: UNIT,
      createdAt: at,
      updatedAt: at,
    });
    const bdc = await h.ok<Listed>(LIST, { first: 200 }, await bdcStaffToken());
    expect(bdc.registrations.map((row) => row.case.id)).not.toContain(caseId);
    const manager = await h.ok<Listed>(LIST, { first: 200 }, await managerToken());
    expect(manager.registrations.map((row) => row.case.id)).toContain(caseId);
  });
});
