import { defineConfig } from 'vitest/config';
import { reporting, withPostgres } from '../../vitest.shared';

export default defineConfig({
  test: {
    ...reporting,
    // PostgreSQL for the browser test's in-process platform.
    ...withPostgres,
    include: ['src/**/*.test.ts', 'vite-plugins/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
