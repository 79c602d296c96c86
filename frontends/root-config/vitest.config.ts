import { defineConfig } from 'vitest/config';
import { development, reporting, withPostgres } from '../../vitest.shared';

export default defineConfig({
  test: {
    ...reporting,
    ...development,
    // PostgreSQL for the browser test's in-process platform.
    ...withPostgres,
    include: ['src/**/*.test.ts', 'vite-plugins/**/*.test.ts'],
    testTimeout: 120_000,
    // Browser tests wait for the page through the real back end; on a loaded two-core CI machine that takes seconds.
    expect: { poll: { timeout: 20_000, interval: 100 } },
  },
});
