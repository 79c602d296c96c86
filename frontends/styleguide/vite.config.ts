import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

/**
 * The styleguide is loaded once through the import map, so Vue and Element Plus stay external:
 * every micro-frontend shares the copies the root page lists.
 */
export default defineConfig({
  plugins: [vue()],
  // Relative, so the CSS and assets resolve wherever the bundle is deployed.
  base: './',
  build: {
    target: 'es2022',
    sourcemap: true,
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'styleguide.js',
      cssFileName: 'styleguide',
    },
    rollupOptions: {
      external: ['vue', 'vue-i18n', 'element-plus'],
    },
  },
});
