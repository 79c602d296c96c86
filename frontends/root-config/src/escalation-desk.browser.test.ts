import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startBrowserHarness, type BrowserHarness } from './testing/browser-harness';
import { chooseOption } from './testing/element-plus';
import { demoToken, demoUsers, gatewayRequest, type DemoUserEntry } from './testing/gateway-client';

/**
 * The 督办 desk as people meet it: an open escalation of a department's case, its level, tier and deadline; the
 * department's admin responds in writing; the manager's page, loaded before that, tries a second response and is
 * refused (translated). The real back end and Chromium.
 */

let harness: BrowserHarness;
let admin: DemoUserEntry;
let caseNumber: string;
/** A case of the admin's department holding a card not escalated yet, for the manager's hand escalation. */
let carded: string | null = null;

interface OpenEscalation {
  id: string;
  department: { id: string } | null;
  case: { number: string } | null;
}

interface CardedCase {
  number: string;
  warning: string;
  department: { id: string } | null;
}

beforeAll(async () => {
  harness = await startBrowserHarness();
  await findEscalation();
  const { gatewayOrigin, gatewayUrl } = harness.platform;
  const manager = (await demoUsers(gatewayOrigin)).find((user) => user.role === 'manager') as DemoUserEntry;
  const { yellow, red, escalations } = await gatewayRequest<{
    yellow: { nodes: CardedCase[] };
    red: { nodes: CardedCase[] };
    escalations: Array<{ level: string; case: { number: string } | null }>;
  }>(
    gatewayUrl,
    await demoToken(gatewayOrigin, manager.id),
    '{ yellow: cases(first: 100, filter: { warning: YELLOW }) { nodes { number warning department { id } } } red: cases(first: 100, filter: { warning: RED }) { nodes { number warning department { id } } } escalations { level case { number } } }',
  );
  const escalated = new Set(escalations.map((entry) => `${entry.case?.number ?? ''}:${entry.level}`));
  carded =
    [...red.nodes, ...yellow.nodes].find(
      (kase) => kase.department?.id === admin.dept && kase.number !== caseNumber && !escalated.has(`${kase.number}:${kase.warning}`),
    )?.number ?? null;
});

async function findEscalation(): Promise<void> {
  const { gatewayOrigin, gatewayUrl } = harness.platform;
  const users = await demoUsers(gatewayOrigin);
  const manager = users.find((user) => user.role === 'manager');
  if (!manager) throw new Error('no demo manager');
  const token = await demoToken(gatewayOrigin, manager.id);
  const admins = users.filter((user) => user.role === 'dept_admin' && user.dept);
  const { escalations } = await gatewayRequest<{ escalations: OpenEscalation[] }>(
    gatewayUrl,
    token,
    '{ escalations(openOnly: true) { id department { id } case { number } } }',
  );
  const open = escalations.find((entry) => entry.case && admins.some((user) => user.dept === entry.department?.id));
  if (open?.case) {
    caseNumber = open.case.number;
    admin = admins.find((user) => user.dept === open.department?.id) as DemoUserEntry;
    return;
  }
  // None in the demo data for a department with an admin: the manager escalates a case holding a card (督办 by hand).
  const { cases } = await gatewayRequest<{
    cases: { nodes: Array<{ id: string; number: string; warning: string; department: { id: string } | null }> };
  }>(gatewayUrl, token, '{ cases(first: 200) { nodes { id number warning department { id } } } }');
  for (const kase of cases.nodes.filter((entry) => entry.warning === 'YELLOW' || entry.warning === 'RED')) {
    const owner = admins.find((user) => user.dept === kase.department?.id);
    if (!owner) continue;
    const raised = await gatewayRequest(
      gatewayUrl,
      token,
      'mutation ($id: ID!) { escalateCase(id: $id, note: "请三个工作日内书面说明超期原因并办结") { id } }',
      { id: kase.id },
    ).then(
      () => true,
      () => false,
    );
    if (raised) {
      caseNumber = kase.number;
      admin = owner;
      return;
    }
  }
  throw new Error('no open escalation, and no carded case, in a department with a demo admin');
}

afterAll(() => harness?.close());

const rowOf = (page: Page) => page.locator('.escalation-desk tr.el-table__row', { hasText: caseNumber }).first();

describe('the escalation desk (督办)', () => {
  it('shows the department its escalation, takes its response, and refuses a second response', async () => {
    const manager = await harness.newPage();
    await manager.goto(`${harness.rootUrl}/supervision/escalations`);
    await harness.signInAs(manager, '大厅管理员');
    const stale = rowOf(manager);
    await stale.waitFor();
    await stale.getByRole('button', { name: '回复督办' }).waitFor();
    await manager.locator('.desk-kpis [data-kpi="raised"]').waitFor();

    const department = await harness.newPage();
    await department.goto(`${harness.rootUrl}/rectifications/escalations`);
    await harness.signInAs(department, admin.label);
    await expect.poll(() => department.getAttribute('.hall-nav__link[href="/rectifications"]', 'aria-current')).toBe('page');
    const row = rowOf(department);
    await row.waitFor();
    expect(await row.locator('.escalation-desk__level').textContent()).toMatch(/黄牌|红牌/);
    expect(await row.locator('.escalation-desk__tier').textContent()).toMatch(/部门督办|大厅领导督办/);
    await harness.screenshot(department, 'escalation-desk.png', true);
    await row.getByRole('button', { name: '回复督办' }).click();
    const dialog = department.locator('.desk-dialog:visible');
    await dialog.locator('.el-dialog__footer').getByRole('button', { name: '回复督办' }).click();
    await dialog.getByText('请填写督办回复').waitFor();
    await dialog.getByLabel('督办回复').fill('材料已于今日补齐，审查已完成，将于明日办结；超期原因系现场核查排期延后。');
    await dialog.locator('.el-dialog__footer').getByRole('button', { name: '回复督办' }).click();
    await department.locator('.el-message--success', { hasText: '已提交督办回复' }).waitFor();
    await expect.poll(() => row.locator('.escalation-desk__response').textContent()).toContain('现场核查排期延后');
    expect(await row.getByRole('button', { name: '回复督办' }).count()).toBe(0);

    // The manager's page still offers a response: the server refuses the second one.
    await stale.getByRole('button', { name: '回复督办' }).click();
    const second = manager.locator('.desk-dialog:visible');
    await second.getByLabel('督办回复').fill('大厅代为回复。');
    await second.locator('.el-dialog__footer').getByRole('button', { name: '回复督办' }).click();
    await second.locator('.desk-dialog__refusal', { hasText: '该督办已回复，不能重复回复' }).waitFor();
    await harness.screenshot(manager, 'escalation-second-response-refused.png');
    await second.getByRole('button', { name: '取消' }).click();

    await manager.reload();
    await expect.poll(() => rowOf(manager).textContent()).toContain('现场核查排期延后');
    await manager.locator('#hall-locale-toggle').click();
    await expect.poll(() => manager.locator('.supervision__tabs .el-tabs__item.is-active').textContent()).toContain('Escalations');
    expect(await rowOf(manager).locator('.escalation-desk__level').textContent()).toMatch(/Yellow card|Red card/);
    expect(await manager.locator('.desk-kpis').first().textContent()).toContain('Responded on time');
    await harness.screenshot(manager, 'escalation-desk-en.png', true);
    await manager.locator('#hall-locale-toggle').click();
    await expect.poll(() => manager.locator('.supervision__tabs .el-tabs__item.is-active').textContent()).toContain('督办');

    await manager.close();
    await department.close();
    expect(harness.problems).toEqual([]);
  });

  it('lets the manager escalate a carded case by hand, once per card, and the department see it', async () => {
    if (!carded) throw new Error('no carded case left to escalate in the admin’s department');
    const number = carded;
    const manager = await harness.newPage();
    await manager.goto(`${harness.rootUrl}/supervision/escalations`);
    await harness.signInAs(manager, '大厅管理员');
    await manager.locator('.escalation-desk tr.el-table__row').first().waitFor();
    const raise = async () => {
      await manager.getByRole('button', { name: '督办办件' }).first().click();
      const dialog = manager.locator('.desk-dialog:visible');
      await chooseOption(
        dialog.locator('.el-form-item', { has: manager.locator('.el-form-item__label', { hasText: /^亮牌办件$/ }) }).locator('.el-select__wrapper'),
        number,
        { search: number },
      );
      await dialog.getByLabel('督办事由').fill('该件已亮牌，请部门三个工作日内书面说明原因并办结。');
      await dialog.locator('.el-dialog__footer').getByRole('button', { name: '督办办件' }).click();
      return dialog;
    };
    await raise();
    await manager.locator('.el-message--success', { hasText: '已发起督办' }).waitFor();
    const row = manager.locator('.escalation-desk tr.el-table__row', { hasText: number }).first();
    await row.waitFor();
    expect(await row.textContent()).toContain('管理员督办');
    expect(await row.locator('.escalation-desk__tier').textContent()).toBe('部门督办');

    // The same card again is refused, in Chinese.
    const again = await raise();
    await again.locator('.desk-dialog__refusal', { hasText: '该办件的这张警示牌已督办' }).waitFor();
    await harness.screenshot(manager, 'escalation-by-hand-refused.png');
    await again.getByRole('button', { name: '取消' }).click();

    const department = await harness.newPage();
    await department.goto(`${harness.rootUrl}/rectifications/escalations`);
    await harness.signInAs(department, admin.label);
    await department.locator('.escalation-desk tr.el-table__row', { hasText: number }).first().waitFor();
    expect(await department.getByRole('button', { name: '督办办件' }).count()).toBe(0);
    await manager.close();
    await department.close();
    expect(harness.problems).toEqual([]);
  });
});
