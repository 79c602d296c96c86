import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** This repository's root (tools/new-subgraph/src → ../../..). */
export const REPOSITORY_ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
/** The template the generator renders: real files with placeholders, `.tmpl` so that no tool takes them for code. */
export const TEMPLATE_DIR = resolve(fileURLToPath(new URL('../template', import.meta.url)));

/**
 * The folder whose shared configuration (tsconfig.base.json, vitest.shared.ts, codegen.ts) and node_modules a package
 * generated under `root` uses: `root` itself, or the first folder above it that has them (a copy inside the repository).
 */
export function toolingRootOf(root: string): string {
  for (let dir = resolve(root); ; dir = dirname(dir)) {
    if (['tsconfig.base.json', 'vitest.shared.ts', 'codegen.ts', 'node_modules'].every((name) => existsSync(join(dir, name)))) return dir;
    if (dirname(dir) === dir) {
      throw new Error(`${root} is not inside the repository: no folder above it has tsconfig.base.json, vitest.shared.ts and node_modules`);
    }
  }
}

/** A relative path with forward slashes, as written into configuration files. */
export function posixRelative(from: string, to: string): string {
  const path = relative(from, to).split(sep).join('/');
  return path === '' ? '.' : path;
}

/** The package.json of an installed package, found from its entry point (some packages export no `./package.json`). */
function manifestOf(toolingRoot: string, packageName: string): string {
  const require = createRequire(join(toolingRoot, 'package.json'));
  for (let dir = dirname(require.resolve(packageName)); dirname(dir) !== dir; dir = dirname(dir)) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate) && (JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string }).name === packageName) return candidate;
  }
  throw new Error(`${packageName} is not installed under ${toolingRoot}`);
}

/** The script of an installed package's binary, run with this Node (never through a registry, never downloaded). */
export function binaryOf(toolingRoot: string, packageName: string, binName = packageName): string {
  const manifestPath = manifestOf(toolingRoot, packageName);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin?: string | Record<string, string> };
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.[binName];
  if (!bin) throw new Error(`${packageName} has no binary ${binName}`);
  return join(dirname(manifestPath), bin);
}

export interface RunResult {
  status: number;
  output: string;
}

/** Runs a command to completion, its output captured (or shown, with `inherit`). */
export function run(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; inherit?: boolean; timeoutMs?: number },
): RunResult {
  const result = spawnSync(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    encoding: 'utf8',
    stdio: options.inherit ? 'inherit' : 'pipe',
    timeout: options.timeoutMs ?? 600_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) return { status: 1, output: String(result.error) };
  return { status: result.status ?? 1, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

/** Runs an installed package's binary with this Node. */
export function runBinary(
  toolingRoot: string,
  packageName: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; binName?: string; timeoutMs?: number },
): RunResult {
  return run(process.execPath, [binaryOf(toolingRoot, packageName, options.binName), ...args], options);
}
