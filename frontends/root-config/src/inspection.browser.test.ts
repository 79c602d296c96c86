import { crc32, deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHarness, type BrowserHarness } from './testing/browser-harness';
import { demoToken, demoUsers, gatewayRequest, type DemoUserEntry } from './testing/gateway-client';

/**
 * A mystery-shopper inspection as people meet it: a social supervisor records a planned visit on a phone-sized
 * screen (a serious failure with its required comment, a photo) and submits it; the inspected department's admin
 * then finds the rectification order it opened and responds. The real back end, the built micro-frontends, the
 * root page and Chromium.
 */

let harness: BrowserHarness;
let supervisor: DemoUserEntry;
let admin: DemoUserEntry;
let visit: { id: string; window: { number: string; name: string }; department: { id: string; name: string } };

const SERIOUS_ITEM = 'EFF-1';
const COMMENT = '咨询设立登记时只告知带身份证，未告知需提交登记申请书，需二次跑动';

/** A real, small PNG (a 16×16 red square), built by hand so the server's magic-byte check sees a PNG. */
function tinyPng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const size = 16;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(size * 3, Buffer.from([200, 22, 29]))]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: size }, () => row)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}

beforeAll(async () => {
  harness = await startBrowserHarness();
  const { gatewayOrigin, gatewayUrl } = harness.platform;
  const users = await demoUsers(gatewayOrigin);
  const admins = users.filter((user) => user.role === 'dept_admin');
  // A planned visit of a demo supervisor to a department that has a demo admin to receive the order.
  for (const candidate of users.filter((user) => user.role === 'supervisor')) {
    const token = await demoToken(gatewayOrigin, candidate.id);
    const { inspections } = await gatewayRequest<{ inspections: Array<typeof visit> }>(
      gatewayUrl,
      token,
      '{ inspections(status: PLANNED) { id window { number name } department { id name } } }',
    );
    const match = inspections.find((inspection) => admins.some((user) => user.dept === inspection.department.id));
    if (match) {
      supervisor = candidate;
      visit = match;
      admin = admins.find((user) => user.dept === match.department.id) as DemoUserEntry;
      break;
    }
  }
  if (!visit) throw new Error('no demo supervisor has a planned visit to a department with a demo admin');
});

afterAll(() => harness?.close());

describe('a mystery-shopper inspection, from the supervisor’s phone to the department’s rectification', () => {
  it('lets a supervisor record a planned visit on a 360-pixel phone, with a required comment and a photo, and submit it', async () => {
    const page = await harness.newPage({ width: 360, height: 740 });
    await page.goto(`${harness.rootUrl}/inspect`);
    await harness.signInAs(page, supervisor.label);
    await expect.poll(() => page.getAttribute('.hall-nav__link[href="/inspect"]', 'aria-current')).toBe('page');

    const link = page.locator(`a.assignment-list__item[href="/inspect/${visit.id}"]`);
    await link.waitFor();
    await harness.screenshot(page, 'inspect-assignments-phone.png');
    await link.click();

    const form = page.locator('.visit-form');
    await form.waitFor();
    expect(await form.locator('.visit-header__window').textContent()).toContain(visit.window.name);
    await harness.screenshot(page, 'inspect-visit-top-phone.png');
    await form.getByRole('button', { name: '记为现在' }).click();
    await form.getByLabel('模拟办事情景').fill('咨询个体工商户设立登记所需材料及办理时限');

    const items = form.locator('.checklist-item');
    const count = await items.count();
    expect(count).toBeGreaterThan(10);
    for (let index = 0; index < count; index += 1) {
      const item = items.nth(index);
      const outcome = (await item.getAttribute('data-item')) === SERIOUS_ITEM ? '不合格' : '合格';
      await item.locator('.el-radio-button__inner', { hasText: new RegExp(`^\\s*${outcome}\\s*$`) }).click();
    }
    const serious = form.locator(`.checklist-item[data-item="${SERIOUS_ITEM}"]`);
    expect(await serious.locator('.checklist-item__rule').textContent()).toContain('扣分规则');
    await form.locator('.save-indicator', { hasText: '已自动保存' }).waitFor();

    // Submitting with the failed item's comment missing shows the inline error, and nothing is submitted.
    await form.getByRole('button', { name: '提交暗访记录' }).click();
    const error = serious.getByText('不合格项必须填写问题说明');
    await error.waitFor();
    expect(await page.locator('.el-message-box').count()).toBe(0);
    await error.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await harness.screenshot(page, 'inspect-required-comment-phone.png');

    await serious.getByRole('textbox').fill(COMMENT);
    await error.waitFor({ state: 'detached' });

    await form.locator('input[type="file"][accept="image/*"]').setInputFiles({ name: '窗口现场.png', mimeType: 'image/png', buffer: tinyPng() });
    await form.locator('.evidence-panel__thumbnail img').waitFor();
    await form.locator('.save-indicator', { hasText: '已自动保存' }).waitFor();
    const preview = await form.locator('.score-preview__value').textContent();
    expect(Number(preview)).toBeGreaterThan(80);
    expect(Number(preview)).toBeLessThan(100);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await harness.screenshot(page, 'inspect-checklist-phone.png', true);

    await form.getByRole('button', { name: '提交暗访记录' }).click();
    const confirm = page.locator('.el-message-box');
    await confirm.getByText('提交后记录即锁定').waitFor();
    await harness.screenshot(page, 'inspect-submit-confirm-phone.png');
    await confirm.getByRole('button', { name: '确认提交' }).click();
    await page.getByText('已向被查部门发出整改通知').waitFor();
    const submitted = page.locator('.submitted-view');
    await submitted.waitFor();
    expect(await submitted.textContent()).toContain(COMMENT);
    expect(await submitted.locator('.submitted-view__score').textContent()).toBe(preview);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await harness.screenshot(page, 'inspect-submitted-phone.png');
    await page.close();

    expect(harness.problems).toEqual([]);
  });

  it('shows the department’s admin the rectification order with its due date, and takes their response', async () => {
    const page = await harness.newPage();
    await page.goto(`${harness.rootUrl}/rectifications`);
    await harness.signInAs(page, admin.label);
    await expect.poll(() => page.getAttribute('.hall-nav__link[href="/rectifications"]', 'aria-current')).toBe('page');

    const order = page.locator('.rectification-inbox__order', { hasText: COMMENT });
    await order.waitFor();
    expect(await order.locator('.hall-section-card__title').textContent()).toContain(visit.window.name);
    expect(await order.locator('.tracking-tag').textContent()).toContain('待整改');
    expect(await order.locator('.rectification-inbox__due').textContent()).toMatch(/^\d{4}-\d{2}-\d{2} 前完成$/);
    // Submitted just now: well within the seven days to appeal.
    await order.getByRole('button', { name: /提出申诉/ }).waitFor();
    await harness.screenshot(page, 'rectification-inbox.png', true);

    await order.getByRole('button', { name: '反馈整改情况' }).click();
    const dialog = page.locator('.respond-dialog');
    await dialog.getByLabel('整改措施与结果').fill('已组织窗口人员学习一次性告知制度，将材料清单制成桌牌放在窗口，并由首席代表每日抽查。');
    await dialog.getByRole('button', { name: '提交反馈' }).click();
    await page.getByText('已提交整改反馈，等待验收').waitFor();
    await expect.poll(() => order.locator('.tracking-tag').textContent()).toContain('已反馈');
    expect(await order.textContent()).toContain('由首席代表每日抽查');
    await harness.screenshot(page, 'rectification-responded.png', true);

    expect(harness.problems).toEqual([]);
  });

  it('lets the hall manager see the reproducible plans and the result, and verify the response', async () => {
    const page = await harness.newPage();
    await page.goto(`${harness.rootUrl}/supervision`);
    await harness.signInAs(page, '大厅管理员');
    const plans = page.locator('.plans-panel__list .el-collapse-item');
    await plans.first().waitFor();
    await plans.first().locator('.el-collapse-item__header').click();
    await plans.first().getByText('可复现').waitFor();
    await plans.first().locator('.plan-assignment tbody tr').first().waitFor();
    await harness.screenshot(page, 'supervision-plans.png');

    // A plan over a weekend is impossible: the reason is shown and nothing is created.
    await page.getByRole('button', { name: '新建暗访计划' }).click();
    const dialog = page.locator('.plan-dialog');
    await dialog.getByRole('button', { name: '生成计划' }).click();
    await dialog.getByText('请填写计划名称').waitFor();
    await dialog.getByLabel('计划名称').fill('2027年元旦暗访（测试）');
    await dialog.locator('.el-range-input').first().fill('2027-01-02');
    await dialog.locator('.el-range-input').nth(1).fill('2027-01-03');
    await dialog.locator('.el-range-input').nth(1).press('Enter');
    await dialog.getByText('全部在用窗口').click();
    await dialog.getByLabel('随机种子（选填）').fill('audit-2027');
    await dialog.getByRole('button', { name: '生成计划' }).click();
    await dialog.locator('.plan-dialog__refusal', { hasText: '所选期间没有工作日' }).waitFor();
    expect(await dialog.locator('.plan-dialog__refusal').textContent()).toContain('无法生成计划，未作任何更改');
    await harness.screenshot(page, 'supervision-plan-impossible.png');
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await page.getByRole('tab', { name: '暗访结果' }).click();
    const result = page.locator('.results-panel tbody tr.el-table__row', { hasText: visit.window.name }).filter({ hasText: supervisor.name });
    await result.first().waitFor();
    await result.first().locator('.el-table__expand-icon').click();
    await page.locator('.results-panel').getByText(COMMENT).waitFor();
    await page.locator('.results-panel .evidence-thumbs__photo img').first().waitFor();
    await harness.screenshot(page, 'supervision-results.png');

    await page.getByRole('tab', { name: '整改跟踪' }).click();
    const responded = page.locator('.rectification-tracking tbody tr.el-table__row', { hasText: visit.window.name }).filter({ has: page.locator('.tracking-tag--RESPONDED') });
    await responded.first().waitFor();
    const waiting = await responded.count();
    await responded.first().getByRole('button', { name: '验收通过' }).click();
    const prompt = page.locator('.el-message-box');
    await prompt.locator('textarea').fill('复查：窗口已放置材料清单桌牌，模拟咨询时一次性告知完整。');
    await prompt.getByRole('button', { name: '验收通过' }).click();
    await page.locator('.el-message--success', { hasText: '已验收' }).waitFor();
    await expect.poll(() => responded.count()).toBe(waiting - 1);
    await harness.screenshot(page, 'supervision-rectifications.png');

    expect(harness.problems).toEqual([]);
  });
});
