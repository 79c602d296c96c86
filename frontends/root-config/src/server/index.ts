import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { renderIndexHtml } from './html';
import { listen, sendNotFound, type RunningServer } from './http';
import { applyOverrides, loadImportMapConfig, type ImportMap, type ImportMapOverrides } from './import-map';
import { contentSecurityPolicy, setPageSecurityHeaders } from './security';
import { DEFAULT_HALL_TIME_ZONE, isKnownTimeZone } from './time-zone';

export type { RunningServer } from './http';
export type { HallRuntimeConfig } from './html';
export { RUNTIME_PLACEHOLDER, renderIndexHtml } from './html';
export { contentSecurityPolicy, inlineScriptHashes } from './security';
export { DEFAULT_HALL_TIME_ZONE, hallTimeZoneFromEnv } from './time-zone';
export {
  IMPORT_MAP_OVERRIDES_ENV,
  MODULE_URL_ENV_PREFIX,
  applyOverrides,
  importMapOverridesFromEnv,
  loadImportMapConfig,
  moduleUrlEnvName,
  parseImportMap,
  type ImportMap,
  type ImportMapOverrides,
} from './import-map';

const packageDir = fileURLToPath(new URL('../..', import.meta.url));

export const DEFAULT_DIST_DIR = join(packageDir, 'dist');
export const DEFAULT_IMPORT_MAP_CONFIG = join(packageDir, 'importmap.config.json');
export const DEFAULT_GATEWAY_URL = 'http://localhost:4000/graphql';
export const DEFAULT_WEB_PORT = 9000;

export interface RootServerOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** The root's Vite build; default `frontends/root-config/dist`. */
  distDir?: string;
  /** Default `frontends/root-config/importmap.config.json`. */
  importMapConfigPath?: string;
  importMapOverrides?: ImportMapOverrides;
  gatewayUrl?: string;
  /** The hall's time zone written into the page's config; default Asia/Shanghai (HALL_TZ's default). */
  timeZone?: string;
}

export interface RootServer extends RunningServer {
  /** The import map every page of this server carries. */
  importMap: ImportMap;
}

export interface StaticServerOptions {
  dir: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
}

function requireBuilt(dir: string, file: string): string {
  const path = join(dir, file);
  if (!existsSync(path)) throw new Error(`${path} is missing: build the package first (npm run build)`);
  return path;
}

/** A path without a file extension is a page of the single-page app (e.g. `/guide`). */
function isPageRequest(pathname: string): boolean {
  return pathname === '/' || pathname === '/index.html' || !/\.[^/]+$/.test(pathname);
}

/**
 * Serves the root page: the built files of `distDir`, and index.html for every page path with the import
 * map (configuration + overrides) and `window.__HALL_CONFIG__` (gateway, hall time zone) injected.
 */
export async function startRootServer(options: RootServerOptions = {}): Promise<RootServer> {
  const distDir = options.distDir ?? DEFAULT_DIST_DIR;
  const template = await readFile(requireBuilt(distDir, 'index.html'), 'utf8');
  const configured = await loadImportMapConfig(options.importMapConfigPath ?? DEFAULT_IMPORT_MAP_CONFIG);
  const importMap = applyOverrides(configured, options.importMapOverrides);
  const gatewayUrl = options.gatewayUrl ?? DEFAULT_GATEWAY_URL;
  const timeZone = options.timeZone ?? DEFAULT_HALL_TIME_ZONE;
  if (!isKnownTimeZone(timeZone)) throw new Error(`the hall time zone ${timeZone} is not a known time zone`);
  const page = renderIndexHtml(template, importMap, { gatewayUrl, timeZone });
  const policy = contentSecurityPolicy({ importMap, gatewayUrl, html: page });

  const files = sirv(distDir, {
    etag: true,
    setHeaders: (response, pathname) => {
      // Vite fingerprints everything under /assets/; the rest (vendor files) is revalidated.
      response.setHeader('cache-control', pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      response.setHeader('x-content-type-options', 'nosniff');
    },
  });

  const server = await listen(
    (request, response) => {
      const pathname = new URL(request.url ?? '/', 'http://root').pathname;
      if ((request.method === 'GET' || request.method === 'HEAD') && isPageRequest(pathname)) {
        response.setHeader('content-type', 'text/html; charset=utf-8');
        response.setHeader('cache-control', 'no-cache');
        setPageSecurityHeaders(response, policy);
        // The run that started this server (scripts/start.ts waits for its own page, not another program's).
        if (process.env.HALL_INSTANCE) response.setHeader('x-hall-instance', process.env.HALL_INSTANCE);
        response.end(request.method === 'HEAD' ? undefined : page);
        return;
      }
      files(request, response, () => sendNotFound(response));
    },
    options.port ?? 0,
    options.host ?? '127.0.0.1',
  );
  return { ...server, importMap };
}

/** Serves a built micro-frontend (or the styleguide) on its own port, with CORS for the root page's origin. */
export async function startStaticServer(options: StaticServerOptions): Promise<RunningServer> {
  if (!existsSync(options.dir)) throw new Error(`${options.dir} is missing: build the package first (npm run build)`);
  const files = sirv(options.dir, {
    // Looks files up on every request, so an app rebuilt while the platform runs is served whole.
    dev: true,
    etag: true,
    setHeaders: (response) => {
      response.setHeader('access-control-allow-origin', '*');
      response.setHeader('cache-control', 'no-cache');
    },
  });
  return listen(
    (request, response) => {
      if (request.method === 'OPTIONS') {
        response.writeHead(204, {
          'access-control-allow-origin': '*',
          'access-control-allow-methods': 'GET, HEAD, OPTIONS',
          'access-control-allow-headers': '*',
        });
        response.end();
        return;
      }
      files(request, response, () => sendNotFound(response));
    },
    options.port ?? 0,
    options.host ?? '127.0.0.1',
  );
}
