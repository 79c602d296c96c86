import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { startPlatform, type RunningPlatform } from '@hall/gateway/testing';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRootServer, startStaticServer, type RunningServer } from './server/index';

/**
 * The whole platform as a person meets it: the real back end (PostgreSQL, four subgraphs, the gateway),
 * the BUILT micro-frontends each on its own port, the root page with its import map, and Chromium.
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

const frontends = join(import.meta.dirname, '../..');
const builds = {
  root: join(frontends, 'root-config/dist'),
  styleguide: join(frontends, 'styleguide/dist'),
  serviceGuide: join(frontends, 'service-guide/dist'),
};
const resultsDir = join(import.meta.dirname, '../test-results');

/** Fails (never skips) when a build is missing: turbo builds the apps before this test. */
function requireBuilds(): void {
  const required = [
    join(builds.root, 'index.html'),
    join(builds.root, 'vendor/vue/vue.esm-browser.prod.js'),
    join(builds.styleguide, 'styleguide.js'),
    join(builds.serviceGuide, 'service-guide.js'),
  ];
  const missing = required.filter((file) => !existsSync(file));
  if (missing.length > 0) throw new Error(`build the front ends first (npm run build); missing:\n${missing.join('\n')}`);
}

/** The root's origin must be known before the gateway starts: it is the origin the gateway's CORS allows. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Screenshots after Element Plus's transitions (loading mask, drawer) have finished. */
async function screenshot(name: string, fullPage: boolean): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
  await page.locator('.el-loading-mask').waitFor({ state: 'detached' });
  await mkdir(resultsDir, { recursive: true });
  await page.screenshot({ path: join(resultsDir, name), fullPage });
}

let platform: RunningPlatform | undefined;
const servers: RunningServer[] = [];
let browser: Browser | undefined;
let page: Page;
let rootUrl: string;
const problems: string[] = [];

beforeAll(async () => {
  requireBuilds();
  const rootPort = await freePort();
  platform = await startPlatform({ corsOrigins: [`http://127.0.0.1:${rootPort}`] });
  const styleguide = await startStaticServer({ dir: builds.styleguide });
  servers.push(styleguide);
  const serviceGuide = await startStaticServer({ dir: builds.serviceGuide });
  servers.push(serviceGuide);
  const root = await startRootServer({
    port: rootPort,
    distDir: builds.root,
    gatewayUrl: platform.gatewayUrl,
    importMapOverrides: {
      '@hall/styleguide': `${styleguide.url}/styleguide.js`,
      '@hall/service-guide': `${serviceGuide.url}/service-guide.js`,
    },
  });
  servers.push(root);
  rootUrl = root.url;

  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((server) => server.close()));
  await platform?.stop();
});

describe('the service guide in the browser', () => {
  it('signs in the hall manager and shows live catalog data through the gateway', async () => {
    await page.goto(rootUrl);

    const manager = page.locator('#demo-user option', { hasText: '大厅管理员' }).first();
    await manager.waitFor({ state: 'attached' });
    await page.selectOption('#demo-user', (await manager.getAttribute('value')) ?? '');
    await expect.poll(() => page.textContent('#hall-current-user')).toContain('大厅管理员');
    const stored = await page.evaluate(
      () => JSON.parse(localStorage.getItem('hall.session') ?? 'null') as { token?: string; user?: { role?: string } } | null,
    );
    expect(stored?.user?.role).toBe('manager');
    expect(stored?.token).toBeTruthy();

    const departments = page.locator('.department-menu__item');
    await expect.poll(() => departments.count()).toBeGreaterThanOrEqual(12);
    const names = await departments.locator('.department-menu__name').allTextContents();
    expect(new Set(names).size).toBe(names.length);

    await departments.filter({ hasText: '市场监督管理局' }).click();
    await page.locator('.matter-table').getByText('食品经营许可').first().waitFor();
    expect(await page.locator('.matter-table tbody tr').count()).toBeGreaterThan(0);
    await expect.poll(() => page.textContent('.matter-table tbody')).toMatch(/\d+ 个工作日/);
    await screenshot('service-guide.png', true);

    await page.getByLabel('搜索事项').fill('营业执照');
    await page.getByLabel('搜索事项').press('Enter');
    await expect.poll(() => page.textContent('.service-guide__matters')).toContain('“营业执照”的搜索结果');
    // The catalog searches names, codes, keywords and materials: every hit shows 营业执照 in its detail.
    const hits = page.locator('.matter-table tbody tr');
    await expect.poll(() => hits.count()).toBeGreaterThan(0);
    expect(await page.textContent('.service-guide__matters .hall-section-card__extra')).toContain(`共 ${await hits.count()} 项`);

    await page.locator('.matter-table tbody button').first().click();
    await page.locator('.materials-table tbody tr').first().waitFor();
    expect(await page.locator('.materials-table tbody tr').count()).toBeGreaterThan(0);
    expect(await page.textContent('.matter-detail')).toContain('营业执照');
    await screenshot('service-guide-detail.png', false);

    // One Vue for the whole page, from the import map.
    const vueScripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => /vue\.esm-browser/.test(entry.name))
        .map((entry) => entry.name),
    );
    expect(vueScripts).toEqual([`${rootUrl}/vendor/vue/vue.esm-browser.prod.js`]);

    expect(problems).toEqual([]);
  });

  it('routes through the header, switches every app to English and back, and answers unknown pages', async () => {
    await page.goto(rootUrl);
    await page.locator('.hall-nav__link', { hasText: '办事指南' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/guide');
    await expect.poll(() => page.getAttribute('.hall-nav__link', 'aria-current')).toBe('page');
    await expect.poll(() => page.locator('.department-menu__item').count()).toBeGreaterThanOrEqual(12);

    await page.click('#hall-locale-toggle');
    await expect.poll(() => page.textContent('.hall-page__title')).toBe('Service guide');
    expect(await page.textContent('.hall-brand__name')).toBe('Four Zeros Service Hall Platform');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.click('#hall-locale-toggle');
    await expect.poll(() => page.textContent('.hall-page__title')).toBe('办事指南');

    await page.goto(`${rootUrl}/no-such-page`);
    await page.getByText('页面不存在').waitFor();
    expect(await page.locator('.service-guide').count()).toBe(0);

    expect(problems).toEqual([]);
  });
});
