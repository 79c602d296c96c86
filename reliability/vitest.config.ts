import { defineConfig } from 'vitest/config';
import { development, reporting, withPostgres } from '../vitest.shared';

/**
 * The suites send hundreds of public calls from one loopback address (hostile input to fileComplaint, the authorization
 * matrix for every role): their budgets are raised here so that they test what they test. guessing.test.ts clears these
 * and runs on the kit's real defaults.
 */
const relaxedRateLimits = Object.fromEntries(
  ['CASE_PROGRESS', 'EVALUATION_INVITATION', 'EVALUATE_CASE', 'FILE_COMPLAINT', 'ISSUE_TICKET'].flatMap((operation) => [
    [`RATE_LIMIT_${operation}_ADDRESS`, '1000000/60/1'],
    [`RATE_LIMIT_${operation}_SUBJECT`, '1000000/60/1'],
  ]),
);

export default defineConfig({ test: { ...reporting, ...development, ...withPostgres, env: { ...development.env, ...relaxedRateLimits } } });
