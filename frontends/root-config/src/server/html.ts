import type { ImportMap } from './import-map';

/** Where index.html receives the import map and runtime configuration. */
export const RUNTIME_PLACEHOLDER = '<!-- hall:runtime -->';

/** What the apps read from `window.__HALL_CONFIG__` (the styleguide's `HallConfig`). */
export interface HallRuntimeConfig {
  gatewayUrl: string;
  /** The hall's IANA time zone (HALL_TZ): the styleguide's hall time shows every day and clock time in it. */
  timeZone: string;
}

/** JSON that cannot close the surrounding <script> element. */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function renderIndexHtml(template: string, importMap: ImportMap, config: HallRuntimeConfig): string {
  if (!template.includes(RUNTIME_PLACEHOLDER)) {
    throw new Error(`index.html lacks the ${RUNTIME_PLACEHOLDER} placeholder for the import map`);
  }
  const runtime = [
    `<script type="importmap">${scriptSafeJson(importMap)}</script>`,
    `<script>window.__HALL_CONFIG__ = ${scriptSafeJson(config)};</script>`,
  ].join('\n    ');
  return template.replace(RUNTIME_PLACEHOLDER, () => runtime);
}
