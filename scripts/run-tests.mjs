// `npm test`: every package's tests through Turborepo, then one closing line for the whole run,
// "N passed, N failed", summed from the JSON report each package's Vitest writes.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const startedAt = Date.now();
const run = spawnSync('npx', ['turbo', 'run', 'test', '--concurrency=2', '--continue', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});

// Every workspace of package.json ("group/*" expanded), so a new package is counted without editing this file.
const workspaces = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).workspaces;
const packageDirs = workspaces.flatMap((entry) =>
  entry.endsWith('/*') ? readdirSync(join(root, entry.slice(0, -2))).map((name) => join(entry.slice(0, -2), name)) : [entry],
);
let passed = 0;
let failed = 0;
let skipped = 0;
const reported = [];
for (const dir of packageDirs) {
  const file = join(root, dir, 'test-results', 'vitest.json');
  try {
    if (statSync(file).mtimeMs < startedAt) continue;
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests;
    // A file that failed before running any test (an import error) counts once; failed tests count each.
    const brokenFiles = (report.testResults ?? []).filter((file) => file.status === 'failed' && (file.assertionResults ?? []).length === 0);
    failed += report.numFailedTests + brokenFiles.length;
    skipped += report.numPendingTests + (report.numTodoTests ?? 0);
    reported.push(dir);
  } catch {
    // A package without tests, or one that did not run: Turborepo's exit code tells.
  }
}
console.log(`\nTest reports from: ${reported.join(', ') || 'none'}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(run.status ?? 1);
