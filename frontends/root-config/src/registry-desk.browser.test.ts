import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHarness, type BrowserHarness } from './testing/browser-harness';
import { demoToken, demoUsers, gatewayRequest } from './testing/gateway-client';

/**
 * The 不动产登记中心's own subgraph (registry) in the case desk: a clerk of the centre opens one of its cases, sees its
 * property registration's stage as steps, records the next stage and sees it move; the registry refuses a stage someone
 * else already recorded (CONFLICT) and CERTIFIED without a certificate number (BAD_USER_INPUT), and the desk says so in
 * the registry's words. Another department's clerk sees the desk as before, with no registration panel. The real back
 * end (the registry started by the platform from subgraphs.json), the built micro-frontends, the root page and Chromium.
 */

let harness: BrowserHarness;
let clerkToken: string;
let clerk: { label: string; name: string; departmentId: string };
let bdcAdminLabel: string;
let otherAdminLabel: string;

interface Registration {
  stage: string;
  case: { id: string; number: string };
}

const asClerk = <T>(query: string, variables?: Record<string, unknown>) =>
  gatewayRequest<T>(harness.platform.gatewayUrl, clerkToken, query, variables);

const RECORD = `mutation ($caseId: ID!, $stage: RegistrationStage!, $certificateNumber: String) {
  recordRegistrationStage(caseId: $caseId, stage: $stage, certificateNumber: $certificateNumber) { stage }
}`;

beforeAll(async () => {
  harness = await startBrowserHarness();
  const { departments } = await gatewayRequest<{ departments: Array<{ id: string; code: string }> }>(
    harness.platform.gatewayUrl,
    null,
    `{ departments { id code } }`,
  );
  const bdc = departments.find((department) => department.code === 'BDC');
  const users = await demoUsers(harness.platform.gatewayOrigin);
  const member = users.find((user) => user.role === 'staff' && user.dept === bdc?.id);
  const admin = users.find((user) => user.role === 'dept_admin' && user.dept === bdc?.id);
  const otherAdmin = users.find((user) => user.role === 'dept_admin' && user.dept !== bdc?.id);
  if (!bdc || !member || !admin || !otherAdmin) throw new Error('the demo sign-in lacks a clerk or an admin of the BDC (不动产登记中心), or another admin');
  bdcAdminLabel = admin.label;
  otherAdminLabel = otherAdmin.label;
  clerk = { label: member.label, name: member.name, departmentId: bdc.id };
  clerkToken = await demoToken(harness.platform.gatewayOrigin, member.id);
});

afterAll(() => harness?.close());

describe('the property registration in the case desk', () => {
  it('a clerk of the 不动产登记中心 records the next stages; the registry’s refusals are shown', async () => {
    const { rootUrl, problems, page } = harness;
    const { registrations } = await asClerk<{ registrations: Registration[] }>(
      `{ registrations(stage: ACCEPTED) { stage case { id number } } }`,
    );
    const target = registrations[0];
    if (!target) throw new Error('the demo hall has no registration at ACCEPTED');

    await page.goto(rootUrl);
    await harness.signInAs(page, clerk.label);
    await page.locator('.hall-nav__link', { hasText: '办件受理' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/desk');
    await page.locator('.case-table').getByRole('button', { name: target.case.number }).first().click();

    const drawer = page.locator('.case-drawer');
    const panel = drawer.locator('.case-registration');
    await panel.waitFor();
    expect(await panel.locator('h3').textContent()).toBe('不动产登记');
    expect(await panel.locator('.case-registration__current').textContent()).toBe('当前环节：受理');
    expect(await panel.locator('.el-step__title').allTextContents()).toEqual(['受理', '审核', '登簿', '缮证', '发证']);
    await expect.poll(() => panel.locator('.el-step__head.is-success').count()).toBe(1);
    expect(await panel.locator('.case-registration__unit').textContent()).toMatch(/^[0-9A-Z]{28}$/);
    expect(await panel.locator('.case-registration__certificate').textContent()).toBe('—');

    // 审核: recorded, the steps move on, the history grows.
    await panel.getByRole('button', { name: '登记下一环节：审核' }).click();
    await expect.poll(() => panel.locator('.case-registration__current').textContent()).toBe('当前环节：审核');
    await expect.poll(() => panel.locator('.el-step__head.is-success').count()).toBe(2);
    expect(await panel.locator('.case-registration__step-stage').allTextContents()).toEqual(['受理', '审核']);
    await expect.poll(() => panel.locator('.case-registration__step').last().textContent()).toContain(`${clerk.name}（窗口工作人员）`);
    await harness.screenshot(page, 'registry-desk-reviewed.png');

    // Someone else enters it in the register (登簿) meanwhile: the desk's 登簿 is refused as the registry says.
    await asClerk(RECORD, { caseId: target.case.id, stage: 'RECORDED' });
    await panel.getByRole('button', { name: '登记下一环节：登簿' }).click();
    const alert = panel.locator('[role="alert"]');
    await expect.poll(() => alert.textContent()).toContain('登记环节已变化，不能跳过或回退环节');
    expect(await alert.textContent()).toContain('the registration is at RECORDED: the next stage is CERTIFIED');
    await harness.screenshot(page, 'registry-desk-conflict.png');
    await panel.getByRole('button', { name: '刷新登记进度' }).click();
    await expect.poll(() => panel.locator('.case-registration__current').textContent()).toBe('当前环节：登簿');

    // 缮证 without the certificate number: BAD_USER_INPUT, in the registry's words; then with it.
    await panel.getByRole('button', { name: '登记下一环节：缮证' }).click();
    await expect.poll(() => panel.locator('[role="alert"]').textContent()).toContain('登记信息有误');
    expect(await panel.locator('[role="alert"]').textContent()).toContain('CERTIFIED (缮证) needs the certificate number');
    expect(await panel.locator('.case-registration__current').textContent()).toBe('当前环节：登簿');
    await harness.screenshot(page, 'registry-desk-certificate-missing.png');
    await panel.getByLabel('不动产权证书号').fill('浙(2026)临江市不动产权第0900001号');
    await panel.getByRole('button', { name: '登记下一环节：缮证' }).click();
    await expect.poll(() => panel.locator('.case-registration__current').textContent()).toBe('当前环节：缮证');
    expect(await panel.locator('.case-registration__certificate').textContent()).toBe('浙(2026)临江市不动产权第0900001号');
    expect(await panel.locator('[role="alert"]').count()).toBe(0);
    expect(await panel.locator('.case-registration__step-stage').allTextContents()).toEqual(['受理', '审核', '登簿', '缮证']);

    // The registry answers the same through the gateway.
    const { case: stored } = await asClerk<{ case: { registration: { stage: string; steps: Array<{ stage: string }> } | null } }>(
      `query ($id: ID!) { case(id: $id) { registration { stage steps { stage } } } }`,
      { id: target.case.id },
    );
    expect(stored.registration?.stage).toBe('CERTIFIED');

    // In English: the drawer closed, the language switched, the case opened again.
    await drawer
      .getByRole('button', { name: /关闭|Close/ })
      .first()
      .click();
    await drawer.waitFor({ state: 'hidden' });
    await page.locator('#hall-locale-toggle').click();
    await page.locator('.case-table').getByRole('button', { name: target.case.number }).first().click();
    await expect.poll(() => panel.locator('h3').textContent()).toBe('Property registration');
    expect(await panel.locator('.case-registration__current').textContent()).toBe('Current stage: Certified');
    expect(await panel.getByRole('button', { name: 'Record the next stage: Issued' }).count()).toBe(1);
    await harness.screenshot(page, 'registry-desk-en.png', true);
    await drawer
      .getByRole('button', { name: /关闭|Close/ })
      .first()
      .click();
    await drawer.waitFor({ state: 'hidden' });
    await page.locator('#hall-locale-toggle').click();

    expect(problems).toEqual([]);
  });

  it('another department’s clerk sees the case desk as before, without a registration panel', async () => {
    const { rootUrl, problems } = harness;
    const users = await demoUsers(harness.platform.gatewayOrigin);
    const other = users.find((user) => user.role === 'staff' && user.dept && user.dept !== clerk.departmentId);
    if (!other) throw new Error('the demo users lack a clerk of another department');
    const page = await harness.newPage();
    await page.goto(rootUrl);
    await harness.signInAs(page, other.label);
    await page.locator('.hall-nav__link', { hasText: '办件受理' }).click();
    await page.locator('.case-table .case-table__number').first().click();
    const drawer = page.locator('.case-drawer');
    await drawer.locator('.case-timeline').waitFor();
    expect(await drawer.locator('.case-registration').count()).toBe(0);
    expect(await drawer.textContent()).not.toContain('不动产登记系统暂时无法访问');
    await page.close();
    expect(problems).toEqual([]);
  });

  it('the 不动产登记中心’s admin sets a matter’s appointment quota in the matter admin; the registry refuses 250', async () => {
    const { rootUrl, problems } = harness;
    const page = await harness.newPage();
    await page.goto(`${rootUrl}/admin/matters`);
    await harness.signInAs(page, bdcAdminLabel);
    const row = page.locator('.matter-list .el-table__body-wrapper tbody tr', { hasText: '已发布' }).first();
    await row.waitFor();
    const matterName = ((await row.locator('.matter-list__name').textContent()) ?? '').trim();
    await row.getByRole('button', { name: '预约号源' }).click();
    const dialog = page.locator('.appointment-quota');
    await expect.poll(() => dialog.locator('.el-dialog__title').textContent()).toBe(`预约号源：${matterName}`);
    await dialog.getByLabel('上午').first().fill('20');
    await dialog.getByLabel('下午').first().fill('15');
    await dialog.getByRole('button', { name: '保存号源' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await harness.screenshot(page, 'registry-quota-saved.png');

    // Opened again: the registry's quota, through the federation; 250 in the morning is the registry's to refuse.
    await row.getByRole('button', { name: '预约号源' }).click();
    await expect.poll(() => dialog.getByLabel('上午').first().inputValue()).toBe('20');
    expect(await dialog.getByLabel('下午').first().inputValue()).toBe('15');
    expect(await dialog.locator('.appointment-quota__current').textContent()).toContain('最近设置于');
    await dialog.getByLabel('上午').first().fill('250');
    await dialog.getByRole('button', { name: '保存号源' }).click();
    await expect.poll(() => dialog.locator('.el-form-item__error').first().textContent()).toContain('每个半天 0–200 个号源');
    await harness.screenshot(page, 'registry-quota-refused.png');
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // In English: the dialog's words and the registry's refusal.
    await page.locator('#hall-locale-toggle').click();
    const published = page.locator('.matter-list .el-table__body-wrapper tbody tr').filter({ hasText: matterName }).filter({ hasText: 'Published' });
    await published.first().getByRole('button', { name: 'Appointments' }).click();
    await expect.poll(() => dialog.locator('.el-dialog__title').textContent()).toBe(`Appointment quota: ${matterName}`);
    await expect.poll(() => dialog.getByLabel('Morning').first().inputValue()).toBe('20');
    await dialog.getByLabel('Morning').first().fill('250');
    await dialog.getByRole('button', { name: 'Save quota' }).click();
    await expect.poll(() => dialog.locator('.el-form-item__error').first().textContent()).toContain('0–200 appointments a half-day');
    await harness.screenshot(page, 'registry-quota-refused-en.png', true);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('#hall-locale-toggle').click();

    const { matters } = await asClerk<{ matters: Array<{ name: string; appointmentQuota: { morning: number; afternoon: number } | null }> }>(
      `query ($filter: MatterFilter) { matters(filter: $filter, first: 200) { name appointmentQuota { morning afternoon } } }`,
      { filter: { departmentId: clerk.departmentId, status: 'PUBLISHED' } },
    );
    expect(matters.find((matter) => matter.name === matterName)?.appointmentQuota).toEqual({ morning: 20, afternoon: 15 });

    // Another department's admin is offered no quota on their matters.
    await harness.signInAs(page, otherAdminLabel);
    const rows = page.locator('.matter-list .el-table__body-wrapper tbody tr');
    // Once the list shows the other department's matters (none of the BDC's left), none of them offers a quota.
    await expect.poll(async () => (await rows.count()) > 0 && (await rows.filter({ hasText: matterName }).count()) === 0).toBe(true);
    expect(await page.locator('.matter-list__quota').count()).toBe(0);
    await page.close();
    expect(problems).toEqual([]);
  });
});
