import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, hall, local, managerToken, SCHEDULE, staffFor, windowNumbered, type DutyHarness } from './test-helpers';

let h: DutyHarness;
let manager: string;
const B01 = windowNumbered('B01');
const B02 = windowNumbered('B02');
const B03 = windowNumbered('B03');
const [alice, bob, carol] = staffFor(B01) as [(typeof hall.staff)[number], (typeof hall.staff)[number], (typeof hall.staff)[number]];
const otherDepartmentMember = hall.staff.find((member) => !B01.departmentIds.includes(member.departmentId));

beforeAll(async () => {
  h = await createHarness({ seedDemo: true, now: local('2026-12-01', '10:00') });
  manager = await managerToken();
});
afterAll(() => h?.close());

type Scheduled = { scheduleShift: { id: string; period: string; startsAt: string; endsAt: string; attendance: string } };
const schedule = (date: string, period: string, windowId: string, staffId: string) =>
  h.subgraph.execute<Scheduled>(SCHEDULE, { input: { date, period, windowId, staffId } }, manager);

describe('scheduling a shift', () => {
  it('puts a person at a window for a half day or a full day, with the hall’s hours in Asia/Shanghai', async () => {
    const morning = await schedule('2026-12-07', 'MORNING', B01.id, alice.id);
    expect(morning.errors).toBeUndefined();
    expect(morning.data?.scheduleShift).toMatchObject({
      period: 'MORNING',
      startsAt: '2026-12-07T01:00:00.000Z',
      endsAt: '2026-12-07T04:00:00.000Z',
      attendance: 'SCHEDULED',
    });
    const afternoon = await schedule('2026-12-07', 'AFTERNOON', B01.id, bob.id);
    expect(afternoon.data?.scheduleShift).toMatchObject({ startsAt: '2026-12-07T05:30:00.000Z', endsAt: '2026-12-07T09:00:00.000Z' });
    // Alice can take another window in the afternoon: her morning and that afternoon do not overlap.
    expect((await schedule('2026-12-07', 'AFTERNOON', B02.id, alice.id)).errors).toBeUndefined();
  });

  it('refuses a person on two windows at once, listing what is in the way', async () => {
    const before = await h.count('shifts');
    const clash = await h.refused(
      SCHEDULE,
      { input: { date: '2026-12-07', period: 'MORNING', windowId: B02.id, staffId: alice.id } },
      manager,
    );
    expect(clash.code).toBe('CONFLICT');
    expect(clash.extensions.conflicts).toEqual([
      expect.objectContaining({ reason: 'STAFF_BUSY', existingWindowNumber: 'B01', existingPeriod: 'MORNING' }),
    ]);
    expect(clash.message).toContain('B01');
    expect(await h.count('shifts')).toBe(before);
  });

  it('refuses a window booked twice', async () => {
    const clash = await h.refused(
      SCHEDULE,
      { input: { date: '2026-12-07', period: 'MORNING', windowId: B01.id, staffId: carol.id } },
      manager,
    );
    expect(clash.code).toBe('CONFLICT');
    expect(clash.extensions.conflicts).toEqual([expect.objectContaining({ reason: 'WINDOW_BOOKED', existingStaffName: alice.name })]);
  });

  it('treats a full day as overlapping both halves, both ways', async () => {
    // A full day at B01, which holds a morning and an afternoon shift, overlaps both.
    const full = await h.refused(
      SCHEDULE,
      { input: { date: '2026-12-07', period: 'FULL_DAY', windowId: B01.id, staffId: carol.id } },
      manager,
    );
    expect((full.extensions.conflicts as unknown[]).length).toBe(2);
    // Carol's full day at B03, then a half day of hers anywhere, and a half day of someone else at B03.
    expect((await schedule('2026-12-08', 'FULL_DAY', B03.id, carol.id)).errors).toBeUndefined();
    expect(
      (await h.refused(SCHEDULE, { input: { date: '2026-12-08', period: 'AFTERNOON', windowId: B02.id, staffId: carol.id } }, manager))
        .code,
    ).toBe('CONFLICT');
    expect(
      (await h.refused(SCHEDULE, { input: { date: '2026-12-08', period: 'MORNING', windowId: B03.id, staffId: bob.id } }, manager)).code,
    ).toBe('CONFLICT');
    // The next day is free.
    expect((await schedule('2026-12-09', 'MORNING', B03.id, bob.id)).errors).toBeUndefined();
  });

  it('lets exactly one of two concurrent bookings of the same window succeed', async () => {
    const results = await Promise.all([
      schedule('2026-12-10', 'MORNING', B02.id, alice.id),
      schedule('2026-12-10', 'FULL_DAY', B02.id, bob.id),
    ]);
    expect(results.filter((result) => !result.errors).length).toBe(1);
    expect(results.find((result) => result.errors)?.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await h.count('shifts', `window_id = '${B02.id}' AND date = '2026-12-10'`)).toBe(1);
  });

  it('lets exactly one of two concurrent bookings of the same person succeed', async () => {
    const results = await Promise.all([
      schedule('2026-12-11', 'AFTERNOON', B01.id, carol.id),
      schedule('2026-12-11', 'AFTERNOON', B02.id, carol.id),
      schedule('2026-12-11', 'FULL_DAY', B03.id, carol.id),
    ]);
    expect(results.filter((result) => !result.errors).length).toBe(1);
    expect(await h.count('shifts', `staff_id = '${carol.id}' AND date = '2026-12-11'`)).toBe(1);
  });

  it('is enforced by the database itself, whoever writes', async () => {
    const { db } = h.subgraph.runtime.database;
    // Alice already has B01 on the morning of 7 December; a full day elsewhere written straight into the table fails.
    await expect(
      db.execute(
        sql`INSERT INTO duty.shifts (date, period, window_id, staff_id) VALUES ('2026-12-07', 'FULL_DAY', ${B03.id}, ${alice.id})`,
      ),
    ).rejects.toMatchObject({ cause: { code: '23505' } });
    await expect(
      db.execute(
        sql`INSERT INTO duty.shifts (date, period, window_id, staff_id) VALUES ('2026-12-07', 'AFTERNOON', ${B01.id}, ${carol.id})`,
      ),
    ).rejects.toMatchObject({ cause: { code: '23505' } });
  });

  it('refuses a window that does not serve the person’s department, bad input and unknown ids, changing nothing', async () => {
    const before = await h.count('shifts');
    const foreign = await h.refused(
      SCHEDULE,
      { input: { date: '2026-12-14', period: 'MORNING', windowId: B01.id, staffId: otherDepartmentMember?.id } },
      manager,
    );
    expect(foreign).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(foreign.message).toContain('does not serve');
    expect(
      (await h.refused(SCHEDULE, { input: { date: '2026-02-30', period: 'MORNING', windowId: B01.id, staffId: alice.id } }, manager)).code,
    ).toBe('BAD_USER_INPUT');
    expect(
      (await h.refused(SCHEDULE, { input: { date: '2026-12-14', period: 'EVENING', windowId: B01.id, staffId: alice.id } }, manager)).code,
    ).toBe('BAD_USER_INPUT');
    expect(
      (await h.refused(SCHEDULE, { input: { date: '2026-12-14', period: 'MORNING', windowId: 'B01', staffId: alice.id } }, manager)).code,
    ).toBe('BAD_USER_INPUT');
    expect(
      (
        await h.refused(
          SCHEDULE,
          { input: { date: '2026-12-14', period: 'MORNING', windowId: '00000000-0000-4000-8000-000000000000', staffId: alice.id } },
          manager,
        )
      ).code,
    ).toBe('NOT_FOUND');
    expect(await h.count('shifts')).toBe(before);
  });
});

const COPY = `mutation ($from: Date!, $to: Date!) { copyRosterWeek(fromWeek: $from, toWeek: $to) { copied shifts { date period window { number } staff { id } } } }`;

describe('copying a week forward', () => {
  it('copies every shift of the week to the same weekdays of a later week', async () => {
    const source = await h.count('shifts', `date BETWEEN '2026-12-07' AND '2026-12-13'`);
    expect(source).toBeGreaterThan(0);
    const result = await h.ok<{ copyRosterWeek: { copied: number; shifts: Array<{ date: string }> } }>(
      COPY,
      { from: '2026-12-09', to: '2026-12-20' },
      manager,
    );
    expect(result.copyRosterWeek.copied).toBe(source);
    expect(result.copyRosterWeek.shifts.every((shift) => shift.date >= '2026-12-14' && shift.date <= '2026-12-20')).toBe(true);
    expect(await h.count('shifts', `date BETWEEN '2026-12-14' AND '2026-12-20'`)).toBe(source);
    expect(await h.count('shifts', `date = '2026-12-14' AND staff_id = '${alice.id}'`)).toBe(2);
  });

  it('copies nothing when one shift conflicts, and lists every conflict', async () => {
    // The week of 21 December: one window taken and one person busy before the copy.
    expect((await schedule('2026-12-21', 'MORNING', B01.id, carol.id)).errors).toBeUndefined();
    expect((await schedule('2026-12-22', 'AFTERNOON', B02.id, carol.id)).errors).toBeUndefined();
    const before = await h.count('shifts');
    const refused = await h.refused(COPY, { from: '2026-12-07', to: '2026-12-21' }, manager);
    expect(refused.code).toBe('CONFLICT');
    const conflicts = refused.extensions.conflicts as Array<{ reason: string; date: string }>;
    // 21 Dec: Alice's B01 morning meets Carol's; 22 Dec: Carol's full day at B03 meets her own B02 afternoon.
    expect(conflicts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ reason: 'WINDOW_BOOKED', date: '2026-12-21', windowNumber: 'B01' }),
        expect.objectContaining({ reason: 'STAFF_BUSY', date: '2026-12-22', windowNumber: 'B03' }),
      ]),
    );
    expect(await h.count('shifts')).toBe(before);
  });

  it('refuses to copy backwards or onto the same week', async () => {
    expect((await h.refused(COPY, { from: '2026-12-14', to: '2026-12-07' }, manager)).code).toBe('BAD_USER_INPUT');
    expect((await h.refused(COPY, { from: '2026-12-14', to: '2026-12-18' }, manager)).code).toBe('BAD_USER_INPUT');
  });

  it('copies the demo roster’s week into an empty week', async () => {
    const demoWeek = hall.duty.shifts.filter((shift) => shift.date >= '2026-11-23' && shift.date <= '2026-11-29').length;
    const result = await h.ok<{ copyRosterWeek: { copied: number } }>(COPY, { from: '2026-11-23', to: '2027-01-04' }, manager);
    expect(result.copyRosterWeek.copied).toBe(demoWeek);
  });
});

describe('removing a shift', () => {
  it('removes a shift nobody checked in for, and keeps one somebody did', async () => {
    const { scheduleShift } = (await schedule('2026-12-29', 'MORNING', B03.id, bob.id)).data as Scheduled;
    const removed = await h.ok<{ removeShift: string }>(`mutation ($id: ID!) { removeShift(id: $id) }`, { id: scheduleShift.id }, manager);
    expect(removed.removeShift).toBe(scheduleShift.id);
    const attended = hall.duty.attendance[0];
    const kept = await h.refused(`mutation ($id: ID!) { removeShift(id: $id) }`, { id: attended?.shiftId }, manager);
    expect(kept.code).toBe('CONFLICT');
    expect(await h.count('shifts', `id = '${attended?.shiftId}'`)).toBe(1);
  });
});

describe('the roster query', () => {
  it('lists shifts by day, half and window number with their attendance', async () => {
    const result = await h.ok<{ roster: Array<{ date: string; window: { number: string }; attendance: string }> }>(
      `{ roster(period: { from: "2026-11-09", to: "2026-11-20" }) { date window { number } attendance } }`,
      undefined,
      manager,
    );
    expect(result.roster.length).toBe(hall.duty.shifts.filter((shift) => shift.date >= '2026-11-09' && shift.date <= '2026-11-20').length);
    const keys = result.roster.map((shift) => shift.date);
    expect(keys).toEqual([...keys].sort());
    expect(new Set(result.roster.map((shift) => shift.attendance))).toEqual(new Set(['ON_TIME', 'LATE']));
  });

  it('refuses a period running backwards or longer than a year', async () => {
    expect((await h.refused(`{ roster(period: { from: "2026-12-02", to: "2026-12-01" }) { id } }`, undefined, manager)).code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await h.refused(`{ roster(period: { from: "2025-01-01", to: "2026-12-01" }) { id } }`, undefined, manager)).code).toBe(
      'BAD_USER_INPUT',
    );
    // A malformed Date: BAD_USER_INPUT as a variable; a literal one fails validation before anything runs.
    const variable = await h.refused(
      `query ($p: Period!) { roster(period: $p) { id } }`,
      { p: { from: '2026-12-1', to: '2026-12-01' } },
      manager,
    );
    expect(variable.code).toBe('BAD_USER_INPUT');
    expect(variable.message).toContain('YYYY-MM-DD');
    const literal = await h.refused(`{ roster(period: { from: "2026-12-1", to: "2026-12-01" }) { id } }`, undefined, manager);
    expect(literal.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(literal.message).toContain('YYYY-MM-DD');
  });
});
