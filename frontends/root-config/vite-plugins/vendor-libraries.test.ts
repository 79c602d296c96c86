import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VENDOR_FILES } from './vendor-libraries';

const require = createRequire(import.meta.url);
const importMap = JSON.parse(readFileSync(join(import.meta.dirname, '../importmap.config.json'), 'utf8')) as {
  imports: Record<string, string>;
};

describe('vendor libraries', () => {
  it('copies every file the import map serves from /vendor/', () => {
    const copied = new Set(VENDOR_FILES.map((file) => `/${file.output}`));
    const served = Object.values(importMap.imports).filter((url) => url.startsWith('/vendor/'));
    expect(served.length).toBeGreaterThan(0);
    for (const url of served) expect(copied).toContain(url);
  });

  it('finds each file in node_modules', () => {
    for (const file of VENDOR_FILES) expect(existsSync(require.resolve(file.specifier))).toBe(true);
  });

  it('keeps Element Plus’s CSS beside its module, where the styleguide looks for it', () => {
    const module = VENDOR_FILES.find((file) => file.output.endsWith('index.full.min.mjs'));
    const css = VENDOR_FILES.find((file) => file.output.endsWith('index.css'));
    expect(module && css && dirname(module.output) === dirname(css.output)).toBe(true);
  });

  it('lists the shared modules once: Vue, its router and i18n, Element Plus, the styleguide and the apps', () => {
    expect(Object.keys(importMap.imports).sort()).toEqual([
      '@hall/case-desk',
      '@hall/dashboard',
      '@hall/duty-board',
      '@hall/inspect',
      '@hall/matter-admin',
      '@hall/public-portal',
      '@hall/service-guide',
      '@hall/styleguide',
      '@hall/supervision',
      '@hall/window-screens',
      'element-plus',
      'vue',
      'vue-i18n',
      'vue-router',
    ]);
  });
});
