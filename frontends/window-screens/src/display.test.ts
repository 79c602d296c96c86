import { describe, expect, it } from 'vitest';
import { callKey, callToAnnounce, orderCalls } from './display';
import { call } from './testing/fixtures';

const first = call('A001', 'A05', '2026-11-24T01:40:00.000Z');
const second = call('B002', 'B01', '2026-11-24T01:45:00.000Z');
const third = call('A003', 'A02', '2026-11-24T01:50:00.000Z');

describe('the queue display', () => {
  it('shows the latest call first', () => {
    expect(orderCalls([first, third, second]).map((entry) => entry.ticketNumber)).toEqual(['A003', 'B002', 'A001']);
  });

  it('announces each new call once, and nothing on the first poll', () => {
    expect(callToAnnounce(undefined, [first])).toBeNull();
    expect(callToAnnounce(callKey(first), [first])).toBeNull();
    expect(callToAnnounce(callKey(first), [first, second])).toBe(second);
    expect(callToAnnounce(null, [first])).toBe(first);
    expect(callToAnnounce(callKey(second), [])).toBeNull();
  });
});
