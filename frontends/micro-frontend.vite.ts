import vue from '@vitejs/plugin-vue';
import type { UserConfig } from 'vite';

/**
 * The build of every single-spa application: one ES module `dist/<app>.js` (+ `<app>.css`). Vue, Element Plus and
 * the styleguide come from the import map (one shared copy each), never from the app's bundle.
 */
export function microFrontendConfig(app: string): UserConfig {
  return {
    plugins: [vue()],
    // Relative: the bundle finds its CSS and assets next to itself, on whatever URL it is deployed
    // (the CSS link is built from import.meta.url in src/main.ts).
    base: './',
    build: {
      target: 'es2022',
      sourcemap: true,
      lib: {
        entry: 'src/main.ts',
        formats: ['es'],
        fileName: () => `${app}.js`,
        cssFileName: app,
      },
      rollupOptions: {
        external: ['vue', 'vue-router', 'vue-i18n', 'element-plus', '@hall/styleguide'],
      },
    },
  };
}
