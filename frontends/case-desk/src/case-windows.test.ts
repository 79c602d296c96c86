import { describe, expect, it } from 'vitest';
import { windowlessRegistration } from './case-windows';

describe('windowlessRegistration', () => {
  it('reads the registration event: online, off the roster, or neither', () => {
    expect(windowlessRegistration([{ from: null, data: { online: true } }])).toBe('online');
    expect(windowlessRegistration([{ from: null, data: { online: false, offRoster: true } }, { from: 'SUBMITTED', data: {} }])).toBe('offRoster');
    expect(windowlessRegistration([{ from: null, data: { online: false } }])).toBeNull();
    expect(windowlessRegistration([{ from: 'SUBMITTED', data: { offRoster: true } }])).toBeNull();
    expect(windowlessRegistration([])).toBeNull();
  });
});
