import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startBrowserHarness, type BrowserHarness } from './testing/browser-harness';
import { chooseOption } from './testing/element-plus';
import { demoToken, demoUsers, gatewayRequest, type DemoUserEntry } from './testing/gateway-client';

/**
 * 差评整改 as people meet it: the reviewed department cannot rectify a review the hall has not verified (the refusal,
 * translated); the hall manager verifies it with a tag and calls the applicant back; the department rectifies; a
 * second review is appealed by the department and the hall upholds the appeal. The real back end and Chromium.
 */

let harness: BrowserHarness;
let admin: DemoUserEntry;
let review: { id: string; number: string };
let appealed: { id: string; number: string };

const APPLICANT = { applicantName: '陈晓雯', applicantIdNumber: '11010519491231002X', applicantPhone: '13957160328' };

beforeAll(async () => {
  harness = await startBrowserHarness();
  const { gatewayOrigin, gatewayUrl } = harness.platform;
  const users = await demoUsers(gatewayOrigin);
  const manager = users.find((user) => user.role === 'manager');
  if (!manager) throw new Error('no demo manager');
  const token = await demoToken(gatewayOrigin, manager.id);
  // Two instant cases of a department with a demo admin, done on the spot, then reviewed badly with their evaluation
  // codes as applicants would (一事一评): a real-name one (it needs the callback before it is closed), one to appeal.
  for (const candidate of users.filter((user) => user.role === 'dept_admin' && user.dept)) {
    const { department } = await gatewayRequest<{
      department: { matters: Array<{ id: string; kind: string }>; staff: Array<{ id: string }> | null } | null;
    }>(gatewayUrl, token, 'query ($id: ID!) { department(id: $id) { matters(first: 200) { id kind } staff { id } } }', {
      id: candidate.dept,
    });
    const instant = department?.matters.find((matter) => matter.kind === 'INSTANT');
    const owner = department?.staff?.[0];
    if (!instant || !owner) continue;
    const given: Array<{ id: string; number: string }> = [];
    for (const [level, realName, comment] of [
      [1, true, '窗口没有一次性告知所需材料，跑了两趟'],
      [2, false, '等候时间太长'],
    ] as const) {
      const { registerCase } = await gatewayRequest<{ registerCase: { number: string; evaluationCode: string } }>(
        gatewayUrl,
        token,
        'mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { number evaluationCode } }',
        { input: { matterId: instant.id, ...APPLICANT, firstOwnerStaffId: owner.id, completeOnTheSpot: true } },
      );
      const { evaluateCase } = await gatewayRequest<{ evaluateCase: { id: string } }>(
        gatewayUrl,
        null,
        'mutation ($input: EvaluateCaseInput!) { evaluateCase(input: $input) { id } }',
        { input: { code: registerCase.evaluationCode, level, channel: 'PC', comment, realName } },
      );
      given.push({ id: evaluateCase.id, number: registerCase.number });
    }
    admin = candidate;
    [review, appealed] = given as [(typeof given)[number], (typeof given)[number]];
    break;
  }
  if (!admin) throw new Error('no department with a demo admin publishes an instant matter and has staff');
});

afterAll(() => harness?.close());

/** The review's row, expanded to its detail (history and steps). */
async function detail(page: Page, target: { id: string; number: string }) {
  const box = page.locator(`.desk-detail[data-review="${target.id}"]`);
  const row = page.locator('.bad-review-desk tr.el-table__row', { hasText: target.number });
  await row.first().waitFor();
  if (!(await box.isVisible())) await row.first().locator('.el-table__expand-icon').click();
  await box.waitFor();
  return { box, row: row.first() };
}

/** Takes a step from the review's detail: the dialog's text, then its button. */
async function step(page: Page, target: { id: string; number: string }, action: string, label: string, text: string) {
  const { box } = await detail(page, target);
  await box.getByRole('button', { name: action, exact: true }).click();
  const dialog = page.locator('.desk-dialog:visible');
  await dialog.waitFor();
  await dialog.getByLabel(label).fill(text);
  await dialog.locator('.el-dialog__footer').getByRole('button', { name: action, exact: true }).click();
  return dialog;
}

describe('the bad-review desk (差评整改)', () => {
  it('refuses the department’s rectification of an unverified review, in Chinese, and changes nothing', async () => {
    const page = await harness.newPage();
    await page.goto(`${harness.rootUrl}/rectifications/bad-reviews`);
    await harness.signInAs(page, admin.label);
    await expect.poll(() => page.getAttribute('.hall-nav__link[href="/rectifications"]', 'aria-current')).toBe('page');
    const dialog = await step(page, review, '整改完成', '整改措施与结果', '已组织窗口人员学习一次性告知制度。');
    await dialog.locator('.desk-dialog__refusal', { hasText: '该差评当前为“待整改”，不能整改完成' }).waitFor();
    await harness.screenshot(page, 'bad-review-refused.png');
    await dialog.getByRole('button', { name: '取消' }).click();
    const { row } = await detail(page, review);
    expect(await row.locator('.desk-status').textContent()).toContain('待整改');
    await page.close();
    expect(harness.problems).toEqual([]);
  });

  it('lets the manager verify with a tag and call back, then the department rectify', async () => {
    const manager = await harness.newPage();
    await manager.goto(`${harness.rootUrl}/supervision/bad-reviews`);
    await harness.signInAs(manager, '大厅管理员');
    await manager.locator('.desk-kpis [data-kpi="onTimeRate"]').waitFor();

    const { box } = await detail(manager, review);
    await box.getByRole('button', { name: '核实', exact: true }).click();
    const verify = manager.locator('.desk-dialog:visible');
    await verify.waitFor();
    await chooseOption(
      verify.locator('.el-form-item', { has: manager.locator('.el-form-item__label', { hasText: /^差评标签$/ }) }).locator('.el-select__wrapper'),
      '未一次性告知',
    );
    await verify.locator('.el-dialog__title').click();
    await verify.getByLabel('核实情况').fill('调阅窗口录像，确认未一次性告知所需材料。');
    await verify.locator('.el-dialog__footer').getByRole('button', { name: '核实', exact: true }).click();
    await manager.locator('.el-message--success', { hasText: '已办理：核实' }).waitFor();
    const { row } = await detail(manager, review);
    await expect.poll(() => row.locator('.desk-status').textContent()).toContain('整改中');
    expect(await row.textContent()).toContain('未一次性告知');

    await step(manager, review, '回访', '回访情况', '电话回访申请人，已说明整改安排，申请人表示认可。');
    await manager.locator('.el-message--success', { hasText: '已办理：回访' }).waitFor();
    await harness.screenshot(manager, 'bad-review-verified.png', true);

    const department = await harness.newPage();
    await department.goto(`${harness.rootUrl}/rectifications/bad-reviews`);
    await harness.signInAs(department, admin.label);
    await step(department, review, '整改完成', '整改措施与结果', '已将材料清单制成桌牌，首席代表每日抽查一次性告知。');
    await department.locator('.el-message--success', { hasText: '已办理：整改完成' }).waitFor();
    const done = await detail(department, review);
    await expect.poll(() => done.row.locator('.desk-status').textContent()).toContain('整改完成');
    expect(await done.box.locator('.desk-history').textContent()).toMatch(/核实.*回访.*整改完成/s);
    await harness.screenshot(department, 'bad-review-rectified.png', true);

    await manager.reload();
    await detail(manager, review);
    await manager.locator('#hall-locale-toggle').click();
    await expect.poll(() => manager.locator('.supervision__tabs .el-tabs__item.is-active').textContent()).toContain('Bad reviews');
    await expect
      .poll(() => manager.locator('.bad-review-desk tr.el-table__row', { hasText: review.number }).first().textContent())
      .toContain('Rectified');
    expect(await manager.locator('.desk-kpis').first().textContent()).toContain('Rectified on time');
    await harness.screenshot(manager, 'bad-review-desk-en.png', true);
    await manager.locator('#hall-locale-toggle').click();
    await expect.poll(() => manager.locator('.supervision__tabs .el-tabs__item.is-active').textContent()).toContain('差评整改');
    await manager.close();
    await department.close();
    expect(harness.problems).toEqual([]);
  });

  it('lets the department appeal a review and the manager uphold the appeal', async () => {
    const department = await harness.newPage();
    await department.goto(`${harness.rootUrl}/rectifications/bad-reviews`);
    await harness.signInAs(department, admin.label);
    await step(department, appealed, '申诉复核', '申诉理由', '该办件按承诺时限办结，评价内容与本部门无关。');
    await department.locator('.el-message--success', { hasText: '已办理：申诉复核' }).waitFor();
    const filed = await detail(department, appealed);
    await expect.poll(() => filed.row.locator('.desk-status').textContent()).toContain('申诉复核中');

    const manager = await harness.newPage();
    await manager.goto(`${harness.rootUrl}/supervision/bad-reviews`);
    await harness.signInAs(manager, '大厅管理员');
    await step(manager, appealed, '申诉成立', '复核意见', '经核查属误评，申诉成立。');
    await manager.locator('.el-message--success', { hasText: '已办理：申诉成立' }).waitFor();
    const decided = await detail(manager, appealed);
    await expect.poll(() => decided.row.locator('.desk-status').textContent()).toContain('无效差评');
    expect(await decided.box.textContent()).toContain('申诉成立');
    await manager.close();
    await department.close();
    expect(harness.problems).toEqual([]);
  });
});
