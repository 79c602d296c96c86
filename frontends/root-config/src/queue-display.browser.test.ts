import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHarness, type BrowserHarness } from './testing/browser-harness';
import { demoToken, demoUsers, gatewayRequest, type DemoUserEntry } from './testing/gateway-client';

/**
 * Window duty as people meet it: the hall manager's roster, a window clerk checking in and calling the next ticket
 * at the window desk, and the public queue display on the wall showing that call. The real back end, the built
 * micro-frontends, the root page and Chromium.
 */

let harness: BrowserHarness;
let managerToken: string;
let clerk: DemoUserEntry;
let today: string;
let windowNumber: string;
let ticketNumber: string;
let waitingBefore: number;

type Api = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

interface ShiftRow {
  id: string;
  period: string;
  window: { id: string };
  staff: { id: string };
}

/**
 * Makes the clerk rostered at a window of their department for the whole of today, whatever the wall clock says:
 * the hall's hours become 00:00–12:00 and 12:00–23:59 and a FULL_DAY shift is scheduled (the demo roster only covers
 * weekdays in November 2026, and check-in is refused outside a rostered shift). Only a run between 23:59 and
 * midnight hall time would fall outside it.
 */
async function rosterClerkForToday(asManager: Api): Promise<{ windowId: string; departmentId: string; category: string }> {
  await asManager(`mutation { updateHallSettings(input: { morningStart: "00:00", morningEnd: "12:00", afternoonStart: "12:00", afternoonEnd: "23:59" }) { afternoonEnd } }`);
  const { department } = await asManager<{
    department: { staff: Array<{ id: string; name: string }>; windows: Array<{ id: string; number: string; matterCategories: string[] }> };
  }>(`query ($id: ID!) { department(id: $id) { staff { id name } windows { id number matterCategories } } }`, { id: clerk.dept });
  const staffId = department.staff.find((member) => member.name === clerk.name)?.id;
  const window = department.windows.find((candidate) => candidate.matterCategories.length > 0);
  if (!staffId || !window) throw new Error(`no staff record or window for ${clerk.label}`);
  windowNumber = window.number;

  const { roster } = await asManager<{ roster: ShiftRow[] }>(
    `query ($period: Period!) { roster(period: $period) { id period window { id } staff { id } } }`,
    { period: { from: today, to: today } },
  );
  const inTheWay = roster.filter((shift) => shift.window.id === window.id || shift.staff.id === staffId);
  const kept = inTheWay.find((shift) => shift.window.id === window.id && shift.staff.id === staffId && shift.period === 'FULL_DAY');
  for (const shift of inTheWay) if (shift !== kept) await asManager(`mutation ($id: ID!) { removeShift(id: $id) }`, { id: shift.id });
  if (!kept) {
    await asManager(`mutation ($input: ShiftInput!) { scheduleShift(input: $input) { id } }`, {
      input: { windowId: window.id, staffId, date: today, period: 'FULL_DAY' },
    });
  }
  return { windowId: window.id, departmentId: clerk.dept ?? '', category: window.matterCategories[0] as string };
}

beforeAll(async () => {
  harness = await startBrowserHarness();
  const { gatewayOrigin, gatewayUrl } = harness.platform;
  const users = await demoUsers(gatewayOrigin);
  const manager = users.find((user) => user.role === 'manager');
  const firstClerk = users.find((user) => user.role === 'staff');
  if (!manager || !firstClerk) throw new Error('the demo users lack a manager or a window clerk');
  clerk = firstClerk;
  managerToken = await demoToken(gatewayOrigin, manager.id);
  const asManager: Api = (query, variables) => gatewayRequest(gatewayUrl, managerToken, query, variables);

  ({ queueDisplay: { date: today, waiting: waitingBefore } } = await asManager<{ queueDisplay: { date: string; waiting: number } }>(
    '{ queueDisplay { date waiting } }',
  ));
  const { departmentId, category } = await rosterClerkForToday(asManager);
  // The ticket machine: anyone may draw a ticket, without signing in.
  ({ issueTicket: { number: ticketNumber } } = await gatewayRequest<{ issueTicket: { number: string } }>(
    gatewayUrl,
    null,
    `mutation ($departmentId: ID!, $category: MatterCategory!) { issueTicket(departmentId: $departmentId, category: $category) { number } }`,
    { departmentId, category },
  ));
});

afterAll(() => harness?.close());

describe('window duty in the browser', () => {
  it('a clerk checks in and calls the next ticket; the public display shows it with the window number', async () => {
    const { rootUrl, problems } = harness;
    const display = await harness.newPage({ width: 1920, height: 1080 });
    await display.goto(`${rootUrl}/queue/display`);
    await display.locator('.queue-display').waitFor();
    expect(await display.locator('.hall-header').isVisible()).toBe(false);
    await expect.poll(() => display.textContent('.queue-display__waiting-count')).toBe(String(waitingBefore + 1));

    const desk = harness.page;
    await desk.goto(rootUrl);
    await harness.signInAs(desk, '窗口工作人员');
    await desk.locator('.hall-nav__link', { hasText: '窗口工作台' }).click();
    await expect.poll(() => new URL(desk.url()).pathname).toBe('/window');
    const badge = desk.locator('.staff-badge-card');
    await expect.poll(() => badge.textContent()).toContain(clerk.name);
    await expect.poll(() => desk.textContent('.window-desk__shift')).toContain(`${windowNumber} 窗口`);

    await desk.getByRole('button', { name: '签到上岗' }).click();
    await expect.poll(() => desk.textContent('.window-desk__shift')).toMatch(/已于 \d\d:\d\d 签到/);
    await desk.getByRole('button', { name: '呼叫下一位' }).click();
    const called = desk.locator('.ticket-panel__number');
    await called.waitFor();
    const calledNumber = (await called.textContent())?.trim() ?? '';
    // The window calls the oldest ticket it serves: ours, unless the demo left tickets waiting today.
    if (waitingBefore === 0) expect(calledNumber).toBe(ticketNumber);
    await harness.screenshot(desk, 'window-desk.png', true);

    await expect.poll(() => display.textContent('.queue-display__latest-ticket'), { timeout: 15_000 }).toBe(calledNumber);
    expect(await display.textContent('.queue-display__latest-window')).toBe(windowNumber);
    await expect.poll(() => display.locator('.queue-display__latest.is-new').count()).toBe(1);
    await display.locator('.queue-display__latest').getByText(`请 ${calledNumber} 号到 ${windowNumber} 窗口办理`).waitFor({ state: 'attached' });
    await display.waitForTimeout(4_500);
    await harness.screenshot(display, 'queue-display.png');

    await desk.getByRole('button', { name: '开始办理' }).click();
    await desk.getByRole('button', { name: '办结' }).click();
    await expect.poll(() => desk.textContent('.ticket-panel')).toContain('当前没有办理中的号');
    await expect.poll(() => display.textContent('.queue-display__latest'), { timeout: 15_000 }).not.toContain(calledNumber);

    await display.close();
    expect(problems).toEqual([]);
  });

  it('shows the hall manager the week roster grid, swap requests and today’s attendance', async () => {
    const { rootUrl, problems } = harness;
    const page = await harness.newPage();
    await page.goto(rootUrl);
    await harness.signInAs(page, '大厅管理员');
    await page.locator('.hall-nav__link', { hasText: '值班管理' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/duty');
    await page.locator('.roster-grid tbody tr').first().waitFor();
    await expect.poll(() => page.locator('.roster-grid .staff-badge__name').count()).toBeGreaterThan(0);
    expect(await page.locator('.roster-grid thead').textContent()).toMatch(/周一 \d\d-\d\d/);
    // The clerk's full-day shift today spans the morning and the afternoon cell.
    const zone = windowNumber.slice(0, 1);
    if (zone !== 'A') {
      await page.getByLabel('大厅区域').click();
      await page.getByRole('option', { name: `${zone} 区` }).click();
    }
    await expect.poll(() => page.locator('.roster-grid td[colspan="2"]', { hasText: clerk.name }).count()).toBeGreaterThan(0);
    await harness.screenshot(page, 'duty-roster.png', true);
    // On a phone the grid scrolls sideways under the fixed window column.
    await page.setViewportSize({ width: 390, height: 844 });
    await harness.screenshot(page, 'duty-roster-narrow.png');
    await page.setViewportSize({ width: 1366, height: 900 });

    await page.getByRole('tab', { name: '调换申请' }).click();
    await page.locator('.swap-requests__table tbody tr').first().waitFor();
    expect(await page.locator('.swap-requests__table').textContent()).toContain('待审批');
    await harness.screenshot(page, 'duty-swaps.png', true);

    await page.getByRole('tab', { name: '今日考勤' }).click();
    await page.locator('.today-attendance__table tbody tr').first().waitFor();
    expect(await page.locator('.today-attendance__table').textContent()).toContain(clerk.name);
    await harness.screenshot(page, 'duty-today.png', true);

    await page.close();
    expect(problems).toEqual([]);
  });

  it('a department admin files a swap in writing, late so only as an emergency; the manager sees the flags and rejects it', async () => {
    const { rootUrl, problems } = harness;
    const page = await harness.newPage();
    const reason = '窗口人员家中突发急事，需请假一天，由本科室同事顶岗。';
    const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    await page.goto(`${rootUrl}/duty`);
    await harness.signInAs(page, '部门管理员');
    await page.getByRole('tab', { name: '调换申请' }).click();
    await page.getByRole('button', { name: '提交调换申请' }).click();

    const form = page.locator('.swap-form');
    await form.waitFor();
    const openDropdowns = page.locator('.el-select-dropdown').locator('visible=true');
    const pick = async (label: string, index: number) => {
      // One dropdown at a time: the previous one fades out before the next opens.
      await expect.poll(() => openDropdowns.count()).toBe(0);
      await form.getByLabel(label).first().click();
      await openDropdowns.locator('.el-select-dropdown__item:not(.is-disabled)').nth(index).click();
    };
    await pick('当前在岗人员', 0);
    await pick('替换人员', 0);
    await form.getByLabel('生效日期').first().fill(tomorrow);
    await form.getByLabel('生效日期').first().press('Enter');
    await form.getByLabel('申请理由').first().fill(reason);
    await form.getByRole('button', { name: '提交申请' }).click();
    await expect.poll(() => form.textContent()).toContain('最早可于');
    await harness.screenshot(page, 'duty-swap-form.png');

    await form.locator('.el-switch').click();
    await form.getByRole('button', { name: '提交申请' }).click();
    await form.waitFor({ state: 'hidden' });
    const filed = page.locator('.swap-requests__table tbody tr', { hasText: reason });
    await expect.poll(() => filed.locator('.swap-flags__flag').allTextContents()).toEqual(expect.arrayContaining(['紧急', '提前不足']));
    expect(await filed.textContent()).toContain('待审批');

    await harness.signInAs(page, '大厅管理员');
    await filed.getByRole('button', { name: '驳回' }).click();
    const decision = page.locator('.decision-dialog');
    await decision.getByLabel('审批意见').first().fill('请按规定提前七个工作日书面申请。');
    await decision.getByRole('button', { name: '确定' }).click();
    await expect.poll(() => filed.textContent()).toContain('已驳回');
    expect(await filed.textContent()).toContain('审批意见：请按规定提前七个工作日书面申请。');

    await page.close();
    expect(problems).toEqual([]);
  });
});
