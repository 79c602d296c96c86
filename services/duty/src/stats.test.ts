import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attendanceRate } from './data/stats';
import { adminToken, createHarness, hall, local, managerToken, staffFor, windowNumbered, type DutyHarness } from './test-helpers';

let h: DutyHarness;
let manager: string;
const B01 = windowNumbered('B01');
const B02 = windowNumbered('B02');
const B03 = windowNumbered('B03');
const A02 = windowNumbered('A02');
const A04 = windowNumbered('A04');
const B06 = windowNumbered('B06');
const GAJ = B01.departmentIds[0] as string;
const SCJG = A04.departmentIds[0] as string;
const YBJ = B06.departmentIds[0] as string;
const RSJ = windowNumbered('B04').departmentIds[0] as string;
const [alice, bob, carol] = staffFor(B01) as [(typeof hall.staff)[number], (typeof hall.staff)[number], (typeof hall.staff)[number]];
const [dora, erin] = staffFor(A04) as [(typeof hall.staff)[number], (typeof hall.staff)[number]];
const [yan] = staffFor(B06) as [(typeof hall.staff)[number]];

/**
 * The hand-computed fixture, as of Tuesday 15 December 2026 12:30 in the hall (5 minutes' grace, 15 to an incident):
 *  #  day    period     window staff  check-in  → outcome
 *  1  14th   FULL_DAY   B01    alice  08:55     on time
 *  2  14th   FULL_DAY   B02    bob    09:07     late
 *  3  14th   MORNING    B03    carol  —         absent, incident (recorded beforehand)
 *  4  14th   AFTERNOON  B03    carol  13:50     late, incident
 *  5  15th   MORNING    B01    alice  09:00     on time
 *  6  15th   AFTERNOON  B01    bob    —         not started
 *  7  15th   MORNING    B02    carol  —         absent, incident
 *  8  14th   FULL_DAY   A04    dora   09:05:00  on time (exactly the grace)
 *  9  15th   FULL_DAY   A02    erin   09:20     late, incident
 * 10  15th   FULL_DAY   A04    dora   —         running, not checked in: incident
 * 11  15th   AFTERNOON  B06    yan    —         not started
 * GAJ: 7 shifts, 4 attended, 2 late, 2 absent, rate 4/6, 3 incidents. SCJG: 3, 2, 1 late, 0 absent, rate 2/2, 2 incidents.
 * YBJ: 1 shift, nothing known yet: rate null. RSJ: nothing at all. Hall: 11, 6, 3, 2, rate 6/8, 5 incidents.
 */
const FIXTURE: Array<[day: string, period: string, window: string, staff: string, checkIn: string | null]> = [
  ['2026-12-14', 'FULL_DAY', B01.id, alice.id, '08:55'],
  ['2026-12-14', 'FULL_DAY', B02.id, bob.id, '09:07'],
  ['2026-12-14', 'MORNING', B03.id, carol.id, null],
  ['2026-12-14', 'AFTERNOON', B03.id, carol.id, '13:50'],
  ['2026-12-15', 'MORNING', B01.id, alice.id, '09:00'],
  ['2026-12-15', 'AFTERNOON', B01.id, bob.id, null],
  ['2026-12-15', 'MORNING', B02.id, carol.id, null],
  ['2026-12-14', 'FULL_DAY', A04.id, dora.id, '09:05:00'],
  ['2026-12-15', 'FULL_DAY', A02.id, erin.id, '09:20'],
  ['2026-12-15', 'FULL_DAY', A04.id, dora.id, null],
  ['2026-12-15', 'AFTERNOON', B06.id, yan.id, null],
];
const PERIOD = { from: '2026-12-14', to: '2026-12-15' };
const FIELDS = 'shifts attended attendanceRate late absent unattendedIncidents';

beforeAll(async () => {
  h = await createHarness({ seedDemo: true, now: local('2026-12-15', '12:30') });
  manager = await managerToken();
  const { db } = h.subgraph.runtime.database;
  for (const [day, period, windowId, staffId, checkIn] of FIXTURE) {
    const [shift] = (
      await db.execute(
        sql`INSERT INTO duty.shifts (date, period, window_id, staff_id) VALUES (${day}, ${period}::duty.shift_period, ${windowId}, ${staffId}) RETURNING id`,
      )
    ).rows as Array<{ id: string }>;
    if (checkIn) {
      await db.execute(
        sql`INSERT INTO duty.attendance (shift_id, staff_id, window_id, check_in_at) VALUES (${shift?.id}, ${staffId}, ${windowId}, ${local(day, checkIn).toISOString()})`,
      );
    }
    if (day === '2026-12-14' && period === 'MORNING' && windowId === B03.id) {
      await db.execute(sql`INSERT INTO duty.unattended_incidents (window_id, date, half, shift_id, staff_id, department_id, since)
        VALUES (${windowId}, ${day}, 'MORNING', ${shift?.id}, ${staffId}, ${GAJ}, ${local(day, '09:15').toISOString()})`);
    }
  }
});
afterAll(() => h?.close());

const ENTITY_STATS = `query ($r: [_Any!]!, $p: Period!) { _entities(representations: $r) { ... on Department { id dutyStats(period: $p) { ${FIELDS} } } } }`;

describe('DutyStats on a hand-computed fixture', () => {
  it('counts per department, with null rates where nothing is known', async () => {
    const result = await h.ok<{ _entities: Array<{ id: string; dutyStats: Record<string, number | null> }> }>(
      ENTITY_STATS,
      { r: [GAJ, SCJG, YBJ, RSJ].map((id) => ({ __typename: 'Department', id })), p: PERIOD },
      manager,
    );
    expect(result._entities.map((entity) => entity.dutyStats)).toEqual([
      { shifts: 7, attended: 4, attendanceRate: 4 / 6, late: 2, absent: 2, unattendedIncidents: 3 },
      { shifts: 3, attended: 2, attendanceRate: 1, late: 1, absent: 0, unattendedIncidents: 2 },
      { shifts: 1, attended: 0, attendanceRate: null, late: 0, absent: 0, unattendedIncidents: 0 },
      { shifts: 0, attended: 0, attendanceRate: null, late: 0, absent: 0, unattendedIncidents: 0 },
    ]);
  });

  it('counts the whole hall and one person', async () => {
    const result = await h.ok<{ dutyStats: unknown; staffMember: { dutyStats: unknown } }>(
      `query ($p: Period!, $s: ID!) { dutyStats(period: $p) { ${FIELDS} } staffMember(id: $s) { dutyStats(period: $p) { ${FIELDS} } } }`,
      { p: PERIOD, s: carol.id },
      manager,
    );
    expect(result.dutyStats).toEqual({ shifts: 11, attended: 6, attendanceRate: 0.75, late: 3, absent: 2, unattendedIncidents: 5 });
    expect(result.staffMember.dutyStats).toEqual({
      shifts: 3,
      attended: 1,
      attendanceRate: 1 / 3,
      late: 1,
      absent: 2,
      unattendedIncidents: 3,
    });
  });

  it('counts an incident once whether recorded or only due, and keeps counting after it is recorded', async () => {
    await h.ok(`mutation { recordUnattendedIncidents { id } }`, undefined, manager);
    expect(await h.count('unattended_incidents', `date BETWEEN '2026-12-14' AND '2026-12-15'`)).toBe(5);
    const result = await h.ok<{ dutyStats: { unattendedIncidents: number } }>(
      `query ($p: Period!) { dutyStats(period: $p) { unattendedIncidents } }`,
      { p: PERIOD },
      manager,
    );
    expect(result.dutyStats.unattendedIncidents).toBe(5);
  });

  it('has an empty period with zero counts and null rates', async () => {
    const result = await h.ok<{ dutyStats: unknown }>(
      `{ dutyStats(period: { from: "2027-02-01", to: "2027-02-28" }) { ${FIELDS} } }`,
      undefined,
      manager,
    );
    expect(result.dutyStats).toEqual({ shifts: 0, attended: 0, attendanceRate: null, late: 0, absent: 0, unattendedIncidents: 0 });
  });

  it('defines the rate as attended over shifts whose outcome is known', () => {
    expect(attendanceRate(4, 2)).toBeCloseTo(0.6667, 4);
    expect(attendanceRate(0, 0)).toBeNull();
    expect(attendanceRate(0, 3)).toBe(0);
  });

  it('lets a department admin see their own department only', async () => {
    const result = await h.subgraph.execute<{ _entities: Array<{ dutyStats: unknown } | null> }>(
      ENTITY_STATS,
      { r: [GAJ, SCJG].map((id) => ({ __typename: 'Department', id })), p: PERIOD },
      await adminToken(GAJ),
    );
    expect(result.data?._entities[0]?.dutyStats).toMatchObject({ shifts: 7 });
    expect(result.data?._entities[1]?.dutyStats).toBeNull();
    expect(result.errors?.map((error) => [error.extensions?.code, error.path?.join('.')])).toEqual([
      ['FORBIDDEN', '_entities.1.dutyStats'],
    ]);
  });
});

describe('batching', () => {
  it('resolves Department.staff, windows and dutyStats for a batch of departments with one statement each', async () => {
    const departments = hall.departments.slice(0, 8);
    const { result, statements, texts } = await h.subgraph.runtime.database.statements.measure(() =>
      h.subgraph.execute<{ _entities: Array<{ staff: unknown[]; windows: unknown[]; dutyStats: { shifts: number } }> }>(
        `query ($r: [_Any!]!, $p: Period!) { _entities(representations: $r) { ... on Department { staff { id name } windows { id number } dutyStats(period: $p) { shifts } } } }`,
        {
          r: departments.map((department) => ({ __typename: 'Department', id: department.id })),
          p: { from: '2026-11-09', to: '2026-11-27' },
        },
        manager,
      ),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities.reduce((sum, entity) => sum + entity.dutyStats.shifts, 0)).toBe(
      hall.duty.shifts.filter((shift) =>
        departments.some((department) => hall.staff.find((member) => member.id === shift.staffId)?.departmentId === department.id),
      ).length,
    );
    expect(statements, texts.join('\n')).toBe(3);
  });

  it('resolves a batch of Staff references with their duty statistics in one statement each', async () => {
    const members = hall.staff.slice(0, 12);
    const { result, statements } = await h.subgraph.runtime.database.statements.measure(() =>
      h.subgraph.execute<{ _entities: Array<{ dutyStats: { shifts: number } }> }>(
        `query ($r: [_Any!]!, $p: Period!) { _entities(representations: $r) { ... on Staff { id name dutyStats(period: $p) { shifts } } } }`,
        { r: members.map((member) => ({ __typename: 'Staff', id: member.id })), p: { from: '2026-11-09', to: '2026-11-27' } },
        manager,
      ),
    );
    expect(result.errors).toBeUndefined();
    expect(statements).toBe(2);
  });

  it('resolves the roster’s windows and people in one statement each', async () => {
    const { result, statements } = await h.subgraph.runtime.database.statements.measure(() =>
      h.subgraph.execute<{ roster: unknown[] }>(
        `{ roster(period: { from: "2026-11-16", to: "2026-11-20" }) { id window { number } staff { name } } }`,
        undefined,
        manager,
      ),
    );
    expect(result.data?.roster.length).toBeGreaterThan(100);
    expect(statements).toBe(3);
  });
});
