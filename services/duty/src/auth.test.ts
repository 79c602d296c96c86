import { DEMO_NOW, DEMO_REFERENCE_DATE } from '@hall/demo-hall';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, createHarness, hall, local, managerToken, staffToken, supervisorToken, type DutyHarness } from './test-helpers';

let h: DutyHarness;
const tokens: Record<string, string | undefined> = {};
const today = hall.duty.shifts.filter((shift) => shift.date === DEMO_REFERENCE_DATE);
const rostered = today.find((shift) => shift.period === 'FULL_DAY') as (typeof hall.duty.shifts)[number];
const me = hall.staff.find((member) => member.id === rostered.staffId) as (typeof hall.staff)[number];
const colleague = hall.staff.find(
  (member) => member.departmentId === me.departmentId && member.id !== me.id,
) as (typeof hall.staff)[number];
const otherDepartment = hall.departments.find((department) => department.id !== me.departmentId)?.id as string;
const DAY = { from: DEMO_REFERENCE_DATE, to: DEMO_REFERENCE_DATE };
const at = local(DEMO_REFERENCE_DATE, '10:00').toISOString();

beforeAll(async () => {
  h = await createHarness({ seedDemo: true, now: DEMO_NOW });
  tokens.public = undefined;
  tokens.staff = await staffToken(me);
  tokens.admin = await adminToken(me.departmentId);
  tokens.otherAdmin = await adminToken(otherDepartment);
  tokens.supervisor = await supervisorToken();
  tokens.manager = await managerToken();
});
afterAll(() => h?.close());

const codeOf = async (query: string, variables: Record<string, unknown>, role: string) =>
  (await h.subgraph.execute(query, variables, tokens[role])).errors?.[0]?.extensions?.code ?? 'OK';

describe('what each role may read', () => {
  it('shows the public windows, badges and the queue screen only', async () => {
    const badge = await h.ok<{ staffMember: Record<string, unknown> }>(
      `query ($id: ID!) { staffMember(id: $id) { name post partyMember photoUrl employeeNo postedSince active } }`,
      { id: me.id },
    );
    expect(badge.staffMember).toEqual({
      name: me.name,
      post: me.post,
      partyMember: me.partyMember,
      photoUrl: null,
      employeeNo: null,
      postedSince: null,
      active: true,
    });
    expect((await h.ok<{ windows: unknown[] }>(`{ windows { number matterCategories openingHours } }`)).windows).toHaveLength(
      hall.windows.length,
    );
    expect(await codeOf(`{ queueDisplay { waiting } }`, {}, 'public')).toBe('OK');
    for (const query of [
      `query ($p: Period!) { roster(period: $p) { id } }`,
      `query ($p: Period!) { dutyStats(period: $p) { shifts } }`,
      `query ($p: Period!) { queueStats(period: $p) { tickets } }`,
      `query ($p: Period!) { unattendedIncidents(period: $p) { id } }`,
      `{ swapRequests { id } }`,
    ]) {
      expect(await codeOf(query, { p: DAY }, 'public')).toBe('FORBIDDEN');
    }
    expect(await codeOf(`query ($at: DateTime!) { onDuty(at: $at) { present } }`, { at }, 'public')).toBe('FORBIDDEN');
    expect(
      await codeOf(`query ($id: ID!, $p: Period!) { staffMember(id: $id) { shifts(period: $p) { id } } }`, { id: me.id, p: DAY }, 'public'),
    ).toBe('FORBIDDEN');
  });

  it('shows staff their own shifts and statistics, not a colleague’s', async () => {
    const roster = await h.ok<{ roster: Array<{ staff: { id: string } }> }>(
      `query ($p: Period!) { roster(period: $p) { staff { id } } }`,
      { p: DAY },
      tokens.staff,
    );
    expect(roster.roster.length).toBeGreaterThan(0);
    expect(roster.roster.every((shift) => shift.staff.id === me.id)).toBe(true);
    const onDuty = await h.ok<{ onDuty: Array<{ staff: { id: string } }> }>(
      `query ($at: DateTime!) { onDuty(at: $at) { staff { id } } }`,
      { at },
      tokens.staff,
    );
    expect(onDuty.onDuty.map((entry) => entry.staff.id)).toEqual([me.id]);
    const OWN = `query ($id: ID!, $p: Period!) { staffMember(id: $id) { employeeNo shifts(period: $p) { id } dutyStats(period: $p) { shifts } } }`;
    const own = await h.ok<{ staffMember: { employeeNo: string; dutyStats: { shifts: number } } }>(
      OWN,
      { id: me.id, p: DAY },
      tokens.staff,
    );
    expect(own.staffMember).toMatchObject({
      employeeNo: me.employeeNo,
      dutyStats: { shifts: today.filter((shift) => shift.staffId === me.id).length },
    });
    expect(await codeOf(OWN, { id: colleague.id, p: DAY }, 'staff')).toBe('FORBIDDEN');
    expect(
      await codeOf(
        `query ($r: [_Any!]!, $p: Period!) { _entities(representations: $r) { ... on Department { dutyStats(period: $p) { shifts } } } }`,
        { r: [{ __typename: 'Department', id: me.departmentId }], p: DAY },
        'staff',
      ),
    ).toBe('FORBIDDEN');
    expect(await codeOf(`{ swapRequests { id } }`, {}, 'staff')).toBe('FORBIDDEN');
  });

  it('shows a department admin their department, not another', async () => {
    const roster = await h.ok<{ roster: Array<{ staff: { department: { id: string } } }> }>(
      `query ($p: Period!) { roster(period: $p) { staff { department { id } } } }`,
      { p: DAY },
      tokens.admin,
    );
    expect(roster.roster.length).toBe(
      today.filter((shift) => hall.staff.find((member) => member.id === shift.staffId)?.departmentId === me.departmentId).length,
    );
    const STATS = `query ($r: [_Any!]!, $p: Period!) { _entities(representations: $r) { ... on Department { dutyStats(period: $p) { shifts } staff(includeInactive: true) { id } } } }`;
    expect(await codeOf(STATS, { r: [{ __typename: 'Department', id: me.departmentId }], p: DAY }, 'admin')).toBe('OK');
    expect(await codeOf(STATS, { r: [{ __typename: 'Department', id: me.departmentId }], p: DAY }, 'otherAdmin')).toBe('FORBIDDEN');
    expect(
      await codeOf(`query ($id: ID!, $p: Period!) { staffMember(id: $id) { shifts(period: $p) { id } } }`, { id: me.id, p: DAY }, 'admin'),
    ).toBe('OK');
    expect(
      await codeOf(
        `query ($id: ID!, $p: Period!) { staffMember(id: $id) { shifts(period: $p) { id } } }`,
        { id: me.id, p: DAY },
        'otherAdmin',
      ),
    ).toBe('FORBIDDEN');
    expect(await codeOf(`query ($p: Period!) { dutyStats(period: $p) { shifts } }`, { p: DAY }, 'admin')).toBe('FORBIDDEN');
    const incidents = await h.ok<{ unattendedIncidents: Array<{ staff: { department: { id: string } } }> }>(
      `{ unattendedIncidents(period: { from: "2026-11-01", to: "2026-11-30" }) { staff { department { id } } } }`,
      undefined,
      tokens.admin,
    );
    expect(incidents.unattendedIncidents.every((incident) => incident.staff.department.id === me.departmentId)).toBe(true);
  });

  it('shows a supervisor who is on duty and the roster, nothing more', async () => {
    const onDuty = await h.ok<{ onDuty: unknown[] }>(
      `query ($at: DateTime!) { onDuty(at: $at) { window { number } } }`,
      { at },
      tokens.supervisor,
    );
    expect(onDuty.onDuty.length).toBe(today.filter((shift) => shift.period !== 'AFTERNOON').length);
    expect(await codeOf(`query ($p: Period!) { roster(period: $p) { id } }`, { p: DAY }, 'supervisor')).toBe('OK');
    for (const query of [
      `query ($p: Period!) { dutyStats(period: $p) { shifts } }`,
      `query ($p: Period!) { unattendedIncidents(period: $p) { id } }`,
      `{ swapRequests { id } }`,
    ]) {
      expect(await codeOf(query, { p: DAY }, 'supervisor')).toBe('FORBIDDEN');
    }
  });

  it('shows the manager everything', async () => {
    for (const query of [
      `query ($p: Period!) { roster(period: $p) { id } }`,
      `query ($p: Period!) { dutyStats(period: $p) { shifts } }`,
      `query ($p: Period!) { queueStats(period: $p) { tickets } }`,
      `query ($p: Period!) { unattendedIncidents(period: $p) { id } }`,
      `{ swapRequests { id } }`,
    ]) {
      expect(await codeOf(query, { p: DAY }, 'manager')).toBe('OK');
    }
  });
});

describe('who may change what', () => {
  const CREATE = `mutation ($input: StaffInput!) { createStaff(input: $input) { id employeeNo } }`;
  const UPDATE = `mutation ($id: ID!, $input: StaffUpdate!) { updateStaff(id: $id, input: $input) { id name photoUrl active } }`;
  const input = (departmentId: string, employeeNo: string) => ({
    employeeNo,
    name: '新同事',
    departmentId,
    post: 'ACCEPTANCE',
    postedSince: '2026-11-02',
  });

  it('lets a department admin and the manager manage the department’s staff, nobody else', async () => {
    const before = await h.count('staff');
    expect(await codeOf(CREATE, { input: input(me.departmentId, 'ZW80001') }, 'admin')).toBe('OK');
    expect(await codeOf(CREATE, { input: input(otherDepartment, 'ZW80002') }, 'admin')).toBe('FORBIDDEN');
    expect(await codeOf(CREATE, { input: input(otherDepartment, 'ZW80003') }, 'manager')).toBe('OK');
    for (const role of ['public', 'staff', 'supervisor'])
      expect(await codeOf(CREATE, { input: input(me.departmentId, 'ZW80004') }, role)).toBe('FORBIDDEN');
    expect(await codeOf(CREATE, { input: input(me.departmentId, 'ZW80001') }, 'admin')).toBe('CONFLICT');
    expect(await codeOf(CREATE, { input: { ...input(me.departmentId, 'zw 1'), name: '' } }, 'admin')).toBe('BAD_USER_INPUT');
    expect(await h.count('staff')).toBe(before + 2);

    const photo = { photoUrl: 'photos/staff/ZW00001.jpg', name: `${colleague.name}` };
    const updated = await h.ok<{ updateStaff: { photoUrl: string } }>(UPDATE, { id: colleague.id, input: photo }, tokens.admin);
    expect(updated.updateStaff.photoUrl).toBe(photo.photoUrl);
    expect(await codeOf(UPDATE, { id: colleague.id, input: { active: false } }, 'otherAdmin')).toBe('FORBIDDEN');
    expect(await codeOf(UPDATE, { id: colleague.id, input: { photoUrl: 'javascript:alert(1)' } }, 'admin')).toBe('BAD_USER_INPUT');
    expect(await codeOf(UPDATE, { id: colleague.id, input: { active: false } }, 'staff')).toBe('FORBIDDEN');
    const still = await h.ok<{ staffMember: { active: boolean; photoUrl: string } }>(
      `query ($id: ID!) { staffMember(id: $id) { active photoUrl } }`,
      { id: colleague.id },
      tokens.manager,
    );
    expect(still.staffMember).toEqual({ active: true, photoUrl: photo.photoUrl });
  });

  it('lets only the manager build the roster and the windows', async () => {
    const window = hall.windows.find((candidate) => candidate.departmentIds.includes(me.departmentId)) as (typeof hall.windows)[number];
    const SCHEDULE = `mutation ($input: ShiftInput!) { scheduleShift(input: $input) { id } }`;
    const shift = { input: { windowId: window.id, staffId: colleague.id, date: '2027-03-01', period: 'MORNING' } };
    for (const role of ['public', 'staff', 'admin', 'supervisor']) expect(await codeOf(SCHEDULE, shift, role)).toBe('FORBIDDEN');
    const COPY = `mutation { copyRosterWeek(fromWeek: "2026-11-16", toWeek: "2027-03-01") { copied } }`;
    for (const role of ['admin', 'supervisor']) expect(await codeOf(COPY, {}, role)).toBe('FORBIDDEN');
    const WINDOW = `mutation ($input: WindowInput!) { createWindow(input: $input) { number matterCategories openingHours departments { id } } }`;
    const created = {
      input: {
        number: 'E09',
        name: '测试窗口',
        category: 'SPECIALISED',
        hallZone: '二楼西区',
        departmentIds: [me.departmentId],
        matterCategories: ['PERMIT'],
      },
    };
    expect(await codeOf(WINDOW, created, 'admin')).toBe('FORBIDDEN');
    const made = await h.ok<{ createWindow: { number: string; openingHours: string } }>(WINDOW, created, tokens.manager);
    expect(made.createWindow).toMatchObject({ number: 'E09', openingHours: '工作日 09:00–12:00、13:30–17:00' });
    expect(await codeOf(WINDOW, created, 'manager')).toBe('CONFLICT');
    expect(await h.count('shifts', `date = '2027-03-01'`)).toBe(0);
  });
});

describe('the demo hall', () => {
  it('has rosters, lateness, one unattended incident, swap requests and a day of tickets', async () => {
    const result = await h.ok<{
      dutyStats: Record<string, number>;
      swapRequests: Array<{ status: string; emergency: boolean; flags: string[] }>;
      queueStats: Record<string, number>;
    }>(
      `{ dutyStats(period: { from: "2026-11-09", to: "2026-11-27" }) { shifts attended late absent unattendedIncidents }
         swapRequests { status emergency flags }
         queueStats(period: { from: "2026-11-20", to: "2026-11-20" }) { tickets served noShows waitsAboveServiceLevel } }`,
      undefined,
      tokens.manager,
    );
    expect(result.dutyStats).toMatchObject({
      shifts: hall.duty.shifts.length,
      attended: hall.duty.attendance.length,
      absent: 0,
      unattendedIncidents: 1,
    });
    expect(result.dutyStats.late).toBeGreaterThanOrEqual(3);
    expect(result.swapRequests.map((request) => request.status).sort()).toEqual(['APPROVED', 'APPROVED', 'PENDING']);
    expect(result.swapRequests.filter((request) => request.emergency).map((request) => request.flags)).toEqual([
      ['EMERGENCY', 'SHORT_NOTICE'],
    ]);
    expect(result.queueStats.tickets).toBe(hall.duty.tickets.length);
    expect((result.queueStats.served ?? 0) + (result.queueStats.noShows ?? 0)).toBe(hall.duty.tickets.length);
  });
});
