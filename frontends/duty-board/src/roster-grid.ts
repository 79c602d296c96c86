import type { RosterShift, WindowSummary } from './duty.graphql';
import type { HalfDay } from './gql/graphql';

export const HALVES: readonly HalfDay[] = ['MORNING', 'AFTERNOON'];

/**
 * One half-day cell of the grid. A full-day shift fills its morning cell, which spans both halves (`span` 2);
 * its afternoon cell is then covered (`span` 0) and not drawn.
 */
export interface GridCell {
  date: string;
  half: HalfDay;
  shift: RosterShift | null;
  span: 0 | 1 | 2;
}

export interface GridRow {
  window: WindowSummary;
  /** Keyed by `cellKey(date, half)`. */
  cells: Record<string, GridCell>;
}

export const cellKey = (date: string, half: HalfDay) => `${date}:${half}`;

/** The zones of the hall, in window-number order of their first window. */
export function hallZones(windows: readonly WindowSummary[]): string[] {
  const sorted = [...windows].sort((a, b) => a.number.localeCompare(b.number));
  return [...new Set(sorted.map((window) => window.hallZone))];
}

/** Rows: the zone's windows by number; columns: each day's morning and afternoon. */
export function buildRosterGrid(windows: readonly WindowSummary[], shifts: readonly RosterShift[], days: readonly string[], zone: string): GridRow[] {
  const inZone = windows.filter((window) => window.hallZone === zone).sort((a, b) => a.number.localeCompare(b.number));
  const byWindow = new Map<string, RosterShift[]>();
  for (const shift of shifts) byWindow.set(shift.window.id, [...(byWindow.get(shift.window.id) ?? []), shift]);

  return inZone.map((window) => {
    const cells: Record<string, GridCell> = {};
    const own = byWindow.get(window.id) ?? [];
    for (const date of days) {
      const fullDay = own.find((shift) => shift.date === date && shift.period === 'FULL_DAY');
      for (const half of HALVES) {
        const key = cellKey(date, half);
        if (fullDay) cells[key] = { date, half, shift: fullDay, span: half === 'MORNING' ? 2 : 0 };
        else cells[key] = { date, half, shift: own.find((shift) => shift.date === date && shift.period === half) ?? null, span: 1 };
      }
    }
    return { window, cells };
  });
}

/** How many shifts of the week are on the grid, for the zone's summary line. */
export function countShifts(rows: readonly GridRow[]): number {
  return rows.reduce((total, row) => total + Object.values(row.cells).filter((cell) => cell.shift && cell.span > 0).length, 0);
}
