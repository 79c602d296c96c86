/**
 * 一次性告知: the notice lists exactly the matter's materials the staff did not tick as received, in the
 * matter's own order, each once (the cases subgraph refuses any other list).
 */
export function missingMaterials(checklist: readonly string[], received: readonly string[]): string[] {
  const ticked = new Set(received);
  return [...new Set(checklist)].filter((name) => !ticked.has(name));
}

/** The received list to send: the ticked materials that are on the checklist, in its order. */
export function receivedMaterials(checklist: readonly string[], received: readonly string[]): string[] {
  const ticked = new Set(received);
  return [...new Set(checklist)].filter((name) => ticked.has(name));
}
