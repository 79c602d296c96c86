import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('generated GraphQL types', () => {
  it('are what codegen.ts makes of the checked-in supergraph, the subgraph schemas and the front-end documents (run `npm run codegen` when this fails)', async () => {
    const run = promisify(execFile)('npm', ['run', '--silent', 'codegen:check'], { cwd: root, env: { ...process.env, CODEGEN_ONLY: '' } });
    const outcome = await run.then(
      () => ({ ok: true, output: '' }),
      (error: { stdout?: string; stderr?: string }) => ({ ok: false, output: `${error.stdout ?? ''}${error.stderr ?? ''}` }),
    );
    expect(outcome.output.split('\n').filter((line) => /stale|✖|Error/.test(line))).toEqual([]);
    expect(outcome.ok).toBe(true);
  }, 120_000);
});
