// Issue 13, item 10: processes die together. `npm start`'s orchestrator (scripts/start.ts) is started for real, on free
// ports and a throwaway data directory, and stopped in every way it can stop: SIGINT (Ctrl-C), SIGTERM, SIGHUP (a
// closed terminal), a crash (an uncaught exception), and SIGKILL (which it cannot catch; its watchdog acts). After each,
// no process it started may remain (subgraphs, gateway, front-end servers, npm and sh under them, the embedded
// PostgreSQL, the watchdog) and every port must be free.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { freePort, localSubgraphs } from '@hall/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportFigures } from './support/figures';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const APPS = [
  'STYLEGUIDE',
  'SERVICE_GUIDE',
  'MATTER_ADMIN',
  'DUTY_BOARD',
  'WINDOW_SCREENS',
  'CASE_DESK',
  'PUBLIC_PORTAL',
  'INSPECT',
  'SUPERVISION',
  'DASHBOARD',
];
/** The gateway, the web server and every subgraph the platform's list (subgraphs.json) has in this repository. */
const BACKENDS = ['GATEWAY', 'WEB', ...localSubgraphs().map((entry) => entry.name.toUpperCase())];
/** Two of the ten micro-frontends: each is served the same way (npm → sh → sirv), two show it for all. */
const SERVED_APPS = ['styleguide', 'dashboard'];

interface ProcessEntry {
  pid: number;
  ppid: number;
  session: number;
  state: string;
  startTime: string;
  command: string;
}

/** /proc/<pid>/stat: the command is in parentheses and may hold spaces; the fields after it are fixed. */
function readProcess(pid: number): ProcessEntry | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = stat.lastIndexOf(')');
    const fields = stat.slice(close + 2).split(' ');
    return {
      pid,
      ppid: Number(fields[1]),
      session: Number(fields[3]),
      state: fields[0] ?? '?',
      startTime: fields[19] ?? '',
      command: readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim().slice(0, 120),
    };
  } catch {
    return undefined;
  }
}

function processTable(): ProcessEntry[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => readProcess(Number(name)))
    .filter((entry): entry is ProcessEntry => entry !== undefined);
}

/** Every process below `pid`, however deep (npm → sh → node; postgres → its workers). */
function descendants(pid: number): ProcessEntry[] {
  const table = processTable();
  const found: ProcessEntry[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const parent = queue.shift();
    for (const entry of table) {
      if (entry.ppid === parent) {
        found.push(entry);
        queue.push(entry.pid);
      }
    }
  }
  return found;
}

/** Still the same process (not a reused pid) and not a zombie waiting for its reaper. */
function stillRunning(entry: ProcessEntry): boolean {
  const now = readProcess(entry.pid);
  return now !== undefined && now.startTime === entry.startTime && now.state !== 'Z';
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** A file's text, or undefined when it is gone (a process that exited meanwhile). */
function readIfPresent(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function listIfPresent(path: string): string[] | undefined {
  try {
    return readdirSync(path);
  } catch {
    return undefined;
  }
}

/**
 * The processes with a socket on local `port` (listening or connected), from /proc/net/tcp{,6} and the socket inodes
 * in /proc/<pid>/fd. Another suite running beside this one may listen or connect from a port this one chose, so a busy
 * port counts against the platform only when one of the platform's own processes holds it.
 */
function socketHolders(port: number): ProcessEntry[] {
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    const text = readIfPresent(table);
    if (text === undefined) continue;
    for (const line of text.split('\n').slice(1)) {
      const columns = line.trim().split(/\s+/);
      const local = columns[1];
      const inode = columns[9];
      // TIME_WAIT entries have no socket (inode 0) and do not keep a listener out.
      if (!local || !inode || inode === '0') continue;
      if (Number.parseInt(local.slice(local.lastIndexOf(':') + 1), 16) === port) inodes.add(inode);
    }
  }
  if (inodes.size === 0) return [];
  const holders: ProcessEntry[] = [];
  for (const name of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    const fds = listIfPresent(`/proc/${name}/fd`);
    if (fds === undefined) continue;
    const holds = fds.some((fd) => {
      try {
        const target = readlinkSync(`/proc/${name}/fd/${fd}`);
        return target.startsWith('socket:[') && inodes.has(target.slice(8, -1));
      } catch {
        return false;
      }
    });
    const entry = holds ? readProcess(Number(name)) : undefined;
    if (entry) holders.push(entry);
  }
  return holders;
}

async function until(condition: () => boolean | Promise<boolean>, deadlineMs: number): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while (!(await condition()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
}

let dataRoot: string;
const figures: Record<string, unknown> = {};

beforeAll(async () => {
  const missing = ['root-config/dist/index.html', ...SERVED_APPS.map((app) => `${app}/dist`)]
    .map((path) => join(ROOT, 'frontends', path))
    .filter((path) => !existsSync(path));
  if (missing.length > 0) throw new Error(`build the front ends first (npm run build); missing:\n${missing.join('\n')}`);
  // Not a mkdtemp folder (mode 0700): the embedded PostgreSQL may run as the `postgres` user, who must reach it.
  dataRoot = join(tmpdir(), `hall-start-test-${randomBytes(6).toString('hex')}`);
  mkdirSync(dataRoot, { recursive: true });
});

/**
 * Free ports for one start, chosen afresh each time: a suite running beside this one may take a port it saw free
 * (the orchestrator then waits for its own server, never another program's: scripts/start.ts, x-hall-instance).
 */
async function environment(): Promise<{ env: NodeJS.ProcessEnv; ports: number[] }> {
  const named: Record<string, string> = {};
  const ports: number[] = [];
  for (const name of [...BACKENDS, ...APPS, 'EMBEDDED_PG']) {
    const port = await freePort();
    ports.push(port);
    named[`${name}_PORT`] = String(port);
  }
  const env: NodeJS.ProcessEnv = { ...process.env, ...named, LOG_LEVEL: 'warn' };
  // The embedded PostgreSQL, not a configured server.
  for (const key of Object.keys(env)) if (key.endsWith('DATABASE_URL')) delete env[key];
  return { env, ports };
}

afterAll(() => {
  reportFigures('processes', figures);
  if (dataRoot) rmSync(dataRoot, { recursive: true, force: true });
});

interface Started {
  orchestrator: ChildProcess;
  output: () => string;
  ports: number[];
}

function spawnOrchestrator(env: NodeJS.ProcessEnv, extra: string[] = []): { orchestrator: ChildProcess; output: () => string } {
  const orchestrator = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/start.ts', '--skip-build', '--data', dataRoot, '--apps', SERVED_APPS.join(','), ...extra],
    // Its own session, as a terminal would give it; the test's own signals never reach it by accident.
    { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let output = '';
  orchestrator.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  orchestrator.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { orchestrator, output: () => output };
}

async function startOrchestrator(extra: string[] = []): Promise<Started> {
  const { env, ports } = await environment();
  const { orchestrator, output: read } = spawnOrchestrator(env, extra);
  await until(() => read().includes('is up') || orchestrator.exitCode !== null, 240_000);
  const output = read();
  if (!output.includes('is up')) {
    orchestrator.kill('SIGKILL');
    throw new Error(`the platform did not come up:\n${output.slice(-3000)}`);
  }
  return { orchestrator, output: read, ports };
}

const WAYS = [
  { way: 'SIGINT', signal: 'SIGINT' },
  { way: 'SIGTERM', signal: 'SIGTERM' },
  { way: 'SIGHUP', signal: 'SIGHUP' },
  // With --crash-on-usr2, SIGUSR2 makes the orchestrator throw an uncaught exception.
  { way: 'crash', signal: 'SIGUSR2' },
  { way: 'SIGKILL', signal: 'SIGKILL' },
] as const;

describe('processes die together (issue 13, item 10)', () => {
  for (const { way, signal } of WAYS) {
    it(`stops every child when the orchestrator stops by ${way}`, async () => {
      const { orchestrator, output, ports } = await startOrchestrator(way === 'crash' ? ['--crash-on-usr2'] : []);
      const pid = orchestrator.pid ?? 0;
      const started = descendants(pid);
      const commands = started.map((entry) => entry.command);
      const running = (part: string) => commands.filter((command) => command.includes(part)).length;
      // Every subgraph of the list, the gateway, the root page, the app servers under npm and sh, PostgreSQL, the watchdog.
      for (const entry of localSubgraphs()) expect(running(`${entry.directory}/src/main.ts`), entry.name).toBeGreaterThan(0);
      expect(running('gateway/src/main.ts')).toBeGreaterThan(0);
      expect(running('src/server/main.ts')).toBeGreaterThan(0);
      expect(running('sirv dist'), commands.join('\n')).toBeGreaterThanOrEqual(SERVED_APPS.length);
      expect(running('postgres')).toBeGreaterThan(0);
      expect(running('watchdog.mjs')).toBe(1);
      const exited = new Promise((resolve) => orchestrator.once('exit', (code, name) => resolve({ code, signal: name })));
      process.kill(pid, signal);
      await exited;

      await until(async () => started.every((entry) => !stillRunning(entry)), 30_000);
      const orphans = started.filter(stillRunning);
      const ours = (entry: ProcessEntry) =>
        entry.session === pid || started.some((own) => own.pid === entry.pid && own.startTime === entry.startTime);
      // A port is held when it is still busy and one of ours holds it, or no holder can be found.
      const heldBy = async (port: number) => {
        if (await portFree(port)) return undefined;
        const holders = socketHolders(port);
        if (holders.length > 0 && !holders.some(ours)) return undefined;
        return `${port} ${holders.map((entry) => `${entry.pid} ${entry.command}`).join('; ') || '(no holder found)'}`;
      };
      const heldPorts = async () => (await Promise.all(ports.map(heldBy))).filter((entry) => entry !== undefined);
      await until(async () => (await heldPorts()).length === 0, 10_000);
      const held = await heldPorts();
      figures[way] = { processesStarted: started.length, orphans: orphans.length, portsHeld: held.length };
      // Whatever failed, nothing is left for the next way of stopping.
      for (const entry of orphans) {
        try {
          process.kill(entry.pid, 'SIGKILL');
        } catch {
          // gone meanwhile
        }
      }
      expect(
        orphans.map((entry) => `${entry.pid} ${entry.command}`),
        output().slice(-2000),
      ).toEqual([]);
      expect(held).toEqual([]);
    }, 300_000);
  }

  it('never says it is up when another program answers on one of its ports, and stops', async () => {
    const { env, ports } = await environment();
    const catalogPort = ports[BACKENDS.indexOf('CATALOG')] ?? 0;
    // A program that answers every health check on the catalog's port, as another platform's catalog would.
    const impostor = createHttpServer((_request, response) => response.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}'));
    await new Promise<void>((resolve) => impostor.listen(catalogPort, '127.0.0.1', resolve));
    try {
      const { orchestrator, output } = spawnOrchestrator(env);
      const exited = new Promise<number | null>((resolve) => orchestrator.once('exit', (code) => resolve(code)));
      const code = await Promise.race([exited, new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), 240_000))]);
      if (code === 'still running') orchestrator.kill('SIGKILL');
      expect(code, output().slice(-2000)).toBe(1);
      expect(output()).not.toContain('is up');
      expect(output()).toContain(`another program answers at http://127.0.0.1:${catalogPort}/health`);
    } finally {
      await new Promise((resolve) => impostor.close(resolve));
    }
  }, 300_000);
});
