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
  const member = (await demoUsers(harness.platform.gatewayOrigin)).find((user) => user.role === 'staff' && user.dept === bdc?.id);
  if (!bdc || !member) throw new Error('the demo sign-in has no clerk of the BDC (不动产登记中心)');
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
});
