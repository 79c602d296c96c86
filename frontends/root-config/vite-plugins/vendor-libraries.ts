import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

/**
 * The shared runtime libraries, copied from node_modules into `dist/vendor/` and listed once in the
 * import map (importmap.config.json), so every micro-frontend uses the same Vue and Element Plus.
 */
export const VENDOR_FILES = [
  { specifier: 'vue/dist/vue.esm-browser.prod.js', output: 'vendor/vue/vue.esm-browser.prod.js' },
  { specifier: 'vue-router/dist/vue-router.esm-browser.prod.js', output: 'vendor/vue-router/vue-router.esm-browser.prod.js' },
  { specifier: 'vue-i18n/dist/vue-i18n.esm-browser.prod.js', output: 'vendor/vue-i18n/vue-i18n.esm-browser.prod.js' },
  { specifier: 'element-plus/dist/index.full.min.mjs', output: 'vendor/element-plus/index.full.min.mjs' },
  { specifier: 'element-plus/dist/index.full.min.mjs.map', output: 'vendor/element-plus/index.full.min.mjs.map' },
  // The styleguide loads this from beside the element-plus module, wherever the import map points it.
  { specifier: 'element-plus/dist/index.css', output: 'vendor/element-plus/index.css' },
] as const;

export function vendorLibraries(): Plugin {
  const require = createRequire(import.meta.url);
  return {
    name: 'hall:vendor-libraries',
    apply: 'build',
    async generateBundle() {
      for (const file of VENDOR_FILES) {
        this.emitFile({ type: 'asset', fileName: file.output, source: await readFile(require.resolve(file.specifier)) });
      }
    },
  };
}
