import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

/**
 * A single-spa application built as one ES module. Vue, Element Plus and the styleguide come from the
 * import map (one shared copy each), never from this bundle; ECharts is bundled (tree-shaken: src/charts/EChart.vue).
 */
export default defineConfig({
  plugins: [vue()],
  // Library mode leaves process.env.NODE_ENV as is; ECharts (bundled here, README) reads it.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  // Relative: the bundle finds its CSS and assets next to itself, on whatever URL it is deployed
  // (the CSS link is built from import.meta.url in src/main.ts).
  base: './',
  build: {
    target: 'es2022',
    sourcemap: true,
    lib: {
      entry: 'src/main.ts',
      formats: ['es'],
      fileName: () => 'dashboard.js',
      cssFileName: 'dashboard',
    },
    rollupOptions: {
      external: ['vue', 'vue-router', 'vue-i18n', 'element-plus', '@hall/styleguide'],
    },
  },
});
