import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHarness, type BrowserHarness } from './testing/browser-harness';
import { gatewayRequest } from './testing/gateway-client';

/**
 * The ticket kiosk (取号机) as the public meets it, without signing in: the departments and matter categories the
 * windows serve with how many wait, a tap that issues a numbered ticket (how many are ahead, the time issued in hall
 * time) printed on a receipt-sized page, the page in English through the shell's switch, and a refusal (too many
 * tickets from one kiosk) shown in the applicant's language. The real back end, the built micro-frontends, the root
 * page and Chromium.
 */

let harness: BrowserHarness;

interface KioskLine {
  category: string;
  waiting: number;
  department: { id: string; name: string } | null;
}

const asPublic = <T>(query: string, variables?: Record<string, unknown>) => gatewayRequest<T>(harness.platform.gatewayUrl, null, query, variables);

const kioskLines = async () => (await asPublic<{ queueKiosk: KioskLine[] }>('{ queueKiosk { category waiting department { id name } } }')).queueKiosk;

/** PDF points per millimetre. */
const PT_PER_MM = 72 / 25.4;

beforeAll(async () => {
  harness = await startBrowserHarness();
});

afterAll(() => harness?.close());

describe('the ticket kiosk in the browser', () => {
  it('a member of the public taps a category, gets a numbered ticket with how many are ahead, and prints it', async () => {
    const { rootUrl, problems } = harness;
    const lines = await kioskLines();
    const line = lines.find((candidate) => candidate.department !== null);
    if (!line?.department) throw new Error('the kiosk offers nothing');
    const { hallSettings } = await asPublic<{ hallSettings: { timeZone: string } }>('{ hallSettings { timeZone } }');

    const page = await harness.newPage({ width: 1080, height: 1920 });
    await page.goto(`${rootUrl}/queue/kiosk`);
    const department = page.locator('.queue-kiosk__department', { has: page.locator('.queue-kiosk__department-name', { hasText: line.department.name }) });
    const option = department.locator(`[data-category="${line.category}"]`).first();
    await expect.poll(() => option.textContent()).toContain(`等候 ${line.waiting} 人`);
    expect(await page.locator('.queue-kiosk__department').count()).toBe(new Set(lines.map((entry) => entry.department?.id)).size);
    expect(await page.locator('#demo-user').inputValue()).toBe('');
    const box = await option.boundingBox();
    expect(box && box.height >= 96 && box.width >= 120).toBe(true);
    await harness.screenshot(page, 'queue-kiosk.png', true);

    await option.click();
    const ticket = page.locator('.queue-kiosk__ticket');
    await ticket.waitFor();
    const number = ((await ticket.locator('.queue-kiosk__ticket-number').textContent()) ?? '').trim();
    expect(number).toMatch(/^[A-Z]\d{3,}$/);
    const { ticket: issued } = await asPublic<{ ticket: { ahead: number; issuedAt: string; category: string; department: { id: string } } }>(
      'query ($number: String!) { ticket(number: $number) { ahead issuedAt category department { id } } }',
      { number },
    );
    expect(issued).toMatchObject({ category: line.category, department: { id: line.department.id }, ahead: line.waiting });
    const issuedAt = new Intl.DateTimeFormat('zh-CN', { timeZone: hallSettings.timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
      new Date(issued.issuedAt),
    );
    const text = (await ticket.textContent()) ?? '';
    expect(text).toContain(line.department.name);
    expect(text).toContain(line.waiting > 0 ? `您前面还有 ${line.waiting} 人等候` : '您前面没有人等候');
    expect(text).toMatch(new RegExp(`取号时间 \\d{4}-\\d{2}-\\d{2} ${issuedAt}`));

    // The Print button hands the page to the browser's print dialog; on paper only the ticket shows, on one 80 mm page.
    await page.evaluate(() => {
      const counted = window as Window & { printed?: number };
      counted.printed = 0;
      window.print = () => {
        counted.printed = (counted.printed ?? 0) + 1;
      };
    });
    await page.getByRole('button', { name: '打印号票' }).click();
    expect(await page.evaluate(() => (window as Window & { printed?: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.hall-header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: '打印号票' }).isVisible()).toBe(false);
    expect(await ticket.locator('.queue-kiosk__ticket-number').isVisible()).toBe(true);
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
    const pages = [...pdf.matchAll(/\/Type\s*\/Page[^s]/g)];
    expect(pages).toHaveLength(1);
    const [, width = '0', height = '0'] = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf) ?? [];
    expect(Math.abs(Number(width) - 80 * PT_PER_MM)).toBeLessThan(2);
    expect(Math.abs(Number(height) - 110 * PT_PER_MM)).toBeLessThan(2);
    await page.emulateMedia({ media: 'screen' });
    await harness.screenshot(page, 'queue-kiosk-ticket.png');

    // English through the shell's switch, then back to the list for the next applicant: one more is waiting.
    await page.locator('#hall-locale-toggle').click();
    await expect.poll(() => page.locator('.queue-kiosk__title').textContent()).toBe('Take a ticket');
    expect(await ticket.textContent()).toContain('Queue ticket');
    await page.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => option.textContent()).toContain(`${line.waiting + 1} waiting`);
    await page.locator('#hall-locale-toggle').click();
    await expect.poll(() => option.textContent()).toContain(`等候 ${line.waiting + 1} 人`);

    await page.close();
    expect(problems).toEqual([]);
  });

  it('refuses a kiosk that drew too many tickets, in the applicant’s language, and issues nothing', async () => {
    const { rootUrl, problems } = harness;
    const page = await harness.newPage({ width: 1080, height: 1920 });
    await page.goto(`${rootUrl}/queue/kiosk`);
    const option = page.locator('.queue-kiosk__option').first();
    await option.waitFor();
    const waitingBefore = (await kioskLines()).reduce((sum, entry) => sum + entry.waiting, 0);

    // The test runner and the browser reach the gateway from the same address: spend its budget with attempts that
    // are counted and refused, so no ticket is issued meanwhile.
    let limited = false;
    for (let attempt = 0; attempt < 200 && !limited; attempt += 1) {
      try {
        await asPublic('mutation { issueTicket(departmentId: "none", category: PERMIT) { number } }');
      } catch (error) {
        limited = String(error).includes('too many attempts');
      }
    }
    expect(limited).toBe(true);

    await option.click();
    const alert = page.locator('.queue-kiosk__refusal');
    await expect.poll(() => alert.textContent()).toMatch(/取号过于频繁，请 \d+ 分钟后再试/);
    expect(await alert.textContent()).not.toContain('too many attempts');
    expect(await page.locator('.queue-kiosk__ticket').count()).toBe(0);
    await harness.screenshot(page, 'queue-kiosk-refused.png');

    await page.locator('#hall-locale-toggle').click();
    await expect.poll(() => page.locator('.queue-kiosk__title').textContent()).toBe('Take a ticket');
    await page.getByRole('button', { name: 'OK' }).click();
    await option.click();
    await expect.poll(() => alert.textContent()).toMatch(/Too many tickets from this kiosk; try again in \d+ minutes?/);
    expect((await kioskLines()).reduce((sum, entry) => sum + entry.waiting, 0)).toBe(waitingBefore);
    await page.locator('#hall-locale-toggle').click();

    await page.close();
    expect(problems).toEqual([]);
  });
});
