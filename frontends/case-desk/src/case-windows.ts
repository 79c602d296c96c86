import { eventField } from './event-data';

interface RegisteredEvent {
  from: string | null;
  data: unknown;
}

/** How a case's registration is described where it has no window: online, or at the desk off the roster. */
export function windowlessRegistration(events: ReadonlyArray<RegisteredEvent>): 'online' | 'offRoster' | null {
  const registered = events.find((event) => event.from === null);
  if (!registered) return null;
  if (eventField(registered.data, 'online') === true) return 'online';
  if (eventField(registered.data, 'offRoster') === true) return 'offRoster';
  return null;
}
