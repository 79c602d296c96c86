import { WorkingCalendar } from '@hall/service-kit';
import { describe, expect, it } from 'vitest';
import { settingsFromEnv } from '../settings';
import { NO_CLOCK, stepColumns, trailColumns, type TrailStep } from './case-columns';
import { clockRules } from './deadlines';

const rules = clockRules(new WorkingCalendar(), settingsFromEnv({}));
const committed = { kind: 'COMMITTED' as const, committedLimitDays: 5 };
const at = (iso: string) => new Date(iso);
const fresh = { acceptedAt: null, pausedSince: null, pausedWorkingDays: 0, supplementNotices: 0 };

describe('stepColumns', () => {
  it('starts the clock at acceptance: 5 working days after Mon 3 Mar 2025 is Mon 10 Mar, 17:00', () => {
    const patch = stepColumns(fresh, { at: at('2025-03-03T02:00:00Z'), to: 'ACCEPTED' }, 5, rules);
    expect(patch.acceptedAt).toEqual(at('2025-03-03T02:00:00Z'));
    expect(patch.dueAt).toEqual(at('2025-03-10T09:00:00Z'));
    // Pre-warning at min(4, ⌈0.8 × 5⌉) = 4 working days; supervision 3 working days after the deadline.
    expect(patch.preWarningAt).toEqual(at('2025-03-07T09:00:00Z'));
    expect(patch.supervisionDueAt).toEqual(at('2025-03-13T09:00:00Z'));
  });

  it('counts a supplement notice, pausing the clock only after acceptance', () => {
    const before = stepColumns(fresh, { at: at('2025-03-03T02:00:00Z'), to: 'SUPPLEMENT_REQUESTED' }, 5, rules);
    expect(before).toEqual({ supplementNotices: 1 });
    const accepted = { ...fresh, acceptedAt: at('2025-03-03T02:00:00Z'), supplementNotices: 1 };
    expect(stepColumns(accepted, { at: at('2025-03-04T02:00:00Z'), to: 'SUPPLEMENT_REQUESTED' }, 5, rules)).toEqual({
      supplementNotices: 2,
      pausedSince: at('2025-03-04T02:00:00Z'),
    });
  });

  it('adds a pause’s working days back when it ends, and moves the deadlines', () => {
    // Paused Wed 5 → Fri 7 Mar: Thu 6 and Fri 7 added; due Mon 10 → Wed 12 Mar.
    const paused = { ...fresh, acceptedAt: at('2025-03-03T02:00:00Z'), pausedSince: at('2025-03-05T02:00:00Z') };
    const patch = stepColumns(paused, { at: at('2025-03-07T02:00:00Z'), to: 'UNDER_REVIEW' }, 5, rules);
    expect(patch).toMatchObject({ pausedSince: null, pausedWorkingDays: 2, dueAt: at('2025-03-12T09:00:00Z') });
  });

  it('ends a pause on withdrawal without adding to the paused days', () => {
    const paused = { ...fresh, acceptedAt: at('2025-03-03T02:00:00Z'), pausedSince: at('2025-03-05T02:00:00Z') };
    expect(stepColumns(paused, { at: at('2025-03-12T02:00:00Z'), to: 'WITHDRAWN' }, 5, rules)).toEqual({ pausedSince: null });
  });
});

describe('trailColumns', () => {
  const steps = (...list: Array<[string, TrailStep['to']]>): TrailStep[] => list.map(([iso, to]) => ({ at: at(iso), to }));

  it('folds a trail into the columns a case moved by the mutations would hold', () => {
    const { problems, columns } = trailColumns(
      steps(
        ['2025-03-03T02:00:00Z', 'SUBMITTED'],
        ['2025-03-03T03:00:00Z', 'ACCEPTED'],
        ['2025-03-04T02:00:00Z', 'UNDER_REVIEW'],
        ['2025-03-05T02:00:00Z', 'SUSPENDED'],
        ['2025-03-07T02:00:00Z', 'UNDER_REVIEW'],
        ['2025-03-10T02:00:00Z', 'APPROVED'],
        ['2025-03-10T03:00:00Z', 'COMPLETED'],
        ['2025-03-11T03:00:00Z', 'DELIVERED'],
      ),
      committed,
      rules,
    );
    expect(problems).toEqual([]);
    expect(columns).toMatchObject({
      status: 'DELIVERED',
      version: 8,
      submittedAt: at('2025-03-03T02:00:00Z'),
      pausedWorkingDays: 2,
      pausedSince: null,
      dueAt: at('2025-03-12T09:00:00Z'),
      decidedAt: at('2025-03-10T02:00:00Z'),
      completedAt: at('2025-03-10T03:00:00Z'),
      deliveredAt: at('2025-03-11T03:00:00Z'),
      instant: false,
    });
  });

  it('gives an instant matter’s case completed on the spot no deadlines, and needs no calendar for it', () => {
    const { problems, columns } = trailColumns(
      steps(['2025-03-03T02:00:00Z', 'SUBMITTED'], ['2025-03-03T02:00:00Z', 'ACCEPTED'], ['2025-03-03T02:00:00Z', 'COMPLETED']),
      { kind: 'INSTANT', committedLimitDays: 0 },
      NO_CLOCK,
    );
    expect(problems).toEqual([]);
    expect(columns).toMatchObject({ status: 'COMPLETED', instant: true, version: 3, dueAt: null, acceptedAt: at('2025-03-03T02:00:00Z') });
  });

  it('reports a trail that does not start with SUBMITTED, goes back in time or skips the lifecycle', () => {
    const { problems } = trailColumns(
      steps(['2025-03-03T02:00:00Z', 'ACCEPTED'], ['2025-03-03T01:00:00Z', 'UNDER_REVIEW'], ['2025-03-04T01:00:00Z', 'DELIVERED']),
      committed,
      rules,
    );
    expect(problems.map((problem) => problem.field)).toEqual(['events.0.to', 'events.1.at', 'events.2.to']);
  });
});
