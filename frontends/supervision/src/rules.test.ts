import { describe, expect, it } from 'vitest';
import { trackingState } from './rules';

describe('overdue flags', () => {
  it('marks only an open order past its due day as overdue', () => {
    expect(trackingState({ status: 'OPEN', overdue: true })).toBe('OVERDUE');
    expect(trackingState({ status: 'OPEN', overdue: false })).toBe('OPEN');
    expect(trackingState({ status: 'RESPONDED', overdue: false })).toBe('RESPONDED');
    expect(trackingState({ status: 'VERIFIED', overdue: true })).toBe('VERIFIED');
  });
});
