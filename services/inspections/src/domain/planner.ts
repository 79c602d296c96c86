import { WorkingCalendar, type DayOverride } from '@hall/service-kit';
import { dayNumber } from './days';
import { SeededRandom } from './random';

/** Everything an assignment depends on; stored with the plan so it can be reproduced for audit. */
export interface PlanInputs {
  from: string;
  to: string;
  /** Windows to cover, each with every department it serves (a window serving several counts for each). */
  windows: Array<{ windowId: string; departmentIds: string[] }>;
  /** Visits to make; at least one per window, the rest spread over the windows in the seeded order. */
  visits: number;
  /** Active supervisors at planning time. */
  supervisors: Array<{ id: string; termStart: string; termEnd: string; tiedDepartmentIds: string[] }>;
  /** Visits of earlier plans near the period, for the 90-day rule. */
  earlierVisits: Array<{ supervisorId: string; windowId: string; day: string }>;
  /**
   * The hall's overrides of the period when it was planned (the cases subgraph's calendar), so that the plan reproduces
   * after the manager changes a day. Plans stored before the hall calendar reached the planner have none.
   */
  calendarOverrides?: Record<string, DayOverride>;
}

/** The calendar a plan was made on: the statutory one under the overrides it recorded. */
export const calendarOfPlan = (inputs: PlanInputs): WorkingCalendar =>
  new WorkingCalendar(new Map(Object.entries(inputs.calendarOverrides ?? {})));

export interface PlannedVisit {
  windowId: string;
  supervisorId: string;
  day: string;
}

export type PlanResult = { ok: true; visits: PlannedVisit[] } | { ok: false; windowId: string | null; reason: string };

export const MIN_DAYS_BETWEEN_VISITS = 90;
const STEP_BUDGET = 20_000;

const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);

/**
 * Assigns a supervisor and a working day to every visit, deterministically from `seed` and `inputs`.
 *
 * 1. Inputs are put in a canonical order (ids sorted), then the seeded PRNG shuffles the windows, the supervisors
 *    (their tie-break rank) and, per visit, the working days of the period. Every window gets one visit; extra
 *    visits go to windows in the shuffled order, skipping those without another untied supervisor for a repeat.
 * 2. Hard constraints per (visit, supervisor, day): the supervisor is tied to none of the window's departments,
 *    their term covers the day, and they have no visit to the same window within 90 days (earlier plans included).
 * 3. Depth-first search with backtracking over supervisors, most constrained visit first; for each visit the
 *    least-loaded supervisors are tried first (seeded rank breaks ties) on the first acceptable day of the visit's
 *    shuffled days. Balance is a constraint of the search: every load within [⌊V/S⌋, ⌈V/S⌉] (max − min ≤ 1);
 *    when that is impossible the band is widened one step at a time, so balance is kept "where possible".
 * An impossible plan returns the window and the constraint that cannot be met.
 */
export function assignVisits(seed: string, inputs: PlanInputs, calendar: WorkingCalendar): PlanResult {
  const rng = new SeededRandom(seed);
  const windows = rng.shuffle([...inputs.windows].sort((a, b) => a.windowId.localeCompare(b.windowId)));
  const supervisors = rng.shuffle([...inputs.supervisors].sort(byId));
  const days = calendar.workingDaysIn(inputs.from, inputs.to);
  if (windows.length === 0) return { ok: false, windowId: null, reason: 'the plan has no window to cover' };
  if (days.length === 0) return { ok: false, windowId: windows[0]?.windowId ?? null, reason: 'the period has no working day' };

  const visits = allot(windows, inputs).map((window, index) => ({ index, window, days: rng.shuffle(days) }));

  const earlier = inputs.earlierVisits.map((visit) => ({ ...visit, number: dayNumber(visit.day) }));
  const eligible = visits.map((visit) => {
    const untied = supervisors.filter((s) => !s.tiedDepartmentIds.some((id) => visit.window.departmentIds.includes(id)));
    const inTerm = untied.filter((s) => visit.days.some((day) => s.termStart <= day && day <= s.termEnd));
    const rested = inTerm.filter((s) =>
      visit.days.some(
        (day) =>
          s.termStart <= day &&
          day <= s.termEnd &&
          !earlier.some((e) => e.supervisorId === s.id && e.windowId === visit.window.windowId && Math.abs(e.number - dayNumber(day)) < MIN_DAYS_BETWEEN_VISITS),
      ),
    );
    return { untied, inTerm, rested };
  });
  for (const [index, candidates] of eligible.entries()) {
    const windowId = visits[index]!.window.windowId;
    if (candidates.untied.length === 0) {
      return { ok: false, windowId, reason: `window ${windowId} cannot be covered: every supervisor is tied to a department it serves (conflict of interest)` };
    }
    if (candidates.inTerm.length === 0) {
      return { ok: false, windowId, reason: `window ${windowId} cannot be covered: no untied supervisor's term covers a working day of the period` };
    }
    if (candidates.rested.length === 0) {
      return { ok: false, windowId, reason: `window ${windowId} cannot be covered: every eligible supervisor visited it less than ${MIN_DAYS_BETWEEN_VISITS} days before or after` };
    }
  }

  const order = visits.map((visit) => visit.index).sort((a, b) => eligible[a]!.rested.length - eligible[b]!.rested.length || a - b);
  const pool = supervisors.filter((s) => eligible.some((e) => e.rested.includes(s)));
  const base = Math.floor(visits.length / pool.length);
  const failures = new Map<number, number>();

  for (let widen = 0; ; widen++) {
    const cap = Math.ceil(visits.length / pool.length) + widen;
    const floor = Math.max(0, base - widen);
    const found = search(order, visits, eligible.map((e) => e.rested), pool, earlier, cap, floor, failures);
    if (found) return { ok: true, visits: found.sort((a, b) => a.day.localeCompare(b.day) || a.windowId.localeCompare(b.windowId)) };
    if (cap >= visits.length && floor === 0) break;
  }
  const worst = [...failures].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? order[0]!;
  const windowId = visits[worst]!.window.windowId;
  return {
    ok: false,
    windowId,
    reason: `window ${windowId} cannot be covered: no assignment meets the conflict-of-interest, term and ${MIN_DAYS_BETWEEN_VISITS}-day rules together`,
  };
}

/**
 * One visit per window, then the extra visits in the seeded window order, skipping windows that already have as
 * many visits as untied supervisors (within one period each repeat needs another supervisor, because of the 90-day rule).
 */
function allot(windows: PlanInputs['windows'], inputs: PlanInputs): PlanInputs['windows'] {
  const capacity = new Map(
    windows.map((window) => [window.windowId, inputs.supervisors.filter((s) => !s.tiedDepartmentIds.some((id) => window.departmentIds.includes(id))).length]),
  );
  const count = new Map(windows.map((window) => [window.windowId, 1]));
  const allotted = [...windows];
  for (let cursor = 0; allotted.length < inputs.visits; cursor++) {
    const open = windows.filter((window) => (count.get(window.windowId) ?? 0) < (capacity.get(window.windowId) ?? 0));
    const pool = open.length > 0 ? open : windows;
    const window = pool[cursor % pool.length]!;
    count.set(window.windowId, (count.get(window.windowId) ?? 0) + 1);
    allotted.push(window);
  }
  return allotted;
}

type Supervisor = PlanInputs['supervisors'][number];
type Visit = { index: number; window: PlanInputs['windows'][number]; days: string[] };

function search(
  order: number[],
  visits: Visit[],
  candidates: Supervisor[][],
  pool: Supervisor[],
  earlier: Array<{ supervisorId: string; windowId: string; number: number }>,
  cap: number,
  floor: number,
  failures: Map<number, number>,
): PlannedVisit[] | null {
  const load = new Map(pool.map((s) => [s.id, 0]));
  const rank = new Map(pool.map((s, i) => [s.id, i]));
  const chosen: Array<PlannedVisit & { number: number }> = [];
  let steps = 0;

  const dayFor = (visit: Visit, supervisor: Supervisor): string | undefined =>
    visit.days.find((day) => {
      if (day < supervisor.termStart || day > supervisor.termEnd) return false;
      const number = dayNumber(day);
      const near = (other: { supervisorId: string; windowId: string; number: number }) =>
        other.supervisorId === supervisor.id && other.windowId === visit.window.windowId && Math.abs(other.number - number) < MIN_DAYS_BETWEEN_VISITS;
      return !earlier.some(near) && !chosen.some(near);
    });

  const step = (position: number): boolean => {
    if (++steps > STEP_BUDGET) return false;
    const remaining = order.length - position;
    const missing = pool.reduce((sum, s) => sum + Math.max(0, floor - (load.get(s.id) ?? 0)), 0);
    if (missing > remaining) return false;
    if (remaining === 0) return true;
    const visitIndex = order[position]!;
    const visit = visits[visitIndex]!;
    const options = candidates[visitIndex]!.filter((s) => (load.get(s.id) ?? 0) < cap).sort(
      (a, b) => (load.get(a.id) ?? 0) - (load.get(b.id) ?? 0) || (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0),
    );
    for (const supervisor of options) {
      const day = dayFor(visit, supervisor);
      if (!day) continue;
      chosen.push({ windowId: visit.window.windowId, supervisorId: supervisor.id, day, number: dayNumber(day) });
      load.set(supervisor.id, (load.get(supervisor.id) ?? 0) + 1);
      if (step(position + 1)) return true;
      chosen.pop();
      load.set(supervisor.id, (load.get(supervisor.id) ?? 0) - 1);
    }
    failures.set(visitIndex, (failures.get(visitIndex) ?? 0) + 1);
    return false;
  };

  return step(0) ? chosen.map(({ windowId, supervisorId, day }) => ({ windowId, supervisorId, day })) : null;
}
