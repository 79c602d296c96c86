import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // PostgreSQL for the browser test's in-process platform.
    globalSetup: ['../../db/src/testing/global-setup.ts'],
    include: ['src/**/*.test.ts', 'vite-plugins/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
