import { describe, expect, it } from 'vitest';
import { checkInOpen, currentShift, openTicket, tally } from './desk';
import { deskShift, ticket } from './testing/fixtures';

const morning = deskShift({ id: 'm', period: 'MORNING', startsAt: '2026-11-24T01:00:00.000Z', endsAt: '2026-11-24T04:00:00.000Z' });
const afternoon = deskShift({ id: 'a', period: 'AFTERNOON', startsAt: '2026-11-24T05:30:00.000Z', endsAt: '2026-11-24T09:00:00.000Z' });

describe('the window desk', () => {
  it('works with the first shift not over yet, else the last one', () => {
    expect(currentShift([afternoon, morning], new Date('2026-11-24T02:00:00Z'))?.id).toBe('m');
    expect(currentShift([afternoon, morning], new Date('2026-11-24T04:30:00Z'))?.id).toBe('a');
    expect(currentShift([afternoon, morning], new Date('2026-11-24T10:00:00Z'))?.id).toBe('a');
    expect(currentShift([], new Date())).toBeNull();
  });

  it('opens the check-in the configured minutes before the start, until the end', () => {
    expect(checkInOpen(morning, new Date('2026-11-24T00:29:00Z'), 30)).toBe(false);
    expect(checkInOpen(morning, new Date('2026-11-24T00:30:00Z'), 30)).toBe(true);
    expect(checkInOpen(morning, new Date('2026-11-24T04:00:00Z'), 30)).toBe(false);
  });

  it('finds the ticket still open at the window and counts the day', () => {
    const tickets = [ticket('A001', 'DONE'), ticket('A002', 'NO_SHOW'), ticket('A004', 'SERVING', 'w-other'), ticket('A003', 'CALLED')];
    expect(openTicket(tickets, 'w-a05')?.number).toBe('A003');
    expect(openTicket(tickets.slice(0, 2), 'w-a05')).toBeNull();
    expect(tally(tickets)).toEqual({ served: 1, noShows: 1 });
  });
});
