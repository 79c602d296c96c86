import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { freePort } from '@hall/db';
import { startPlatform, type RunningPlatform } from '@hall/gateway/testing';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEFAULT_IMPORT_MAP_CONFIG, hallTimeZoneFromEnv, loadImportMapConfig, startRootServer, startStaticServer, type RunningServer } from '../server/index';

/**
 * The whole platform as a person meets it, for browser tests: the real back end (PostgreSQL, the four subgraphs,
 * the gateway), every BUILT micro-frontend of the import map on its own port, the root page, and Debian's Chromium.
 */

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const frontendsDir = join(import.meta.dirname, '../../..');
const rootDist = join(frontendsDir, 'root-config/dist');
export const resultsDir = join(import.meta.dirname, '../../test-results');

/** Every `@hall/<app>` module of the import map is the build `frontends/<app>/dist/<app>.js`. */
async function appBuilds(): Promise<Array<{ module: string; dir: string; entry: string }>> {
  const importMap = await loadImportMapConfig(DEFAULT_IMPORT_MAP_CONFIG);
  return Object.keys(importMap.imports)
    .filter((module) => module.startsWith('@hall/'))
    .map((module) => {
      const app = module.slice('@hall/'.length);
      return { module, dir: join(frontendsDir, app, 'dist'), entry: `${app}.js` };
    });
}

/** Fails (never skips) when a build is missing: turbo builds the apps before the tests. */
function requireBuilds(files: string[]): void {
  const missing = files.filter((file) => !existsSync(file));
  if (missing.length > 0) throw new Error(`build the front ends first (npm run build); missing:\n${missing.join('\n')}`);
}

export interface BrowserHarness {
  platform: RunningPlatform;
  rootUrl: string;
  browser: Browser;
  page: Page;
  /** Page errors and console errors seen so far; a test ends by expecting it empty. */
  problems: string[];
  /** Opens a new page (another person, another screen) that also records its problems. */
  newPage(options?: { width?: number; height?: number }): Promise<Page>;
  /** Picks the demo user whose label contains `label` in the header's sign-in. */
  signInAs(page: Page, label: string): Promise<void>;
  /** Saves a screenshot to `test-results/` once transitions have settled. */
  screenshot(page: Page, name: string, fullPage?: boolean): Promise<void>;
  close(): Promise<void>;
}

function holdPort(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

export async function startBrowserHarness(): Promise<BrowserHarness> {
  const apps = await appBuilds();
  requireBuilds([
    join(rootDist, 'index.html'),
    join(rootDist, 'vendor/vue/vue.esm-browser.prod.js'),
    ...apps.map((app) => join(app.dir, app.entry)),
  ]);
  // The root's origin must be known before the gateway starts: it is the origin the gateway's CORS allows. The port is
  // held while the platform starts (seconds, beside other suites starting whole platforms), and let go just before the
  // root server binds it.
  const rootPort = await freePort();
  const placeholder = await holdPort(rootPort);
  const platform = await startPlatform({ corsOrigins: [`http://127.0.0.1:${rootPort}`] });
  const servers: RunningServer[] = [];
  const importMapOverrides: Record<string, string> = {};
  for (const app of apps) {
    const server = await startStaticServer({ dir: app.dir });
    servers.push(server);
    importMapOverrides[app.module] = `${server.url}/${app.entry}`;
  }
  await new Promise<void>((resolve) => placeholder.close(() => resolve()));
  const root = await startRootServer({
    port: rootPort,
    distDir: rootDist,
    gatewayUrl: platform.gatewayUrl,
    timeZone: hallTimeZoneFromEnv(process.env),
    importMapOverrides,
  });
  servers.push(root);

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  const problems: string[] = [];
  const newPage = async ({ width = 1366, height = 900 } = {}) => {
    const opened = await browser.newPage({ viewport: { width, height }, locale: 'zh-CN' });
    opened.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    // A Content-Security-Policy violation is a problem too (the root page sends a policy: src/server/security.ts).
    await opened.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`),
      ),
    );
    opened.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    return opened;
  };
  const page = await newPage();

  return {
    platform,
    rootUrl: root.url,
    browser,
    page,
    problems,
    newPage,
    async signInAs(target, label) {
      const option = target.locator('#demo-user option', { hasText: label }).first();
      await option.waitFor({ state: 'attached' });
      await target.selectOption('#demo-user', (await option.getAttribute('value')) ?? '');
      // The header shows the role; its title names the whole label, e.g. 已登录：张伟（市场监管·部门管理员）.
      await expect.poll(() => target.getAttribute('#hall-current-user', 'title')).toContain(label);
    },
    async screenshot(target, name, fullPage = false) {
      await target.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
      await target.locator('.el-loading-mask').waitFor({ state: 'detached' });
      await mkdir(resultsDir, { recursive: true });
      await target.screenshot({ path: join(resultsDir, name), fullPage });
    },
    async close() {
      await browser.close();
      await Promise.all(servers.map((server) => server.close()));
      await platform.stop();
    },
  };
}
