import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hallTimeZoneFromEnv } from './server/index';
import { startBrowserHarness, type BrowserHarness } from './testing/browser-harness';
import { chooseOption } from './testing/element-plus';
import { demoToken, demoUsers, gatewayRequest, type DemoUserEntry } from './testing/gateway-client';

/**
 * Windows on every case: a clerk on the roster registers a case at the desk and the case carries the window the roster
 * puts them at (the dialog shows it, the clerk picks none); with no shift, the dialog says so and the drawer shows the
 * case as registered off the roster, in Chinese and in English. A window other than the rostered one, sent through the
 * API, is refused and nothing is written. The real back end, the built micro-frontends, the root page and Chromium.
 */

let harness: BrowserHarness;
let clerk: DemoUserEntry;
let clerkToken: string;
let managerToken: string;
let matterName: string;
let matterId: string;
let window: { id: string; number: string; name: string };
let otherWindowId: string;
let shiftId: string;

type Api = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;
const asClerk: Api = (query, variables) => gatewayRequest(harness.platform.gatewayUrl, clerkToken, query, variables);
const asManager: Api = (query, variables) => gatewayRequest(harness.platform.gatewayUrl, managerToken, query, variables);

const APPLICANT = { applicantName: '林雨晴', applicantIdNumber: '11010519491231002X', applicantPhone: '13957160328' };

function staffIdOf(token: string): string {
  const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { staffId?: string };
  if (!payload.staffId) throw new Error('the clerk’s token names no staff member');
  return payload.staffId;
}

/** The department's newest case (the list is newest first). */
async function newestCase(): Promise<{ id: string; number: string; window: { id: string } | null } | undefined> {
  const { cases } = await asClerk<{ cases: { nodes: Array<{ id: string; number: string; window: { id: string } | null }> } }>(
    'query { cases(first: 1) { nodes { id number window { id } } } }',
  );
  return cases.nodes[0];
}

beforeAll(async () => {
  harness = await startBrowserHarness();
  const users = await demoUsers(harness.platform.gatewayOrigin);
  const firstClerk = users.find((user) => user.role === 'staff' && user.dept);
  const manager = users.find((user) => user.role === 'manager');
  if (!firstClerk || !manager) throw new Error('the demo users lack a window clerk or the manager');
  clerk = firstClerk;
  clerkToken = await demoToken(harness.platform.gatewayOrigin, clerk.id);
  managerToken = await demoToken(harness.platform.gatewayOrigin, manager.id);
  const { matters } = await asClerk<{ matters: Array<{ id: string; name: string; kind: string }> }>(
    'query ($filter: MatterFilter) { matters(filter: $filter, first: 200) { id name kind } }',
    { filter: { departmentId: clerk.dept } },
  );
  const matter = matters.find((candidate) => candidate.kind === 'COMMITTED');
  if (!matter) throw new Error(`no committed matter in ${clerk.label}'s department`);
  ({ id: matterId, name: matterName } = matter);

  // The hall is open at whatever hour the test runs, and the clerk has a full-day shift today at a window of theirs.
  await asManager('mutation { updateHallSettings(input: { morningStart: "00:00", morningEnd: "12:00", afternoonStart: "12:00", afternoonEnd: "23:59" }) { timeZone } }');
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: hallTimeZoneFromEnv(process.env) }).format(new Date());
  const { roster } = await asManager<{ roster: Array<{ id: string; window: { id: string }; staff: { id: string } }> }>(
    'query ($p: Period!) { roster(period: $p) { id window { id } staff { id } } }',
    { p: { from: today, to: today } },
  );
  const { windows } = await asManager<{ windows: Array<{ id: string; number: string; name: string; departments: Array<{ id: string }> }> }>(
    'query { windows { id number name departments { id } } }',
  );
  const staffId = staffIdOf(clerkToken);
  for (const shift of roster.filter((entry) => entry.staff.id === staffId)) {
    await asManager('mutation ($id: ID!) { removeShift(id: $id) }', { id: shift.id });
  }
  const booked = new Set(roster.map((entry) => entry.window.id));
  const own = windows.filter((candidate) => candidate.departments.some((department) => department.id === clerk.dept));
  const free = own.find((candidate) => !booked.has(candidate.id));
  const other = own.find((candidate) => candidate.id !== free?.id);
  if (!free || !other) throw new Error(`${clerk.label}'s department needs a free window and another one today`);
  window = free;
  otherWindowId = other.id;
  ({ scheduleShift: { id: shiftId } } = await asManager<{ scheduleShift: { id: string } }>(
    'mutation ($input: ShiftInput!) { scheduleShift(input: $input) { id } }',
    { input: { windowId: window.id, staffId, date: today, period: 'FULL_DAY' } },
  ));
});

afterAll(() => harness?.close());

async function registerInDialog(): Promise<void> {
  const page = harness.page;
  const dialog = page.locator('.register-dialog');
  await chooseOption(dialog.getByLabel('办理事项').first(), matterName, { search: matterName });
  await dialog.getByLabel('申请人姓名').first().fill(APPLICANT.applicantName);
  await dialog.getByLabel('身份证号码').first().fill(APPLICANT.applicantIdNumber);
  await dialog.getByLabel('手机号码').first().fill(APPLICANT.applicantPhone);
  await dialog.locator('.register-dialog__outcomes').getByText('仅登记', { exact: true }).click();
  await dialog.getByRole('button', { name: '登记并仅登记' }).click();
  // The dialog closes once the case is registered; if it stays, the assertion names what it says went wrong.
  const failure = dialog.locator('.register-dialog__failure');
  await expect
    .poll(async () => ((await failure.count()) > 0 ? `refused: ${await failure.first().textContent()}` : (await dialog.isVisible()) ? 'open' : 'closed'), {
      timeout: 60_000,
    })
    .toBe('closed');
}

describe('windows on every case in the browser', () => {
  it('a clerk on duty registers a case: the dialog shows the rostered window and the drawer the case’s window', async () => {
    const { rootUrl, problems } = harness;
    const page = harness.page;
    await page.goto(rootUrl);
    await harness.signInAs(page, clerk.label);
    await page.locator('.hall-nav__link', { hasText: '办件受理' }).click();
    await page.locator('.case-table').first().waitFor();
    await page.getByRole('button', { name: '登记办件' }).click();
    const dialog = page.locator('.register-dialog');
    await dialog.waitFor();
    await expect.poll(() => dialog.getByLabel('值守窗口').first().inputValue()).toBe(`${window.number} ${window.name}`);
    expect(await dialog.locator('.register-dialog__off-roster').count()).toBe(0);
    await harness.screenshot(page, 'case-windows-register.png');
    await registerInDialog();

    const drawer = page.locator('.case-drawer');
    await expect.poll(() => drawer.locator('.case-drawer__window').textContent()).toBe(window.number);
    const number = ((await drawer.locator('.el-drawer__title').textContent()) ?? '').replace('办件 ', '').trim();
    expect(await newestCase()).toMatchObject({ number, window: { id: window.id } });
    await harness.screenshot(page, 'case-windows-drawer.png');
    await drawer.getByRole('button', { name: /关闭|Close/ }).first().click();
    await drawer.waitFor({ state: 'hidden' });
    expect(problems).toEqual([]);
  });

  it('refuses through the API a window other than the rostered one, writing nothing', async () => {
    const before = await newestCase();
    await expect(
      asClerk('mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id } }', {
        input: { matterId, ...APPLICANT, windowId: otherWindowId },
      }),
    ).rejects.toThrow(/roster/);
    expect(await newestCase()).toEqual(before);
  });

  it('a clerk with no shift now is told so; the case shows as registered off the roster, in Chinese and English', async () => {
    const { problems } = harness;
    const page = harness.page;
    await asManager('mutation ($id: ID!) { removeShift(id: $id) }', { id: shiftId });
    await page.getByRole('button', { name: '登记办件' }).click();
    const dialog = page.locator('.register-dialog');
    await dialog.waitFor();
    await expect.poll(() => dialog.getByLabel('值守窗口').first().inputValue()).toBe('当前无排班');
    await expect.poll(() => dialog.locator('.register-dialog__off-roster').textContent()).toContain('不在排班时段');
    await harness.screenshot(page, 'case-windows-off-roster.png');
    await registerInDialog();

    const drawer = page.locator('.case-drawer');
    await expect.poll(() => drawer.locator('.case-drawer__window').textContent()).toBe('排班外登记（登记时未在排班）');
    const number = ((await drawer.locator('.el-drawer__title').textContent()) ?? '').replace('办件 ', '').trim();
    await drawer.getByRole('button', { name: /关闭|Close/ }).first().click();
    await drawer.waitFor({ state: 'hidden' });
    await page.locator('#hall-locale-toggle').click();
    await page.locator('.case-table').getByRole('button', { name: number }).first().click();
    await expect.poll(() => drawer.locator('.case-drawer__window').textContent()).toBe('Registered off the roster (no shift at the time)');
    await harness.screenshot(page, 'case-windows-off-roster-en.png');
    await drawer.getByRole('button', { name: /关闭|Close/ }).first().click();
    await drawer.waitFor({ state: 'hidden' });
    await page.locator('#hall-locale-toggle').click();
    expect(problems).toEqual([]);
  });
});
