import type { DeskShift, DeskTicket } from './components/WindowDesk.graphql';

/**
 * The shift the screen works with: the first of today's shifts that has not ended (a check-in opens
 * `checkInOpensMinutes` before its start), else the last one, so the badge stays after the day's end.
 */
export function currentShift(shifts: readonly DeskShift[], now: Date): DeskShift | null {
  const sorted = [...shifts].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return sorted.find((shift) => new Date(shift.endsAt) > now) ?? sorted.at(-1) ?? null;
}

export function checkInOpen(shift: DeskShift, now: Date, checkInOpensMinutes: number): boolean {
  const opens = new Date(shift.startsAt).getTime() - checkInOpensMinutes * 60_000;
  return now.getTime() >= opens && now < new Date(shift.endsAt);
}

/** The ticket called at the window and not finished yet (one at a time). */
export function openTicket(tickets: readonly DeskTicket[], windowId: string): DeskTicket | null {
  return tickets.find((ticket) => ticket.window?.id === windowId && (ticket.status === 'CALLED' || ticket.status === 'SERVING')) ?? null;
}

export interface DeskTally {
  served: number;
  noShows: number;
}

export function tally(tickets: readonly DeskTicket[]): DeskTally {
  return {
    served: tickets.filter((ticket) => ticket.status === 'DONE').length,
    noShows: tickets.filter((ticket) => ticket.status === 'NO_SHOW').length,
  };
}
