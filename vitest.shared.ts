import { fileURLToPath } from 'node:url';

/** Every package reports to the console and to `test-results/vitest.json`, which `npm test` sums up. */
export const reporting = {
  reporters: ['default', 'json'],
  outputFile: { json: 'test-results/vitest.json' },
};

/**
 * Every package's tests ask for development mode explicitly (identity.ts): the development secret signs their
 * tokens and the gateway has its demo sign-in. A start without it needs a real AUTH_SECRET.
 */
export const development = { env: { HALL_DEV: '1' } };

/** For packages whose tests need PostgreSQL: a server per run, a throwaway database per test file. */
export const withPostgres = {
  globalSetup: [fileURLToPath(new URL('./db/src/testing/global-setup.ts', import.meta.url))],
  hookTimeout: 120_000,
  testTimeout: 30_000,
};
