import { defineConfig } from 'vite';
import { vendorLibraries } from './vite-plugins/vendor-libraries';

/**
 * The root page: index.html + src/root-config.ts, with single-spa bundled in (only the root uses it); vue-i18n stays
 * external (the import map's copy).
 * The import map is not part of the build: src/server injects it per deployment.
 */
export default defineConfig({
  plugins: [vendorLibraries()],
  build: {
    target: 'es2022',
    sourcemap: true,
    // The shell's i18n uses the import map's vue-i18n (which imports the import map's vue): one copy on the page.
    rollupOptions: { external: ['vue', 'vue-i18n'] },
  },
});
