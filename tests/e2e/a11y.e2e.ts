/**
 * Accessibility (WCAG 2.2 AA) in real Chromium: axe-core on every main view in English and Dutch
 * and in present mode at every reveal step; a visible, unhidden focus indicator on everything Tab
 * reaches; targets of at least 24 x 24 px (or spaced as WCAG 2.5.8 allows); and no motion when
 * the user asks for reduced motion.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { assertNoAxeViolations } from './axe';
import { openApp, runAndWait, type WithAutomation } from './app-page';
import { assert, type BrowserTest } from './harness';

type ViewId = 'library' | 'session' | 'paths' | 'results' | 'funding' | 'sources';
const VIEWS: ViewId[] = ['library', 'session', 'paths', 'results', 'funding', 'sources'];

/** Case 1 with fewer iterations, so a run takes a moment. */
function case1Document(iterations = 2000): Record<string, unknown> {
  const doc = JSON.parse(
    readFileSync(new URL('../../static/scenarios/case-1.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown>;
  doc.settings = { ...(doc.settings as object), iterations };
  return doc;
}

async function load(page: Page, doc: unknown): Promise<void> {
  const problems = await page.evaluate(
    (d) => (globalThis as unknown as WithAutomation).pathcost.load(d),
    doc as Record<string, unknown>,
  );
  assert(problems.length === 0, `the scenario loads: ${problems.join('; ')}`);
}

/** Open the app on case 1 and run it (the results and charts are drawn). */
async function openAndRun(page: Page, url: string): Promise<void> {
  await openApp(page, url);
  await load(page, case1Document());
  await runAndWait(page, 120_000);
  await page.getByTestId('charts').waitFor({ timeout: 30_000 });
}

/** Show a view by its tab, and for the paths view open the first step's form too. */
async function showView(page: Page, view: ViewId): Promise<void> {
  await page.getByTestId(`tab-${view}`).click();
  await page.locator(`#panel-${view}:not([hidden])`).waitFor();
  if (view === 'paths') {
    // A step's, an event's and a parameter's form open (their number inputs, branches, previews).
    for (const row of ['step-row', 'event-row', 'parameter-row']) {
      const toggle = page.locator(`[data-testid="${row}"] button.toggle`).first();
      await toggle.waitFor();
      if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
      await page.locator(`[data-testid="${row}"] [role="group"]`).first().waitFor();
    }
  }
  if (view === 'results') await page.getByTestId('charts').waitFor({ timeout: 30_000 });
}

function axeOnEveryView(language: 'en' | 'nl'): BrowserTest {
  return {
    name: `a11y: axe finds no serious or critical WCAG 2.2 AA violation on any main view (${language})`,
    locale: language === 'nl' ? 'nl-NL' : 'en-GB',
    async fn({ page, url }) {
      await openAndRun(page, url);
      assert(
        (await page.evaluate(() => document.documentElement.lang)) === language,
        `page is in ${language}`,
      );
      const failures: string[] = [];
      for (const view of VIEWS) {
        await showView(page, view);
        try {
          await assertNoAxeViolations(page, `the ${view} view (${language})`);
        } catch (e) {
          failures.push((e as Error).message);
        }
      }
      // A chart shown as a table, too.
      await showView(page, 'results');
      await page.getByTestId('toggle-table').first().click();
      await page.getByTestId('chart-table').first().waitFor();
      try {
        await assertNoAxeViolations(page, `the results view with a chart table (${language})`);
      } catch (e) {
        failures.push((e as Error).message);
      }
      assert(failures.length === 0, failures.join('\n    '));
    },
  };
}

/** A fingerprint of what present mode shows (changes when a reveal step shows more). */
const presentState = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector('[data-testid="present-mode"]');
    return el ? `${el.innerHTML.length}:${(el as HTMLElement).innerText}` : '';
  });

function axeInPresentMode(language: 'en' | 'nl'): BrowserTest {
  return {
    name: `a11y: axe finds no serious or critical violation in present mode at any reveal step (${language})`,
    locale: language === 'nl' ? 'nl-NL' : 'en-GB',
    async fn({ page, url }) {
      await openAndRun(page, url);
      await page.getByTestId('present-open').click();
      await page.getByTestId('present-mode').waitFor();
      const failures: string[] = [];
      const check = async (step: number) => {
        try {
          await assertNoAxeViolations(page, `present mode, step ${step} (${language})`);
        } catch (e) {
          failures.push((e as Error).message);
        }
      };
      await check(0);
      // Step through the reveal with the arrow key until nothing more appears.
      let state = await presentState(page);
      let steps = 0;
      for (let i = 1; i <= 30; i++) {
        await page.keyboard.press('ArrowRight');
        await page.waitForTimeout(150);
        const next = await presentState(page);
        if (next === state) break;
        state = next;
        steps = i;
        await check(i);
      }
      if (steps === 0) failures.push('the arrow key did not step the reveal');
      await page.keyboard.press('Escape');
      try {
        await page.getByTestId('present-open').waitFor({ timeout: 5000 });
      } catch {
        failures.push('Esc did not leave present mode');
      }
      assert(failures.length === 0, `${steps + 1} step(s) checked:\n    ${failures.join('\n    ')}`);
    },
  };
}

interface FocusProblem {
  what: string;
  problem: string;
}

/** The focused element: a description, and what is wrong with how its focus shows. */
const focusCheck = (page: Page) =>
  page.evaluate((): FocusProblem | null | 'none' => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'none';
    const what =
      el.tagName.toLowerCase() +
      (el.id ? `#${el.id}` : '') +
      (el.dataset.testid ? `[data-testid=${el.dataset.testid}]` : '') +
      ` "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
    const shadow = s.boxShadow !== 'none' && /\d*[1-9]\d*(\.\d+)?px/.test(s.boxShadow);
    // An SVG control (the timeline's bars) draws its own ring: a child stroked in the focus colour.
    const focus = getComputedStyle(document.documentElement).getPropertyValue('--focus').trim();
    const rgb = /^#[0-9a-f]{6}$/i.test(focus)
      ? `rgb(${[1, 3, 5].map((i) => parseInt(focus.slice(i, i + 2), 16)).join(', ')})`
      : focus;
    const ring =
      el instanceof SVGElement &&
      [...el.querySelectorAll('*')].some((c) => {
        const cs = getComputedStyle(c);
        return cs.stroke === rgb && parseFloat(cs.strokeWidth) > 0;
      });
    if (!outline && !shadow && !ring) return { what, problem: 'no outline, box-shadow or focus ring' };
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) return { what, problem: 'has no size' };
    if (r.top < -0.5 || r.left < -0.5 || r.bottom > innerHeight + 0.5 || r.right > innerWidth + 0.5) {
      return { what, problem: `not inside the viewport (${Math.round(r.top)}..${Math.round(r.bottom)})` };
    }
    // Not hidden under something else (a sticky header, a banner): the element itself is on top.
    const points = [
      [r.left + r.width / 2, r.top + r.height / 2],
      [r.left + 2, r.top + 2],
      [r.right - 2, r.bottom - 2],
    ];
    const covered = points.every(([x, y]) => {
      const hit = document.elementFromPoint(x!, y!);
      if (!hit) return true;
      if (el === hit || el.contains(hit)) return false;
      // A control inside its label (a checkbox in a label) is not hidden by that label.
      const labels = (el as HTMLInputElement).labels;
      return !(labels && [...labels].some((l) => l === hit || l.contains(hit)));
    });
    if (covered) return { what, problem: 'covered by another element' };
    return null;
  });

function focusVisible(view: ViewId, presses: number): BrowserTest {
  return {
    name: `a11y: every element Tab reaches in the ${view} view shows a visible focus indicator inside the viewport`,
    async fn({ page, url }) {
      if (view === 'results') await openAndRun(page, url);
      else await openApp(page, url);
      await showView(page, view);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const problems: string[] = [];
      let reached = 0;
      for (let i = 0; i < presses; i++) {
        await page.keyboard.press('Tab');
        const r = await focusCheck(page);
        if (r === 'none') continue;
        reached++;
        if (r) problems.push(`${r.what}: ${r.problem}`);
      }
      assert(reached > 20, `Tab reached ${reached} elements`);
      assert(problems.length === 0, [...new Set(problems)].join('\n    '));
    },
  };
}

/** Interactive elements smaller than 24 x 24 px that the WCAG 2.5.8 spacing exception does not cover. */
const smallTargets = (page: Page) =>
  page.evaluate(() => {
    const MIN = 24;
    const selector =
      'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [role=tab], [role=link], [role=checkbox], [role=radio], [role=slider], [tabindex]:not([tabindex="-1"])';
    const visible = (el: Element) => {
      const s = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      return s.visibility !== 'hidden' && s.display !== 'none' && r.width > 0 && r.height > 0;
    };
    const targets = [...document.querySelectorAll(selector)].filter(
      (el) => visible(el) && !(el as HTMLElement).closest('[hidden], [inert]'),
    );
    // Inline exception: a link inside a sentence.
    const inline = (el: Element) =>
      el.tagName === 'A' &&
      getComputedStyle(el).display === 'inline' &&
      (el.parentElement?.textContent ?? '').trim().length > (el.textContent ?? '').trim().length;
    const rects = targets.map((el) => el.getBoundingClientRect());
    const small = targets
      .map((el, i) => ({ el, r: rects[i]! }))
      .filter(({ el, r }) => (r.width < MIN - 0.01 || r.height < MIN - 0.01) && !inline(el));
    const centre = (r: DOMRect) => [r.left + r.width / 2, r.top + r.height / 2] as const;
    const circleHitsRect = ([cx, cy]: readonly [number, number], r: DOMRect) => {
      const dx = Math.max(r.left - cx, 0, cx - r.right);
      const dy = Math.max(r.top - cy, 0, cy - r.bottom);
      return dx * dx + dy * dy < (MIN / 2) * (MIN / 2);
    };
    const out: string[] = [];
    for (const { el, r } of small) {
      const c = centre(r);
      const clash = targets.some((other, j) => {
        if (other === el || other.contains(el) || el.contains(other)) return false;
        const o = rects[j]!;
        if (circleHitsRect(c, o)) return true;
        const isSmall = small.some((s) => s.el === other);
        if (!isSmall) return false;
        const [ox, oy] = centre(o);
        return Math.hypot(ox - c[0], oy - c[1]) < MIN;
      });
      if (clash) {
        const h = el as HTMLElement;
        out.push(
          `${h.tagName.toLowerCase()}${h.id ? `#${h.id}` : ''}${h.className && typeof h.className === 'string' ? `.${h.className.split(' ')[0]}` : ''} "${(h.getAttribute('aria-label') ?? h.textContent ?? '').trim().slice(0, 30)}" ${r.width.toFixed(1)}x${r.height.toFixed(1)}`,
        );
      }
    }
    return { count: targets.length, small: out };
  });

const targetSizes: BrowserTest = {
  name: 'a11y: every interactive element on the main views is at least 24 x 24 px or spaced as WCAG 2.5.8 allows',
  async fn({ page, url }) {
    await openAndRun(page, url);
    const problems: string[] = [];
    let counted = 0;
    for (const view of VIEWS) {
      await showView(page, view);
      const { count, small } = await smallTargets(page);
      counted += count;
      for (const s of small) problems.push(`${view}: ${s}`);
    }
    assert(counted > 50, `${counted} targets checked`);
    assert(problems.length === 0, problems.join('\n    '));
  },
};

/** Transition and animation durations over 0.01 s on any element (and its ::before/::after). */
const motion = (page: Page) =>
  page.evaluate(() => {
    const seconds = (list: string) =>
      list.split(',').map((d) => (d.trim().endsWith('ms') ? parseFloat(d) / 1000 : parseFloat(d)));
    const out: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const s = getComputedStyle(el, pseudo);
        const t = Math.max(...seconds(s.transitionDuration));
        const a = s.animationName === 'none' ? 0 : Math.max(...seconds(s.animationDuration));
        if (t > 0.01 || a > 0.01) {
          out.push(
            `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${pseudo ?? ''}: transition ${t}s, animation ${a}s`,
          );
        }
      }
    }
    return out;
  });

/** A probe element with its own transition and animation (set through the CSSOM; the CSP allows it). */
const addMotionProbe = (page: Page) =>
  page.evaluate(() => {
    const probe = document.createElement('div');
    probe.id = 'motion-probe';
    probe.textContent = 'probe';
    probe.style.transition = 'opacity 0.4s ease';
    probe.style.animation = 'pathcost-none 2s infinite';
    document.body.append(probe);
  });

const reducedMotion: BrowserTest = {
  name: 'a11y: with prefers-reduced-motion, no transition or animation longer than 0.01 s remains on any view',
  async fn({ page, url }) {
    await openAndRun(page, url);
    // Without the preference the probe moves (the check can see motion) ...
    await addMotionProbe(page);
    const before = await motion(page);
    assert(
      before.some((m) => m.startsWith('div#motion-probe')),
      `the probe's motion is seen without the preference: ${before.join('; ')}`,
    );
    // ... and with it, nothing does: the app's global rule stops it.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const problems: string[] = [];
    for (const view of VIEWS) {
      await showView(page, view);
      for (const m of await motion(page)) problems.push(`${view}: ${m}`);
    }
    await page.getByTestId('present-open').click();
    await page.getByTestId('present-mode').waitFor();
    await page.keyboard.press('ArrowRight');
    for (const m of await motion(page)) problems.push(`present mode: ${m}`);
    await page.keyboard.press('Escape');
    assert(problems.length === 0, [...new Set(problems)].join('\n    '));
  },
};

/**
 * Data marks that show neither a stroke nor a fill at 3:1 against the white page (WCAG 1.4.11):
 * light fills count only through an edge in the full colour; hatches through their outline.
 */
const faintMarks = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const rgb = (c: string): [number, number, number] | null => {
      const m = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)/.exec(c);
      return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
    };
    const luminance = ([r, g, b]: [number, number, number]) => {
      const lin = (v: number) => {
        const s = v / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    /** Contrast against white of a colour drawn with this opacity over white. */
    const contrast = (colour: string, alpha: number) => {
      const c = rgb(colour);
      if (!c) return 0;
      const over = c.map((v) => alpha * v + (1 - alpha) * 255) as [number, number, number];
      return 1.05 / (luminance(over) + 0.05);
    };
    const opacityOf = (el: Element) => {
      let o = 1;
      for (let e: Element | null = el; e && e.tagName.toLowerCase() !== 'svg'; e = e.parentElement) {
        o *= Number(getComputedStyle(e).opacity);
      }
      return o;
    };
    const out: string[] = [];
    let checked = 0;
    for (const el of document.querySelectorAll(sel)) {
      const s = getComputedStyle(el);
      if (s.display === 'none' || s.visibility === 'hidden') continue;
      checked++;
      const o = opacityOf(el);
      const stroke =
        s.stroke !== 'none' && parseFloat(s.strokeWidth) >= 1
          ? contrast(s.stroke, o * Number(s.strokeOpacity))
          : 0;
      const fill = s.fill.startsWith('url') ? 0 : contrast(s.fill, o * Number(s.fillOpacity));
      if (Math.max(stroke, fill) < 3) {
        const chart = el.closest('[data-testid]:not([data-testid="marks"])')?.getAttribute('data-testid');
        out.push(
          `${chart}: <${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> fill ${s.fill} x ${s.fillOpacity} (${fill.toFixed(2)}:1), stroke ${s.stroke} (${stroke.toFixed(2)}:1)`,
        );
      }
    }
    return { checked, faint: out };
  }, selector);

const chartContrast: BrowserTest = {
  name: 'a11y: every data mark in the charts and the timeline shows at 3:1 or more against the page',
  async fn({ page, url }) {
    await openAndRun(page, url);
    await showView(page, 'results');
    const charts = await faintMarks(
      page,
      '[data-testid="charts"] [data-testid="marks"] :is(path, rect, line, circle, polygon, polyline, ellipse)',
    );
    await showView(page, 'paths');
    const timeline = await faintMarks(page, '[data-testid^="timeline-"] svg .item :is(.shape, .marker)');
    assert(
      charts.checked > 50 && timeline.checked > 5,
      `${charts.checked} + ${timeline.checked} marks checked`,
    );
    const faint = [...charts.faint, ...timeline.faint];
    assert(faint.length === 0, [...new Set(faint)].join('\n    '));
  },
};

const a11yTests: BrowserTest[] = [
  axeOnEveryView('en'),
  axeOnEveryView('nl'),
  axeInPresentMode('en'),
  axeInPresentMode('nl'),
  focusVisible('library', 150),
  focusVisible('paths', 250),
  focusVisible('results', 200),
  targetSizes,
  chartContrast,
  reducedMotion,
];

export default a11yTests;
