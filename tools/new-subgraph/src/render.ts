/**
 * A placeholder of the template: `__name__`, `__Name__`, `__DEPARTMENT__`, `__QUERY_CELLS__`… (a letter, then letters,
 * digits and single underscores, between double underscores). `hall___name___owner` is `hall_` + `__name__` + `_owner`.
 */
const PLACEHOLDER = /__([A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*)__/g;

export type TemplateValues = Readonly<Record<string, string>>;

/** Replaces every placeholder; a placeholder without a value is an error (a typo in the template, not a silent leftover). */
export function renderText(text: string, values: TemplateValues, where = 'template'): string {
  return text.replace(PLACEHOLDER, (match, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`${where}: no value for the placeholder ${match}`);
    return value;
  });
}

/** A template file's path rendered: placeholders replaced, the `.tmpl` suffix dropped. */
export function renderPath(path: string, values: TemplateValues): string {
  return renderText(path, values, path).replace(/\.tmpl$/, '');
}

/** The placeholders a text uses. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ''))].sort();
}
