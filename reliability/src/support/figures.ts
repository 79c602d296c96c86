import { existsSync, mkdirSync, readFileSync, renameSync, rmdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const RESULTS_DIR = fileURLToPath(new URL('../../test-results/', import.meta.url));
const FIGURES_FILE = `${RESULTS_DIR}figures.json`;
const LOCK_DIR = `${RESULTS_DIR}.figures.lock`;

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Test files run in parallel processes: a directory serves as a lock around the read-modify-write. */
function withLock(work: () => void): void {
  const deadline = Date.now() + 5_000;
  for (;;) {
    try {
      mkdirSync(LOCK_DIR);
      break;
    } catch {
      if (Date.now() > deadline) rmdirSync(LOCK_DIR);
      sleep(10);
    }
  }
  try {
    work();
  } finally {
    rmdirSync(LOCK_DIR);
  }
}

/** Prints a suite's figures and records them under its name in `test-results/figures.json`. */
export function reportFigures(suite: string, figures: Record<string, unknown>): void {
  console.log(`[reliability] ${suite}: ${JSON.stringify(figures)}`);
  mkdirSync(RESULTS_DIR, { recursive: true });
  withLock(() => {
    const current = existsSync(FIGURES_FILE) ? (JSON.parse(readFileSync(FIGURES_FILE, 'utf8')) as Record<string, unknown>) : {};
    current[suite] = { ...figures, recordedAt: new Date().toISOString() };
    writeFileSync(`${FIGURES_FILE}.tmp`, `${JSON.stringify(current, null, 2)}\n`);
    renameSync(`${FIGURES_FILE}.tmp`, FIGURES_FILE);
  });
}
