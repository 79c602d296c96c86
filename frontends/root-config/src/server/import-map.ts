import { readFile } from 'node:fs/promises';

/** A browser import map; this platform uses only `imports`. */
export interface ImportMap {
  imports: Record<string, string>;
}

/** Module name → URL, replacing or adding entries of the configured import map. */
export type ImportMapOverrides = Record<string, string>;

/** Environment variable holding a JSON object of overrides, e.g. `{"@hall/styleguide":"https://cdn.example/styleguide.js"}`. */
export const IMPORT_MAP_OVERRIDES_ENV = 'IMPORT_MAP_OVERRIDES';
/** Prefix of the per-module variables: `HALL_APP_URL__HALL_SERVICE_GUIDE` overrides `@hall/service-guide`. */
export const MODULE_URL_ENV_PREFIX = 'HALL_APP_URL__';

function isStringRecord(value: unknown): value is Record<string, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((url) => typeof url === 'string' && url.trim() !== '')
  );
}

export function parseImportMap(json: string, source: string): ImportMap {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new Error(`${source} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const imports = typeof value === 'object' && value !== null ? (value as { imports?: unknown }).imports : undefined;
  if (!isStringRecord(imports)) throw new Error(`${source} must be {"imports": {"<module>": "<url>", …}}`);
  return { imports };
}

export async function loadImportMapConfig(path: string): Promise<ImportMap> {
  return parseImportMap(await readFile(path, 'utf8'), path);
}

/** `@hall/service-guide` → `HALL_APP_URL__HALL_SERVICE_GUIDE`. */
export function moduleUrlEnvName(moduleName: string): string {
  return (
    MODULE_URL_ENV_PREFIX +
    moduleName
      .toUpperCase()
      .replace(/[^A-Z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
  );
}

/**
 * Overrides from the environment: first `IMPORT_MAP_OVERRIDES` (any module, also new ones), then the
 * more specific `HALL_APP_URL__<NAME>` of each module the configuration lists.
 */
export function importMapOverridesFromEnv(env: NodeJS.ProcessEnv, configured: ImportMap): ImportMapOverrides {
  const overrides: ImportMapOverrides = {};
  const json = env[IMPORT_MAP_OVERRIDES_ENV];
  if (json?.trim()) {
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch (error) {
      throw new Error(`${IMPORT_MAP_OVERRIDES_ENV} must be a JSON object of module → URL`, { cause: error });
    }
    if (!isStringRecord(value)) throw new Error(`${IMPORT_MAP_OVERRIDES_ENV} must be a JSON object of module → URL`);
    Object.assign(overrides, value);
  }
  for (const moduleName of Object.keys(configured.imports)) {
    const url = env[moduleUrlEnvName(moduleName)]?.trim();
    if (url) overrides[moduleName] = url;
  }
  return overrides;
}

export function applyOverrides(configured: ImportMap, overrides: ImportMapOverrides = {}): ImportMap {
  return { imports: { ...configured.imports, ...overrides } };
}
