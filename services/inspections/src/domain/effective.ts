import type { ItemOutcome } from './checklist';

/** The answers of a submitted inspection with its amendments applied in order (a later change of an item wins). */
export function applyAmendments(base: readonly ItemOutcome[], amendments: ReadonlyArray<{ changes: readonly ItemOutcome[] }>): ItemOutcome[] {
  const byKey = new Map(base.map((result) => [result.itemKey, result]));
  for (const amendment of amendments) for (const change of amendment.changes) byKey.set(change.itemKey, change);
  return [...byKey.values()];
}
