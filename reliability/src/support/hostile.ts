import fc from 'fast-check';

/** Values a careless or hostile client might send in place of any argument or input field. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant('x'.repeat(200_000)),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constantFrom('\u0000', 'a\u0000b', '\u0007\u001b[2J', '\r\n\t', '\u202e\u200b', '\ud800', '💥'.repeat(50)),
  fc.constantFrom("' OR 1=1 --", "'; DROP TABLE cases.cases; --", '" UNION SELECT * FROM pg_shadow --', '$1', '%s%s%n', '\\x00'),
  fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '{{7*7}}', '${process.exit()}', '../../etc/passwd'),
  fc.constantFrom('00000000-0000-0000-0000-000000000000', 'not-a-uuid', '1', '', ' ', 'ffffffff-ffff-ffff-ffff-ffffffffffff'),
  fc.uuid(),
  fc.constantFrom('2026-02-30', '2026-13-01', '0000-00-00', '9999-12-31', '2026-1-1', '2026-11-20T25:61:00Z', 'yesterday', '1e10'),
  fc.constantFrom(-1, 0, -2147483648, 2147483647, 2147483648, 1e308, -1e308, 0.5, Number.MAX_SAFE_INTEGER),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.constantFrom('NOT_AN_ENUM', 'manager', 'COMPLETED', 'approved'),
  fc.constantFrom(true, false, null),
  fc.constant(Array.from({ length: 5_000 }, (_, i) => `item ${i}`)),
  fc.array(fc.string(), { maxLength: 20 }),
  fc.constant(JSON.parse('['.repeat(200) + ']'.repeat(200)) as unknown),
  fc.dictionary(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }), { maxKeys: 5 }),
);

type Json = unknown;

/** Paths to every leaf (and every object) of a variables object. */
export function pathsOf(value: Json, prefix: Array<string | number> = []): Array<Array<string | number>> {
  const paths: Array<Array<string | number>> = prefix.length ? [prefix] : [];
  if (Array.isArray(value)) value.forEach((item, index) => paths.push(...pathsOf(item, [...prefix, index])));
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...prefix, key]));
  return paths;
}

export function replaced(value: Json, path: ReadonlyArray<string | number>, replacement: Json): Json {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value)) return value.map((item, index) => (index === head ? replaced(item, rest, replacement) : item));
  if (value && typeof value === 'object' && head !== undefined) {
    return { ...(value as Record<string, Json>), [head]: replaced((value as Record<string, Json>)[head], rest, replacement) };
  }
  return value;
}
