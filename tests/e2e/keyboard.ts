/**
 * Keyboard-only moves for the browser tests: Tab to an element, type into a field, choose an
 * option of a select. No clicks, so a test also shows the page works by keyboard.
 */
import type { Page } from 'playwright-core';

/** The id of the element that has focus ('' when none). */
export const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Press Tab (or Shift+Tab) until the element with this id has focus: keyboard only. */
export async function tabTo(page: Page, id: string, backwards = false, max = 600): Promise<void> {
  for (let i = 0; i < max; i++) {
    if ((await activeId(page)) === id) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached #${id} (focus is on #${await activeId(page)})`);
}

/** Press Tab until a focused element matches a CSS selector. */
export async function tabToMatch(page: Page, selector: string, backwards = false, max = 600): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Replace a field's text and commit it with Enter. */
export async function typeNumber(page: Page, id: string, text: string): Promise<void> {
  await tabTo(page, id);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** Type a name into an "add" field and press Enter (the new item's form opens with focus in it). */
export async function addNamed(page: Page, id: string, name: string): Promise<void> {
  await tabTo(page, id);
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
}

/** Choose an option of a select by keyboard (ArrowDown until its value is `value`). */
export async function choose(page: Page, id: string, value: string): Promise<void> {
  await tabTo(page, id);
  for (let i = 0; i < 20; i++) {
    const v = await page.evaluate((x) => (document.getElementById(x) as HTMLSelectElement).value, id);
    if (v === value) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`#${id} never showed ${value}`);
}
