/** What the browser tests do with the app's page, in the app's own terms. */
import type { Page } from 'playwright-core';
import type { Automation } from '../../src/app/automation';

export async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId('run').waitFor({ timeout: 30_000 });
}

/** The run id of the results shown, or null when none are. */
export async function shownRunId(page: Page): Promise<string | null> {
  const h = page.getByTestId('headline');
  return (await h.count()) ? h.getAttribute('data-run-id') : null;
}

/** Press Run and wait until the headline shows a new run's results. */
export async function runAndWait(page: Page, timeout = 60_000): Promise<void> {
  const before = await shownRunId(page);
  await page.getByTestId('run').click();
  await page.waitForFunction(
    (prev) => {
      const el = document.querySelector('[data-testid="headline"]');
      return !!el && el.getAttribute('data-run-id') !== prev;
    },
    before,
    { timeout },
  );
}

/** The headline figures as shown (text). */
export async function headlineTexts(page: Page): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const id of [
    'pilot-mean',
    'reference-mean',
    'saving-mean',
    'cheaper-short',
    'cheaper-horizon',
    'break-even',
    'mcse',
    'run-seed',
    'run-iterations',
  ]) {
    out[id] = (await page.getByTestId(id).textContent())?.trim() ?? '';
  }
  return out;
}

/** A euro amount as shown in either language ("-€21,200", "€ -21.200") as a number. */
export function euros(text: string): number {
  const negative = /[-−]/.test(text);
  const digits = text.replace(/[^\d]/g, '');
  return (negative ? -1 : 1) * Number(digits);
}

/** The page's automation interface (src/app/automation.ts), for use inside page.evaluate. */
export type WithAutomation = { pathcost: Automation };
