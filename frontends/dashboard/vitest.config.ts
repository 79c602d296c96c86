import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';
import { development, reporting, withPostgres } from '../../vitest.shared';

export default defineConfig({
  plugins: [vue()],
  test: {
    ...reporting,
    ...development,
    // PostgreSQL for the figures test, which runs the dashboard's query on the whole platform (src/figures.test.ts).
    ...withPostgres,
    environment: 'happy-dom',
    environmentOptions: { happyDOM: { settings: { disableCSSFileLoading: true, handleDisabledFileLoadingAsSuccess: true } } },
    include: ['src/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
