import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHarness, type BrowserHarness } from './testing/browser-harness';
import { demoToken, demoUsers, gatewayRequest, type DemoUserEntry } from './testing/gateway-client';

/**
 * A visit recorded at the desk (到厅登记): a window clerk opens a case in the case drawer and records the applicant's
 * trip with its purpose; the visit count and the visit log follow, in Chinese and in English. A clerk of another
 * department who takes over the same screen loses the case left open and is refused its visits; nothing changes. The real back
 * end, the built micro-frontends, the root page and Chromium.
 */

let harness: BrowserHarness;
let clerk: DemoUserEntry;
let otherClerk: DemoUserEntry;
let clerkToken: string;
let kase: { id: string; number: string };

type Api = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;
const asClerk: Api = (query, variables) => gatewayRequest(harness.platform.gatewayUrl, clerkToken, query, variables);

const APPLICANT = { applicantName: '周文静', applicantIdNumber: '11010519491231002X', applicantPhone: '13957160328' };

async function visitsOfCase(): Promise<{ visits: number; purposes: string[] }> {
  const { case: facts } = await asClerk<{ case: { visits: number; visitLog: Array<{ purpose: string }> } }>(
    'query ($id: ID!) { case(id: $id) { visits visitLog { purpose } } }',
    { id: kase.id },
  );
  return { visits: facts.visits, purposes: facts.visitLog.map((visit) => visit.purpose) };
}

beforeAll(async () => {
  harness = await startBrowserHarness();
  const users = await demoUsers(harness.platform.gatewayOrigin);
  const staff = users.filter((user) => user.role === 'staff' && user.dept);
  const [first] = staff;
  const second = staff.find((user) => user.dept !== first?.dept);
  if (!first || !second) throw new Error('the demo users lack window clerks of two departments');
  clerk = first;
  otherClerk = second;
  clerkToken = await demoToken(harness.platform.gatewayOrigin, clerk.id);
  const { matters } = await asClerk<{ matters: Array<{ id: string; kind: string }> }>(
    'query ($filter: MatterFilter) { matters(filter: $filter, first: 200) { id kind } }',
    { filter: { departmentId: clerk.dept } },
  );
  const matter = matters.find((candidate) => candidate.kind === 'COMMITTED');
  if (!matter) throw new Error(`no committed matter in ${clerk.label}'s department`);
  ({ registerCase: kase } = await asClerk<{ registerCase: { id: string; number: string } }>(
    'mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id number } }',
    { input: { matterId: matter.id, ...APPLICANT } },
  ));
});

afterAll(() => harness?.close());

describe('visits recorded at the case desk in the browser', () => {
  it('a clerk records a consultation visit on a case; the count and the visit log follow', async () => {
    const { rootUrl, problems } = harness;
    const before = await visitsOfCase();
    const page = harness.page;
    await page.goto(rootUrl);
    await harness.signInAs(page, clerk.label);
    await page.locator('.hall-nav__link', { hasText: '办件受理' }).click();
    await page.locator('.case-table').getByRole('button', { name: kase.number }).first().click();
    const drawer = page.locator('.case-drawer');
    const visits = drawer.locator('.case-visits');
    await expect.poll(() => visits.locator('.case-visits__count').textContent()).toBe(`共到厅 ${before.visits} 次`);

    await visits.getByRole('button', { name: '登记到厅' }).click();
    const submit = visits.getByRole('button', { name: '登记', exact: true });
    expect(await submit.isDisabled()).toBe(true);
    expect(await visits.locator('.el-radio-button').allTextContents()).toEqual(['补齐材料', '领取结果', '咨询']);
    await visits.locator('.el-radio-button', { hasText: '咨询' }).click();
    await harness.screenshot(page, 'case-visit-form.png');
    await submit.click();

    await expect.poll(() => visits.locator('.case-visits__count').textContent()).toBe(`共到厅 ${before.visits + 1} 次`);
    expect(await visits.locator('.case-visits__purpose').first().textContent()).toBe('咨询');
    await expect.poll(() => page.locator('.el-message').first().textContent()).toContain('已登记到厅：咨询');
    await expect.poll(() => drawer.locator('.case-timeline').textContent()).toContain('到厅：咨询');
    expect(await drawer.locator('.case-drawer__info').textContent()).toMatch(new RegExp(`跑动次数\\s*${before.visits + 1}`));
    const after = await visitsOfCase();
    expect(after).toEqual({ visits: before.visits + 1, purposes: [...before.purposes, '咨询'] });
    await harness.screenshot(page, 'case-visit-recorded.png');

    // In English: the drawer's overlay covers the header, so close it, switch, and open the case again.
    await drawer.getByRole('button', { name: /关闭|Close/ }).first().click();
    await drawer.waitFor({ state: 'hidden' });
    await page.locator('#hall-locale-toggle').click();
    await page.locator('.case-table').getByRole('button', { name: kase.number }).first().click();
    await expect.poll(() => visits.locator('.case-visits__count').textContent()).toBe(`${before.visits + 1} visits in all`);
    expect(await visits.locator('.case-visits__purpose').first().textContent()).toBe('Enquiry');
    expect(await visits.getByRole('button', { name: 'Record a visit' }).isVisible()).toBe(true);
    await harness.screenshot(page, 'case-visit-en.png');
    await drawer.getByRole('button', { name: /关闭|Close/ }).first().click();
    await drawer.waitFor({ state: 'hidden' });
    await page.locator('#hall-locale-toggle').click();
    await page.locator('.case-table').getByRole('button', { name: kase.number }).first().click();
    await expect.poll(() => visits.locator('.case-visits__count').textContent()).toBe(`共到厅 ${before.visits + 1} 次`);
    expect(problems).toEqual([]);
  });

  it('a clerk of another department who takes over the screen loses the open case, and is refused its visits', async () => {
    const { problems } = harness;
    const page = harness.page;
    const before = await visitsOfCase();
    const drawer = page.locator('.case-drawer');
    await drawer.locator('.case-visits').waitFor();
    // The next clerk signs in at the same counter screen with the previous clerk's case still open.
    await harness.signInAs(page, otherClerk.label);
    await drawer.waitFor({ state: 'hidden' });
    await expect.poll(() => page.locator('.case-table').getByRole('button', { name: kase.number }).count()).toBe(0);
    await harness.screenshot(page, 'case-visit-refused.png');

    // Nor can the API be asked directly: FORBIDDEN, and nothing is recorded.
    const otherToken = await demoToken(harness.platform.gatewayOrigin, otherClerk.id);
    await expect(
      gatewayRequest(harness.platform.gatewayUrl, otherToken, 'mutation ($input: RecordVisitInput!) { recordVisit(input: $input) { id } }', {
        input: { id: kase.id, purpose: '领取办理结果' },
      }),
    ).rejects.toThrow(/another department/);
    expect(await visitsOfCase()).toEqual(before);
    expect(problems).toEqual([]);
  });
});
