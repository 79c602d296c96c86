import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminToken,
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
const A02 = windowNumbered('A02');
const A04 = windowNumbered('A04');
const GAJ = B01.departmentIds[0] as string;
const SCJG = A04.departmentIds[0] as string;
const [alice, bob, carol] = staffFor(B01) as [(typeof hall.staff)[number], (typeof hall.staff)[number], (typeof hall.staff)[number]];
const [dora, erin] = staffFor(A04) as [(typeof hall.staff)[number], (typeof hall.staff)[number]];
const tokens: Record<string, string> = {};

const ISSUE = `mutation ($d: ID!, $c: MatterCategory!) { issueTicket(departmentId: $d, category: $c) { id number status ahead date } }`;
const CALL = `mutation ($w: ID!) { callNextTicket(windowId: $w) { id number status window { number } waitMinutes } }`;
type Issued = { issueTicket: { id: string; number: string; status: string; ahead: number } };
type Called = { callNextTicket: { id: string; number: string; status: string; window: { number: string } } | null };

const issue = (departmentId: string, category: string) => h.ok<Issued>(ISSUE, { d: departmentId, c: category });
const call = (member: { id: string }, windowId: string) => h.subgraph.execute<Called>(CALL, { w: windowId }, tokens[member.id]);
const step = (name: string, member: { id: string }, ticketId: string) =>
  h.subgraph.execute<Record<string, { status: string; serviceMinutes: number | null }>>(
    `mutation ($t: ID!) { ${name}(ticketId: $t) { status serviceMinutes } }`,
    { t: ticketId },
    tokens[member.id],
  );

beforeAll(async () => {
  h = await createHarness({ seedDemo: true, now: local('2026-12-08', '08:30') });
  manager = await managerToken();
  for (const member of [alice, bob, carol, dora, erin]) tokens[member.id] = await staffToken(member);
  for (const [windowId, member] of [
    [B01.id, alice],
    [B02.id, bob],
    [A04.id, dora],
    [A02.id, erin],
  ] as const) {
    await h.ok(SCHEDULE, { input: { date: '2026-12-08', period: 'FULL_DAY', windowId, staffId: member.id } }, manager);
    h.clock.now = local('2026-12-08', '08:50');
    await h.ok(`mutation ($w: ID!) { checkIn(windowId: $w) { id } }`, { w: windowId }, tokens[member.id]);
  }
});
afterAll(() => h?.close());

describe('issuing tickets', () => {
  it('numbers tickets by the hall zone of the first window serving them, for anyone', async () => {
    h.clock.now = local('2026-12-08', '09:01');
    expect((await issue(SCJG, 'FILING')).issueTicket).toMatchObject({ number: 'A001', status: 'WAITING', ahead: 0, date: '2026-12-08' });
    h.clock.now = local('2026-12-08', '09:02');
    expect((await issue(GAJ, 'PERMIT')).issueTicket.number).toBe('B001');
    h.clock.now = local('2026-12-08', '09:03');
    expect((await issue(GAJ, 'CHANGE')).issueTicket.number).toBe('B002');
    h.clock.now = local('2026-12-08', '09:04');
    expect((await issue(SCJG, 'PERMIT')).issueTicket.number).toBe('A002');
    const held = await h.ok<{ ticket: { number: string; ahead: number; status: string } }>(
      `{ ticket(number: "B002") { number ahead status } }`,
    );
    expect(held.ticket).toEqual({ number: 'B002', ahead: 0, status: 'WAITING' }); // B001 is PERMIT, B002 CHANGE: separate lines
  });

  it('hands out distinct numbers to concurrent requests', async () => {
    const before = await h.count('tickets');
    const results = await Promise.all(Array.from({ length: 8 }, () => h.subgraph.execute<Issued>(ISSUE, { d: GAJ, c: 'RENEWAL' })));
    const numbers = results.map((result) => result.data?.issueTicket.number);
    expect(new Set(numbers).size).toBe(8);
    expect([...numbers].sort()).toEqual(['B003', 'B004', 'B005', 'B006', 'B007', 'B008', 'B009', 'B010']);
    // Tidy up: these eight are not part of the calling tests below.
    await h.subgraph.runtime.database.db.execute(sql`DELETE FROM duty.tickets WHERE category = 'RENEWAL' AND day = '2026-12-08'`);
    expect(await h.count('tickets')).toBe(before);
  });

  it('refuses a matter no window serves, and bad input', async () => {
    const nowhere = await h.refused(ISSUE, { d: '00000000-0000-4000-8000-000000000000', c: 'PERMIT' });
    expect(nowhere.code).toBe('BAD_USER_INPUT');
    expect((await h.refused(ISSUE, { d: SCJG, c: 'BRIBE' })).code).toBe('BAD_USER_INPUT');
  });
});

describe('calling tickets', () => {
  it('calls only tickets the window serves, oldest first', async () => {
    h.clock.now = local('2026-12-08', '09:10');
    // A04 serves SCJG permits, changes and renewals only: it skips the older filing (A001) for the permit (A002).
    expect((await call(dora, A04.id)).data?.callNextTicket).toMatchObject({ number: 'A002', status: 'CALLED', window: { number: 'A04' } });
    expect((await call(erin, A02.id)).data?.callNextTicket?.number).toBe('A001');
    expect((await call(alice, B01.id)).data?.callNextTicket?.number).toBe('B001');
    expect((await call(bob, B02.id)).data?.callNextTicket?.number).toBe('B002');
  });

  it('holds one ticket per window at a time, and says when nothing is waiting', async () => {
    const busy = await call(alice, B01.id);
    expect(busy.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', ticket: 'B001' });
    const [b001] = await h.subgraph.runtime.database.db
      .execute(sql`SELECT id FROM duty.tickets WHERE number = 'B001' AND day = '2026-12-08'`)
      .then((r) => r.rows as Array<{ id: string }>);
    expect((await step('markNoShow', alice, b001?.id ?? '')).data?.markNoShow?.status).toBe('NO_SHOW');
    expect((await call(alice, B01.id)).data?.callNextTicket).toBeNull();
  });

  it('refuses a caller who is not checked in at the window, and other roles', async () => {
    expect((await call(carol, B01.id)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await call(alice, B02.id)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await h.refused(CALL, { w: B01.id }, manager)).code).toBe('FORBIDDEN');
    expect((await h.refused(CALL, { w: B01.id })).code).toBe('FORBIDDEN');
  });

  it('moves a ticket through service, only by whoever called it', async () => {
    const [a002] = await h.subgraph.runtime.database.db
      .execute(sql`SELECT id FROM duty.tickets WHERE number = 'A002' AND day = '2026-12-08'`)
      .then((r) => r.rows as Array<{ id: string }>);
    const id = a002?.id ?? '';
    expect((await step('startService', erin, id)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await step('endService', dora, id)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    h.clock.now = local('2026-12-08', '09:11');
    expect((await step('startService', dora, id)).data?.startService?.status).toBe('SERVING');
    h.clock.now = local('2026-12-08', '09:18:30');
    expect((await step('endService', dora, id)).data?.endService).toEqual({ status: 'DONE', serviceMinutes: 7.5 });
    expect((await step('markNoShow', dora, id)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('never gives the same ticket to two windows calling at once', async () => {
    await h.subgraph.runtime.database.db.execute(
      sql`UPDATE duty.tickets SET status = 'DONE', service_started_at = called_at, service_ended_at = called_at WHERE day = '2026-12-08' AND status IN ('CALLED', 'SERVING')`,
    );
    h.clock.now = local('2026-12-08', '09:20');
    await issue(GAJ, 'FILING');
    const results = await Promise.all([call(alice, B01.id), call(bob, B02.id)]);
    expect(results.every((result) => !result.errors)).toBe(true);
    expect(results.filter((result) => result.data?.callNextTicket !== null)).toHaveLength(1);
    // With two waiting, both windows get one each.
    await h.subgraph.runtime.database.db.execute(
      sql`UPDATE duty.tickets SET status = 'NO_SHOW' WHERE day = '2026-12-08' AND status = 'CALLED'`,
    );
    await issue(GAJ, 'FILING');
    await issue(GAJ, 'OTHER');
    const both = await Promise.all([call(alice, B01.id), call(bob, B02.id)]);
    const numbers = both.map((result) => result.data?.callNextTicket?.number);
    expect(numbers.every((number) => number !== undefined)).toBe(true);
    expect(new Set(numbers).size).toBe(2);
  });

  it('shows the public screen the open calls, latest first, with the badge of whoever serves', async () => {
    const screen = await h.ok<{
      queueDisplay: {
        date: string;
        waiting: number;
        calls: Array<{ ticketNumber: string; window: { number: string }; staff: { name: string; employeeNo: string | null } }>;
      };
    }>(`{ queueDisplay { date waiting calls { ticketNumber window { number } staff { name employeeNo } } } }`);
    expect(screen.queueDisplay.date).toBe('2026-12-08');
    expect(screen.queueDisplay.calls.map((entry) => entry.window.number).sort()).toEqual(['B01', 'B02']);
    expect(screen.queueDisplay.calls.every((entry) => entry.staff.employeeNo === null && entry.staff.name.length > 0)).toBe(true);
  });
});

/**
 * A hand-computed day (9 December): waits in minutes 2, 4, 6, 8, 10, 12, 14, 16, 25, 30 for the ten called tickets, one
 * more never called. Hall: average wait 127 / 10 = 12.7, nearest-rank p90 = the 9th of 10 = 25, 2 waits above 20,
 * average service (5 + 10 + 6 + 4 + 12 + 8 + 9 + 15) / 8 = 8.625, 2 no-shows.
 */
const FIXTURE: Array<
  [
    number: string,
    issued: string,
    called: string | null,
    window: 'B01' | 'B02' | null,
    status: string,
    start: string | null,
    end: string | null,
  ]
> = [
  ['T01', '09:00', '09:02', 'B01', 'DONE', '09:03', '09:08'],
  ['T02', '09:00', '09:04', 'B02', 'DONE', '09:05', '09:15'],
  ['T03', '09:01', '09:07', 'B01', 'NO_SHOW', null, null],
  ['T04', '09:02', '09:10', 'B01', 'DONE', '09:10', '09:16'],
  ['T05', '09:05', '09:15', 'B02', 'DONE', '09:16', '09:20'],
  ['T06', '09:06', '09:18', 'B01', 'DONE', '09:18', '09:30'],
  ['T07', '09:10', '09:24', 'B02', 'DONE', '09:24', '09:32'],
  ['T08', '09:14', '09:30', 'B01', 'DONE', '09:31', '09:40'],
  ['T09', '09:15', '09:40', 'B02', 'DONE', '09:40', '09:55'],
  ['T10', '09:20', '09:50', 'B01', 'NO_SHOW', null, null],
  ['T11', '09:30', null, null, 'WAITING', null, null],
];

describe('queue statistics', () => {
  const STATS = `tickets served noShows averageWaitMinutes p90WaitMinutes averageServiceMinutes waitsAboveServiceLevel serviceLevelMinutes`;
  const day = { from: '2026-12-09', to: '2026-12-09' };

  beforeAll(async () => {
    const at = (time: string | null) => (time ? local('2026-12-09', time).toISOString() : null);
    for (const [number, issued, called, window, status, start, end] of FIXTURE) {
      const windowId = window ? windowNumbered(window).id : null;
      const staffId = window === 'B01' ? alice.id : window === 'B02' ? bob.id : null;
      await h.subgraph.runtime.database.db.execute(sql`
        INSERT INTO duty.tickets (day, number, department_id, category, status, issued_at, called_at, window_id, staff_id, service_started_at, service_ended_at)
        VALUES ('2026-12-09', ${number}, ${GAJ}, 'PERMIT', ${status}::duty.ticket_status, ${at(issued)}, ${at(called)}, ${windowId}, ${staffId}, ${at(start)}, ${at(end)})`);
    }
  });

  it('computes the hall’s statistics (manager)', async () => {
    const result = await h.ok<{ queueStats: Record<string, number | null> }>(
      `query ($p: Period!) { queueStats(period: $p) { ${STATS} } }`,
      { p: day },
      manager,
    );
    expect(result.queueStats).toEqual({
      tickets: 11,
      served: 8,
      noShows: 2,
      averageWaitMinutes: 12.7,
      p90WaitMinutes: 25,
      averageServiceMinutes: 8.625,
      waitsAboveServiceLevel: 2,
      serviceLevelMinutes: 20,
    });
  });

  it('computes them per window and per staff member', async () => {
    type Row = { queueStats: Record<string, number | null> };
    const result = await h.ok<{ b01: Row; b02: Row; alice: Row; bob: Row }>(
      `query ($p: Period!, $w1: ID!, $w2: ID!, $s1: ID!, $s2: ID!) {
        b01: window(id: $w1) { queueStats(period: $p) { ${STATS} } }
        b02: window(id: $w2) { queueStats(period: $p) { ${STATS} } }
        alice: staffMember(id: $s1) { queueStats(period: $p) { ${STATS} } }
        bob: staffMember(id: $s2) { queueStats(period: $p) { ${STATS} } }
      }`,
      { p: day, w1: B01.id, w2: B02.id, s1: alice.id, s2: bob.id },
      manager,
    );
    // B01 / Alice: waits 2, 6, 8, 12, 16, 30 (p90 = 6th of 6), services 5, 6, 12, 9; B02 / Bob: waits 4, 10, 14, 25, services 10, 4, 8, 15.
    const b01 = {
      tickets: 6,
      served: 4,
      noShows: 2,
      p90WaitMinutes: 30,
      averageServiceMinutes: 8,
      waitsAboveServiceLevel: 1,
      serviceLevelMinutes: 20,
    };
    const b02 = {
      tickets: 4,
      served: 4,
      noShows: 0,
      averageWaitMinutes: 13.25,
      p90WaitMinutes: 25,
      averageServiceMinutes: 9.25,
      waitsAboveServiceLevel: 1,
    };
    expect(result.b01.queueStats).toMatchObject(b01);
    expect(result.b01.queueStats.averageWaitMinutes).toBeCloseTo(74 / 6, 10);
    expect(result.alice.queueStats).toEqual(result.b01.queueStats);
    expect(result.b02.queueStats).toMatchObject(b02);
    expect(result.bob.queueStats).toEqual(result.b02.queueStats);
  });

  it('follows the configured service level and has nothing to average on an empty day', async () => {
    await h.ok(`mutation { updateHallSettings(input: { queueServiceLevelMinutes: 10 }) { queueServiceLevelMinutes } }`, undefined, manager);
    const tight = await h.ok<{ queueStats: { waitsAboveServiceLevel: number } }>(
      `query ($p: Period!) { queueStats(period: $p) { waitsAboveServiceLevel } }`,
      { p: day },
      manager,
    );
    expect(tight.queueStats.waitsAboveServiceLevel).toBe(5); // 12, 14, 16, 25, 30
    await h.ok(`mutation { updateHallSettings(input: { queueServiceLevelMinutes: 20 }) { queueServiceLevelMinutes } }`, undefined, manager);
    const empty = await h.ok<{ queueStats: Record<string, number | null> }>(
      `{ queueStats(period: { from: "2026-12-10", to: "2026-12-12" }) { ${STATS} } }`,
      undefined,
      manager,
    );
    expect(empty.queueStats).toEqual({
      tickets: 0,
      served: 0,
      noShows: 0,
      averageWaitMinutes: null,
      p90WaitMinutes: null,
      averageServiceMinutes: null,
      waitsAboveServiceLevel: 0,
      serviceLevelMinutes: 20,
    });
  });

  it('shows each their own: the manager the hall, a department its windows, staff themselves', async () => {
    const HALL = `query ($p: Period!) { queueStats(period: $p) { tickets } }`;
    for (const token of [await adminToken(GAJ), tokens[alice.id], undefined])
      expect((await h.refused(HALL, { p: day }, token)).code).toBe('FORBIDDEN');
    const WINDOW = `query ($p: Period!, $w: ID!) { window(id: $w) { queueStats(period: $p) { tickets } } }`;
    expect(
      (await h.ok<{ window: { queueStats: { tickets: number } } }>(WINDOW, { p: day, w: B01.id }, await adminToken(GAJ))).window.queueStats
        .tickets,
    ).toBe(6);
    expect((await h.refused(WINDOW, { p: day, w: B01.id }, await adminToken(SCJG))).code).toBe('FORBIDDEN');
    const STAFF = `query ($p: Period!, $s: ID!) { staffMember(id: $s) { queueStats(period: $p) { tickets } } }`;
    expect(
      (await h.ok<{ staffMember: { queueStats: { tickets: number } } }>(STAFF, { p: day, s: alice.id }, tokens[alice.id])).staffMember
        .queueStats.tickets,
    ).toBe(6);
    expect((await h.refused(STAFF, { p: day, s: alice.id }, tokens[bob.id])).code).toBe('FORBIDDEN');
    expect((await h.refused(`{ tickets { number } }`)).code).toBe('FORBIDDEN');
  });
});
