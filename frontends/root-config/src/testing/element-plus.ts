import type { Locator } from 'playwright-core';
import { expect } from 'vitest';

const ENCLOSING_SELECT = 'xpath=ancestor-or-self::*[contains(concat(" ", normalize-space(@class), " "), " el-select ")][1]';

/**
 * Picks the option whose text contains `option` in the Element Plus select that `field` is in (the select, its wrapper
 * or its input, e.g. `getByLabel('办理事项')`), and waits until the select shows it. On a loaded machine a click on an
 * option while the dropdown is still opening can be lost, so it picks again until the pick holds: a pick that already
 * holds is never clicked again (in a multiple select that would undo it), and an open dropdown is not clicked shut.
 * `search` is typed into a filterable select first.
 */
export async function chooseOption(field: Locator, option: string, { search }: { search?: string } = {}): Promise<void> {
  const page = field.page();
  const select = field.locator(ENCLOSING_SELECT);
  const input = select.locator('input').first();
  // What the select shows as chosen. A filterable select mirrors the typed search in a hidden width calculator inside
  // the same element: left in, a search equal to the option would count as the pick even when the click was lost.
  const holds = async () =>
    (
      await select
        .locator('.el-select__selection')
        .first()
        .evaluate((element) => {
          const shown = element.cloneNode(true) as Element;
          shown.querySelectorAll('.el-select__input-calculator').forEach((calculator) => calculator.remove());
          return shown.textContent ?? '';
        })
    ).includes(option);
  await expect
    .poll(
      async () => {
        if (await holds()) return true;
        if ((await input.getAttribute('aria-expanded')) !== 'true') await select.locator('.el-select__wrapper').first().click();
        if (search !== undefined) await input.fill(search);
        await page
          .locator('.el-select-dropdown__item', { hasText: option })
          .locator('visible=true')
          .first()
          .click({ timeout: 5_000 })
          .catch(() => undefined);
        return holds();
      },
      { timeout: 60_000 },
    )
    .toBe(true);
}
