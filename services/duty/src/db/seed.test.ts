import { demoHall, demoReferenceFromEnv } from '@hall/demo-hall';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, local, type DutyHarness } from '../test-helpers';
import { seedDemo } from './seed';

let h: DutyHarness;
const TABLES = [
  'staff',
  'windows',
  'window_departments',
  'swap_requests',
  'shifts',
  'attendance',
  'unattended_incidents',
  'tickets',
  'ticket_counters',
];

async function counts(): Promise<Record<string, number>> {
  return Object.fromEntries(await Promise.all(TABLES.map(async (table) => [table, await h.count(table)] as const)));
}

beforeAll(async () => {
  h = await createHarness({ seedDemo: true, now: local('2026-11-20', '10:00') });
});
afterAll(() => h?.close());

describe('seedDemo', () => {
  const { duty, staff, windows } = demoHall(demoReferenceFromEnv());

  it('loads the whole demo hall through the bulk import, with the columns the import derives', async () => {
    expect(await counts()).toEqual({
      staff: staff.length,
      windows: windows.length,
      window_departments: windows.reduce((sum, window) => sum + window.departmentIds.length, 0),
      swap_requests: duty.swapRequests.length,
      shifts: duty.shifts.length,
      attendance: duty.attendance.length,
      unattended_incidents: duty.incidents.length,
      tickets: duty.tickets.length,
      ticket_counters: new Set(duty.tickets.map((ticket) => `${ticket.day}|${ticket.number[0]}`)).size,
    });
    const { rows } = await h.subgraph.runtime.database.pool.query<{ id: string; notice: number; recent: string[] }>(
      'SELECT id, notice_working_days AS notice, recently_posted_staff_ids::text[] AS recent FROM duty.swap_requests ORDER BY id',
    );
    const expected = [...duty.swapRequests]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((request) => ({ id: request.id, notice: request.noticeWorkingDays, recent: request.recentlyPostedStaffIds }));
    expect(rows).toEqual(expected);
    const counters = await h.subgraph.runtime.database.pool.query<{ last: number; highest: number }>(
      `SELECT c.last, (SELECT max(substring(t.number FROM 2)::int) FROM duty.tickets t WHERE t.day = c.day AND left(t.number, 1) = c.prefix) AS highest
       FROM duty.ticket_counters c`,
    );
    for (const counter of counters.rows) expect(counter.last).toBe(counter.highest);
  });

  it('runs once: starting again, twice at the same time, changes nothing', async () => {
    const before = await counts();
    await Promise.all([seedDemo(h.subgraph.runtime.database), seedDemo(h.subgraph.runtime.database)]);
    expect(await counts()).toEqual(before);
  });
});
