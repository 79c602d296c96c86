import { describe, expect, it } from 'vitest';
import { appealDeadline, appealOpen, canAppeal, trackingState } from './rules';

const SUBMITTED = '2026-11-10T02:30:00.000Z';

describe('the 7-day appeal window', () => {
  it('ends 7 × 24 hours after submission', () => {
    expect(appealDeadline(SUBMITTED, 7)?.toISOString()).toBe('2026-11-17T02:30:00.000Z');
    expect(appealOpen(SUBMITTED, 7, new Date('2026-11-17T02:29:59.999Z'))).toBe(true);
    expect(appealOpen(SUBMITTED, 7, new Date('2026-11-17T02:30:00.000Z'))).toBe(false);
    expect(appealOpen(null, 7, new Date(SUBMITTED))).toBe(false);
  });

  it('allows one appeal per finding that still counts', () => {
    const now = new Date('2026-11-12T00:00:00Z');
    expect(canAppeal({ counts: true, appeal: null }, SUBMITTED, 7, now)).toBe(true);
    expect(canAppeal({ counts: false, appeal: null }, SUBMITTED, 7, now)).toBe(false);
    expect(canAppeal({ counts: true, appeal: { id: 'a', status: 'PENDING', reason: 'x', decisionNote: null } }, SUBMITTED, 7, now)).toBe(false);
  });
});

describe('overdue flags', () => {
  it('marks only an open order past its due day as overdue', () => {
    expect(trackingState({ status: 'OPEN', overdue: true })).toBe('OVERDUE');
    expect(trackingState({ status: 'OPEN', overdue: false })).toBe('OPEN');
    expect(trackingState({ status: 'RESPONDED', overdue: false })).toBe('RESPONDED');
    expect(trackingState({ status: 'VERIFIED', overdue: true })).toBe('VERIFIED');
  });
});
