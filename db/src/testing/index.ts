import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { dropDatabase, ensureDatabase } from '../admin';
import './provided-context';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh database for one test file, so files run in parallel without seeing each other's rows. */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const serverUrl = inject('testServerUrl');
  const name = `test_${label}_${randomBytes(5).toString('hex')}`;
  const url = await ensureDatabase(serverUrl, name);
  return { url, drop: () => dropDatabase(serverUrl, name) };
}
