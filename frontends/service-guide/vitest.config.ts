import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';
import { development, reporting } from '../../vitest.shared';

export default defineConfig({
  plugins: [vue()],
  test: {
    ...reporting,
    ...development,
    environment: 'happy-dom',
    // Stylesheet links count as loaded without fetching anything.
    environmentOptions: { happyDOM: { settings: { disableCSSFileLoading: true, handleDisabledFileLoadingAsSuccess: true } } },
    include: ['src/**/*.test.ts'],
    // The guide's tests mount Element Plus drawers and tables: seconds each on a busy machine.
    testTimeout: 30_000,
  },
});
