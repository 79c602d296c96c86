import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { posixRelative, REPOSITORY_ROOT } from './paths';

/** Where the tests generate: inside the repository, so that the generated package finds node_modules by walking up. */
export const GENERATED_TEST_DIR = join(REPOSITORY_ROOT, '.generated-test');

export interface TemporaryRoot {
  root: string;
  list: string;
  remove(): void;
}

/**
 * `<repo>/.generated-test/<random>/` with a copy of the subgraph list beside where `services/<name>` will go: the hall's
 * four subgraphs only (a department's entry in the real list may be work in progress), their paths made relative to
 * the copy so that it reads and composes as the real one does.
 */
export function temporaryRoot(): TemporaryRoot {
  const root = join(GENERATED_TEST_DIR, randomBytes(6).toString('hex'));
  mkdirSync(join(root, 'services'), { recursive: true });
  const real = JSON.parse(readFileSync(join(REPOSITORY_ROOT, 'subgraphs.json'), 'utf8')) as {
    subgraphs: Array<{ owner: string; directory?: string; schema: string }>;
  };
  const moved = (path: string) => posixRelative(root, resolve(REPOSITORY_ROOT, path));
  const subgraphs = real.subgraphs
    .filter((entry) => entry.owner === 'hall')
    .map((entry) => ({ ...entry, ...(entry.directory ? { directory: moved(entry.directory) } : {}), schema: moved(entry.schema) }));
  const list = join(root, 'subgraphs.json');
  writeFileSync(list, `${JSON.stringify({ ...real, subgraphs }, null, 2)}\n`);
  return {
    root,
    list,
    remove() {
      rmSync(root, { recursive: true, force: true });
      try {
        if (readdirSync(GENERATED_TEST_DIR).length === 0) rmSync(GENERATED_TEST_DIR, { recursive: true, force: true });
      } catch {
        // Already gone.
      }
    },
  };
}
