import { join } from 'node:path';
import jsQR from 'jsqr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resultsDir, startBrowserHarness, type BrowserHarness } from './testing/browser-harness';
import { chooseOption } from './testing/element-plus';
import { demoToken, demoUsers, gatewayRequest, type DemoUserEntry } from './testing/gateway-client';

/**
 * Cases as people meet them: a window clerk registers a case with materials missing, issues the one-time notice and
 * prints it, then accepts the resubmitted case and reads its trail; a case completed at the desk prints its result
 * notice with the evaluation code (一事一评) and its QR code, and the public rates it with that code on a phone, once,
 * while the desk's tablet asks without the clerk's token. The real back end, the built micro-frontends, the root page
 * and Chromium.
 */

let harness: BrowserHarness;
let clerk: DemoUserEntry;
let clerkToken: string;

interface MatterFacts {
  id: string;
  name: string;
  kind: 'INSTANT' | 'COMMITTED';
  materials: Array<{ name: string }>;
}

type Api = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;
const asClerk: Api = (query, variables) => gatewayRequest(harness.platform.gatewayUrl, clerkToken, query, variables);

async function clerkMatters(): Promise<MatterFacts[]> {
  const { matters } = await asClerk<{ matters: MatterFacts[] }>(
    `query ($filter: MatterFilter) { matters(filter: $filter, first: 200) { id name kind materials { name } } }`,
    { filter: { departmentId: clerk.dept } },
  );
  return matters;
}

/** Decodes the QR code in a screenshot with a real reader: the PNG is turned into pixels in a blank page. */
async function readQrCode(png: Buffer): Promise<string | null> {
  const blank = await harness.browser.newPage();
  try {
    const { width, height, pixels } = await blank.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d canvas');
      context.drawImage(image, 0, 0);
      return { width: canvas.width, height: canvas.height, pixels: Array.from(context.getImageData(0, 0, canvas.width, canvas.height).data) };
    }, png.toString('base64'));
    return jsQR(Uint8ClampedArray.from(pixels), width, height)?.data ?? null;
  } finally {
    await blank.close();
  }
}

const APPLICANT = { applicantName: '陈晓雯', applicantIdNumber: '11010519491231002X', applicantPhone: '13957160328' };

beforeAll(async () => {
  harness = await startBrowserHarness();
  const users = await demoUsers(harness.platform.gatewayOrigin);
  const firstClerk = users.find((user) => user.role === 'staff' && user.dept);
  if (!firstClerk) throw new Error('the demo users lack a window clerk');
  clerk = firstClerk;
  clerkToken = await demoToken(harness.platform.gatewayOrigin, clerk.id);
});

afterAll(() => harness?.close());

describe('the case desk and the public page in the browser', () => {
  it('a clerk registers a case, issues the one-time notice, prints it, then accepts the resubmitted case', async () => {
    const { rootUrl, problems } = harness;
    const matter = (await clerkMatters()).find((candidate) => candidate.kind === 'COMMITTED' && candidate.materials.length >= 3);
    if (!matter) throw new Error(`no committed matter with three materials in ${clerk.label}'s department`);
    const checklist = matter.materials.map((material) => material.name);
    const page = harness.page;

    await page.goto(rootUrl);
    await harness.signInAs(page, clerk.label);
    await page.locator('.hall-nav__link', { hasText: '办件受理' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/desk');
    await page.locator('.case-table').first().waitFor();

    await page.getByRole('button', { name: '登记办件' }).click();
    const dialog = page.locator('.register-dialog');
    await dialog.waitFor();
    await chooseOption(dialog.getByLabel('办理事项').first(), matter.name, { search: matter.name });
    await dialog.getByLabel('申请人姓名').first().fill(APPLICANT.applicantName);
    // A wrong check digit is caught before anything is sent.
    await dialog.getByLabel('身份证号码').first().fill('110105194912310021');
    await dialog.getByLabel('手机号码').first().fill(APPLICANT.applicantPhone);
    await dialog.locator('.register-dialog__outcomes').getByText('一次性告知', { exact: true }).click();
    // The checklist shows once the picked matter's materials are loaded.
    const materials = dialog.locator('.materials-checklist .el-checkbox');
    await materials.first().waitFor();
    // Only the first material was brought.
    await materials.first().click();
    const missing = checklist.slice(1);
    await expect.poll(() => dialog.locator('.materials-checklist__missing li').allTextContents()).toEqual(missing);
    await dialog.getByRole('button', { name: '登记并一次性告知' }).click();
    await expect.poll(() => dialog.textContent()).toContain('身份证号码校验位不正确');
    await dialog.getByLabel('身份证号码').first().fill(APPLICANT.applicantIdNumber);
    await dialog.getByLabel('补正期限').first().fill('2026-12-31');
    await dialog.getByLabel('补正期限').first().press('Enter');
    await dialog.getByLabel('备注').first().fill('请携带原件到 A 区窗口补交');
    await harness.screenshot(page, 'case-register.png');
    await dialog.getByRole('button', { name: '登记并一次性告知' }).click();

    const drawer = page.locator('.case-drawer');
    await expect.poll(() => drawer.locator('.case-drawer__status').textContent()).toContain('待补正');
    const number = ((await drawer.locator('.el-drawer__title').textContent()) ?? '').replace('办件 ', '').trim();
    expect(number).toMatch(/^ZW\d{13}$/);
    await harness.screenshot(page, 'case-notice-issued.png');

    await drawer.getByRole('link', { name: '打印告知单' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/desk\/print\/notice\/[0-9a-f-]{36}$/);
    const sheet = page.locator('.case-print__sheet');
    await sheet.waitFor();
    expect(await sheet.locator('.case-print__missing li').allTextContents()).toEqual(missing);
    const sheetText = (await sheet.textContent()) ?? '';
    for (const expected of [number, APPLICANT.applicantName, APPLICANT.applicantIdNumber, matter.name, '2026年12月31日', clerk.name, '一次性告知单']) {
      expect(sheetText).toContain(expected);
    }
    await harness.screenshot(page, 'case-notice-print-view.png', true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.hall-header').isVisible()).toBe(false);
    expect(await page.locator('.hall-footer').isVisible()).toBe(false);
    expect(await page.locator('.case-print__toolbar').isVisible()).toBe(false);
    expect(await sheet.isVisible()).toBe(true);
    await harness.screenshot(page, 'case-notice-print.png', true);
    const pdf = await page.pdf({ format: 'A4', path: join(resultsDir, 'case-notice.pdf') });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('link', { name: '返回办件受理' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/desk');
    await harness.screenshot(page, 'case-desk-list.png', true);
    await page.locator('.case-table').getByRole('button', { name: number }).first().click();
    await expect.poll(() => drawer.locator('.case-drawer__status').textContent()).toContain('待补正');
    await drawer.getByRole('button', { name: '已补齐材料' }).click();
    await page.locator('.el-dialog', { hasText: '已补齐材料' }).getByRole('button', { name: '确定' }).click();
    await expect.poll(() => drawer.locator('.case-drawer__status').textContent()).toContain('已补正');
    await drawer.getByRole('button', { name: '受理', exact: true }).click();
    await expect.poll(() => drawer.locator('.case-drawer__status').textContent()).toContain('已受理');

    const trail = drawer.locator('.case-timeline');
    await expect.poll(() => trail.locator('.case-timeline__title strong').allTextContents()).toEqual(
      expect.arrayContaining(['已提交', '已提交 → 待补正', '待补正 → 已补正', '已补正 → 已受理', '到厅：提交申请']),
    );
    expect(await trail.textContent()).toContain(`${clerk.name}（窗口工作人员）`);
    expect(await trail.textContent()).toContain(missing.join('、'));
    await harness.screenshot(page, 'case-timeline.png', true);

    // Someone else starts the review meanwhile: the desk's button now names a stale version.
    const { cases } = await asClerk<{ cases: { nodes: Array<{ id: string; number: string; version: number }> } }>(`{ cases(first: 5) { nodes { id number version } } }`);
    const moved = cases.nodes.find((candidate) => candidate.number === number);
    if (!moved) throw new Error(`case ${number} not in the clerk's list`);
    await asClerk(`mutation ($id: ID!, $v: Int!) { startReview(id: $id, expectedVersion: $v) { status } }`, { id: moved.id, v: moved.version });
    await drawer.getByRole('button', { name: '开始审查' }).click();
    await expect.poll(() => drawer.textContent()).toContain('该办件已被他人办理');
    await harness.screenshot(page, 'case-conflict.png');
    await drawer.getByRole('button', { name: '刷新办件' }).click();
    await expect.poll(() => drawer.locator('.case-drawer__status').textContent()).toContain('审查中');

    await drawer.getByRole('button', { name: /关闭|Close/ }).first().click();
    await drawer.waitFor({ state: 'hidden' });
    await page.locator('#hall-locale-toggle').click();
    await expect.poll(() => page.locator('.case-desk').textContent()).toContain('Register a case');
    expect(await page.locator('.case-desk').textContent()).toContain('Under review');
    await harness.screenshot(page, 'case-desk-en.png', true);
    await page.locator('#hall-locale-toggle').click();
    await expect.poll(() => page.locator('.case-desk').textContent()).toContain('登记办件');

    expect(problems).toEqual([]);
  });

  it('prints the refusal notice (不予受理通知书) with the reason, policy basis, appeal route and collective review', async () => {
    const { rootUrl, problems } = harness;
    const matter = (await clerkMatters()).find((candidate) => candidate.kind === 'COMMITTED');
    if (!matter) throw new Error('no committed matter');
    const { registerCase: kase } = await asClerk<{ registerCase: { id: string; number: string; version: number } }>(
      `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id number version } }`,
      { input: { matterId: matter.id, ...APPLICANT } },
    );
    const refusal = {
      reason: '申请事项不属于本部门职权范围',
      policyBasis: '《中华人民共和国行政许可法》第三十二条第一款第（二）项',
      appealRoute: '可自收到本通知书之日起六十日内申请行政复议，或者六个月内提起行政诉讼。',
    };
    await asClerk(
      `mutation ($id: ID!, $v: Int!, $reason: String!, $policyBasis: String!, $appealRoute: String!, $review: CollectiveReviewInput!) {
        rejectCase(id: $id, expectedVersion: $v, reason: $reason, policyBasis: $policyBasis, appealRoute: $appealRoute, review: $review) { status }
      }`,
      { id: kase.id, v: kase.version, ...refusal, review: { date: '2026-11-20', reviewers: ['李建国', '王芳'], conclusion: '一致同意不予受理' } },
    );
    const page = await harness.newPage();
    await page.goto(rootUrl);
    await harness.signInAs(page, clerk.label);
    await page.goto(`${rootUrl}/desk/print/refusal/${kase.id}`);
    const sheet = page.locator('.case-print__sheet');
    await sheet.waitFor();
    const text = (await sheet.textContent()) ?? '';
    for (const expected of ['不予受理通知书', kase.number, APPLICANT.applicantName, matter.name, ...Object.values(refusal), '李建国、王芳', clerk.name]) {
      expect(text).toContain(expected);
    }
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.hall-header').isVisible()).toBe(false);
    await harness.screenshot(page, 'case-refusal-print.png', true);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('a case completed at the desk prints its evaluation code and QR code; the public rates it 非常满意 on a phone, once', async () => {
    const { rootUrl, problems, platform } = harness;
    const committed = (await clerkMatters()).find((candidate) => candidate.kind === 'COMMITTED');
    if (!committed) throw new Error('the clerk’s department has no committed matter');
    let kase = (
      await asClerk<{ registerCase: { id: string; number: string; version: number } }>(
        `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id number version } }`,
        { input: { matterId: committed.id, ...APPLICANT } },
      )
    ).registerCase;
    for (const step of ['acceptCase', 'startReview', 'decideCase']) {
      const extra = step === 'decideCase' ? ', approved: true' : '';
      const moved = await asClerk<Record<string, { id: string; number: string; version: number }>>(
        `mutation ($id: ID!, $v: Int!) { ${step}(id: $id, expectedVersion: $v${extra}) { id number version } }`,
        { id: kase.id, v: kase.version },
      );
      kase = moved[step] ?? kase;
    }

    // The clerk completes the approved case at the desk: the drawer now shows its evaluation code.
    const page = await harness.newPage();
    await page.goto(rootUrl);
    await harness.signInAs(page, clerk.label);
    await page.goto(`${rootUrl}/desk`);
    await page.locator('.case-table').getByRole('button', { name: kase.number }).first().click();
    const drawer = page.locator('.case-drawer');
    await expect.poll(() => drawer.locator('.case-drawer__status').textContent()).toContain('准予许可');
    await drawer.getByRole('button', { name: '办结', exact: true }).click();
    await expect.poll(() => drawer.locator('.case-drawer__status').textContent()).toContain('已办结');
    const shownCode = (await drawer.locator('.case-evaluation__value').textContent())?.trim() ?? '';
    expect(shownCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    const { case: facts } = await asClerk<{ case: { evaluationCode: string; evaluationUrl: string } }>(
      `query ($id: ID!) { case(id: $id) { evaluationCode evaluationUrl } }`,
      { id: kase.id },
    );
    expect(shownCode.replace(/-/g, '')).toBe(facts.evaluationCode.replace(/-/g, ''));
    await harness.screenshot(page, 'case-result-drawer.png');

    // The result notice (办结通知书): the code as text and a QR code that a reader decodes to the evaluation link.
    await drawer.getByRole('link', { name: '打印办结通知书' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/desk/print/result/${kase.id}`);
    const sheet = page.locator('.case-print__sheet');
    await sheet.waitFor();
    const sheetText = (await sheet.textContent()) ?? '';
    for (const expected of ['办结通知书', kase.number, APPLICANT.applicantName, committed.name, '准予许可', shownCode, clerk.name]) {
      expect(sheetText).toContain(expected);
    }
    const qr = sheet.locator('svg.qr-code');
    expect(await readQrCode(await qr.screenshot())).toBe(facts.evaluationUrl);
    await harness.screenshot(page, 'case-result-print-view.png', true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.hall-header').isVisible()).toBe(false);
    expect(await page.locator('.case-print__toolbar').isVisible()).toBe(false);
    expect(await qr.isVisible()).toBe(true);
    expect(await readQrCode(await qr.screenshot())).toBe(facts.evaluationUrl);
    await harness.screenshot(page, 'case-result-print.png', true);
    const pdf = await page.pdf({ format: 'A4', path: join(resultsDir, 'case-result.pdf') });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
    await page.locator('#hall-locale-toggle').click();
    await expect.poll(() => sheet.textContent()).toContain('Notice of completion');
    expect(await sheet.textContent()).toContain(shownCode);
    await harness.screenshot(page, 'case-result-print-en.png', true);
    await page.locator('#hall-locale-toggle').click();
    await expect.poll(() => sheet.textContent()).toContain('办结通知书');

    // 在平板上评价: the applicant's page opens on the tablet, in the clerk's browser, and asks without the clerk's token.
    const sentFromTablet: Array<{ operation: string; authorization: string | null }> = [];
    page.context().on('request', (request) => {
      if (request.method() !== 'POST' || !request.url().startsWith(platform.gatewayUrl) || request.frame().page() === page) return;
      const operation = /(?:query|mutation)\s+(\w+)/.exec(request.postData() ?? '')?.[1] ?? '';
      sentFromTablet.push({ operation, authorization: request.headers().authorization ?? null });
    });
    await page.getByRole('link', { name: '返回办件受理' }).click();
    await page.locator('.case-table').getByRole('button', { name: kase.number }).first().click();
    const [tablet] = await Promise.all([page.waitForEvent('popup'), drawer.getByRole('link', { name: '在平板上评价' }).click()]);
    tablet.on('pageerror', (error) => problems.push(`tablet page error: ${error.message}`));
    await tablet.setViewportSize({ width: 1024, height: 768 });
    expect(new URL(tablet.url()).pathname).toBe('/evaluate');
    expect(new URL(tablet.url()).searchParams.get('channel')).toBe('WINDOW_TABLET');
    await expect.poll(() => tablet.locator('.evaluate-by-code__case').textContent()).toContain('待评价');
    expect(await tablet.locator('.evaluate-case__channel').textContent()).toBe('窗口评价平板');
    await harness.screenshot(tablet, 'public-evaluate-tablet.png', true);

    // The applicant scans the QR code with a phone instead.
    const phone = await harness.newPage({ width: 360, height: 780 });
    await phone.goto(`${rootUrl}/evaluate${new URL(facts.evaluationUrl).search}`);
    const invitation = phone.locator('.evaluate-by-code__case');
    await expect.poll(() => invitation.textContent()).toContain(kase.number);
    const invitationText = (await invitation.textContent()) ?? '';
    for (const expected of [committed.name, '待评价']) expect(invitationText).toContain(expected);
    for (const personal of [APPLICANT.applicantName, APPLICANT.applicantPhone, APPLICANT.applicantIdNumber]) expect(invitationText).not.toContain(personal);
    expect(await phone.locator('.hall-nav__link[aria-current="page"]').textContent()).toBe('办件查询');
    await phone.locator('.evaluate-case__level', { hasText: '非常满意' }).click();
    await phone.locator('.evaluate-case textarea').first().fill('窗口人员耐心细致，一次办好。');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await harness.screenshot(phone, 'public-evaluate-phone.png', true);
    await phone.getByRole('button', { name: '提交评价' }).click();
    await expect.poll(() => phone.locator('.evaluate-case').textContent()).toContain('感谢您的评价');
    expect(await phone.locator('.evaluate-by-code__state').textContent()).toContain('已评价');
    await harness.screenshot(phone, 'public-evaluated-phone.png', true);
    const { case: rated } = await asClerk<{ case: { evaluation: { level: number; channel: string } | null } }>(
      `query ($id: ID!) { case(id: $id) { evaluation { level channel } } }`,
      { id: kase.id },
    );
    expect(rated.evaluation).toEqual({ level: 5, channel: 'MOBILE' });

    // Refused: the tablet, still open, sends a second evaluation; the page says kindly that the case is rated.
    await tablet.locator('.evaluate-case__level', { hasText: '满意' }).nth(1).click();
    await tablet.getByRole('button', { name: '提交评价' }).click();
    await expect.poll(() => tablet.locator('.evaluate-case').textContent()).toContain('该办件已经评价过了');
    await harness.screenshot(tablet, 'public-evaluated-twice-tablet.png', true);
    expect(sentFromTablet.map((request) => request.operation)).toEqual(['PublicEvaluationInvitation', 'PublicEvaluateCase']);
    expect(sentFromTablet.map((request) => request.authorization)).toEqual([null, null]);
    await tablet.close();

    // Opened again, the link shows the case as rated and offers no form.
    await phone.reload();
    await expect.poll(() => phone.locator('.evaluate-by-code__already').textContent()).toContain('该办件已经评价过了');
    expect(await phone.locator('.evaluate-case').count()).toBe(0);

    // Refused: a wrong code typed by hand finds nothing.
    await phone.getByLabel('评价码').first().fill('0000-0000-0000-0000');
    await phone.getByRole('button', { name: '查看办件' }).click();
    await expect.poll(() => phone.locator('.evaluate-by-code__failure').textContent()).toContain('未找到该评价码对应的办件');
    await harness.screenshot(phone, 'public-evaluate-wrong-code-phone.png', true);
    await phone.locator('#hall-locale-toggle').click();
    await expect.poll(() => phone.locator('.public-portal').textContent()).toContain('Rate with your evaluation code');
    await harness.screenshot(phone, 'public-evaluate-phone-en.png', true);
    await phone.locator('#hall-locale-toggle').click();

    // Tracking by number and phone tail still works, but rates nothing: it points to the code.
    await phone.locator('.el-tabs__item', { hasText: '进度查询' }).click();
    await expect.poll(() => new URL(phone.url()).pathname).toBe('/track');
    // The header's texts, translated back and forth, survive the route change whole (not doubled).
    expect(await phone.locator('.hall-brand__name').textContent()).toBe('「四零」政务服务监督平台');
    expect(await phone.locator('#hall-locale-toggle').textContent()).toBe('English');
    await phone.getByLabel('办件编号').first().fill(kase.number);
    await phone.getByLabel('手机号后四位').first().fill(APPLICANT.applicantPhone.slice(-4));
    await phone.getByRole('button', { name: '查询' }).click();
    await expect.poll(() => phone.locator('.progress-card').textContent()).toContain('已办结');
    const card = (await phone.locator('.progress-card').textContent()) ?? '';
    expect(card).not.toContain(APPLICANT.applicantName);
    expect(card).not.toContain(APPLICANT.applicantPhone);
    expect(await phone.locator('.track-case').textContent()).toContain('评价请使用办结通知书上的评价码');
    expect(await phone.locator('.evaluate-case').count()).toBe(0);
    await harness.screenshot(phone, 'public-track-completed-phone.png', true);

    await phone.getByRole('tab', { name: '我要投诉' }).click();
    const complaint = phone.locator('.complaint-form');
    await complaint.waitFor();
    // The subject's options load from the directory: pick again until the select holds a value (slow under load).
    const subject = complaint.locator('.el-select').first();
    await expect
      .poll(async () => {
        await subject.click();
        await phone.locator('.el-select-dropdown__item').locator('visible=true').first().click({ timeout: 5_000 }).catch(() => undefined);
        return !(await subject.textContent())?.includes('请选择');
      })
      .toBe(true);
    await complaint.getByLabel('投诉内容').first().fill('窗口午休时间无人值守，等候四十分钟。');
    await complaint.getByRole('button', { name: '提交投诉' }).click();
    await expect.poll(() => complaint.textContent()).toMatch(/投诉已受理，编号 TS\d{12}/);
    await harness.screenshot(phone, 'public-complaint-phone.png', true);

    await phone.close();
    await page.close();
    expect(problems).toEqual([]);
  });
});
