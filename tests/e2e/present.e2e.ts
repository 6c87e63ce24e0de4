/**
 * Present mode (issue 8) in real Chromium: open it on case 1, reveal every step with the arrow
 * keys (computing the results with R when a step asks; a step with glossary words shows what they
 * mean with the next press), and on every step check what a projector needs: no text rendered
 * below 24 px, headline numbers rendered at least 40 px, nothing that scrolls or sticks out at
 * 1280x720 and 1920x1080, and no serious or critical axe finding. Then all five example cases on
 * every step at both sizes, in Dutch. A screenshot of each step at each size goes to
 * test-results/present/ for review. Then F (full screen) and Esc (leave), and the keys that
 * scroll a table.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { axeViolations, formatViolations } from './axe';
import { openApp, type WithAutomation } from './app-page';
import { installDrawnText, type WithDrawnText } from './drawn-text';
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
 * Every visible text in present mode rendered at least 24 px, every headline number at least
 * 40 px, every text box inside the window, and neither the document nor present mode nor any box
 * inside it scrolling or spilling. Sizes are measured as drawn, so a scaled-down box counts: the
 * height of each line of a text node (Range.getClientRects) over the height the same font draws
 * a 1 px line at (from a 100 px probe), or, in SVG, the font size times the screen scale.
 */
async function fitReport(page: Page): Promise<FitReport> {
  await installDrawnText(page);
  return page.evaluate(() => {
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
    const drawn = (globalThis as unknown as WithDrawnText).pathcostDrawnText;
    const hidden = (el: Element) => drawn.hidden(el, root, true);
    const drawnSize = drawn.drawnSize;
    let texts = 0;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const seen = new Set<Element>();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.textContent?.trim()) continue;
      const el = n.parentElement!;
      if (hidden(el)) continue;
      const size = drawnSize(n as Text);
      if (size === null) continue;
      if (!seen.has(el)) texts++;
      seen.add(el);
      // Line boxes are laid out in 1/64 px: a 24 px text measures 23.93 px; 1 % is allowed.
      if (size < 24 * 0.99) problems.push(`text drawn below 24 px (${size.toFixed(1)} px): ${describe(el)}`);
      const r = el.getBoundingClientRect();
      if (r.left < -1 || r.top < -1 || r.right > W + 1 || r.bottom > H + 1)
        problems.push(
          `text outside the window (${Math.round(r.left)},${Math.round(r.top)} to ${Math.round(r.right)},${Math.round(r.bottom)}): ${describe(el)}`,
        );
    }
    // Content that does not fit its box: it spills over what is below it, is cut off, or scrolls.
    // Text cut on purpose with an ellipsis (a long label in a short bar) is not counted sideways.
    const ellipsis = (el: Element | null) => !!el && getComputedStyle(el).textOverflow === 'ellipsis';
    for (const el of root.querySelectorAll('*')) {
      if (el.closest('.sr-only')) continue; // clipped to 1 px on purpose: for screen readers only
      if (el.clientHeight === 0 && el.clientWidth === 0) continue; // inline: its block is checked
      const clamped = getComputedStyle(el).webkitLineClamp !== 'none'; // a name cut after its lines, on purpose
      if (el.scrollHeight > el.clientHeight + 2 && !clamped)
        problems.push(
          `content taller than its box: ${describe(el)} (${el.scrollHeight} > ${el.clientHeight})`,
        );
      if (el.scrollWidth > el.clientWidth + 2 && !ellipsis(el) && !ellipsis(el.firstElementChild))
        problems.push(`content wider than its box: ${describe(el)} (${el.scrollWidth} > ${el.clientWidth})`);
    }
    const headlines = root.querySelectorAll('[data-headline]');
    for (const el of headlines) {
      const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        const size = n.textContent?.trim() ? drawnSize(n as Text) : null;
        if (size !== null && size < 40 * 0.99)
          problems.push(`headline number drawn below 40 px (${size.toFixed(1)} px): ${describe(el)}`);
      }
    }
    return { problems, texts, headlines: headlines.length };
  });
}

/** The serious and critical axe findings in present mode now, as one message (empty when none). */
async function axeProblems(page: Page, where: string): Promise<string> {
  const found = await axeViolations(page);
  return found.length ? `axe in ${where}:\n    ${formatViolations(found)}` : '';
}

/** Where present mode is: its step number, step id and phase (picture or words). */
async function position(page: Page): Promise<{ step: string; id: string; phase: string }> {
  return {
    step: await attr(page, 'data-step'),
    id: await attr(page, 'data-step-id'),
    phase: await attr(page, 'data-phase'),
  };
}

/**
 * Reveal everything with ArrowRight from the first step to the last at the page's size: on each
 * step (and each step's words) the step ids, the fit, a screenshot, axe. Returns the problems
 * found and the positions shown ("1-pilot", "1-pilot-words", ...).
 */
async function walkSteps(
  page: Page,
  size: string,
  options: { axe: boolean; prefix?: string },
): Promise<{ problems: string[]; shown: string[] }> {
  mkdirSync(SHOTS, { recursive: true });
  const problems: string[] = [];
  const shown: string[] = [];
  for (let k = 0; k < 2 * STEP_IDS.length; k++) {
    const at = await position(page);
    const n = Number(at.step);
    assert(at.id === STEP_IDS[n - 1], `step ${n} is ${STEP_IDS[n - 1]}, not ${at.id}`);
    await resultsIfAsked(page);
    // Let the page finish fitting (the family's story is told shorter until its box holds it).
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const name = `${n}-${at.id}${at.phase === 'words' ? '-words' : ''}`;
    shown.push(name);
    const where = `${size} ${options.prefix ?? ''}step ${name}`;
    const fit = await fitReport(page);
    assert(fit.texts > 3, `${where} shows text (${fit.texts} elements)`);
    if (at.id === 'difference')
      assert(fit.headlines >= 4, `${where} has its headline numbers (${fit.headlines})`);
    if (at.id === 'family') assert(fit.headlines === 2, `${where} has the two totals (${fit.headlines})`);
    problems.push(...fit.problems.map((p) => `${where}: ${p}`));
    await page.screenshot({ path: `${SHOTS}/${options.prefix ?? ''}${size}-${name}.png` });
    if (options.axe) {
      const axe = await axeProblems(page, where);
      if (axe) problems.push(axe);
    }
    if (at.id === 'family') break;
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((before) => {
      const el = document.querySelector('[data-testid="present-mode"]');
      return `${el?.getAttribute('data-step')}:${el?.getAttribute('data-phase')}` !== before;
    }, `${at.step}:${at.phase}`);
  }
  return { problems, shown };
}

/**
 * Open an example case from the app's own files (through the page's scripting interface), with
 * `iterations` simulated families when given (fewer than the case's 10,000 keep the test quick).
 */
async function openExample(page: Page, file: string, iterations?: number): Promise<void> {
  const problems = await page.evaluate(
    async ({ f, n }) => {
      const doc = (await (await fetch(`scenarios/${f}`)).json()) as { settings: { iterations: number } };
      if (n) doc.settings.iterations = n;
      return (globalThis as unknown as WithAutomation).pathcost.load(doc);
    },
    { f: file, n: iterations },
  );
  assert(problems.length === 0, `${file} loads: ${problems.join('; ')}`);
}

const CASES = ['case-1', 'case-2', 'case-6', 'case-7', 'case-8'];

/**
 * All five example cases in Dutch at one size: every step (and its words) fits without scrolling
 * and with text of 24 px and up; screenshots named after the case.
 */
async function walkCases(page: Page, url: string, size: string): Promise<string[]> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openApp(page, url);
  const problems: string[] = [];
  for (const c of CASES) {
    await openExample(page, `${c}.json`, 400);
    await page.getByTestId('present-open').click();
    await present(page).waitFor();
    const walk = await walkSteps(page, size, { axe: false, prefix: `${c}-nl-` });
    problems.push(...walk.problems);
    assert(
      walk.shown.some((s) => s.endsWith('-words')),
      `${c} explains its words on a step of their own: ${walk.shown.join(', ')}`,
    );
    await page.keyboard.press('Escape');
    await present(page).waitFor({ state: 'detached' });
  }
  return problems;
}

const presentTests: BrowserTest[] = [
  {
    name: 'present: every step of case 1 fits 1280x720 with text of 24 px and up, passes axe, and announces itself',
    viewport: { width: 1280, height: 720 },
    async fn({ page, url }) {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await openPresent(page, url);
      assert((await attr(page, 'data-step')) === '1', 'present mode opens on step 1');
      const { problems } = await walkSteps(page, '1280x720', { axe: true });
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
        (await page.getByTestId('present-live').textContent()) ===
          'Step 1 of 5: the pilot path, what the words mean',
        'the words of step 1 are announced',
      );
      await page.keyboard.press('ArrowRight');
      assert(
        (await page.getByTestId('present-live').textContent()) === 'Step 2 of 5: the reference path',
        'step 2 is announced as the reference path',
      );
      await page.keyboard.press('End');
      assert((await attr(page, 'data-step')) === '5', 'End goes to the last step');
      assert(
        (await page.getByTestId('present-family').getAttribute('data-typical')) === 'true',
        'the story starts from a typical family',
      );
    },
  },
  {
    name: 'present: every step fits 1920x1080 and fills it',
    viewport: { width: 1920, height: 1080 },
    async fn({ page, url }) {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await openPresent(page, url);
      const { problems } = await walkSteps(page, '1920x1080', { axe: false });
      assert(problems.length === 0, problems.join('\n    '));
      // Scaled up for the big screen: body text above the 24 px floor.
      const size = await present(page).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      assert(size >= 30, `body text grows on a 1920x1080 screen (${size} px)`);
    },
  },
  {
    name: 'present: in Dutch and in the dark variant (C) every step and its words fit 1280x720 and pass axe',
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
      const { problems, shown } = await walkSteps(page, '1280x720', { axe: true, prefix: 'nl-dark-' });
      assert(problems.length === 0, problems.join('\n    '));
      assert(shown.includes('1-pilot-words'), `the pilot path’s words come after it: ${shown.join(', ')}`);
    },
  },
  {
    name: 'present: the five example cases fit 1280x720 on every step, in Dutch',
    locale: 'nl-NL',
    viewport: { width: 1280, height: 720 },
    async fn({ page, url }) {
      const problems = await walkCases(page, url, '1280x720');
      assert(problems.length === 0, problems.join('\n    '));
    },
  },
  {
    name: 'present: the five example cases fit 1920x1080 on every step, in Dutch',
    locale: 'nl-NL',
    viewport: { width: 1920, height: 1080 },
    async fn({ page, url }) {
      const problems = await walkCases(page, url, '1920x1080');
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
    name: 'present: in a table that scrolls, Space and Page Down scroll it first; the next step starts without the table',
    locale: 'nl-NL',
    viewport: { width: 1280, height: 720 },
    async fn({ page, url }) {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await openApp(page, url);
      await openExample(page, 'case-7.json', 400);
      await page.getByTestId('present-open').click();
      await present(page).waitFor();
      const lanes = await page.getByTestId('present-lane').allTextContents();
      assert(
        lanes.some((l) => l.includes('de kinderen')),
        `case 7 draws steps for several members once, in a lane for them together: ${lanes.join(' | ')}`,
      );
      await page.keyboard.press('t');
      const table = page.locator('[data-testid="present-mode"] .table-wrap');
      await table.waitFor();
      const scrolls = await table.evaluate((el) => el.scrollHeight > el.clientHeight + 1);
      assert(scrolls, 'the table of case 7 is longer than the screen');
      await table.focus();
      for (const key of ['PageDown', ' ']) {
        const before = await table.evaluate((el) => el.scrollTop);
        await page.keyboard.press(key);
        await page.waitForFunction(
          (b) => (document.querySelector('[data-testid="present-mode"] .table-wrap')?.scrollTop ?? 0) > b,
          before,
        );
        assert((await attr(page, 'data-step')) === '1', `${key === ' ' ? 'Space' : key} scrolls, not steps`);
      }
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(
        () => document.querySelector('[data-testid="present-mode"]')?.getAttribute('data-phase') === 'words',
      );
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(
        () => document.querySelector('[data-testid="present-mode"]')?.getAttribute('data-step') === '2',
      );
      assert(
        (await page.getByTestId('present-timeline-table').count()) === 0,
        'step 2 starts with its chart',
      );
      assert(
        (await page.getByTestId('present-table').getAttribute('aria-pressed')) === 'false',
        'the table button is off on the next step',
      );
    },
  },
];

export default presentTests;
