/**
 * Element Plus renders a column's slot once with an empty row (`{}`) to discover nested columns; a slot typed for a
 * real row must skip it. Used as `v-for="row in rowOf(raw)"`: one typed row, or none for that probe.
 */
export function typedRow<T extends { id: string }>(raw: unknown): T[] {
  return typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'string' ? [raw as T] : [];
}
