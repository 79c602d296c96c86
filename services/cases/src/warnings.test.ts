import { describe, expect, it } from 'vitest';
import { warningOf } from './warnings';

const acceptedAt = new Date('2026-11-02T02:00:00Z');
const dueAt = new Date('2026-11-12T09:00:00Z');
const open = { status: 'UNDER_REVIEW', acceptedAt, dueAt };

describe('warning ladder', () => {
  it('is NONE early, PRE at 80 % of the time or the last day, YELLOW past the deadline, RED past supervision', () => {
    expect(warningOf(open, new Date('2026-11-03T02:00:00Z'))).toBe('NONE');
    expect(warningOf(open, new Date('2026-11-10T12:00:00Z'))).toBe('PRE');
    expect(warningOf(open, new Date('2026-11-12T08:00:00Z'))).toBe('PRE');
    expect(warningOf(open, new Date('2026-11-12T09:00:01Z'))).toBe('YELLOW');
    expect(warningOf(open, new Date('2026-11-15T09:00:01Z'))).toBe('RED');
  });

  it('never warns a finished, paused-by-supplement or unaccepted case', () => {
    const late = new Date('2026-12-30T00:00:00Z');
    expect(warningOf({ ...open, status: 'COMPLETED' }, late)).toBe('NONE');
    expect(warningOf({ ...open, status: 'SUPPLEMENT_REQUESTED' }, late)).toBe('NONE');
    expect(warningOf({ status: 'SUBMITTED', acceptedAt: null, dueAt: null }, late)).toBe('NONE');
  });
});
