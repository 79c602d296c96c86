import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createHarness,
  type hall,
  local,
  managerToken,
  SCHEDULE,
  staffFor,
  staffToken,
  windowNumbered,
  type DutyHarness,
} from './test-helpers';

let h: DutyHarness;
let manager: string;
const B01 = windowNumbered('B01');
const B02 = windowNumbered('B02');
const B03 = windowNumbered('B03');
const [alice, bob, carol] = staffFor(B01) as [(typeof hall.staff)[number], (typeof hall.staff)[number], (typeof hall.staff)[number]];
const tokens: Record<string, string> = {};
const shiftIds: Record<string, string> = {};

const CHECK_IN = `mutation ($w: ID!) { checkIn(windowId: $w) { id checkedInAt attendance } }`;
const CHECK_OUT = `mutation ($w: ID!) { checkOut(windowId: $w) { id checkedOutAt } }`;
const HALL_STATS = `query ($p: Period!) { dutyStats(period: $p) { shifts attended attendanceRate late absent unattendedIncidents } }`;
const ATTENDANCE = `query ($p: Period!) { roster(period: $p) { id date period window { number } staff { name } attendance } }`;
const ON_DUTY = `query ($at: DateTime!) { onDuty(at: $at) { window { number } staff { id } present shift { period } } }`;

async function stats(day: string) {
  return (await h.ok<{ dutyStats: Record<string, number | null> }>(HALL_STATS, { p: { from: day, to: day } }, manager)).dutyStats;
}

async function statusOf(day: string, windowNumber: string, period: string): Promise<string | undefined> {
  const { roster } = await h.ok<{ roster: Array<{ period: string; window: { number: string }; attendance: string }> }>(
    ATTENDANCE,
    { p: { from: day, to: day } },
    manager,
  );
  return roster.find((shift) => shift.window.number === windowNumber && shift.period === period)?.attendance;
}

async function checkInAt(member: { id: string }, windowId: string, date: string, time: string) {
  h.clock.now = local(date, time);
  return h.subgraph.execute<{ checkIn: { attendance: string; checkedInAt: string } }>(CHECK_IN, { w: windowId }, tokens[member.id]);
}

beforeAll(async () => {
  h = await createHarness({ seedDemo: true, now: local('2026-12-04', '10:00') });
  manager = await managerToken();
  for (const member of [alice, bob, carol]) tokens[member.id] = await staffToken(member);
  const plan: Array<[string, string, string, string]> = [
    ['2026-12-07', 'FULL_DAY', B01.id, alice.id],
    ['2026-12-07', 'MORNING', B02.id, bob.id],
    ['2026-12-07', 'AFTERNOON', B02.id, carol.id],
    ['2026-12-08', 'MORNING', B01.id, alice.id],
    ['2026-12-08', 'MORNING', B02.id, bob.id],
    ['2026-12-08', 'AFTERNOON', B02.id, carol.id],
    ['2026-12-09', 'MORNING', B03.id, carol.id],
  ];
  for (const [date, period, windowId, staffId] of plan) {
    const { scheduleShift } = await h.ok<{ scheduleShift: { id: string } }>(
      SCHEDULE,
      { input: { date, period, windowId, staffId } },
      manager,
    );
    shiftIds[`${date}:${windowId}:${period}`] = scheduleShift.id;
  }
});
afterAll(() => h?.close());

describe('check-in and lateness against the hall’s hours (Asia/Shanghai, 5 minutes’ grace)', () => {
  it('refuses a check-in more than an hour before the shift, at a window the person is not rostered on, or twice', async () => {
    expect((await checkInAt(alice, B01.id, '2026-12-07', '07:59')).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await checkInAt(alice, B03.id, '2026-12-07', '08:30')).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await h.count('attendance', `staff_id = '${alice.id}' AND check_in_at > '2026-12-01'`)).toBe(0);
  });

  it('counts a check-in at 09:06 local as late, and one at 09:05:00 as on time', async () => {
    const late = await checkInAt(alice, B01.id, '2026-12-07', '09:06');
    expect(late.errors).toBeUndefined();
    expect(late.data?.checkIn).toEqual({
      id: shiftIds[`2026-12-07:${B01.id}:FULL_DAY`],
      checkedInAt: '2026-12-07T01:06:00.000Z',
      attendance: 'LATE',
    });
    expect((await checkInAt(bob, B02.id, '2026-12-07', '09:05:00')).data?.checkIn.attendance).toBe('ON_TIME');
    expect((await checkInAt(alice, B01.id, '2026-12-07', '09:30')).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('shows who is at which window at an instant, nobody over lunch', async () => {
    type OnDuty = { onDuty: Array<{ window: { number: string }; staff: { id: string }; present: boolean }> };
    h.clock.now = local('2026-12-07', '10:00');
    const morning = await h.ok<OnDuty>(ON_DUTY, { at: local('2026-12-07', '10:00').toISOString() }, manager);
    expect(morning.onDuty).toEqual([
      expect.objectContaining({ window: { number: 'B01' }, staff: { id: alice.id }, present: true }),
      expect.objectContaining({ window: { number: 'B02' }, staff: { id: bob.id }, present: true }),
    ]);
    // Before Alice's 09:06 check-in she is rostered but not present.
    const early = await h.ok<OnDuty>(ON_DUTY, { at: local('2026-12-07', '09:03').toISOString() }, manager);
    expect(early.onDuty.find((entry) => entry.window.number === 'B01')?.present).toBe(false);
    expect((await h.ok<OnDuty>(ON_DUTY, { at: local('2026-12-07', '12:30').toISOString() }, manager)).onDuty).toEqual([]);
    const afternoon = await h.ok<OnDuty>(ON_DUTY, { at: local('2026-12-07', '13:40').toISOString() }, manager);
    expect(afternoon.onDuty.map((entry) => [entry.window.number, entry.staff.id, entry.present])).toEqual([
      ['B01', alice.id, true],
      ['B02', carol.id, false],
    ]);
  });

  it('opens an unattended-window incident when nobody has checked in 15 minutes after opening', async () => {
    // Carol's afternoon at B02 opens at 13:30.
    h.clock.now = local('2026-12-07', '13:44:59');
    expect((await stats('2026-12-07')).unattendedIncidents).toBe(0);
    h.clock.now = local('2026-12-07', '13:45');
    expect((await stats('2026-12-07')).unattendedIncidents).toBe(1); // computed before any sweep
    expect(await h.count('unattended_incidents', `date = '2026-12-07'`)).toBe(0);
    type Incidents = { unattendedIncidents: Array<{ window: { number: string }; half: string; staff: { id: string }; since: string }> };
    const listed = await h.ok<Incidents>(
      `query ($p: Period!) { unattendedIncidents(period: $p) { window { number } half staff { id } since } }`,
      { p: { from: '2026-12-07', to: '2026-12-07' } },
      manager,
    );
    expect(listed.unattendedIncidents).toEqual([
      { window: { number: 'B02' }, half: 'AFTERNOON', staff: { id: carol.id }, since: '2026-12-07T05:45:00.000Z' },
    ]);
    expect(await h.count('unattended_incidents', `date = '2026-12-07'`)).toBe(1);
    // A late check-in afterwards does not undo it, and recording again adds nothing.
    expect((await checkInAt(carol, B02.id, '2026-12-07', '13:50')).data?.checkIn.attendance).toBe('LATE');
    h.clock.now = local('2026-12-07', '14:00');
    expect(
      (await h.ok<{ recordUnattendedIncidents: unknown[] }>(`mutation { recordUnattendedIncidents { id } }`, undefined, manager))
        .recordUnattendedIncidents,
    ).toEqual([]);
    expect(await stats('2026-12-07')).toEqual({ shifts: 3, attended: 3, attendanceRate: 1, late: 2, absent: 0, unattendedIncidents: 1 });
  });

  it('opens no incident for a check-in at 09:14:59, one for nobody by 09:15, and counts an absence', async () => {
    expect((await checkInAt(alice, B01.id, '2026-12-08', '09:14:59')).data?.checkIn.attendance).toBe('LATE');
    h.clock.now = local('2026-12-08', '09:15');
    const recorded = await h.ok<{ recordUnattendedIncidents: Array<{ window: { number: string } }> }>(
      `mutation { recordUnattendedIncidents { window { number } } }`,
      undefined,
      manager,
    );
    expect(recorded.recordUnattendedIncidents).toEqual([{ window: { number: 'B02' } }]);
    expect((await checkInAt(bob, B02.id, '2026-12-08', '09:20')).data?.checkIn.attendance).toBe('LATE');
    // Carol never comes for her afternoon: not checked in while it runs, absent once it is over.
    h.clock.now = local('2026-12-08', '16:59');
    expect(await statusOf('2026-12-08', 'B02', 'AFTERNOON')).toBe('NOT_CHECKED_IN');
    h.clock.now = local('2026-12-08', '17:00');
    expect(await statusOf('2026-12-08', 'B02', 'AFTERNOON')).toBe('ABSENT');
    // 3 shifts: Alice late (no incident), Bob late (incident), Carol absent (incident, due, not yet recorded).
    expect(await stats('2026-12-08')).toEqual({
      shifts: 3,
      attended: 2,
      attendanceRate: 2 / 3,
      late: 2,
      absent: 1,
      unattendedIncidents: 2,
    });
  });

  it('keeps a recorded incident when the shift is removed afterwards', async () => {
    h.clock.now = local('2026-12-09', '09:20');
    await h.ok(`mutation { recordUnattendedIncidents { id } }`, undefined, manager);
    await h.ok(`mutation ($id: ID!) { removeShift(id: $id) }`, { id: shiftIds[`2026-12-09:${B03.id}:MORNING`] }, manager);
    expect(await stats('2026-12-09')).toMatchObject({ shifts: 0, attendanceRate: null, unattendedIncidents: 1 });
  });

  it('checks out of the open check-in and shows the person gone afterwards', async () => {
    h.clock.now = local('2026-12-08', '11:30');
    const out = await h.subgraph.execute<{ checkOut: { checkedOutAt: string } }>(CHECK_OUT, { w: B02.id }, tokens[bob.id]);
    expect(out.data?.checkOut.checkedOutAt).toBe('2026-12-08T03:30:00.000Z');
    const later = await h.ok<{ onDuty: Array<{ staff: { id: string }; present: boolean }> }>(
      ON_DUTY,
      { at: local('2026-12-08', '11:45').toISOString() },
      manager,
    );
    expect(later.onDuty.find((entry) => entry.staff.id === bob.id)?.present).toBe(false);
    expect((await h.subgraph.execute(CHECK_OUT, { w: B02.id }, tokens[bob.id])).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('lets only window staff check in, for themselves', async () => {
    h.clock.now = local('2026-12-07', '09:00');
    expect((await h.refused(CHECK_IN, { w: B01.id }, manager)).code).toBe('FORBIDDEN');
    expect((await h.refused(CHECK_IN, { w: B01.id })).code).toBe('FORBIDDEN');
    expect((await h.refused(CHECK_IN, { w: 'B01' }, tokens[alice.id])).code).toBe('BAD_USER_INPUT');
  });
});

describe('hall settings', () => {
  const UPDATE = `mutation ($input: HallSettingsInput!) { updateHallSettings(input: $input) { graceMinutes afternoonStart timeZone } }`;

  it('are public to read and the manager’s to change; lateness follows them', async () => {
    const settings = await h.ok<{ hallSettings: Record<string, unknown> }>(
      `{ hallSettings { timeZone morningStart morningEnd afternoonStart afternoonEnd graceMinutes unattendedAfterMinutes swapNoticeWorkingDays queueServiceLevelMinutes } }`,
    );
    expect(settings.hallSettings).toEqual({
      timeZone: 'Asia/Shanghai',
      morningStart: '09:00',
      morningEnd: '12:00',
      afternoonStart: '13:30',
      afternoonEnd: '17:00',
      graceMinutes: 5,
      unattendedAfterMinutes: 15,
      swapNoticeWorkingDays: 7,
      queueServiceLevelMinutes: 20,
    });
    expect(
      (await h.ok<{ updateHallSettings: { graceMinutes: number } }>(UPDATE, { input: { graceMinutes: 10 } }, manager)).updateHallSettings
        .graceMinutes,
    ).toBe(10);
    expect(await statusOf('2026-12-07', 'B01', 'FULL_DAY')).toBe('ON_TIME');
    await h.ok(UPDATE, { input: { graceMinutes: 5 } }, manager);
    expect(await statusOf('2026-12-07', 'B01', 'FULL_DAY')).toBe('LATE');
  });

  it('moves shift hours with the periods', async () => {
    await h.ok(UPDATE, { input: { afternoonStart: '14:00' } }, manager);
    const { roster } = await h.ok<{ roster: Array<{ period: string; window: { number: string }; startsAt: string }> }>(
      `{ roster(period: { from: "2026-12-07", to: "2026-12-07" }) { period window { number } startsAt } }`,
      undefined,
      manager,
    );
    expect(roster.find((shift) => shift.period === 'AFTERNOON')?.startsAt).toBe('2026-12-07T06:00:00.000Z');
    await h.ok(UPDATE, { input: { afternoonStart: '13:30' } }, manager);
  });

  it('refuses hours out of order, bad values and other roles, changing nothing', async () => {
    expect((await h.refused(UPDATE, { input: { morningEnd: '14:00' } }, manager)).code).toBe('BAD_USER_INPUT');
    expect((await h.refused(UPDATE, { input: { morningStart: '9:00' } }, manager)).code).toBe('BAD_USER_INPUT');
    expect((await h.refused(UPDATE, { input: { graceMinutes: -1 } }, manager)).code).toBe('BAD_USER_INPUT');
    expect((await h.refused(UPDATE, { input: { graceMinutes: 30 } }, await staffToken(alice))).code).toBe('FORBIDDEN');
    const after = await h.ok<{ hallSettings: { morningEnd: string; graceMinutes: number } }>(
      `{ hallSettings { morningEnd graceMinutes } }`,
    );
    expect(after.hallSettings).toEqual({ morningEnd: '12:00', graceMinutes: 5 });
  });
});
