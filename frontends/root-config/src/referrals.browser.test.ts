import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHarness, type BrowserHarness } from './testing/browser-harness';
import { chooseOption } from './testing/element-plus';
import { demoToken, demoUsers, gatewayRequest, type DemoUserEntry } from './testing/gateway-client';

/**
 * 转办 as the desk does it: a clerk of department A refers a case to B (a referral to A itself is refused, translated);
 * B's clerk finds it in the referral inbox and registers it there, linked to A's case; B sends it back and A registers
 * it again: the manager's dashboard flags the loop A → B → A; the public sees the case's first-inquiry owner.
 * The real back end, the built micro-frontends, Chromium.
 */

let harness: BrowserHarness;
let clerkA: DemoUserEntry;
let clerkB: DemoUserEntry;
let tokenA: string;
let tokenB: string;
let departmentA: { id: string; name: string };
let departmentB: { id: string; name: string };
let matterA: { id: string; name: string };
let matterB: { id: string; name: string };
let kase: { id: string; number: string };

const APPLICANT = { applicantName: '陈雨桐', applicantIdNumber: '11010519491231002X', applicantPhone: '13957160417' };

const api = <T>(token: string, query: string, variables?: Record<string, unknown>) => gatewayRequest<T>(harness.platform.gatewayUrl, token, query, variables);

async function committedMatter(token: string, departmentId: string): Promise<{ id: string; name: string }> {
  const { matters } = await api<{ matters: Array<{ id: string; name: string; kind: string }> }>(
    token,
    'query ($filter: MatterFilter) { matters(filter: $filter, first: 200) { id name kind } }',
    { filter: { departmentId } },
  );
  const matter = matters.find((candidate) => candidate.kind === 'COMMITTED');
  if (!matter) throw new Error('a department lacks a committed matter');
  return matter;
}

async function inbox(token: string): Promise<string[]> {
  const { referralInbox } = await api<{ referralInbox: Array<{ id: string }> }>(token, '{ referralInbox { id } }');
  return referralInbox.map((row) => row.id);
}

beforeAll(async () => {
  harness = await startBrowserHarness();
  const users = await demoUsers(harness.platform.gatewayOrigin);
  const staff = users.filter((user) => user.role === 'staff' && user.dept);
  const [first] = staff;
  const second = staff.find((user) => user.dept !== first?.dept);
  if (!first || !second) throw new Error('the demo users lack window clerks of two departments');
  clerkA = first;
  clerkB = second;
  tokenA = await demoToken(harness.platform.gatewayOrigin, clerkA.id);
  tokenB = await demoToken(harness.platform.gatewayOrigin, clerkB.id);
  const { departments } = await api<{ departments: Array<{ id: string; name: string }> }>(tokenA, '{ departments { id name } }');
  const byId = (id: string | undefined) => {
    const found = departments.find((department) => department.id === id);
    if (!found) throw new Error('a clerk’s department is not in the catalog');
    return found;
  };
  departmentA = byId(clerkA.dept);
  departmentB = byId(clerkB.dept);
  matterA = await committedMatter(tokenA, departmentA.id);
  matterB = await committedMatter(tokenB, departmentB.id);
  ({ registerCase: kase } = await api<{ registerCase: { id: string; number: string } }>(
    tokenA,
    'mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id number } }',
    { input: { matterId: matterA.id, ...APPLICANT } },
  ));
});

afterAll(() => harness?.close());

describe('referrals (转办) in the browser', () => {
  it('A’s clerk is refused a referral to A itself, translated, then refers the case to B', async () => {
    const { rootUrl, problems, page } = harness;
    await page.goto(rootUrl);
    await harness.signInAs(page, clerkA.label);
    await page.locator('.hall-nav__link', { hasText: '办件受理' }).click();
    await page.locator('.case-table').getByRole('button', { name: kase.number }).first().click();
    const drawer = page.locator('.case-drawer');
    const dialog = page.locator('.step-dialog');

    const refer = async (department: string) => {
      await drawer.locator('[data-action="refer"]').click();
      await chooseOption(dialog.getByLabel('转办至部门').first(), department);
      await dialog.getByLabel('理由').first().fill('该事项由其他部门承办');
      await dialog.getByRole('button', { name: '确定' }).click();
    };

    await refer(`${departmentA.name}（本部门）`);
    await expect.poll(() => drawer.locator('.el-alert').first().textContent()).toContain('不能转办至本部门，请选择承办该事项的其他部门');
    await harness.screenshot(page, 'referral-refused.png');
    const unchanged = await api<{ case: { status: string; version: number } }>(tokenA, 'query ($id: ID!) { case(id: $id) { status version } }', { id: kase.id });
    expect(unchanged.case).toEqual({ status: 'SUBMITTED', version: 1 });

    await refer(departmentB.name);
    await expect.poll(() => drawer.locator('.case-drawer__info').textContent()).toContain(departmentB.name);
    expect(await inbox(tokenB)).toContain(kase.id);
    expect(problems).toEqual([]);
  });

  it('B’s clerk registers it from the inbox; the inbox drops it', async () => {
    const { problems, page } = harness;
    const drawer = page.locator('.case-drawer');
    await harness.signInAs(page, clerkB.label);
    await drawer.waitFor({ state: 'hidden' });
    const panel = page.locator('[data-section="referrals"]');
    await expect.poll(() => panel.textContent(), { timeout: 20_000 }).toContain(kase.number);
    expect(await panel.textContent()).toContain(departmentA.name);
    expect(await panel.textContent()).toContain(clerkA.name);
    await harness.screenshot(page, 'referral-inbox.png');

    await panel.getByRole('button', { name: `登记转办件 ${kase.number}` }).click();
    const dialog = page.locator('.register-dialog');
    await dialog.waitFor();
    expect(await dialog.locator('.register-dialog__referral').textContent()).toContain(kase.number);
    await chooseOption(dialog.getByLabel('办理事项').first(), matterB.name, { search: matterB.name });
    await dialog.locator('.register-dialog__matter-facts').waitFor();
    await dialog.getByLabel('申请人姓名').first().fill(APPLICANT.applicantName);
    await dialog.getByLabel('身份证号码').first().fill(APPLICANT.applicantIdNumber);
    await dialog.getByLabel('手机号码').first().fill(APPLICANT.applicantPhone);
    await dialog.locator('.register-dialog__outcomes').getByText('仅登记', { exact: true }).click();
    await dialog.getByRole('button', { name: '登记并仅登记' }).click();

    await expect.poll(() => drawer.locator('.case-drawer__status').textContent()).toContain('已提交');
    await expect.poll(() => inbox(tokenB)).not.toContain(kase.id);
    await drawer.getByRole('button', { name: /关闭|Close/ }).first().click();
    await drawer.waitFor({ state: 'hidden' });
    await expect.poll(async () => (await panel.count()) === 0 || !((await panel.textContent()) ?? '').includes(kase.number)).toBe(true);
    expect(problems).toEqual([]);
  });

  it('B sends it back and A registers it again: the manager’s dashboard flags the loop', async () => {
    const { problems, page } = harness;
    const { cases } = await api<{ cases: { nodes: Array<{ id: string; version: number; matter: { id: string } | null }> } }>(
      tokenB,
      '{ cases(first: 5) { nodes { id version matter { id } } } }',
    );
    const onward = cases.nodes.find((row) => row.matter?.id === matterB.id);
    if (!onward) throw new Error('B’s registration is not in its case list');
    await api(tokenB, 'mutation ($id: ID!, $v: Int!, $to: ID!) { referCase(id: $id, expectedVersion: $v, toDepartmentId: $to, reason: "退回原部门") { id } }', {
      id: onward.id,
      v: onward.version,
      to: departmentA.id,
    });
    expect(await inbox(tokenA)).toContain(onward.id);
    await api(tokenA, 'mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id } }', {
      input: { matterId: matterA.id, ...APPLICANT, referredFromCaseId: onward.id },
    });

    await harness.signInAs(page, '大厅管理员');
    await page.goto(`${harness.rootUrl}/dashboard`);
    const flags = page.locator('[data-section="referrals"]');
    await expect.poll(() => flags.textContent(), { timeout: 30_000 }).toContain(kase.number);
    const flag = flags.locator('li', { hasText: kase.number }).first();
    expect(await flag.textContent()).toContain('转办回环');
    await harness.screenshot(page, 'referral-loop.png');
    expect(problems).toEqual([]);
  });

  it('the public tracking the case sees its first-inquiry owner by name and post, nothing personal', async () => {
    const { problems } = harness;
    const visitor = await harness.newPage();
    await visitor.goto(`${harness.rootUrl}/track`);
    await visitor.getByLabel('办件编号').first().fill(kase.number);
    await visitor.getByLabel('手机号后四位').first().fill(APPLICANT.applicantPhone.slice(-4));
    await visitor.getByRole('button', { name: '查询' }).click();
    const owner = visitor.locator('.progress-card__first-owner');
    await expect.poll(() => owner.textContent(), { timeout: 20_000 }).toMatch(new RegExp(`^${clerkA.name}（.+）$`));
    const card = (await visitor.locator('.progress-card').textContent()) ?? '';
    expect(card).toContain('首问责任人');
    expect(card).not.toContain(APPLICANT.applicantName);
    expect(card).not.toContain(APPLICANT.applicantPhone);
    await harness.screenshot(visitor, 'referral-public-first-owner.png');
    await visitor.close();
    expect(problems).toEqual([]);
  });
});
