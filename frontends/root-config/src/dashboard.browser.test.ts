import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resultsDir, startBrowserHarness, type BrowserHarness } from './testing/browser-harness';
import { demoToken, demoUsers, gatewayRequest } from './testing/gateway-client';

/**
 * The hall manager's supervision dashboard (监督看板) as people meet it: a polite notice for anyone else, every
 * section with all four subgraphs up, and — with the inspections subgraph stopped — every other section still there
 * and the inspection sections marked 暂不可用. The real back end, the built micro-frontends, the root page and Chromium.
 */

let harness: BrowserHarness;

beforeAll(async () => {
  harness = await startBrowserHarness();
}, 240_000);
afterAll(() => harness?.close());

const SECTIONS = ['kpi-cases', 'kpi-evaluations', 'kpi-duty', 'kpi-inspections', 'departments', 'warnings', 'rectifications', 'empty-windows', 'referrals'];
const CHARTS = ['chart-daily', 'chart-satisfaction', 'chart-ranking', 'chart-warnings', 'chart-waits'];

describe('the supervision dashboard', () => {
  it('tells anyone but the manager politely that it is the manager’s', async () => {
    const { page } = harness;
    await page.goto(`${harness.rootUrl}/dashboard`);
    await expect.poll(() => page.locator('.dashboard').textContent(), { timeout: 20_000 }).toContain('仅供大厅管理员使用');
    await expect.poll(() => page.locator('a.hall-nav__link[href="/dashboard"]').textContent()).toBe('监督看板');
  });

  it('shows every section across the four subgraphs to the manager', async () => {
    const { page } = harness;
    await harness.signInAs(page, '大厅管理员');
    for (const section of SECTIONS) await page.locator(`[data-section="${section}"]`).waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-unavailable]').count()).toBe(0);
    // The KPI cards show figures, the ranking lists every department, the charts are drawn.
    expect(await page.locator('[data-section="kpi-cases"] dd').count()).toBeGreaterThan(3);
    expect(await page.locator('[data-section="departments"] .el-table__body tr').count()).toBeGreaterThan(5);
    const drawn = await Promise.all(CHARTS.map((chart) => page.locator(`[data-section="${chart}"] svg, [data-section="${chart}"] .hall-empty-state`).count()));
    expect(drawn.every((count) => count > 0)).toBe(true);
    // A warning case links to the case desk with its id.
    const link = page.locator('[data-section="warnings"] a[href^="/desk?case="]').first();
    if ((await page.locator('[data-section="warnings"] .el-table__body tr').count()) > 0) expect(await link.getAttribute('href')).toMatch(/^\/desk\?case=[0-9a-f-]{36}$/);
    await harness.screenshot(page, 'dashboard-all-up.png', true);
    expect(harness.problems).toEqual([]);
  });

  it('groups branch offices under their bureau, unfolds them, and finds a branch by name, in Chinese and English', async () => {
    const { page } = harness;
    const users = await demoUsers(harness.platform.gatewayOrigin);
    const manager = users.find((user) => user.role === 'manager');
    if (!manager) throw new Error('no demo manager');
    const token = await demoToken(harness.platform.gatewayOrigin, manager.id);
    const { departments } = await gatewayRequest<{ departments: Array<{ id: string; name: string }> }>(harness.platform.gatewayUrl, token, '{ departments { id name } }');
    const [bureau, other] = departments;
    if (!bureau || !other) throw new Error('the demo hall needs departments');
    const branchName = `${bureau.name}江北分局`;
    await gatewayRequest(harness.platform.gatewayUrl, token, 'mutation ($input: DepartmentInput!) { createDepartment(input: $input) { id } }', {
      input: { code: 'QABRANCH', name: branchName, shortName: '江北分局', hallZone: 'B区', contactPhone: '0571-87000002', parentId: bureau.id },
    });

    await page.goto(`${harness.rootUrl}/dashboard`);
    await harness.signInAs(page, '大厅管理员');
    const table = page.locator('[data-section="departments"]');
    const bureauRow = table.locator('.el-table__body tr', { hasText: bureau.name }).first();
    await expect.poll(() => bureauRow.textContent(), { timeout: 30_000 }).toContain('（含 1 个分支机构）');
    // Folded: the branch's row is there but hidden until its bureau unfolds.
    const branchRow = table.locator('.el-table__body tr', { hasText: branchName }).first();
    expect(await branchRow.isVisible()).toBe(false);
    await bureauRow.locator('.el-table__expand-icon').click();
    await branchRow.waitFor({ state: 'visible' });

    await table.getByPlaceholder('按部门名称或编码筛选').fill('江北分局');
    await expect.poll(() => table.locator('.el-table__body tr').count()).toBe(2);
    await branchRow.waitFor({ state: 'visible' });
    expect(await table.locator('.el-table__body').textContent()).not.toContain(other.name);
    await harness.screenshot(page, 'dashboard-branches.png');
    await page.locator('#hall-locale-toggle').click();
    await expect.poll(() => bureauRow.textContent()).toContain('(branch offices: 1)');
    await page.locator('#hall-locale-toggle').click();
    await table.getByPlaceholder('按部门名称或编码筛选').fill('');
    expect(harness.problems).toEqual([]);
  });

  it('goes from the board to last month’s report and back inside the app, without reloading the page', async () => {
    const { page } = harness;
    await page.goto(`${harness.rootUrl}/dashboard`);
    await page.locator('[data-section="kpi-cases"]').waitFor({ timeout: 30_000 });
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
    await page.locator('.dashboard__report-link').click();
    await page.waitForURL(/\/dashboard\/report\/\d{4}-\d{2}$/);
    await expect.poll(() => page.locator('.monthly-report h1').textContent(), { timeout: 30_000 }).toMatch(/^\d{4}-\d{2} 月度通报$/);
    await page.locator('.monthly-report a', { hasText: '返回监督看板' }).click();
    await page.waitForURL(/\/dashboard$/);
    await page.locator('[data-section="kpi-cases"]').waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => '__sameDocument' in window)).toBe(true);
    expect(harness.problems).toEqual([]);
  });

  it('writes the monthly report: recognition confirmed, A4 print and an Excel workbook', async () => {
    const { page } = harness;
    await page.goto(`${harness.rootUrl}/dashboard/report/2026-11`);
    for (const part of ['summary', 'rankings', 'idle', 'overdue', 'bad-reviews', 'inspections', 'recognition', 'flags', 'buck-passing']) {
      await page.locator(`[data-report="${part}"]`).waitFor({ timeout: 30_000 });
    }
    expect(await page.locator('.monthly-report [data-unavailable]').count()).toBe(0);
    await expect.poll(() => page.locator('.monthly-report h1').textContent()).toBe('2026-11 月度通报');
    // Statuses are printed as their Chinese labels, never as the raw enum values.
    const RAW_ENUM = /\b(SUBMITTED|ACCEPTED|UNDER_REVIEW|SUSPENDED|APPROVED|COMPLETED|DELIVERED|PENDING|IN_PROGRESS|DONE|INVALID|SERVICE_STAR|RED_FLAG_WINDOW)\b/;
    expect(await page.locator('.monthly-report').textContent()).not.toMatch(RAW_ENUM);
    const confirm = page.locator('[data-report="recognition"] button', { hasText: '确认' }).first();
    if ((await confirm.count()) > 0) {
      await confirm.click();
      await expect.poll(() => page.locator('[data-report="recognition"]').textContent()).toContain('已由');
    }
    await harness.screenshot(page, 'dashboard-report.png', true);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Excel' }).click()]);
    expect(download.suggestedFilename()).toBe('月度通报-2026-11.xlsx');
    const bytes = await readFile((await download.path()) as string);
    await writeFile(join(resultsDir, 'monthly-report-2026-11.xlsx'), bytes);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['汇总', '部门排名', '超期办件', '差评处理', '暗访结果', '表彰', '诚信预警', '零推诿']);
    expect(workbook.getWorksheet('汇总')?.getRow(2).values).toEqual([undefined, '受理件数', expect.any(Number)]);
    const overdueStatuses = (workbook.getWorksheet('超期办件')?.getColumn(6).values ?? []).slice(2);
    expect(overdueStatuses.length).toBeGreaterThan(0);
    for (const status of overdueStatuses) expect(String(status)).not.toMatch(RAW_ENUM);

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.hall-header').isVisible()).toBe(false);
    expect(await page.locator('.monthly-report .report-no-print').first().isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await writeFile(join(resultsDir, 'monthly-report-2026-11.pdf'), pdf);
    await harness.screenshot(page, 'dashboard-report-print.png', true);
    await page.emulateMedia({ media: 'screen' });
    expect(harness.problems).toEqual([]);
  });

  it('publishes a closed month’s report, frozen, refuses the current month, and sets the report rules, in Chinese and English', async () => {
    const { page } = harness;
    // Months as the hall counts them (Asia/Shanghai): the current one cannot be published, the one before can.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
    const current = today.slice(0, 7);
    const [year, month] = current.split('-').map(Number) as [number, number];
    const closed = month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;

    await page.goto(`${harness.rootUrl}/dashboard/report/${current}`);
    await page.locator('[data-report="live"]').waitFor({ timeout: 30_000 });
    await page.locator('[data-action="publish"]').click();
    await page.locator('.el-message-box').getByRole('button', { name: /确定|OK/ }).click();
    await expect.poll(() => page.locator('[data-report="publish-refused"]').textContent(), { timeout: 15_000 }).toContain('尚未结束');

    // The rules: the server refuses a share above 100 % beside its field, then takes a whole set.
    await page.getByRole('button', { name: '通报规则' }).click();
    const dialog = page.locator('.report-rules');
    await dialog.waitFor();
    const share = dialog.locator('[data-rule="invalidShare"] input');
    await share.fill('150');
    await share.blur();
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => dialog.locator('[data-rule="invalidShare"] .el-form-item__error').textContent(), { timeout: 15_000 }).toContain('不能大于 100%');
    await share.fill('60');
    await share.blur();
    const streak = dialog.locator('[data-rule="implausibleStreak"] input');
    await streak.fill('25');
    await streak.blur();
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'hidden', timeout: 15_000 });
    await expect.poll(() => page.locator('[data-report="flags"] .report-rule').textContent()).toContain('连续 25 次');
    await expect.poll(() => page.locator('[data-report="flags"] .report-rule').textContent()).toContain('60%');

    await page.goto(`${harness.rootUrl}/dashboard/report/${closed}`);
    await page.locator('[data-report="live"]').waitFor({ timeout: 30_000 });
    await page.locator('[data-action="publish"]').click();
    await page.locator('.el-message-box').getByRole('button', { name: /确定|OK/ }).click();
    await expect.poll(() => page.locator('[data-report="published"]').textContent(), { timeout: 30_000 }).toContain('已冻结');
    expect(await page.locator('[data-action="publish"]').count()).toBe(0);
    await harness.screenshot(page, 'dashboard-report-published.png', true);
    await page.locator('#hall-locale-toggle').click();
    await expect.poll(() => page.locator('[data-report="published"]').textContent()).toContain('frozen');
    await page.locator('#hall-locale-toggle').click();
    // Rules restored, so that the other tests see the hall's defaults.
    const manager = (await demoUsers(harness.platform.gatewayOrigin)).find((user) => user.role === 'manager');
    if (!manager) throw new Error('no demo manager');
    await gatewayRequest(harness.platform.gatewayUrl, await demoToken(harness.platform.gatewayOrigin, manager.id), 'mutation ($input: ReportRulesInput!) { setReportRules(input: $input) { minEvaluations } }', {
      input: { minRankedCases: 30, minEvaluations: 3, minCompletedForRate: 10, minEvaluationRate: 0.5, implausibleStreak: 30, minBadReviews: 3, invalidShare: 0.5, quietInspections: 3 },
    });
    expect(harness.problems).toEqual([]);
  });

  it('keeps every other section when the inspections subgraph is down, marking inspections unavailable', async () => {
    const { page } = harness;
    await page.goto(`${harness.rootUrl}/dashboard`);
    for (const section of SECTIONS) await page.locator(`[data-section="${section}"]`).waitFor({ timeout: 30_000 });
    await harness.platform.stopSubgraph('inspections');
    await page.getByRole('button', { name: '刷新' }).click();
    await page.locator('[data-section="kpi-inspections"] [data-unavailable="inspections"]').waitFor({ timeout: 30_000 });
    await page.locator('[data-section="rectifications"] [data-unavailable="inspections"]').waitFor();
    await expect.poll(() => page.locator('.dashboard__partial').textContent()).toContain('暗访');
    // Every other section still shows its figures.
    for (const section of ['kpi-cases', 'kpi-evaluations', 'kpi-duty', 'departments', 'warnings', 'empty-windows', 'referrals', 'chart-daily', 'chart-waits']) {
      expect(await page.locator(`[data-section="${section}"] [data-unavailable]`).count(), section).toBe(0);
    }
    expect(await page.locator('[data-section="kpi-cases"] dd').count()).toBeGreaterThan(3);
    expect(await page.locator('[data-section="departments"] .el-table__body tr').count()).toBeGreaterThan(5);
    await expect.poll(() => page.locator('[data-section="departments"]').textContent()).toContain('部分指标暂不可用');
    await harness.screenshot(page, 'dashboard-inspections-down.png', true);
    expect(harness.problems).toEqual([]);
  });
});
