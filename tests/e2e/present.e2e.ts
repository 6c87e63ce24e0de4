/**
 * Present mode (issue 8) in real Chromium: open it on case 1, reveal every step with the arrow
 * keys (computing the results with R when a step asks), and on every step check what a projector
 * needs: no text below 24 px, headline numbers at least 40 px, nothing that scrolls or sticks out
 * at 1280x720 and 1920x1080, and no serious or critical axe finding. A screenshot of each step
 * at each size goes to test-results/present/ for review. Then F (full screen) and Esc (leave).
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { axeViolations, formatViolations } from './axe';
import { openApp, type WithAutomation } from './app-page';
import { assert, type BrowserTest } from './harness';

const SHOTS = 'test-results/present';
const STEP_IDS = ['pilot', 'reference', 'difference', 'payers', 'family'];

const present = (page: Page) => page.getByTestId('present-mode');

async function attr(page: Page, name: string): Promise<string> {
  return (await present(page).getAttribute(name)) ?? '';
}

/** Open the app on case 1 and go into present mode by keyboard: Tab to the button, Enter. */
async function openPresent(page: Page, url: string): Promise<void> {
  await openApp(page, url);
  for (let i = 0; i < 60; i++) {
    const on = await page.evaluate(
      () => document.activeElement?.getAttribute('data-testid') === 'present-open',
    );
    if (on) break;
    await page.keyboard.press('Tab');
  }
  assert(
    await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'present-open'),
    'Tab reaches the Present button',
  );
  await page.keyboard.press('Enter');
  await present(page).waitFor();
  assert(
    await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'present-mode'),
    'focus goes to the present container',
  );
}

/** A step that asks for results: press R and wait for them. */
async function resultsIfAsked(page: Page): Promise<void> {
  if ((await attr(page, 'data-has-result')) === 'true') return;
  if ((await page.getByTestId('present-run-prompt').count()) === 0) return;
  await page.keyboard.press('r');
  await page.waitForFunction(
    () => document.querySelector('[data-testid="present-mode"]')?.getAttribute('data-has-result') === 'true',
    undefined,
    { timeout: 60_000 },
  );
}

interface FitReport {
  problems: string[];
  texts: number;
  headlines: number;
}

/**
 * Every visible text in present mode at least 24 px (the computed size of the element holding
 * it), every headline number at least 40 px, every text box inside the window, and neither the
 * document nor present mode nor any clipping box inside it scrolling.
 */
function fitReport(page: Page, allowScroll: string | null = null): Promise<FitReport> {
  return page.evaluate((allowScroll) => {
    const problems: string[] = [];
    const root = document.querySelector<HTMLElement>('[data-testid="present-mode"]')!;
    const de = document.documentElement;
    const W = window.innerWidth;
    const H = window.innerHeight;
    if (de.scrollHeight > H) problems.push(`the page scrolls: scrollHeight ${de.scrollHeight} > ${H}`);
    if (de.scrollWidth > W) problems.push(`the page scrolls sideways: scrollWidth ${de.scrollWidth} > ${W}`);
    if (root.scrollHeight > root.clientHeight + 1 || root.scrollWidth > root.clientWidth + 1)
      problems.push(`present mode overflows: ${root.scrollWidth}x${root.scrollHeight}`);
    const describe = (el: Element) =>
      `<${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? ` class="${el.className}"` : ''}> "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const hidden = (el: Element) => {
      for (let e: Element | null = el; e && e !== root.parentElement; e = e.parentElement) {
        const cs = getComputedStyle(e);
        if (cs.display === 'none' || cs.visibility === 'hidden') return true;
        if (e.classList.contains('sr-only')) return true;
      }
      const r = el.getBoundingClientRect();
      return r.width <= 1 || r.height <= 1;
    };
    let texts = 0;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const seen = new Set<Element>();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.textContent?.trim()) continue;
      const el = n.parentElement!;
      if (seen.has(el) || hidden(el)) continue;
      seen.add(el);
      texts++;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < 23.99) problems.push(`text below 24 px (${size} px): ${describe(el)}`);
      const r = el.getBoundingClientRect();
      if (r.left < -1 || r.top < -1 || r.right > W + 1 || r.bottom > H + 1)
        problems.push(
          `text outside the window (${Math.round(r.left)},${Math.round(r.top)} to ${Math.round(r.right)},${Math.round(r.bottom)}): ${describe(el)}`,
        );
    }
    // Content that does not fit its box: it spills over what is below it (or is cut off). Text
    // cut on purpose with an ellipsis (a long label in a short bar) is not counted sideways.
    const ellipsis = (el: Element | null) => !!el && getComputedStyle(el).textOverflow === 'ellipsis';
    for (const el of root.querySelectorAll('*')) {
      if (el.closest('.sr-only')) continue; // clipped to 1 px on purpose: for screen readers only
      if (el.clientHeight === 0 && el.clientWidth === 0) continue; // inline: its block is checked
      const clamped = getComputedStyle(el).webkitLineClamp !== 'none'; // a name cut after its lines, on purpose
      if (el.scrollHeight > el.clientHeight + 2 && !clamped && !(allowScroll && el.matches(allowScroll)))
        problems.push(
          `content taller than its box: ${describe(el)} (${el.scrollHeight} > ${el.clientHeight})`,
        );
      if (el.scrollWidth > el.clientWidth + 2 && !ellipsis(el) && !ellipsis(el.firstElementChild))
        problems.push(`content wider than its box: ${describe(el)} (${el.scrollWidth} > ${el.clientWidth})`);
    }
    const headlines = root.querySelectorAll('[data-headline]');
    for (const el of headlines) {
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < 39.99) problems.push(`headline number below 40 px (${size} px): ${describe(el)}`);
    }
    return { problems, texts, headlines: headlines.length };
  }, allowScroll);
}

/** The serious and critical axe findings in present mode now, as one message (empty when none). */
async function axeProblems(page: Page, where: string): Promise<string> {
  const found = await axeViolations(page);
  return found.length ? `axe in ${where}:\n    ${formatViolations(found)}` : '';
}

/**
 * Reveal all steps with ArrowRight at the page's size; on each: the step ids, the live region, the
 * fit, a screenshot, axe. Returns the problems found.
 */
async function walkSteps(
  page: Page,
  size: string,
  options: { axe: boolean; prefix?: string },
): Promise<string[]> {
  mkdirSync(SHOTS, { recursive: true });
  const problems: string[] = [];
  for (let n = 1; n <= STEP_IDS.length; n++) {
    if (n > 1) await page.keyboard.press('ArrowRight');
    await page.waitForFunction(
      (k) => document.querySelector('[data-testid="present-mode"]')?.getAttribute('data-step') === String(k),
      n,
    );
    const id = await attr(page, 'data-step-id');
    assert(id === STEP_IDS[n - 1], `step ${n} is ${STEP_IDS[n - 1]}, not ${id}`);
    await resultsIfAsked(page);
    const where = `${size} step ${n} (${id})`;
    const fit = await fitReport(page);
    assert(fit.texts > 3, `${where} shows text (${fit.texts} elements)`);
    if (id === 'difference')
      assert(fit.headlines >= 4, `${where} has its headline numbers (${fit.headlines})`);
    if (id === 'family') assert(fit.headlines === 2, `${where} has the two totals (${fit.headlines})`);
    problems.push(...fit.problems.map((p) => `${where}: ${p}`));
    await page.screenshot({ path: `${SHOTS}/${options.prefix ?? ''}${size}-${n}-${id}.png` });
    if (options.axe) {
      const axe = await axeProblems(page, where);
      if (axe) problems.push(axe);
    }
  }
  return problems;
}

/** Open an example case from the app's own files (through the page's scripting interface). */
async function openExample(page: Page, file: string): Promise<void> {
  const problems = await page.evaluate(async (f) => {
    const doc = (await (await fetch(`scenarios/${f}`)).json()) as unknown;
    return (globalThis as unknown as WithAutomation).pathcost.load(doc);
  }, file);
  assert(problems.length === 0, `${file} loads: ${problems.join('; ')}`);
}

const presentTests: BrowserTest[] = [
  {
    name: 'present: every step of case 1 fits 1280x720 with text of 24 px and up, passes axe, and announces itself',
    viewport: { width: 1280, height: 720 },
    async fn({ page, url }) {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await openPresent(page, url);
      assert((await attr(page, 'data-step')) === '1', 'present mode opens on step 1');
      const problems = await walkSteps(page, '1280x720', { axe: true });
      assert(problems.length === 0, problems.join('\n    '));
      const live = await page.getByTestId('present-live').textContent();
      assert(live === 'Step 5 of 5: one family’s story', `the live region says the step: "${live}"`);
      await page.keyboard.press('ArrowLeft');
      await page.waitForFunction(
        () => document.querySelector('[data-testid="present-live"]')?.textContent === 'Step 4 of 5: who pays',
      );
      await page.keyboard.press('Home');
      assert((await attr(page, 'data-step')) === '1', 'Home goes to the first step');
      await page.keyboard.press('ArrowRight');
      assert(
        (await page.getByTestId('present-live').textContent()) === 'Step 2 of 5: the reference path',
        'step 2 is announced as the reference path',
      );
      await page.keyboard.press('End');
      assert((await attr(page, 'data-step')) === '5', 'End goes to the last step');
    },
  },
  {
    name: 'present: every step fits 1920x1080 and fills it',
    viewport: { width: 1920, height: 1080 },
    async fn({ page, url }) {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await openPresent(page, url);
      const problems = await walkSteps(page, '1920x1080', { axe: false });
      assert(problems.length === 0, problems.join('\n    '));
      // Scaled up for the big screen: body text above the 24 px floor.
      const size = await present(page).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      assert(size >= 30, `body text grows on a 1920x1080 screen (${size} px)`);
    },
  },
  {
    name: 'present: in Dutch and in the dark variant (C) every step fits 1280x720 and passes axe',
    locale: 'nl-NL',
    viewport: { width: 1280, height: 720 },
    async fn({ page, url }) {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await openPresent(page, url);
      assert(
        (await page.getByTestId('present-live').textContent()) === 'Stap 1 van 5: het pad met de pilot',
        'the live region speaks Dutch',
      );
      await page.keyboard.press('c');
      assert((await attr(page, 'data-theme')) === 'dark', 'C switches to the dark variant');
      const problems = await walkSteps(page, '1280x720', { axe: true, prefix: 'nl-dark-' });
      assert(problems.length === 0, problems.join('\n    '));
    },
  },
  {
    name: 'present: F asks for full screen, Esc leaves it first and present mode after it',
    async fn({ page, url }) {
      await openPresent(page, url);
      // Count requests, so the test says what happened where headless Chromium refuses.
      await page.evaluate(() => {
        const w = window as unknown as { __fullscreenRequests: number };
        w.__fullscreenRequests = 0;
        const original = Element.prototype.requestFullscreen;
        Element.prototype.requestFullscreen = function (this: Element, o?: FullscreenOptions) {
          w.__fullscreenRequests++;
          return original.call(this, o);
        };
      });
      await page.keyboard.press('f');
      const requests = await page.evaluate(
        () => (window as unknown as { __fullscreenRequests: number }).__fullscreenRequests,
      );
      assert(requests === 1, `F asks for full screen once (${requests})`);
      await page.waitForFunction(() => document.fullscreenElement !== null, undefined, { timeout: 5000 });
      assert(
        (await page.getByTestId('present-fullscreen').getAttribute('aria-pressed')) === 'true',
        'the full-screen button shows it is on',
      );
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => document.fullscreenElement === null, undefined, { timeout: 5000 });
      assert((await present(page).count()) === 1, 'the first Esc leaves full screen, not present mode');
      await page.keyboard.press('Escape');
      await present(page).waitFor({ state: 'detached' });
      await page.getByTestId('present-open').waitFor({ state: 'visible' });
    },
  },
  {
    name: 'present: a case too big for the screen (case 7) draws steps for several members once and scrolls only inside its timeline',
    viewport: { width: 1280, height: 720 },
    async fn({ page, url }) {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await openApp(page, url);
      await openExample(page, 'case-7.json');
      await page.getByTestId('present-open').click();
      await present(page).waitFor();
      const lanes = await page.getByTestId('present-lane').allTextContents();
      assert(
        lanes.some((l) => l.includes('the children')),
        `a lane for members together: ${lanes.join(' | ')}`,
      );
      const problems: string[] = [];
      for (const n of [1, 2]) {
        if (n > 1) await page.keyboard.press('ArrowRight');
        const fit = await fitReport(page, '.area');
        problems.push(...fit.problems.map((p) => `step ${n}: ${p}`));
        // What does not fit scrolls in the timeline's own area, which the keyboard can reach.
        const area = await page.evaluate(() => {
          const a = document.querySelector<HTMLElement>('[data-testid="present-mode"] .area')!;
          return { scrolls: a.scrollHeight > a.clientHeight + 1, focusable: a.tabIndex === 0 };
        });
        if (area.scrolls && !area.focusable)
          problems.push(`step ${n}: the scrolling timeline takes no focus`);
        await page.screenshot({ path: `${SHOTS}/case-7-1280x720-${n}.png` });
        const axe = await axeProblems(page, `case 7 step ${n}`);
        if (axe) problems.push(axe);
      }
      assert(problems.length === 0, problems.join('\n    '));
    },
  },
];

export default presentTests;
