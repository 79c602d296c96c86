import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { freePort, localSubgraphs, platformSubgraphs, subgraphDirectory, type ServiceName } from '@hall/db';

export const ROOT = new URL('../..', import.meta.url).pathname;
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

/** Where each subgraph of the list runs: the hall's four by name, and any department's. */
export type SubgraphUrls = Record<ServiceName, string> & Readonly<Record<string, string>>;

export interface BenchPlatform {
  subgraphUrls: SubgraphUrls;
  gatewayUrl: string;
  hiveGatewayUrl: string;
  stop(): Promise<void>;
}

async function waitForHealth(name: string, url: string, child: ChildProcess, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(1_000) })).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${name} did not become healthy at ${url}`);
}

/**
 * The platform as it runs in production, one process each: every subgraph of the list, our gateway, and
 * Hive Gateway on the same supergraph (its subgraph URLs pointed at these subgraphs). Logs at warn; production mode.
 */
export async function startBenchPlatform(databaseUrls: Record<ServiceName, string>, authSecret: string): Promise<BenchPlatform> {
  const children: Array<{ name: string; child: ChildProcess }> = [];
  const output: string[] = [];
  const baseEnv = { ...process.env, NODE_ENV: 'production', AUTH_SECRET: authSecret, LOG_LEVEL: 'warn', HOST: '127.0.0.1' };
  const run = (name: string, args: string[], env: Record<string, string>) => {
    const child = spawn(process.execPath, [TSX, ...args], { cwd: ROOT, env: { ...baseEnv, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (chunk: Buffer) => output.push(`[${name}] ${chunk.toString()}`);
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    children.push({ name, child });
    return child;
  };
  const stop = async () => {
    await Promise.all(
      children.map(
        ({ child }) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
          }),
      ),
    );
  };
  try {
    // Every subgraph of this repository in the platform's list (subgraphs.json): the hall's four on the given databases,
    // a department's own (the registry) in its schema of the catalog's database, as `npm start` runs them.
    const subgraphs = localSubgraphs();
    const ports = Object.fromEntries(await Promise.all(subgraphs.map(async ({ name }) => [name, await freePort()] as const)));
    const subgraphUrls = Object.fromEntries(subgraphs.map(({ name }) => [name, `http://127.0.0.1:${ports[name]}/graphql`])) as SubgraphUrls;
    const linkEnv = Object.fromEntries(subgraphs.map(({ name }) => [`${name.toUpperCase()}_URL`, subgraphUrls[name] ?? '']));
    await Promise.all(
      subgraphs.map((entry) => {
        const { name } = entry;
        const child = run(name, [join(subgraphDirectory(entry), 'src', 'main.ts')], {
          ...linkEnv,
          [`${name.toUpperCase()}_PORT`]: String(ports[name]),
          [`${name.toUpperCase()}_DATABASE_URL`]: databaseUrls[name as ServiceName] ?? databaseUrls.catalog,
        });
        return waitForHealth(name, `http://127.0.0.1:${ports[name]}/health`, child);
      }),
    );
    const gatewayPort = await freePort();
    const gateway = run('gateway', [join(ROOT, 'gateway', 'src', 'main.ts')], {
      GATEWAY_PORT: String(gatewayPort),
      ...linkEnv,
    });
    await waitForHealth('gateway', `http://127.0.0.1:${gatewayPort}/health`, gateway);

    const supergraphFile = join(tmpdir(), `hall-bench-supergraph-${process.pid}.graphql`);
    writeFileSync(supergraphFile, supergraphFor(subgraphUrls));
    const hivePort = await freePort();
    const hive = run('hive-gateway', [join(ROOT, 'bench', 'src', 'hive-gateway.ts'), supergraphFile, String(hivePort)], {});
    await waitForHealth('hive-gateway', `http://127.0.0.1:${hivePort}/healthcheck`, hive);
    return {
      subgraphUrls,
      gatewayUrl: `http://127.0.0.1:${gatewayPort}/graphql`,
      hiveGatewayUrl: `http://127.0.0.1:${hivePort}/graphql`,
      stop,
    };
  } catch (error) {
    await stop();
    console.error(output.join(''));
    throw error;
  }
}

/** The checked-in supergraph with each subgraph's URL replaced by where it runs now. */
export function supergraphFor(subgraphUrls: SubgraphUrls): string {
  let text = readFileSync(join(ROOT, 'gateway', 'supergraph.graphql'), 'utf8');
  for (const { name } of platformSubgraphs().subgraphs) {
    const pattern = new RegExp(`(@join__graph\\(name: "${name}", url: ")[^"]*(")`);
    const url = subgraphUrls[name];
    if (!pattern.test(text)) throw new Error(`the supergraph names no ${name} subgraph`);
    if (!url) throw new Error(`the benchmark runs no ${name} subgraph`);
    text = text.replace(pattern, `$1${url}$2`);
  }
  return text;
}
