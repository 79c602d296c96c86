import {
  DEFAULT_GATEWAY_URL,
  DEFAULT_IMPORT_MAP_CONFIG,
  DEFAULT_WEB_PORT,
  hallTimeZoneFromEnv,
  importMapOverridesFromEnv,
  loadImportMapConfig,
  startRootServer,
} from './index';

/**
 * `npm run serve`: the root page on WEB_PORT (default 9000) and WEB_HOST (default 127.0.0.1), with the
 * gateway from GATEWAY_URL, the hall time zone from HALL_TZ and import-map overrides from IMPORT_MAP_OVERRIDES /
 * HALL_APP_URL__<MODULE>.
 */
const env = process.env;
const port = Number(env.WEB_PORT ?? DEFAULT_WEB_PORT);
if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`WEB_PORT must be a port number, got ${env.WEB_PORT}`);

const configured = await loadImportMapConfig(DEFAULT_IMPORT_MAP_CONFIG);
const server = await startRootServer({
  port,
  host: env.WEB_HOST || '127.0.0.1',
  importMapOverrides: importMapOverridesFromEnv(env, configured),
  gatewayUrl: env.GATEWAY_URL || DEFAULT_GATEWAY_URL,
  timeZone: hallTimeZoneFromEnv(env),
});

console.log(`root page on ${server.url}`);
for (const [name, url] of Object.entries(server.importMap.imports)) console.log(`  ${name} → ${url}`);

// Stops on SIGINT, SIGTERM, SIGHUP, and, under `npm start` (HALL_WATCH_STDIN=1), when stdin closes: the orchestrator died.
let closing = false;
const shutdown = () => {
  if (closing) return;
  closing = true;
  setTimeout(() => process.exit(1), 10_000).unref();
  void server.close().then(() => process.exit(0));
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, shutdown);
if (env.HALL_WATCH_STDIN === '1') {
  process.stdin.on('end', shutdown);
  process.stdin.on('error', shutdown);
  process.stdin.resume();
}
