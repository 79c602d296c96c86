import { isDeepStrictEqual } from 'node:util';

/** The entry `npm run new-subgraph` adds to the platform's subgraph list (db/src/subgraphs.ts describes each field). */
export interface NewEntry {
  name: string;
  owner: string;
  directory: string;
  package: string;
  schema: string;
  port: number;
  urls: { development: string };
}

interface ListShape {
  subgraphs: ReadonlyArray<{ name: string; port: number; directory?: string }>;
}

/** The lowest port of a department subgraph: the hall's four use 4001–4004. */
export const FIRST_DEPARTMENT_PORT = 4005;

/** The next free port: above the highest in the list, and at least 4005. */
export function nextPort(list: ListShape): number {
  return Math.max(FIRST_DEPARTMENT_PORT, ...list.subgraphs.map((entry) => entry.port + 1));
}

/** Where the `subgraphs` array of a list's text closes: scans brackets, skipping strings. */
function subgraphsArrayEnd(text: string): number {
  const key = text.indexOf('"subgraphs"');
  const open = key < 0 ? -1 : text.indexOf('[', key);
  if (open < 0) return -1;
  let depth = 0;
  for (let index = open; index < text.length; index += 1) {
    const char = text[index];
    if (char === '"') {
      for (index += 1; index < text.length && text[index] !== '"'; index += 1) if (text[index] === '\\') index += 1;
    } else if (char === '[' || char === '{') depth += 1;
    else if (char === ']' || char === '}') {
      depth -= 1;
      if (depth === 0) return char === ']' ? index : -1;
    }
  }
  return -1;
}

/** A value as the list writes it: scalars as JSON, an object on one line (`"urls": { "development": "…" }`). */
const inline = (value: unknown): string =>
  value !== null && typeof value === 'object'
    ? `{ ${Object.entries(value)
        .map(([key, inner]) => `${JSON.stringify(key)}: ${inline(inner)}`)
        .join(', ')} }`
    : JSON.stringify(value);

/**
 * The list's text with one more entry, written in the style of the entries already there (their indentation, one line per
 * field), the rest of the file unchanged; when the text is not laid out so, the whole list in 2-space JSON.
 */
export function withEntry(text: string, entry: NewEntry): string {
  const parsed = JSON.parse(text) as ListShape & Record<string, unknown>;
  const expected = { ...parsed, subgraphs: [...parsed.subgraphs, entry] };
  const end = subgraphsArrayEnd(text);
  const lastBrace = end < 0 ? -1 : text.lastIndexOf('}', end);
  const lineStart = text.lastIndexOf('\n', lastBrace) + 1;
  const indent = text.slice(lineStart, Math.max(lineStart, lastBrace));
  // Laid out as the list is: the last entry's closing brace alone on its line, the array's bracket on a later one.
  if (lastBrace > 0 && lineStart > 0 && /^[ \t]*$/.test(indent) && /^[ \t]*\n\s*$/.test(text.slice(lastBrace + 1, end))) {
    const fields = Object.entries(entry).map(([key, value]) => `${indent}  ${JSON.stringify(key)}: ${inline(value)}`);
    const block = `,\n${indent}{\n${fields.join(',\n')}\n${indent}}`;
    const result = `${text.slice(0, lastBrace + 1)}${block}${text.slice(lastBrace + 1)}`;
    if (isDeepStrictEqual(JSON.parse(result), expected)) return result.endsWith('\n') ? result : `${result}\n`;
  }
  return `${JSON.stringify(expected, null, 2)}\n`;
}
