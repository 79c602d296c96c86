import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

/**
 * A single-spa application built as one ES module. Vue, Element Plus and the styleguide come from the
 * import map (one shared copy each), never from this bundle.
 */
export default defineConfig({
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
      fileName: () => 'supervision.js',
      cssFileName: 'supervision',
    },
    rollupOptions: {
      external: ['vue', 'element-plus', '@hall/styleguide'],
    },
  },
});
