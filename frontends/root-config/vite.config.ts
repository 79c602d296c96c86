import { defineConfig } from 'vite';
import { vendorLibraries } from './vite-plugins/vendor-libraries';

/**
 * The root page: index.html + src/root-config.ts, with single-spa bundled in (only the root uses it).
 * The import map is not part of the build: src/server injects it per deployment.
 */
export default defineConfig({
  plugins: [vendorLibraries()],
  build: {
    target: 'es2022',
    sourcemap: true,
  },
});
