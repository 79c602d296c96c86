import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resultsDir, startBrowserHarness, type BrowserHarness } from './testing/browser-harness';

/**
 * A department admin publishes a new matter through the matter management app; the public then finds it in the
 * service guide and prints its guide. The real back end, the built micro-frontends, the root page, Chromium.
 */

let harness: BrowserHarness;
let page: BrowserHarness['page'];
let rootUrl: string;

beforeAll(async () => {
  harness = await startBrowserHarness();
  ({ page, rootUrl } = harness);
});

afterAll(() => harness?.close());

const NAME = '宠物美容店经营备案';

describe('publishing a matter, from the department admin to the printed guide', () => {
  it('lets a department admin create a matter with materials, fixing an inline error, and publish it', async () => {
    await page.goto(`${rootUrl}/admin/matters`);
    await page.getByText('仅部门管理员和大厅管理员可管理事项').waitFor();
    expect(await page.getAttribute('.hall-nav__link[href="/admin/matters"]', 'aria-current')).toBe('page');

    await harness.signInAs(page, '市场监管·部门管理员');
    await page.locator('.matter-list .el-table__body-wrapper tbody tr').first().waitFor();
    await page.getByRole('button', { name: '新建事项' }).click();

    const editor = page.locator('.matter-editor');
    await editor.getByLabel('事项编码').fill('SCJG-BA-901');
    await editor.getByLabel('事项名称').fill(NAME);
    await editor.getByLabel('法定时限（工作日）').fill('20');
    await editor.getByLabel('承诺时限（工作日）').fill('30');
    await editor.getByLabel('承诺时限（工作日）').blur();
    const limitError = editor.getByText('承诺时限不能超过法定时限（20 个工作日）');
    await limitError.waitFor();
    await harness.screenshot(page, 'matter-editor-inline-error.png');
    await editor.getByLabel('承诺时限（工作日）').fill('5');
    await editor.getByLabel('承诺时限（工作日）').blur();
    await limitError.waitFor({ state: 'detached' });

    await editor.getByLabel('关键词').fill('宠物');
    await editor.getByLabel('关键词').press('Enter');
    await editor.getByLabel('受理条件').fill('已取得营业执照，经营场所符合动物防疫条件。');
    await editor.getByLabel('设定依据').fill('《中华人民共和国动物防疫法》第二十四条');
    await editor.getByLabel('设定依据').press('Enter');

    await editor.getByLabel('材料名称（1）').fill('宠物美容店备案申请表');
    await editor.getByLabel('示范文本（1）').fill('https://zwfw.example.gov.cn/templates/pet-grooming.docx');
    await editor.getByRole('button', { name: '添加材料' }).click();
    await editor.getByLabel('材料名称（2）').fill('授权委托书');
    // Element Plus hides the switch's checkbox under its track: click the switch itself.
    await editor.locator('.el-switch', { has: page.getByLabel('必要（2）') }).click();
    await editor.getByLabel('提交情形（2）').fill('委托他人办理时提交');

    await editor.getByRole('button', { name: '添加环节' }).click();
    await editor.getByLabel('环节名称（1）').fill('受理审查');
    await editor.getByLabel('责任岗位（1）').fill('综合窗口');
    await editor.getByLabel('时限（工作日）（1）').fill('2');

    await editor.getByRole('button', { name: '保存草稿' }).click();
    await page.getByText('已创建草稿').waitFor();
    const row = page.locator('.matter-list .el-table__body-wrapper tbody tr', { hasText: NAME });
    await expect.poll(() => row.locator('.matter-list__status').textContent()).toBe('草稿');

    await row.getByRole('button', { name: '发布' }).click();
    await page.locator('.el-message-box').getByRole('button', { name: '确定' }).click();
    await page.getByText('已发布，办事指南已更新').waitFor();
    await expect.poll(() => row.locator('.matter-list__status').textContent()).toBe('已发布');
    await harness.screenshot(page, 'matter-admin-published.png', true);

    // Editing the published version makes version 2 as a draft; the guide keeps version 1 until it is published.
    await row.getByRole('button', { name: '编辑' }).click();
    await editor.getByText('该事项已发布。保存后将生成第 2 版草稿').waitFor();
    await editor.getByLabel('承诺时限（工作日）').fill('4');
    await editor.getByRole('button', { name: '保存为新版本草稿' }).click();
    await page.getByText('已生成第 2 版草稿，发布后替换现行版本').waitFor();
    const versions = page.locator('.matter-list .el-table__body-wrapper tbody tr', { hasText: NAME });
    await expect.poll(() => versions.locator('.matter-list__status').allTextContents()).toEqual(['草稿', '已发布']);

    await versions.first().getByRole('button', { name: '版本记录' }).click();
    const history = page.locator('.matter-history');
    const newVersion = history.locator('.el-timeline-item', { hasText: '生成新版本' });
    await newVersion.waitFor();
    expect(await newVersion.locator('.change-diff tbody').textContent()).toMatch(/承诺时限（工作日）54/);
    const actions = await history.locator('.el-timeline-item .hall-status-tag').allTextContents();
    expect(actions.map((action) => action.trim())).toEqual(['生成新版本', '发布', '创建']);
    await harness.screenshot(page, 'matter-history.png');
    await history.getByRole('button', { name: /关闭|Close/ }).click();
    await history.waitFor({ state: 'hidden' });

    expect(harness.problems).toEqual([]);
  });

  it('shows the public the new matter in the guide, with its materials, and prints it on A4 without the chrome', async () => {
    await page.selectOption('#demo-user', '');
    await expect.poll(() => page.getAttribute('#hall-current-user', 'title')).toContain('未登录');
    await page.goto(`${rootUrl}/guide`);
    await page.getByLabel('搜索事项').fill('宠物美容');
    await page.getByLabel('搜索事项').press('Enter');
    const hit = page.locator('.matter-table tbody button', { hasText: NAME });
    await hit.waitFor();
    await hit.click();
    // The open guide has an address of its own (vue-router inside the app).
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/guide\/matter\/[0-9a-f-]{36}$/);
    const matterPath = new URL(page.url()).pathname;

    const drawer = page.locator('.matter-detail');
    await drawer.locator('.materials-table tbody tr').nth(1).waitFor();
    const materials = await drawer.locator('.materials-table tbody').textContent();
    expect(materials).toContain('宠物美容店备案申请表');
    expect(materials).toContain('委托他人办理时提交');
    expect(await drawer.locator('.process-steps tbody').textContent()).toContain('综合窗口');
    expect(await drawer.textContent()).toContain('《中华人民共和国动物防疫法》第二十四条');
    await harness.screenshot(page, 'service-guide-new-matter.png');

    await drawer.getByRole('link', { name: `打印“${NAME}”办事指南` }).click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/guide\/print\/[0-9a-f-]{36}$/);
    const sheet = page.locator('.guide-print__sheet');
    await sheet.waitFor();
    expect(await sheet.locator('.guide-print__title').textContent()).toBe(`${NAME} 办事指南`);
    expect(await sheet.locator('table.print-table').first().textContent()).toContain('https://zwfw.example.gov.cn/templates/pet-grooming.docx');
    await harness.screenshot(page, 'guide-print-screen.png', true);

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.hall-header').isVisible()).toBe(false);
    expect(await page.locator('.hall-footer').isVisible()).toBe(false);
    expect(await page.locator('.guide-print__toolbar').isVisible()).toBe(false);
    expect(await sheet.isVisible()).toBe(true);
    await harness.screenshot(page, 'guide-print-media.png', true);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // The guide of a matter with two materials and one step fits on one sheet.
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    await writeFile(join(resultsDir, 'guide-print.pdf'), pdf);
    await page.emulateMedia({ media: 'screen' });

    await page.locator('.guide-print__toolbar').getByRole('link', { name: /返回办事指南/ }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/guide');
    await page.locator('.department-menu__item').first().waitFor();

    // Opened from its address, the matter's guide shows over the list; an unknown matter says it does not exist.
    await page.goto(`${rootUrl}${matterPath}`);
    await page.locator('.matter-detail .materials-table tbody tr').nth(1).waitFor();
    expect(await page.locator('.matter-detail__title').textContent()).toBe(NAME);
    await page.goto(`${rootUrl}/guide/matter/00000000-0000-4000-8000-000000000000`);
    await page.locator('.matter-detail').getByText('该事项不存在或已停止办理').waitFor();

    expect(harness.problems).toEqual([]);
  });
});
