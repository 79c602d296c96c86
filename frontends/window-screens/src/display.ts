import type { QueueCall } from './components/QueueDisplay.graphql';

/** Latest call first, whatever order the calls arrive in. */
export function orderCalls(calls: readonly QueueCall[]): QueueCall[] {
  return [...calls].sort((a, b) => b.calledAt.localeCompare(a.calledAt) || b.ticketNumber.localeCompare(a.ticketNumber));
}

/** Identifies a call, so the screen announces each new call once even if a number were called again. */
export function callKey(call: QueueCall | undefined): string | null {
  return call ? `${call.ticketNumber}@${call.calledAt}` : null;
}

/**
 * The call to announce after a poll: the newest one, unless it was already announced. The first poll
 * after the screen is switched on announces nothing (those calls were made before anyone watched).
 */
export function callToAnnounce(previousKey: string | null | undefined, calls: readonly QueueCall[]): QueueCall | null {
  const newest = orderCalls(calls)[0];
  if (!newest || previousKey === undefined) return null;
  return callKey(newest) === previousKey ? null : newest;
}
