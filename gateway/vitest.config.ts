import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    globalSetup: ['../db/src/testing/global-setup.ts'],
    hookTimeout: 120_000,
    testTimeout: 30_000,
  },
});
