import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHarness, type BrowserHarness } from './testing/browser-harness';
import { demoToken, demoUsers, gatewayRequest, type DemoUserEntry } from './testing/gateway-client';

/**
 * 督办 at the case desk: the manager escalates a case holding a yellow or red card; the handling department's clerk
 * sees it among the desk's open escalations and on the case's drawer, and answers it in writing; a second clerk with the
 * same desk still open answers too and is refused (CONFLICT), in the page's language. The real back end, the built
 * micro-frontends, the root page and Chromium.
 */

let harness: BrowserHarness;
let clerk: DemoUserEntry;
let managerToken: string;
let escalated: { caseId: string; number: string; escalationId: string };

interface WarnedCase {
  id: string;
  number: string;
  warning: 'PRE' | 'YELLOW' | 'RED';
  department: { id: string } | null;
  escalations: Array<{ level: string }>;
}

const NOTE = '请于期限内书面说明超时原因及整改措施';

const asManager = <T>(query: string, variables?: Record<string, unknown>) => gatewayRequest<T>(harness.platform.gatewayUrl, managerToken, query, variables);

beforeAll(async () => {
  harness = await startBrowserHarness();
  const users = await demoUsers(harness.platform.gatewayOrigin);
  const manager = users.find((user) => user.role === 'manager');
  if (!manager) throw new Error('the demo users lack the hall manager');
  managerToken = await demoToken(harness.platform.gatewayOrigin, manager.id);

  // A card the case holds now and has no escalation for yet, in a department that has a window clerk.
  const { warningCases } = await asManager<{ warningCases: WarnedCase[] }>(`{ warningCases { id number warning department { id } escalations { level } } }`);
  const clerks = users.filter((user) => user.role === 'staff' && user.dept);
  const candidate = warningCases.find(
    (kase) => kase.warning !== 'PRE' && !kase.escalations.some((escalation) => escalation.level === kase.warning) && clerks.some((user) => user.dept === kase.department?.id),
  );
  if (!candidate) throw new Error('the demo hall has no yellow or red case without an escalation for its card');
  const found = clerks.find((user) => user.dept === candidate.department?.id);
  if (!found) throw new Error('no clerk in the warned case’s department');
  clerk = found;
  const { escalateCase } = await asManager<{ escalateCase: { id: string } }>(`mutation ($id: ID!, $note: String!) { escalateCase(id: $id, note: $note) { id } }`, {
    id: candidate.id,
    note: NOTE,
  });
  escalated = { caseId: candidate.id, number: candidate.number, escalationId: escalateCase.id };
});

afterAll(() => harness?.close());

describe('escalations (督办) at the case desk', () => {
  it('the department’s clerk sees the escalation, answers it, and a second answer is refused in words', async () => {
    const { rootUrl, problems } = harness;
    const page = harness.page;
    // A second clerk's screen (the same department), opened before the answer and left as it was.
    const other = await harness.newPage();
    for (const screen of [page, other]) {
      await screen.goto(rootUrl);
      await harness.signInAs(screen, clerk.label);
      await screen.locator('.hall-nav__link', { hasText: '办件受理' }).click();
      await expect.poll(() => new URL(screen.url()).pathname).toBe('/desk');
    }

    const panel = page.locator('[data-section="escalations"]');
    await panel.waitFor();
    expect(await panel.locator('.hall-section-card__title, h2, h3').first().textContent()).toMatch(/督办事项（\d+）/);
    // The case may hold an earlier escalation (its yellow card) too: this one is the manager's, with its note.
    const row = panel.locator('.escalation-row', { hasText: escalated.number }).filter({ hasText: NOTE });
    await row.waitFor();
    expect(await row.textContent()).toContain('部门督办');
    expect(await row.textContent()).toContain('人工督办');
    expect(await row.textContent()).toContain('待答复');
    expect(await row.textContent()).toMatch(/黄牌|红牌/);
    await harness.screenshot(page, 'case-escalations.png', true);

    // English once: the panel's words and the tier from the enum table.
    await page.locator('#hall-locale-toggle').click();
    await expect.poll(() => panel.textContent()).toMatch(/Escalations \(\d+\)/);
    expect(await row.textContent()).toContain('Department');
    expect(await row.textContent()).toContain('Awaiting response');
    expect(await row.textContent()).toMatch(/Yellow card|Red card/);
    await page.locator('#hall-locale-toggle').click();
    await expect.poll(() => panel.textContent()).toMatch(/督办事项（\d+）/);

    // The case's drawer lists its escalations too; the clerk answers there.
    await row.locator('.escalation-list__case').click();
    const drawer = page.locator('.case-drawer');
    const section = drawer.locator('[data-section="case-escalations"]');
    await section.waitFor();
    const drawerRow = section.locator('.escalation-row').filter({ hasText: NOTE });
    await drawerRow.getByRole('button', { name: '答复' }).click();
    const dialog = page.locator('.respond-dialog');
    await dialog.waitFor();
    // An empty answer is caught before anything is sent.
    await dialog.getByRole('button', { name: '确定' }).click();
    await expect.poll(() => dialog.textContent()).toContain('请填写书面答复');
    await dialog.locator('textarea').fill('材料已于今日补齐，承诺两个工作日内办结并告知申请人。');
    await dialog.getByRole('button', { name: '确定' }).click();
    await expect.poll(() => page.locator('.el-message').last().textContent()).toContain(`已答复督办 ${escalated.number}`);
    await expect.poll(() => section.textContent()).toContain('答复：材料已于今日补齐，承诺两个工作日内办结并告知申请人。');
    expect(await section.textContent()).toContain('已答复');
    await harness.screenshot(page, 'case-escalation-answered.png', true);
    await drawer.getByRole('button', { name: /关闭|Close/ }).first().click();
    await drawer.waitFor({ state: 'hidden' });
    // Answered, it leaves the desk's open escalations.
    await expect.poll(() => page.locator('[data-section="escalations"] .escalation-row', { hasText: NOTE }).count()).toBe(0);

    const { escalations } = await asManager<{ escalations: Array<{ id: string; response: string | null; respondedAt: string | null }> }>(
      `{ escalations { id response respondedAt } }`,
    );
    const answered = escalations.find((escalation) => escalation.id === escalated.escalationId);
    expect(answered?.response).toBe('材料已于今日补齐，承诺两个工作日内办结并告知申请人。');
    expect(answered?.respondedAt).not.toBeNull();

    // The refusal: the second screen still shows it open; its answer is refused, translated from extensions.code.
    const stale = other.locator('[data-section="escalations"] .escalation-row', { hasText: NOTE });
    await stale.waitFor();
    await stale.getByRole('button', { name: '答复' }).click();
    const otherDialog = other.locator('.respond-dialog');
    await otherDialog.waitFor();
    await otherDialog.locator('textarea').fill('重复答复');
    await otherDialog.getByRole('button', { name: '确定' }).click();
    await expect.poll(() => otherDialog.locator('[role="alert"]').textContent()).toContain('该督办已经答复过，不能重复答复');
    expect(await otherDialog.textContent()).not.toMatch(/already been responded/);
    await harness.screenshot(other, 'case-escalation-conflict.png');
    const after = await asManager<{ escalations: Array<{ id: string; response: string | null }> }>(`{ escalations { id response } }`);
    expect(after.escalations.find((escalation) => escalation.id === escalated.escalationId)?.response).toBe('材料已于今日补齐，承诺两个工作日内办结并告知申请人。');

    await other.close();
    expect(problems).toEqual([]);
  });
});
