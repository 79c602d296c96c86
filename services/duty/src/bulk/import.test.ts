import { randomUUID } from 'node:crypto';
import { BulkImportRefused, inTransaction } from '@hall/db';
import { WorkingCalendar, type DayOverride } from '@hall/service-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  copyShifts,
  ticketCountersFor,
  writeDutyBatch,
  type BulkShift,
  type BulkStaff,
  type BulkSwapRequest,
  type BulkTicket,
  type BulkWindow,
} from './import';
import { adminToken, createHarness, local, managerToken, type DutyHarness } from '../test-helpers';

let h: DutyHarness;
const DAY = '2026-12-14';
const NOW = local(DAY, '10:00');
const GAJ = randomUUID();
const RSJ = randomUUID();
const STATUTORY = new WorkingCalendar();

const person = (employeeNo: string, departmentId: string): BulkStaff => ({
  id: randomUUID(),
  employeeNo,
  name: `测试${employeeNo}`,
  departmentId,
  post: 'ACCEPTANCE',
  partyMember: false,
  postedSince: '2023-03-01',
});
const [wang, li, zhao] = [person('ZW90001', GAJ), person('ZW90002', GAJ), person('ZW90003', RSJ)] as [BulkStaff, BulkStaff, BulkStaff];
const windowOf = (number: string, departmentId: string): BulkWindow => ({
  id: randomUUID(),
  number,
  name: `${number}窗口`,
  category: 'COMPREHENSIVE',
  hallZone: 'F区',
  departmentIds: [departmentId],
  matterCategories: ['PERMIT', 'CHANGE', 'OTHER'],
});
const F01 = windowOf('F01', GAJ);
const F02 = windowOf('F02', GAJ);
const F03 = windowOf('F03', RSJ);

const shift = (date: string, period: BulkShift['period'], window: BulkWindow, member: BulkStaff): BulkShift => ({
  id: randomUUID(),
  date,
  period,
  windowId: window.id,
  staffId: member.id,
});

function ticket(number: string, issued: string, fields: Partial<BulkTicket> = {}): BulkTicket {
  return {
    id: randomUUID(),
    day: DAY,
    number,
    departmentId: GAJ,
    category: 'PERMIT',
    status: 'WAITING',
    issuedAt: local(DAY, issued),
    calledAt: null,
    windowId: null,
    staffId: null,
    serviceStartedAt: null,
    serviceEndedAt: null,
    noShowAt: null,
    ...fields,
  };
}

async function counts(): Promise<Record<string, number>> {
  const tables = ['staff', 'windows', 'window_departments', 'shifts', 'attendance', 'unattended_incidents', 'tickets', 'ticket_counters'];
  return Object.fromEntries(await Promise.all(tables.map(async (table) => [table, await h.count(table)] as const)));
}

beforeAll(async () => {
  h = await createHarness({ seedDemo: false, now: NOW });
});
afterAll(() => h?.close());

describe('writeDutyBatch', () => {
  it('writes staff and windows, then a day of roster, attendance, an incident and tickets, with their counters', async () => {
    const pool = h.subgraph.runtime.database.pool;
    const first = await writeDutyBatch(pool, { staff: [wang, li, zhao], windows: [F01, F02, F03] });
    expect(first).toMatchObject({ staff: 3, windows: 3, window_departments: 3 });

    const morning = shift(DAY, 'MORNING', F01, wang);
    const fullDay = shift(DAY, 'FULL_DAY', F02, li);
    const rsj = shift(DAY, 'FULL_DAY', F03, zhao);
    const tickets = [
      ticket('F001', '09:01', {
        status: 'DONE',
        calledAt: local(DAY, '09:04'),
        windowId: F01.id,
        staffId: wang.id,
        serviceStartedAt: local(DAY, '09:05'),
        serviceEndedAt: local(DAY, '09:12'),
      }),
      ticket('F002', '09:10', {
        status: 'NO_SHOW',
        calledAt: local(DAY, '09:13'),
        windowId: F01.id,
        staffId: wang.id,
        noShowAt: local(DAY, '09:16'),
      }),
      ticket('F003', '09:40', {
        status: 'SERVING',
        calledAt: local(DAY, '09:50'),
        windowId: F01.id,
        staffId: wang.id,
        serviceStartedAt: local(DAY, '09:51'),
      }),
      ticket('F004', '09:55'),
    ];
    const written = await writeDutyBatch(pool, {
      shifts: [morning, fullDay, rsj],
      attendance: [
        { id: randomUUID(), shiftId: morning.id, staffId: wang.id, windowId: F01.id, checkInAt: local(DAY, '08:50'), checkOutAt: null },
        { id: randomUUID(), shiftId: fullDay.id, staffId: li.id, windowId: F02.id, checkInAt: local(DAY, '09:21'), checkOutAt: null },
      ],
      incidents: [
        {
          id: randomUUID(),
          windowId: F02.id,
          date: DAY,
          half: 'MORNING',
          shiftId: fullDay.id,
          staffId: li.id,
          departmentId: GAJ,
          since: local(DAY, '09:15'),
          recordedAt: local(DAY, '09:15:30'),
        },
      ],
      tickets,
    });
    expect(written).toEqual({
      staff: 0,
      windows: 0,
      window_departments: 0,
      swap_requests: 0,
      shifts: 3,
      attendance: 2,
      unattended_incidents: 1,
      tickets: 4,
      ticket_counters: 1,
    });
    expect(await counts()).toEqual({
      staff: 3,
      windows: 3,
      window_departments: 3,
      shifts: 3,
      attendance: 2,
      unattended_incidents: 1,
      tickets: 4,
      ticket_counters: 1,
    });
    expect(ticketCountersFor(tickets)).toEqual([{ day: DAY, prefix: 'F', last: 4 }]);

    // The API takes over where the bulk load stopped: the next ticket continues the day's numbering, and the
    // statistics see the loaded rows (F02 checked in at 09:21: late and an incident; F03 nobody: an incident due now).
    const manager = await managerToken();
    const issued = await h.ok<{ issueTicket: { number: string } }>(
      `mutation ($d: ID!) { issueTicket(departmentId: $d, category: PERMIT) { number } }`,
      { d: GAJ },
    );
    expect(issued.issueTicket.number).toBe('F005');
    const stats = await h.ok<{ dutyStats: Record<string, unknown>; queueStats: Record<string, unknown> }>(
      `query ($p: Period!) { dutyStats(period: $p) { shifts attended late absent unattendedIncidents }
         queueStats(period: $p) { tickets served noShows averageWaitMinutes } }`,
      { p: { from: DAY, to: DAY } },
      manager,
    );
    expect(stats.dutyStats).toEqual({ shifts: 3, attended: 2, late: 1, absent: 0, unattendedIncidents: 2 });
    expect(stats.queueStats).toMatchObject({ tickets: 5, served: 1, noShows: 1 });
    expect(stats.queueStats.averageWaitMinutes).toBeCloseTo((3 + 3 + 10) / 3, 6);
  });

  it('refuses an invalid row before writing anything, naming the table and the row', async () => {
    const pool = h.subgraph.runtime.database.pool;
    const before = await counts();
    const doubleBooked = [shift('2026-12-15', 'MORNING', F01, wang), shift('2026-12-15', 'FULL_DAY', F02, wang)];
    await expect(writeDutyBatch(pool, { shifts: doubleBooked })).rejects.toMatchObject({
      problems: [
        { table: 'shifts', row: 2, field: 'staffId', message: expect.stringMatching(/staff .* booked twice on 2026-12-15 MORNING/) },
      ],
    });
    const unfinished = ticket('F010', '10:00', { status: 'DONE', calledAt: local(DAY, '10:01'), windowId: F01.id, staffId: wang.id });
    const error = await writeDutyBatch(pool, { shifts: [shift('2026-12-15', 'MORNING', F01, wang)], tickets: [unfinished] }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(BulkImportRefused);
    expect(error).toMatchObject({ row: 1, problems: [expect.objectContaining({ table: 'tickets', row: 1, field: 'status' })] });
    await expect(
      writeDutyBatch(pool, {
        attendance: [
          {
            id: randomUUID(),
            shiftId: randomUUID(),
            staffId: wang.id,
            windowId: F01.id,
            checkInAt: local(DAY, '12:00'),
            checkOutAt: local(DAY, '11:00'),
          },
        ],
      }),
    ).rejects.toThrow(/checks out before checking in/);
    await expect(writeDutyBatch(pool, { shifts: [{ ...shift('2026-12-15', 'MORNING', F01, wang), date: '2026-12-32' }] })).rejects.toThrow(
      /not a YYYY-MM-DD date/,
    );
    expect(await counts()).toEqual(before);
  });

  it('refuses the rows the API refuses, through the same input schemas (the old checker only asked for non-empty text)', async () => {
    const pool = h.subgraph.runtime.database.pool;
    const manager = await managerToken();
    const before = await counts();
    const lowercase = person('zw-90009', GAJ);
    const { id: _staffId, ...staffInput } = lowercase;
    const api = await h.refused(`mutation ($input: StaffInput!) { createStaff(input: $input) { id } }`, { input: staffInput }, manager);
    expect(api.code).toBe('BAD_USER_INPUT');
    expect(api.message).toContain('employeeNo');
    const staffError = await writeDutyBatch(pool, { staff: [lowercase] }).catch((caught: unknown) => caught);
    expect(staffError).toBeInstanceOf(BulkImportRefused);
    expect(staffError).toMatchObject({
      problems: [expect.objectContaining({ table: 'staff', row: 1, field: 'employeeNo' })],
      message: expect.stringMatching(/employeeNo/),
    });

    const unnumbered = windowOf('窗口9', GAJ);
    const { id: _windowId, ...windowInput } = unnumbered;
    const windowApi = await h.refused(
      `mutation ($input: WindowInput!) { createWindow(input: $input) { id } }`,
      { input: windowInput },
      manager,
    );
    expect(windowApi.code).toBe('BAD_USER_INPUT');
    await expect(writeDutyBatch(pool, { windows: [F01, unnumbered] })).rejects.toMatchObject({
      problems: [expect.objectContaining({ table: 'windows', row: 2, field: 'number' })],
    });
    expect(await counts()).toEqual(before);
  });

  it('is all or nothing: a double booking only the database sees rolls back the whole batch', async () => {
    const pool = h.subgraph.runtime.database.pool;
    const before = await counts();
    // F01's morning of the 14th is already wang's (previous test); li's is valid on its own, and so are the tickets.
    const fine = shift('2026-12-16', 'FULL_DAY', F02, li);
    const clash = shift(DAY, 'MORNING', F01, li);
    const error = await writeDutyBatch(pool, {
      shifts: [fine, clash],
      tickets: [{ ...ticket('F001', '09:00'), day: '2026-12-16', issuedAt: local('2026-12-16', '09:00') }],
    }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: '23505', constraint: 'shifts_window_morning' });
    expect(await counts()).toEqual(before);
  });

  it('refuses what the API forbids and no constraint states, writing nothing', async () => {
    const pool = h.subgraph.runtime.database.pool;
    const before = await counts();
    // zhao works for RSJ; F01 serves GAJ only.
    const error = await writeDutyBatch(pool, {
      shifts: [shift('2026-12-17', 'FULL_DAY', F01, zhao), shift('2026-12-17', 'FULL_DAY', F03, wang)],
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BulkImportRefused);
    expect(error).toMatchObject({
      problems: [expect.objectContaining({ table: 'shifts', row: 1 }), expect.objectContaining({ table: 'shifts', row: 2 })],
    });
    // A ticket of GAJ called at RSJ's window.
    const misplaced = ticket('F001', '09:00', {
      day: '2026-12-18',
      issuedAt: local('2026-12-18', '09:00'),
      status: 'CALLED',
      calledAt: local('2026-12-18', '09:02'),
      windowId: F03.id,
      staffId: zhao.id,
    });
    await expect(writeDutyBatch(pool, { tickets: [misplaced] })).rejects.toThrow(/called at a window serving its department/);
    // Two open tickets at one window: the partial unique index.
    const open = (number: string) =>
      ticket(number, '09:00', {
        day: '2026-12-18',
        issuedAt: local('2026-12-18', '09:00'),
        status: 'CALLED',
        calledAt: local('2026-12-18', '09:05'),
        windowId: F01.id,
        staffId: wang.id,
      });
    await expect(writeDutyBatch(pool, { tickets: [open('F001'), open('F002')] })).rejects.toThrow(/open ticket at a window appears twice/);
    // A foreign key: a shift at a window that does not exist.
    await expect(
      writeDutyBatch(pool, { shifts: [{ ...shift('2026-12-18', 'MORNING', F01, wang), windowId: randomUUID() }] }),
    ).rejects.toMatchObject({
      code: '23503',
    });
    expect(await counts()).toEqual(before);
  });

  it('refuses counters behind the loaded tickets, so a poisoned load cannot stop the kiosk', async () => {
    const pool = h.subgraph.runtime.database.pool;
    const before = await counts();
    const issue = () =>
      h.ok<{ issueTicket: { number: string } }>(`mutation ($d: ID!) { issueTicket(departmentId: $d, category: PERMIT) { number } }`, {
        d: GAJ,
      });
    const next = (await issue()).issueTicket.number;
    // Today's counter (F) is at `next`; a ticket loaded far past it without moving the counter.
    const ahead = ticket('F090', '10:30');
    await expect(writeDutyBatch(pool, { tickets: [ahead], ticketCounters: [] })).rejects.toMatchObject({
      problems: [
        expect.objectContaining({ table: 'ticket_counters', field: 'last', message: expect.stringMatching(/F090 \(tickets row 1\)/) }),
      ],
    });
    // Another day: a counter given explicitly behind its own tickets.
    const later = (number: string) => ({
      ...ticket(number, '09:00'),
      id: randomUUID(),
      day: '2026-12-19',
      issuedAt: local('2026-12-19', '09:00'),
    });
    await expect(
      writeDutyBatch(pool, {
        tickets: [later('F001'), later('F002'), later('F003')],
        ticketCounters: [{ day: '2026-12-19', prefix: 'F', last: 1 }],
      }),
    ).rejects.toBeInstanceOf(BulkImportRefused);
    expect(await counts()).toEqual({ ...before, tickets: (before.tickets ?? 0) + 1 });
    // The kiosk goes on numbering from the counter row.
    const following = (await issue()).issueTicket.number;
    expect(Number(following.slice(1))).toBe(Number(next.slice(1)) + 1);
  });

  it('lets a caller compose writers in its own transaction, which a failure rolls back', async () => {
    const pool = h.subgraph.runtime.database.pool;
    const before = await counts();
    await expect(
      inTransaction(pool, async (client) => {
        expect(await copyShifts(client, [shift('2026-12-21', 'FULL_DAY', F01, wang), shift('2026-12-21', 'FULL_DAY', F02, li)])).toBe(2);
        const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM duty.shifts WHERE date = '2026-12-21'`);
        expect(rows[0]?.n).toBe(2);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await counts()).toEqual(before);
  });

  it('refuses, field by field, the rows the API refuses: too long, control characters, an unknown value, a missing field', async () => {
    const pool = h.subgraph.runtime.database.pool;
    const manager = await managerToken();
    const before = await counts();
    const longName = { ...person('ZW90011', GAJ), name: '张'.repeat(31) };
    const { id: _longId, ...longInput } = longName;
    const api = await h.refused(`mutation ($input: StaffInput!) { createStaff(input: $input) { id } }`, { input: longInput }, manager);
    expect(api).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringContaining('name') });
    const { departmentId: _department, ...noDepartment } = person('ZW90012', GAJ);
    const staffRows: unknown[] = [longName, { ...person('ZW90013', GAJ), post: 'CLERK' }, noDepartment];
    const staffError = await writeDutyBatch(pool, { staff: staffRows as BulkStaff[] }).catch((caught: unknown) => caught);
    expect(staffError).toBeInstanceOf(BulkImportRefused);
    expect(staffError).toMatchObject({
      problems: [
        expect.objectContaining({ table: 'staff', row: 1, field: 'name' }),
        expect.objectContaining({ table: 'staff', row: 2, field: 'post' }),
        expect.objectContaining({ table: 'staff', row: 3, field: 'departmentId' }),
      ],
    });

    const controlled = { ...windowOf('F09', GAJ), name: 'F09\u0007窗口' };
    const { id: _windowId, ...windowInput } = controlled;
    const windowApi = await h.refused(
      `mutation ($input: WindowInput!) { createWindow(input: $input) { id } }`,
      { input: windowInput },
      manager,
    );
    expect(windowApi).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringContaining('name') });
    await expect(writeDutyBatch(pool, { windows: [controlled] })).rejects.toMatchObject({
      problems: [expect.objectContaining({ table: 'windows', row: 1, field: 'name' })],
    });
    expect(await counts()).toEqual(before);
  });

  it('imports swap requests with the notice and recent postings the API derives, and refuses what the API refuses', async () => {
    const pool = h.subgraph.runtime.database.pool;
    const newcomer = { ...person('ZW90020', GAJ), postedSince: '2025-06-01' };
    await writeDutyBatch(pool, { staff: [newcomer] });
    const input = {
      kind: 'REPLACEMENT' as const,
      staffId: wang.id,
      otherStaffId: newcomer.id,
      effectiveFrom: '2026-12-28',
      effectiveTo: null,
      reason: '原窗口人员参加业务培训，由本单位同事顶岗。',
      documentNo: null,
      emergency: false,
    };
    const filed = await h.ok<{ fileSwapRequest: { noticeWorkingDays: number; flags: string[]; recentlyPosted: Array<{ id: string }> } }>(
      `mutation ($input: SwapRequestInput!) { fileSwapRequest(input: $input) { noticeWorkingDays flags recentlyPosted { id } } }`,
      { input },
      await adminToken(GAJ),
    );
    const request = (fields: Partial<BulkSwapRequest> = {}): BulkSwapRequest => ({
      ...input,
      id: randomUUID(),
      departmentId: GAJ,
      status: 'PENDING',
      filedBy: 'admin',
      filedAt: NOW,
      decidedBy: null,
      decidedAt: null,
      decisionNote: null,
      shiftsChanged: null,
      ...fields,
    });
    const imported = request();
    const written = await writeDutyBatch(pool, { swapRequests: { timeZone: 'Asia/Shanghai', calendar: STATUTORY, requests: [imported] } });
    expect(written.swap_requests).toBe(1);
    const { rows } = await pool.query<{ notice: number; recent: string[] }>(
      'SELECT notice_working_days AS notice, recently_posted_staff_ids::text[] AS recent FROM duty.swap_requests WHERE id = $1',
      [imported.id],
    );
    expect(rows[0]).toEqual({
      notice: filed.fileSwapRequest.noticeWorkingDays,
      recent: filed.fileSwapRequest.recentlyPosted.map((p) => p.id),
    });
    expect(filed.fileSwapRequest).toMatchObject({ noticeWorkingDays: 10, flags: ['RECENT_POSTING'] });

    const before = await h.count('swap_requests');
    const shortApi = await h.refused(
      `mutation ($input: SwapRequestInput!) { fileSwapRequest(input: $input) { id } }`,
      { input: { ...input, reason: '顶岗' } },
      await adminToken(GAJ),
    );
    expect(shortApi).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringContaining('reason') });
    const error = await writeDutyBatch(pool, {
      swapRequests: {
        timeZone: 'Asia/Shanghai',
        calendar: STATUTORY,
        requests: [request({ reason: '顶岗' }), request({ kind: 'SWAP' as BulkSwapRequest['kind'] })],
      },
    }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      problems: [
        expect.objectContaining({ table: 'swap_requests', row: 1, field: 'reason' }),
        expect.objectContaining({ table: 'swap_requests', row: 2, field: 'kind' }),
      ],
    });
    // Rules the rows alone cannot show: a first day before the filing day, a person of another department.
    await expect(
      writeDutyBatch(pool, {
        swapRequests: {
          timeZone: 'Asia/Shanghai',
          calendar: STATUTORY,
          requests: [
            request({ effectiveFrom: '2026-12-11' }),
            request({ otherStaffId: zhao.id }),
            request({ effectiveFrom: '2026-12-16', emergency: true }),
          ],
        },
      }),
    ).rejects.toMatchObject({
      problems: [
        expect.objectContaining({ table: 'swap_requests', row: 1, field: 'effectiveFrom' }),
        expect.objectContaining({ table: 'swap_requests', row: 2, field: 'departmentId' }),
      ],
    });
    expect(await h.count('swap_requests')).toBe(before);
  });

  it('counts an imported request’s notice on the hall calendar it is given (the manager’s overrides included)', async () => {
    const pool = h.subgraph.runtime.database.pool;
    const [member, replacement] = [person('ZW90030', GAJ), person('ZW90031', GAJ)];
    await writeDutyBatch(pool, { staff: [member, replacement] });
    const filedOn = (id: string) => ({
      id,
      kind: 'REPLACEMENT' as const,
      staffId: member.id,
      otherStaffId: replacement.id,
      departmentId: GAJ,
      effectiveFrom: '2026-12-28',
      effectiveTo: null,
      reason: '原窗口人员参加业务培训，由本单位同事顶岗。',
      documentNo: null,
      emergency: false,
      status: 'PENDING' as const,
      filedBy: 'admin',
      filedAt: NOW,
      decidedBy: null,
      decidedAt: null,
      decisionNote: null,
      shiftsChanged: null,
    });
    const [statutory, overridden] = [randomUUID(), randomUUID()];
    // Mon 14 Dec → Mon 28 Dec: 10 working days; the hall closing Wed 16 and Thu 17 leaves 8.
    const hall = new WorkingCalendar(new Map<string, DayOverride>([['2026-12-16', 'OFF'], ['2026-12-17', 'OFF']]));
    await writeDutyBatch(pool, { swapRequests: { timeZone: 'Asia/Shanghai', calendar: STATUTORY, requests: [filedOn(statutory)] } });
    await writeDutyBatch(pool, { swapRequests: { timeZone: 'Asia/Shanghai', calendar: hall, requests: [filedOn(overridden)] } });
    const { rows } = await pool.query<{ id: string; notice: number }>(
      'SELECT id, notice_working_days AS notice FROM duty.swap_requests WHERE id = ANY($1::uuid[])',
      [[statutory, overridden]],
    );
    expect(Object.fromEntries(rows.map((row) => [row.id, row.notice]))).toEqual({ [statutory]: 10, [overridden]: 8 });
  });
});
