// `npm start`: the whole platform on one machine. Starts the embedded PostgreSQL (unless a database URL is
// configured), builds the front ends, starts the four subgraphs (each migrates and, on first start, seeds the
// demo hall), the gateway and the front-end servers, prints the URLs, and stops everything on Ctrl-C.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { platformDatabases, SERVICE_NAMES, type EmbeddedServer } from '@hall/db';

const root = new URL('..', import.meta.url).pathname;
const env = process.env;
const ports = {
  gateway: Number(env.GATEWAY_PORT ?? 4000),
  catalog: Number(env.CATALOG_PORT ?? 4001),
  cases: Number(env.CASES_PORT ?? 4002),
  duty: Number(env.DUTY_PORT ?? 4003),
  inspections: Number(env.INSPECTIONS_PORT ?? 4004),
  web: Number(env.WEB_PORT ?? 9000),
};

/** Each micro-frontend is served on its own (as each could be deployed on its own) and listed in the import map. */
const APPS = [
  { app: 'styleguide', portVariable: 'STYLEGUIDE_PORT', defaultPort: 9001 },
  { app: 'service-guide', portVariable: 'SERVICE_GUIDE_PORT', defaultPort: 9002 },
  { app: 'matter-admin', portVariable: 'MATTER_ADMIN_PORT', defaultPort: 9003 },
  { app: 'duty-board', portVariable: 'DUTY_BOARD_PORT', defaultPort: 9004 },
  { app: 'window-screens', portVariable: 'WINDOW_SCREENS_PORT', defaultPort: 9005 },
  { app: 'case-desk', portVariable: 'CASE_DESK_PORT', defaultPort: 9006 },
  { app: 'public-portal', portVariable: 'PUBLIC_PORTAL_PORT', defaultPort: 9007 },
  { app: 'inspect', portVariable: 'INSPECT_PORT', defaultPort: 9008 },
  { app: 'supervision', portVariable: 'SUPERVISION_PORT', defaultPort: 9009 },
  { app: 'dashboard', portVariable: 'DASHBOARD_PORT', defaultPort: 9010 },
].map((entry) => ({ ...entry, port: Number(env[entry.portVariable] ?? entry.defaultPort) }));
const EMBEDDED_PORT = Number(env.EMBEDDED_PG_PORT ?? 54329);

const children: ChildProcess[] = [];
let embedded: EmbeddedServer | undefined;
let stopping = false;

function log(message: string): void {
  console.log(`\x1b[36m[start]\x1b[0m ${message}`);
}

function run(name: string, command: string, args: string[], extraEnv: Record<string, string> = {}): void {
  // Its own process group, so stopping it also stops what npm or sh started under it.
  const child = spawn(command, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
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

async function waitForHealth(name: string, url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (stopping) return;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
      if (response.ok) return;
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
  for (const child of children) {
    if (child.pid && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  }
  await Promise.all(children.map((child) => (child.exitCode !== null ? undefined : new Promise((resolve) => child.once('exit', resolve)))));
  if (embedded) await embedded.stop();
  log('stopped');
  process.exit(code);
}

process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());

async function databaseUrls(): Promise<Record<string, string>> {
  const databases = await platformDatabases({ root, port: EMBEDDED_PORT, log });
  embedded = databases.embedded;
  return Object.fromEntries(SERVICE_NAMES.map((name) => [`${name.toUpperCase()}_DATABASE_URL`, databases.urls[name]]));
}

try {
  const started = Date.now();
  const urls = await databaseUrls();

  log('building the front ends (cached by Turborepo)');
  const build = spawnSync('npx', ['turbo', 'run', 'build', '--output-logs=errors-only'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the front-end build failed');

  const tsx = [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs')];
  const catalogUrl = `http://127.0.0.1:${ports.catalog}/graphql`;
  for (const name of SERVICE_NAMES) {
    run(name, process.execPath, [...tsx, `services/${name}/src/main.ts`], {
      ...urls,
      SEED_DEMO: '1',
      [`${name.toUpperCase()}_PORT`]: String(ports[name]),
      // Cases snapshots the matter a case is registered under from the catalog's API.
      CATALOG_URL: catalogUrl,
    });
  }
  await Promise.all(SERVICE_NAMES.map((name) => waitForHealth(name, `http://127.0.0.1:${ports[name]}/health`)));

  const subgraphUrls = Object.fromEntries(
    SERVICE_NAMES.map((name) => [`${name.toUpperCase()}_URL`, `http://127.0.0.1:${ports[name]}/graphql`]),
  );
  run('gateway', process.execPath, [...tsx, 'gateway/src/main.ts'], {
    ...subgraphUrls,
    GATEWAY_PORT: String(ports.gateway),
    WEB_PORT: String(ports.web),
  });
  await waitForHealth('gateway', `http://127.0.0.1:${ports.gateway}/health`);

  const gatewayUrl = `http://localhost:${ports.gateway}/graphql`;
  for (const { app, portVariable, port } of APPS) {
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

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`
  四零政务服务监督平台 is up (${seconds} s)

    Web (open this)   http://localhost:${ports.web}
                      /guide 办事指南 · /admin/matters 事项管理 · /duty 值班管理 · /window 窗口工作台 · /queue/display 叫号大屏
    Gateway           ${gatewayUrl}   (health: http://localhost:${ports.gateway}/health)
    Subgraphs         catalog :${ports.catalog}  cases :${ports.cases}  duty :${ports.duty}  inspections :${ports.inspections}
    Database          ${embedded ? `embedded PostgreSQL on :${EMBEDDED_PORT}, data in .data/postgres` : 'configured by DATABASE_URL'}
    Token             npm run token -- --role manager

  Ctrl-C stops everything.
`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await stop(1);
}
