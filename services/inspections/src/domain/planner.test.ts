import { WorkingCalendar } from '@hall/service-kit';
import { describe, expect, it } from 'vitest';
import { assignVisits, type PlanInputs, type PlannedVisit } from './planner';

const calendar = new WorkingCalendar();
const isWorkingDay = (day: string) => calendar.isWorkingDay(day);

const supervisor = (id: string, tied: string[] = [], termStart = '2025-01-01', termEnd = '2027-12-31') => ({ id, termStart, termEnd, tiedDepartmentIds: tied });
const base: PlanInputs = {
  from: '2026-12-01',
  to: '2026-12-31',
  windows: [
    { windowId: 'W1', departmentIds: ['D1'] },
    { windowId: 'W2', departmentIds: ['D2'] },
    { windowId: 'W3', departmentIds: ['D1', 'D3'] },
    { windowId: 'W4', departmentIds: ['D4'] },
    { windowId: 'W5', departmentIds: ['D2'] },
  ],
  visits: 7,
  supervisors: [supervisor('S1', ['D1']), supervisor('S2', ['D3']), supervisor('S3')],
  earlierVisits: [],
};

function visitsOf(seed: string, inputs: PlanInputs, on: WorkingCalendar = calendar): PlannedVisit[] {
  const result = assignVisits(seed, inputs, on);
  if (!result.ok) throw new Error(result.reason);
  return result.visits;
}

const loads = (visits: PlannedVisit[], ids: string[]) => ids.map((id) => visits.filter((visit) => visit.supervisorId === id).length);

describe('assignVisits', () => {
  it('plans on the working days of the calendar it is given: never a day the hall closes', () => {
    const one = { ...base, from: '2026-12-01', to: '2026-12-02', windows: base.windows.slice(0, 1), visits: 1 };
    expect(visitsOf('audit-1', one).map((visit) => visit.day)).toEqual([expect.stringMatching(/^2026-12-0[12]$/)]);
    const closed = new WorkingCalendar(new Map([['2026-12-01', 'OFF' as const]]));
    expect(visitsOf('audit-1', one, closed).map((visit) => visit.day)).toEqual(['2026-12-02']);
    const both = new WorkingCalendar(new Map([['2026-12-01', 'OFF' as const], ['2026-12-02', 'OFF' as const]]));
    expect(assignVisits('audit-1', one, both)).toMatchObject({ ok: false, reason: 'the period has no working day' });
  });

  it('covers every window, on working days, never by a tied supervisor (a window counts for each department)', () => {
    const visits = visitsOf('audit-1', base);
    expect(visits).toHaveLength(7);
    expect(new Set(visits.map((visit) => visit.windowId))).toEqual(new Set(['W1', 'W2', 'W3', 'W4', 'W5']));
    expect(visits.every((visit) => isWorkingDay(visit.day) && visit.day >= base.from && visit.day <= base.to)).toBe(true);
    for (const visit of visits) {
      const departments = base.windows.find((window) => window.windowId === visit.windowId)?.departmentIds ?? [];
      const tied = base.supervisors.find((s) => s.id === visit.supervisorId)?.tiedDepartmentIds ?? [];
      expect(departments.some((id) => tied.includes(id))).toBe(false);
    }
    expect(visits.filter((visit) => visit.windowId === 'W3').every((visit) => visit.supervisorId === 'S3')).toBe(true);
  });

  it('spreads visits evenly: max − min ≤ 1', () => {
    const result = loads(visitsOf('audit-2', base), ['S1', 'S2', 'S3']);
    expect(Math.max(...result) - Math.min(...result)).toBeLessThanOrEqual(1);
    expect(result.reduce((a, b) => a + b)).toBe(7);
  });

  it('reproduces the same assignment from the same seed and inputs, whatever their order', () => {
    const reordered: PlanInputs = { ...base, windows: [...base.windows].reverse(), supervisors: [...base.supervisors].reverse() };
    expect(visitsOf('seed-x', reordered)).toEqual(visitsOf('seed-x', base));
    const seeds = ['a', 'b', 'c', 'd', 'e'].map((seed) => JSON.stringify(visitsOf(seed, base)));
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });

  it('refuses an impossible plan naming the window and the constraint', () => {
    const allTied: PlanInputs = { ...base, windows: [{ windowId: 'W1', departmentIds: ['D1'] }], visits: 1, supervisors: [supervisor('S1', ['D1']), supervisor('S2', ['D1'])] };
    const result = assignVisits('any', allTied, calendar);
    expect(result).toMatchObject({ ok: false, windowId: 'W1' });
    expect(!result.ok && result.reason).toContain('tied');
    expect(!result.ok && result.reason).toContain('W1');
  });

  it('uses only supervisors whose term covers the visit day', () => {
    const inputs: PlanInputs = {
      ...base,
      windows: [{ windowId: 'W4', departmentIds: ['D4'] }],
      visits: 1,
      supervisors: [supervisor('OLD', [], '2024-01-01', '2026-11-30'), supervisor('NEW', [], '2026-12-21', '2028-12-20')],
    };
    for (const seed of ['1', '2', '3']) {
      const [visit] = visitsOf(seed, inputs);
      expect(visit).toMatchObject({ supervisorId: 'NEW' });
      expect(visit!.day >= '2026-12-21').toBe(true);
    }
    const expired = assignVisits('1', { ...inputs, supervisors: [supervisor('OLD', [], '2024-01-01', '2026-11-30')] }, calendar);
    expect(expired).toMatchObject({ ok: false, windowId: 'W4' });
    expect(!expired.ok && expired.reason).toContain('term');
  });

  it('keeps 90 days between the same supervisor’s visits to the same window, earlier plans included', () => {
    const inputs: PlanInputs = {
      ...base,
      windows: [{ windowId: 'W4', departmentIds: ['D4'] }],
      visits: 1,
      supervisors: [supervisor('S1'), supervisor('S2')],
      earlierVisits: [{ supervisorId: 'S1', windowId: 'W4', day: '2026-10-15' }],
    };
    for (const seed of ['1', '2', '3', '4']) expect(visitsOf(seed, inputs)[0]?.supervisorId).toBe('S2');
    const only = assignVisits('1', { ...inputs, supervisors: [supervisor('S1')] }, calendar);
    expect(only).toMatchObject({ ok: false, windowId: 'W4' });
    expect(!only.ok && only.reason).toContain('90 days');
    // 2026-09-01 is 91 days before 2026-12-01: the first days of December are allowed again.
    const longAgo = visitsOf('1', { ...inputs, supervisors: [supervisor('S1')], earlierVisits: [{ supervisorId: 'S1', windowId: 'W4', day: '2026-09-01' }] });
    expect(longAgo[0]?.supervisorId).toBe('S1');
  });

  it('keeps balance where possible and widens it only when the constraints force it', () => {
    const lopsided: PlanInputs = {
      ...base,
      windows: [
        { windowId: 'W1', departmentIds: ['D1'] },
        { windowId: 'W2', departmentIds: ['D1'] },
        { windowId: 'W3', departmentIds: ['D1'] },
        { windowId: 'W4', departmentIds: ['D1'] },
      ],
      visits: 4,
      supervisors: [supervisor('S1'), supervisor('S2', ['D1'])],
    };
    expect(loads(visitsOf('1', lopsided), ['S1', 'S2'])).toEqual([4, 0]);
  });

  it('refuses a period without working days', () => {
    expect(assignVisits('1', { ...base, from: '2026-12-05', to: '2026-12-06' }, calendar)).toMatchObject({ ok: false, reason: 'the period has no working day' });
    // The hall works Saturday 5 December (an override): the same weekend now has a day to plan.
    const worked = new WorkingCalendar(new Map([['2026-12-05', 'WORKING' as const]]));
    const weekend = assignVisits('1', { ...base, from: '2026-12-05', to: '2026-12-06', windows: base.windows.slice(0, 1), visits: 1 }, worked);
    expect(weekend).toMatchObject({ ok: true, visits: [{ windowId: 'W1', day: '2026-12-05' }] });
  });
});
