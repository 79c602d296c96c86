/** A field of a case event's `data` (JSON: whatever the step recorded, e.g. the refusal's policy basis and review). */
export function eventField(data: unknown, field: string): unknown {
  return typeof data === 'object' && data !== null && field in data ? (Reflect.get(data, field) as unknown) : undefined;
}

/** A non-empty text field of an event's `data`. */
export function eventText(data: unknown, field: string): string | undefined {
  const value = eventField(data, field);
  return typeof value === 'string' && value ? value : undefined;
}
