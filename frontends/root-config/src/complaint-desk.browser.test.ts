import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startBrowserHarness, type BrowserHarness } from './testing/browser-harness';
import { chooseOption } from './testing/element-plus';
import { demoToken, demoUsers, gatewayRequest, type DemoUserEntry } from './testing/gateway-client';

/**
 * The complaint desk (投诉) as people meet it: the hall manager logs a hotline complaint about a department, cannot
 * close it before it is answered (the refusal, translated), assigns it; the department's admin answers it; the manager
 * closes it with the complainant's satisfaction. The real back end and Chromium.
 */

let harness: BrowserHarness;
let admin: DemoUserEntry;
let departmentName: string;
let number: string;

const CONTENT = '12月1日在社保窗口办理参保登记，工作人员态度生硬，未说明所缺材料，需再次前来。';

beforeAll(async () => {
  harness = await startBrowserHarness();
  const { gatewayOrigin, gatewayUrl } = harness.platform;
  const users = await demoUsers(gatewayOrigin);
  const manager = users.find((user) => user.role === 'manager');
  if (!manager) throw new Error('no demo manager');
  const { departments } = await gatewayRequest<{ departments: Array<{ id: string; name: string }> }>(
    gatewayUrl,
    await demoToken(gatewayOrigin, manager.id),
    '{ departments { id name } }',
  );
  for (const candidate of users.filter((user) => user.role === 'dept_admin' && user.dept)) {
    const department = departments.find((entry) => entry.id === candidate.dept);
    if (department) {
      admin = candidate;
      departmentName = department.name;
      break;
    }
  }
  if (!admin) throw new Error('no demo department admin');
});

afterAll(() => harness?.close());

async function pick(page: Page, scope: ReturnType<Page['locator']>, label: string, option: string) {
  await chooseOption(
    scope.locator('.el-form-item', { has: page.locator('.el-form-item__label', { hasText: new RegExp(`^${label}$`) }) }).locator('.el-select__wrapper'),
    option,
  );
}

async function detail(page: Page) {
  const box = page.locator(`.desk-detail[data-complaint="${number}"]`);
  const row = page.locator('.complaint-desk tr.el-table__row', { hasText: number }).first();
  await row.waitFor();
  if (!(await box.isVisible())) await row.locator('.el-table__expand-icon').click();
  await box.waitFor();
  return { box, row };
}

describe('the complaint desk (投诉)', () => {
  it('logs, refuses an early close, assigns, answers and closes a complaint with the satisfaction', async () => {
    const manager = await harness.newPage();
    await manager.goto(`${harness.rootUrl}/supervision/complaints`);
    await harness.signInAs(manager, '大厅管理员');
    await manager.locator('.desk-kpis [data-kpi="received"]').waitFor();
    const received = Number(await manager.locator('.desk-kpis [data-kpi="received"] dd').textContent());

    await manager.getByRole('button', { name: '登记投诉' }).first().click();
    const intake = manager.locator('.complaint-intake');
    await intake.waitFor();
    await pick(manager, intake, '投诉渠道', '热线电话');
    // Nothing is sent without the department and the complaint's words.
    await intake.locator('.el-dialog__footer').getByRole('button', { name: '登记投诉' }).click();
    await intake.getByText('请填写投诉内容').waitFor();
    await pick(manager, intake, '责任部门', departmentName);
    await intake.getByLabel('投诉内容').first().fill(CONTENT);
    await intake.getByLabel('投诉人姓名（选填）').first().fill('王女士');
    await intake.getByLabel('联系电话（选填）').first().fill('13800138000');
    await intake.locator('.el-dialog__footer').getByRole('button', { name: '登记投诉' }).click();
    const logged = manager.locator('.el-message--success', { hasText: '已登记投诉' });
    await logged.waitFor();
    number = ((await logged.textContent()) ?? '').replace('已登记投诉', '').trim();
    expect(number).not.toBe('');
    await expect.poll(async () => Number(await manager.locator('.desk-kpis [data-kpi="received"] dd').textContent())).toBe(received + 1);

    // Closing before the department answered is refused, in Chinese.
    let { box, row } = await detail(manager);
    expect(await row.locator('.desk-status').textContent()).toContain('已受理');
    await box.getByRole('button', { name: '办结', exact: true }).click();
    let dialog = manager.locator('.desk-dialog:visible');
    await dialog.getByText('满意', { exact: true }).click();
    await dialog.locator('.el-dialog__footer').getByRole('button', { name: '办结' }).click();
    await dialog.locator('.desk-dialog__refusal', { hasText: '该投诉当前为“已受理”，不能办结' }).waitFor();
    await harness.screenshot(manager, 'complaint-close-refused.png');
    await dialog.getByRole('button', { name: '取消' }).click();

    ({ box } = await detail(manager));
    await box.getByRole('button', { name: '交办', exact: true }).click();
    dialog = manager.locator('.desk-dialog:visible');
    await expect.poll(() => dialog.textContent()).toContain(departmentName);
    await dialog.locator('.el-dialog__footer').getByRole('button', { name: '交办' }).click();
    await manager.locator('.el-message--success', { hasText: '已交办' }).waitFor();
    ({ row } = await detail(manager));
    await expect.poll(() => row.locator('.desk-status').textContent()).toContain('已交办');

    const department = await harness.newPage();
    await department.goto(`${harness.rootUrl}/rectifications/complaints`);
    await harness.signInAs(department, admin.label);
    const answer = await detail(department);
    await answer.box.getByRole('button', { name: '答复', exact: true }).click();
    const answering = department.locator('.desk-dialog:visible');
    await answering.getByLabel('答复内容').fill('已约谈当事窗口人员并向投诉人致歉，补充材料可通过网上渠道提交。');
    await answering.locator('.el-dialog__footer').getByRole('button', { name: '答复' }).click();
    await department.locator('.el-message--success', { hasText: '已答复' }).waitFor();
    await expect.poll(() => answer.row.locator('.desk-status').textContent()).toContain('已答复');
    await harness.screenshot(department, 'complaint-answered.png', true);

    await manager.reload();
    ({ box, row } = await detail(manager));
    expect(await box.textContent()).toContain('已约谈当事窗口人员');
    await box.getByRole('button', { name: '办结', exact: true }).click();
    dialog = manager.locator('.desk-dialog:visible');
    await dialog.getByText('基本满意', { exact: true }).click();
    await dialog.locator('.el-dialog__footer').getByRole('button', { name: '办结' }).click();
    await manager.locator('.el-message--success', { hasText: '已办结' }).waitFor();
    await expect.poll(() => row.locator('.desk-status').textContent()).toContain('已办结');
    ({ box } = await detail(manager));
    expect(await box.textContent()).toContain('基本满意');
    await harness.screenshot(manager, 'complaint-closed.png', true);

    await manager.locator('#hall-locale-toggle').click();
    await expect.poll(() => manager.locator('.supervision__tabs .el-tabs__item.is-active').textContent()).toContain('Complaints');
    await expect.poll(() => row.locator('.desk-status').textContent()).toContain('Closed');
    expect(await box.textContent()).toContain('Basically satisfied');
    expect(await manager.locator('.desk-kpis').first().textContent()).toContain('Answered on time');
    await harness.screenshot(manager, 'complaint-desk-en.png', true);
    await manager.locator('#hall-locale-toggle').click();
    await expect.poll(() => manager.locator('.supervision__tabs .el-tabs__item.is-active').textContent()).toContain('投诉处理');

    await manager.close();
    await department.close();
    expect(harness.problems).toEqual([]);
  });
});
