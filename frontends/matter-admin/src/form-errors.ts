/** The message to show at `path`; a list field (tags) also shows the first message of its entries. */
export function fieldError(errors: Readonly<Record<string, string>>, path: string, nested = false): string | undefined {
  const own = errors[path];
  if (own || !nested) return own;
  const prefix = `${path}.`;
  const key = Object.keys(errors).find((candidate) => candidate.startsWith(prefix));
  return key ? errors[key] : undefined;
}

/** The value at a dotted path such as `materials.2.condition`. */
export function valueAt(root: unknown, path: string): unknown {
  let value: unknown = root;
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}
