/**
 * The one-time notice (一次性告知): the staff ticks the materials received; the notice must list every other material of
 * the matter's list at once — no more, no fewer. Returns what is wrong, or null for a complete notice.
 */
export function supplementNoticeProblem(materials: readonly string[], received: readonly string[], missing: readonly string[]): string | null {
  const known = new Set(materials);
  const unknown = [...received, ...missing].filter((name) => !known.has(name));
  if (unknown.length > 0) return `not a material of this matter: ${unknown.join('、')}`;
  const receivedSet = new Set(received);
  const expected = materials.filter((name) => !receivedSet.has(name));
  const missingSet = new Set(missing);
  if (missing.some((name) => receivedSet.has(name))) return 'a material cannot be both received and missing';
  const forgotten = expected.filter((name) => !missingSet.has(name));
  if (forgotten.length > 0) return `the notice must list every missing material at once; also missing: ${forgotten.join('、')}`;
  if (missingSet.size !== missing.length) return 'a material is listed twice';
  return null;
}
