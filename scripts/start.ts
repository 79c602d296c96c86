// `npm start`: the whole platform on one machine. Starts the embedded PostgreSQL (unless a database URL is
// configured), builds the front ends, starts the four subgraphs (each migrates and, on first start, seeds the
// demo hall), the gateway and the front-end servers, prints the URLs, and stops everything when it stops, for
// whatever reason: Ctrl-C, SIGTERM, a closed terminal (SIGHUP), a crash, even SIGKILL (through scripts/watchdog.mjs).
// It asks for development mode (HALL_DEV=1): the demo sign-in and the development secret.
// The demo hall's "today" is the day its databases were created (in HALL_TZ), decided once and kept in
// <data>/.data/demo-reference.json; the demo simulator (demo/, DEMO_SIMULATOR=0 turns it off) keeps it alive.
//   --skip-build      do not build the front ends first (they must have been built)
//   --data <dir>      keep the embedded PostgreSQL's data in <dir>/.data/postgres instead of the repository's
//   --apps <a,b>      serve only these micro-frontends (default: all ten)
//   --crash-on-usr2   throw an uncaught exception on SIGUSR2 (for the process test: a crash, on cue)
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  localSubgraphs,
  platformDatabaseEnv,
  platformDatabases,
  platformServiceNames,
  serviceDatabaseFromEnv,
  subgraphDirectory,
  type EmbeddedServer,
} from '@hall/db';
import { GATEWAY_DEFAULT_PORT } from '@hall/service-kit/services';
import { demoReferenceEnv, demoReferenceFromEnv, persistedDemoReference, type DemoReference } from '@hall/demo-hall';

const root = new URL('..', import.meta.url).pathname;
const { values: options } = parseArgs({
  options: {
    'skip-build': { type: 'boolean', default: false },
    data: { type: 'string' },
    apps: { type: 'string' },
    'crash-on-usr2': { type: 'boolean', default: false },
  },
});
const dataRoot = options.data ? resolve(options.data) : root;
// Development mode is asked for explicitly; any other start needs a real AUTH_SECRET (services/kit/src/identity.ts).
// Every server this run starts names the run in its health answer (the x-hall-instance header), so that a program
// already on a port (another platform, another test suite) is never taken for ours.
const instance = randomBytes(8).toString('hex');
const env: NodeJS.ProcessEnv = { ...process.env, HALL_DEV: process.env.HALL_DEV ?? '1', HALL_INSTANCE: instance };
const ports = {
  gateway: Number(env.GATEWAY_PORT ?? GATEWAY_DEFAULT_PORT),
  web: Number(env.WEB_PORT ?? 9000),
};
/** Every subgraph of this repository in the platform's list (subgraphs.json), the hall's four first; `<NAME>_PORT` moves one. */
const SUBGRAPHS = localSubgraphs().map((entry) => ({
  name: entry.name,
  main: join(subgraphDirectory(entry), 'src', 'main.ts'),
  port: Number(env[`${entry.name.toUpperCase()}_PORT`] ?? entry.port),
}));

/**
 * Each micro-frontend is served on its own (as each could be deployed on its own) and listed in the import map; its
 * routes on the root page are those of frontends/root-config/src/microfrontend-layout.html.
 */
const APPS = [
  { app: 'styleguide', portVariable: 'STYLEGUIDE_PORT', defaultPort: 9001, routes: '(shared components and client; no route)' },
  { app: 'service-guide', portVariable: 'SERVICE_GUIDE_PORT', defaultPort: 9002, routes: '/guide, / 办事指南' },
  { app: 'matter-admin', portVariable: 'MATTER_ADMIN_PORT', defaultPort: 9003, routes: '/admin/matters 事项管理' },
  { app: 'duty-board', portVariable: 'DUTY_BOARD_PORT', defaultPort: 9004, routes: '/duty 值班管理' },
  { app: 'window-screens', portVariable: 'WINDOW_SCREENS_PORT', defaultPort: 9005, routes: '/window 窗口工作台 · /queue/display 叫号大屏 · /queue/kiosk 取号机' },
  { app: 'case-desk', portVariable: 'CASE_DESK_PORT', defaultPort: 9006, routes: '/desk 办件受理' },
  { app: 'public-portal', portVariable: 'PUBLIC_PORTAL_PORT', defaultPort: 9007, routes: '/track 办件查询 · /evaluate 好差评' },
  { app: 'inspect', portVariable: 'INSPECT_PORT', defaultPort: 9008, routes: '/inspect 明察暗访' },
  { app: 'supervision', portVariable: 'SUPERVISION_PORT', defaultPort: 9009, routes: '/supervision 督查整改 · /supervision/bad-reviews 差评整改 · /supervision/complaints 投诉 · /supervision/escalations 督办 · /rectifications 整改通知' },
  { app: 'dashboard', portVariable: 'DASHBOARD_PORT', defaultPort: 9010, routes: '/dashboard 监督看板' },
].map((entry) => ({ ...entry, port: Number(env[entry.portVariable] ?? entry.defaultPort) }));
const EMBEDDED_PORT = Number(env.EMBEDDED_PG_PORT ?? 54329);

const children: ChildProcess[] = [];
let embedded: EmbeddedServer | undefined;
let stopping = false;
/** How long children get to stop after SIGTERM before their process groups are killed. */
const STOP_GRACE_MS = 10_000;

// A closed terminal makes every write to it fail; that must not crash the orchestrator before it has stopped the rest.
process.stdout.on('error', () => undefined);
process.stderr.on('error', () => undefined);

/**
 * Outlives the orchestrator to stop what it started when it dies without a chance to do so itself (SIGKILL): it reads
 * the process groups and the database directory on its stdin, and stops them when its stdin closes.
 */
const watchdog = spawn(process.execPath, [join(root, 'scripts', 'watchdog.mjs')], {
  stdio: ['pipe', 'ignore', 'ignore'],
  detached: true,
});
watchdog.stdin?.on('error', () => undefined);
watchdog.unref();
function tellWatchdog(line: string): void {
  watchdog.stdin?.write(`${line}\n`);
}

function log(message: string): void {
  console.log(`\x1b[36m[start]\x1b[0m ${message}`);
}

function run(name: string, command: string, args: string[], extraEnv: Record<string, string> = {}): void {
  // Its own process group, so stopping it also stops what npm or sh started under it. Node children also watch their
  // stdin (HALL_WATCH_STDIN, services/kit closeOnSignals): it closes when the orchestrator dies.
  const child = spawn(command, args, {
    cwd: root,
    env: { ...env, ...extraEnv, HALL_WATCH_STDIN: '1' },
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
  });
  if (child.pid) tellWatchdog(`group ${child.pid}`);
  child.stdin?.on('error', () => undefined);
  const prefix = `\x1b[35m[${name}]\x1b[0m `;
  const forward = (stream: NodeJS.WriteStream) => (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) stream.write(`${prefix}${line}\n`);
  };
  child.stdout?.on('data', forward(process.stdout));
  child.stderr?.on('data', forward(process.stderr));
  child.on('exit', (code) => {
    if (!stopping) {
      log(`${name} exited with code ${code}; stopping the platform`);
      void stop(1);
    }
  });
  children.push(child);
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (!child.pid) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

async function waitForHealth(name: string, url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let toldForeign = false;
  while (Date.now() < deadline) {
    // A child that exited meanwhile is stopping the platform: it is not up, and must not say so.
    if (stopping) throw new Error(`${name} stopped before it became healthy`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
      if (response.ok && response.headers.get('x-hall-instance') === instance) return;
      if (response.ok && !toldForeign) {
        toldForeign = true;
        log(`another program answers at ${url}; waiting for ${name}`);
      }
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${name} did not become healthy at ${url}`);
}

async function stop(code = 0): Promise<void> {
  if (stopping) return;
  stopping = true;
  log('stopping…');
  for (const child of children) if (child.exitCode === null && child.signalCode === null) signalGroup(child, 'SIGTERM');
  const exited = Promise.all(
    children.map((child) =>
      child.exitCode !== null || child.signalCode !== null ? undefined : new Promise((done) => child.once('exit', done)),
    ),
  );
  const late = await Promise.race([exited.then(() => false), new Promise<boolean>((done) => setTimeout(() => done(true), STOP_GRACE_MS))]);
  if (late) {
    log(`some processes did not stop within ${STOP_GRACE_MS / 1000} s; killing them`);
    // Also the groups of children that exited but left something behind (npm's grandchildren).
    for (const child of children) signalGroup(child, 'SIGKILL');
  }
  try {
    if (embedded) await embedded.stop();
  } catch (error) {
    log(`the embedded PostgreSQL did not stop cleanly (${error instanceof Error ? error.name : 'error'})`);
  }
  log('stopped');
  process.exit(code);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (!stopping) log(`${signal} received`);
    void stop(0);
  });
}
if (options['crash-on-usr2']) {
  process.on('SIGUSR2', () => {
    throw new Error('crash asked for by --crash-on-usr2');
  });
}
// A crash of the orchestrator stops the platform too (the watchdog would, but this is orderly).
process.on('uncaughtException', (error) => {
  console.error(`the orchestrator crashed: ${error instanceof Error ? error.message : String(error)}`);
  void stop(1);
});
process.on('unhandledRejection', (error) => {
  console.error(`the orchestrator crashed: ${error instanceof Error ? error.message : String(error)}`);
  void stop(1);
});

const REFERENCE_FILE = join(dataRoot, '.data', 'demo-reference.json');

/**
 * The demo hall's reference day: DEMO_REFERENCE_DATE (and DEMO_NOW) when given, else the one kept beside the data, else
 * today in the hall's time zone, now. Decided when the databases are first created (a new embedded data directory
 * decides afresh), so that a restart a day later seeds what is missing for the same day, and the four subgraphs alike.
 */
function demoReference(): DemoReference {
  if (env.DEMO_REFERENCE_DATE) return demoReferenceFromEnv(env);
  const embeddedData = !platformServiceNames().every((name) => serviceDatabaseFromEnv(name));
  mkdirSync(join(dataRoot, '.data'), { recursive: true });
  const fresh = embeddedData && !existsSync(join(dataRoot, '.data', 'postgres', 'PG_VERSION'));
  return persistedDemoReference(REFERENCE_FILE, { timeZone: env.HALL_TZ ?? 'Asia/Shanghai', fresh });
}

async function databaseUrls(): Promise<Record<string, string>> {
  const databases = await platformDatabases({ root: dataRoot, port: EMBEDDED_PORT, log });
  embedded = databases.embedded;
  if (embedded) tellWatchdog(`postgres ${join(dataRoot, '.data', 'postgres')}`);
  // Each service migrates as its owner role and runs as its app role (ADR 0010).
  return platformDatabaseEnv(databases);
}

try {
  const started = Date.now();
  const reference = demoReference();
  const urls = await databaseUrls();

  if (!options['skip-build']) {
    log('building the front ends (cached by Turborepo)');
    const build = spawnSync('npx', ['turbo', 'run', 'build', '--output-logs=errors-only'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('the front-end build failed');
  }

  const tsx = [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs')];
  // Each subgraph is told where every other one answers (`<NAME>_URL`): cases snapshots the matter a case is registered
  // under from the catalog's API and checks staff and windows at duty's; a department's subgraph asks the catalog who it is.
  const subgraphUrls = Object.fromEntries(SUBGRAPHS.map(({ name, port }) => [`${name.toUpperCase()}_URL`, `http://127.0.0.1:${port}/graphql`]));
  for (const { name, main, port } of SUBGRAPHS) {
    run(name, process.execPath, [...tsx, main], {
      ...urls,
      ...subgraphUrls,
      SEED_DEMO: '1',
      ...demoReferenceEnv(reference),
      [`${name.toUpperCase()}_PORT`]: String(port),
    });
  }
  await Promise.all(SUBGRAPHS.map(({ name, port }) => waitForHealth(name, `http://127.0.0.1:${port}/health`)));

  run('gateway', process.execPath, [...tsx, 'gateway/src/main.ts'], {
    ...subgraphUrls,
    GATEWAY_PORT: String(ports.gateway),
    WEB_PORT: String(ports.web),
  });
  await waitForHealth('gateway', `http://127.0.0.1:${ports.gateway}/health`);

  const gatewayUrl = `http://localhost:${ports.gateway}/graphql`;
  const served = options.apps ? APPS.filter(({ app }) => options.apps?.split(',').includes(app)) : APPS;
  for (const { app, portVariable, port } of served) {
    run(app, 'npm', ['run', '--silent', 'serve', '-w', `@hall/${app}`], { [portVariable]: String(port) });
  }
  run('web', 'npm', ['run', '--silent', 'serve', '-w', '@hall/root-config'], {
    WEB_PORT: String(ports.web),
    GATEWAY_URL: gatewayUrl,
    IMPORT_MAP_OVERRIDES: JSON.stringify(
      Object.fromEntries(APPS.map(({ app, port }) => [`@hall/${app}`, `http://localhost:${port}/${app}.js`])),
    ),
  });
  await waitForHealth('web', `http://127.0.0.1:${ports.web}/`);

  const simulating = env.DEMO_SIMULATOR !== '0';
  if (simulating) run('simulator', process.execPath, [...tsx, 'demo/src/main.ts'], { GATEWAY_URL: gatewayUrl });

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  // Chinese characters take two columns in a terminal.
  const columns = (text: string) => [...text].reduce((sum, character) => sum + (/[\u2e80-\uffef]/.test(character) ? 2 : 1), 0);
  const width = Math.max(...APPS.map(({ routes }) => columns(routes))) + 2;
  const apps = APPS.map(({ app, routes, port }) => {
    const own = served.some((entry) => entry.app === app) ? `http://localhost:${port}/${app}.js` : '(not served: --apps)';
    return `      ${app.padEnd(16)}${routes}${' '.repeat(width - columns(routes))}${own}`;
  });
  console.log(`
  四零政务服务监督平台 is up (${seconds} s)

    Web (open this)   http://localhost:${ports.web}   (the root page, @hall/root-config)
    Apps              route on the root page${' '.repeat(Math.max(1, width - 22))}own server
${apps.join('\n')}
    Gateway           ${gatewayUrl}   (health: http://localhost:${ports.gateway}/health)
    Subgraphs         ${SUBGRAPHS.map(({ name, port }) => `${name} :${port}`).join('  ')}   (subgraphs.json)
    Database          ${embedded ? `embedded PostgreSQL on :${EMBEDDED_PORT}, data in ${join(dataRoot, '.data', 'postgres')}` : 'configured by DATABASE_URL'}
    Demo hall         today ${reference.date} (seeded as of ${reference.now.toISOString()}; ${env.DEMO_REFERENCE_DATE ? 'DEMO_REFERENCE_DATE' : REFERENCE_FILE})
    Simulator         ${simulating ? 'on: tickets, cases, evaluations and warnings every few seconds (DEMO_SIMULATOR=0 turns it off)' : 'off (DEMO_SIMULATOR=0)'}
    Token             npm run token -- --role manager

  Ctrl-C stops everything.
`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await stop(1);
}
