import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, startEmbeddedPostgres } from '../embedded';
import './provided-context';

/**
 * Vitest global setup for every package whose tests need PostgreSQL: the server named by `DATABASE_URL`
 * when set (CI's second run uses the machine's PostgreSQL), else a throwaway embedded server.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    project.provide('testServerUrl', configured);
    return async () => undefined;
  }
  // Not inside a mkdtemp folder: that is mode 0700 and the `postgres` user could not reach it.
  const dataDir = join(tmpdir(), `hall-test-pg-${randomBytes(6).toString('hex')}`);
  const server = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
  project.provide('testServerUrl', server.url);
  return async () => {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
