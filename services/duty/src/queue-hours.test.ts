import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, createHarness, local, managerToken, windowNumbered, type DutyHarness } from './test-helpers';

let h: DutyHarness;
const B01 = windowNumbered('B01');
const GAJ = B01.departmentIds[0] as string;

// Issued (hall time), called (null: still waiting), day. Waits by hour: 08h 3 and 5 → 4; 09h 10 → 10 (one waiting);
// 14h 20 → 20; 16h none called → null. The ticket of 12-11 lies outside the period.
const FIXTURE: Array<[day: string, number: string, issued: string, called: string | null]> = [
  ['2026-12-09', 'H01', '08:30', '08:33'],
  ['2026-12-09', 'H02', '08:59', '09:04'],
  ['2026-12-09', 'H03', '09:10', '09:20'],
  ['2026-12-09', 'H04', '09:40', null],
  ['2026-12-10', 'H01', '14:00', '14:20'],
  ['2026-12-10', 'H02', '16:05', null],
  ['2026-12-11', 'H01', '09:00', '09:30'],
];

beforeAll(async () => {
  h = await createHarness({ seedDemo: false, now: local('2026-12-11', '17:30') });
  for (const [day, number, issued, called] of FIXTURE) {
    await h.subgraph.runtime.database.db.execute(sql`
      INSERT INTO duty.tickets (day, number, department_id, category, status, issued_at, called_at)
      VALUES (${day}, ${number}, ${GAJ}, 'PERMIT', ${called ? 'CALLED' : 'WAITING'}::duty.ticket_status,
        ${local(day, issued).toISOString()}, ${called ? local(day, called).toISOString() : null})`);
  }
});
afterAll(() => h?.close());

const QUERY = `query ($p: Period!) { queueWaitsByHour(period: $p) { hour tickets averageWaitMinutes } }`;

describe('queueWaitsByHour', () => {
  it('counts tickets by the hall hour they were issued and averages the waits of the called ones', async () => {
    const manager = await managerToken();
    const { result, statements } = await h.subgraph.runtime.database.statements.measure(() =>
      h.ok<{ queueWaitsByHour: unknown }>(QUERY, { p: { from: '2026-12-09', to: '2026-12-10' } }, manager),
    );
    expect(statements).toBe(1);
    expect(result.queueWaitsByHour).toEqual([
      { hour: 8, tickets: 2, averageWaitMinutes: 4 },
      { hour: 9, tickets: 2, averageWaitMinutes: 10 },
      { hour: 14, tickets: 1, averageWaitMinutes: 20 },
      { hour: 16, tickets: 1, averageWaitMinutes: null },
    ]);
  });

  it('is the manager’s only', async () => {
    const refused = await h.refused(QUERY, { p: { from: '2026-12-09', to: '2026-12-10' } }, await adminToken(GAJ));
    expect(refused.code).toBe('FORBIDDEN');
  });
});
