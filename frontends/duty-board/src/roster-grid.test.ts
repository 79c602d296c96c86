import { describe, expect, it } from 'vitest';
import { addHallDays, hallDay, hallTimeZone } from '@hall/styleguide';
import { mondayOf, weekDays } from './dates';
import { buildRosterGrid, cellKey, countShifts, hallZones } from './roster-grid';
import { a01, a02, b01, li, shift, wang, zhao } from './testing/fixtures';

const days = weekDays('2026-11-23');

describe('the roster grid', () => {
  it('has a row per window of the zone, by number, and a morning and afternoon cell per day', () => {
    const rows = buildRosterGrid([a02, b01, a01], [], days, 'A');
    expect(rows.map((row) => row.window.number)).toEqual(['A01', 'A02']);
    expect(Object.keys(rows[0]?.cells ?? {})).toHaveLength(14);
    expect(rows[0]?.cells[cellKey('2026-11-29', 'AFTERNOON')]).toMatchObject({ shift: null, span: 1 });
  });

  it('puts half-day shifts in their half and lets a full day span both halves', () => {
    const morning = shift('1', a01, wang, '2026-11-24', 'MORNING');
    const afternoon = shift('2', a01, li, '2026-11-24', 'AFTERNOON');
    const fullDay = shift('3', a02, li, '2026-11-25', 'FULL_DAY');
    const otherZone = shift('4', b01, zhao, '2026-11-24', 'FULL_DAY');
    const [first, second] = buildRosterGrid([a01, a02, b01], [morning, afternoon, fullDay, otherZone], days, 'A');

    expect(first?.cells[cellKey('2026-11-24', 'MORNING')]).toMatchObject({ shift: morning, span: 1 });
    expect(first?.cells[cellKey('2026-11-24', 'AFTERNOON')]).toMatchObject({ shift: afternoon, span: 1 });
    expect(first?.cells[cellKey('2026-11-25', 'MORNING')]?.shift).toBeNull();
    expect(second?.cells[cellKey('2026-11-25', 'MORNING')]).toMatchObject({ shift: fullDay, span: 2 });
    expect(second?.cells[cellKey('2026-11-25', 'AFTERNOON')]).toMatchObject({ shift: fullDay, span: 0 });
    expect(second?.cells[cellKey('2026-11-24', 'MORNING')]?.shift).toBeNull();
  });

  it('counts a full day once and ignores shifts outside the week', () => {
    const rows = buildRosterGrid(
      [a01],
      [shift('1', a01, wang, '2026-11-23', 'FULL_DAY'), shift('2', a01, li, '2026-11-24', 'MORNING'), shift('3', a01, li, '2026-12-01', 'MORNING')],
      days,
      'A',
    );
    expect(countShifts(rows)).toBe(2);
  });

  it('lists the zones in window order', () => {
    expect(hallZones([b01, a02, a01])).toEqual(['A', 'B']);
  });
});

describe('hall days', () => {
  it('counts the day in the hall’s zone and weeks from Monday', () => {
    // 17:30 UTC on Sunday is already Monday in Shanghai.
    expect(hallDay(new Date('2026-11-22T17:30:00Z'), hallTimeZone())).toBe('2026-11-23');
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
    expect(addHallDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(days).toHaveLength(7);
  });
});
