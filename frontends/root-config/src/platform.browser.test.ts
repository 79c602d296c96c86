import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHarness, type BrowserHarness } from './testing/browser-harness';

/** The service guide as a person meets it: the real back end, the built micro-frontends, the root page, Chromium. */

let harness: BrowserHarness;
let page: BrowserHarness['page'];
let rootUrl: string;
let problems: string[];

beforeAll(async () => {
  harness = await startBrowserHarness();
  ({ page, rootUrl, problems } = harness);
});

afterAll(() => harness?.close());

const ENGLISH_NAV = [
  'Service guide',
  'Matters',
  'Window duty',
  'Window desk',
  'Case desk',
  'Track a case',
  'Inspections',
  'Supervision',
  'Rectifications',
  'Dashboard',
];

async function screenshot(name: string, fullPage: boolean): Promise<void> {
  await harness.screenshot(page, name, fullPage);
}

describe('the service guide in the browser', () => {
  it('signs in the hall manager and shows live catalog data through the gateway', async () => {
    await page.goto(rootUrl);

    await harness.signInAs(page, '大厅管理员');
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
    // Rows and the count in the card's header update separately: wait until the results and their count agree.
    await expect
      .poll(async () => {
        const rows = await hits.count();
        const header = await page.textContent('.service-guide__matters .hall-section-card__extra');
        return rows > 0 && (header ?? '').includes(`共 ${rows} 项`);
      })
      .toBe(true);

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
    const navLink = page.locator('.hall-nav__link').first();
    await page.locator('.hall-nav__link', { hasText: '办事指南' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/guide');
    await expect.poll(() => page.getAttribute('.hall-nav__link', 'aria-current')).toBe('page');
    await expect.poll(() => page.locator('.department-menu__item').count()).toBeGreaterThanOrEqual(12);

    await page.click('#hall-locale-toggle');
    await expect.poll(() => page.textContent('.hall-page__title')).toBe('Service guide');
    expect(await page.textContent('.hall-brand__name')).toBe('Four Zeros Service Hall Platform');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    // One language at a time in the header, also after single-spa-layout puts its nodes back on a route change.
    expect(await navLink.textContent()).toBe('Service guide');
    expect(await page.textContent('#hall-locale-toggle')).toBe('中文');
    await page.locator('.hall-nav__link', { hasText: 'Track a case' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/track');
    await navLink.click();
    await expect.poll(() => page.textContent('.hall-page__title')).toBe('Service guide');
    expect(await page.locator('.hall-nav__link').allTextContents()).toEqual(ENGLISH_NAV);
    expect(await page.textContent('#hall-locale-toggle')).toBe('中文');
    // A page the layout renders anew on each visit (not found) is in the current language too.
    await page.evaluate(() => {
      window.history.pushState(null, '', '/no-such-page');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await expect.poll(() => page.textContent('.hall-notice h1')).toBe('Page not found');
    await navLink.click();
    await expect.poll(() => page.textContent('.hall-page__title')).toBe('Service guide');

    await page.click('#hall-locale-toggle');
    await expect.poll(() => page.textContent('.hall-page__title')).toBe('办事指南');
    expect(await navLink.textContent()).toBe('办事指南');
    expect(await page.textContent('#hall-locale-toggle')).toBe('English');

    await page.goto(`${rootUrl}/no-such-page`);
    await page.getByText('页面不存在').waitFor();
    expect(await page.locator('.service-guide').count()).toBe(0);

    expect(problems).toEqual([]);
  });

  it('serves a visitor in English and refuses the case desk to a social supervisor', async () => {
    await page.goto(`${rootUrl}/guide`);
    await page.locator('.department-menu__item').first().waitFor();
    await page.click('#hall-locale-toggle');
    await expect.poll(() => page.textContent('.hall-page__title')).toBe('Service guide');

    await page.locator('.department-menu__item').filter({ hasText: '市场监督管理局' }).click();
    await page.locator('.matter-table').getByText('食品经营许可').first().waitFor();
    // Time limits with their English plural, matter categories from the one place of enum labels.
    await expect.poll(() => page.textContent('.matter-table tbody')).toMatch(/\d+ working days?/);
    expect(await page.textContent('.matter-table tbody')).not.toMatch(/个工作日|行政许可/);
    expect(await page.textContent('.matter-table tbody')).toMatch(/Permit|Filing|Change|Renewal|Confirmation|Other/);

    await harness.signInAs(page, '社会监督员');
    await page.locator('.hall-nav__link', { hasText: 'Case desk' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/desk');
    await expect
      .poll(() => page.textContent('#hall-main'))
      .toContain('The case desk is for window staff, department admins and the hall manager');
    expect(await page.locator('#hall-main .el-table').count()).toBe(0);

    await page.click('#hall-locale-toggle');
    await expect.poll(() => page.textContent('#hall-main')).toContain('仅窗口工作人员、部门管理员和大厅管理员可使用办件受理');
    expect(problems).toEqual([]);
  });
});
