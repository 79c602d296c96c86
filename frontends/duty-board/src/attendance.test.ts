import { describe, expect, it } from 'vitest';
import { attendanceRows, summarise } from './attendance';
import { a01, a02, b01, li, shift, wang, zhao } from './testing/fixtures';

const date = '2026-11-24';
// 10:30 in the hall (UTC+8): mornings have started.
const now = new Date(`${date}T02:30:00Z`);

describe('today’s attendance', () => {
  it('marks a window empty (空岗) when nobody checked in or the person left early, and matches recorded incidents', () => {
    const present = shift('1', a02, li, date, 'FULL_DAY', { attendance: 'ON_TIME', checkedInAt: `${date}T00:58:00Z` });
    const missing = shift('2', a01, wang, date, 'MORNING', { attendance: 'NOT_CHECKED_IN' });
    const leftEarly = shift('3', b01, zhao, date, 'FULL_DAY', { attendance: 'LATE', checkedInAt: `${date}T01:20:00Z`, checkedOutAt: `${date}T02:00:00Z` });
    const later = shift('4', a01, li, date, 'AFTERNOON');
    const incident = { id: 'i-1', date, half: 'MORNING' as const, since: `${date}T01:15:00Z`, window: { id: a01.id } };

    const rows = attendanceRows([present, leftEarly, later, missing], [incident], now);

    expect(rows.map((row) => [row.shift.window.number, row.shift.period, row.vacant])).toEqual([
      ['A01', 'MORNING', true],
      ['A01', 'AFTERNOON', false],
      ['A02', 'FULL_DAY', false],
      ['B01', 'FULL_DAY', true],
    ]);
    expect(rows[0]?.incident?.id).toBe('i-1');
    expect(rows[1]?.incident).toBeNull();
    expect(summarise(rows)).toEqual({ rostered: 4, present: 1, late: 1, vacant: 2 });
  });
});
