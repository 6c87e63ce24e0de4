/**
 * The Funding view in real Chromium: a policymaker's question ("40 families a year for 3 years,
 * what does it cost the municipality?") answered by the analysis worker, checked against the
 * engine run in Node.
 */
import { readFileSync } from 'node:fs';
import { validateScenario } from '../../src/lib/model/validate-scenario';
import { runInline } from '../../src/lib/sim/run-inline';
import { summarizeRun } from '../../src/lib/sim/summarize';
import type { Page } from 'playwright-core';
import { openApp, type WithAutomation } from './app-page';
import { assertNoAxeViolations } from './axe';
import { assert, type BrowserTest } from './harness';

const root = new URL('../../', import.meta.url);
const PAYER = 'municipality-youth';
const FAMILIES = 40;
const YEARS = 3;
/** Small enough for a quick test: 40 draws of the averages x 250 families each. */
const OUTER = 40;
const INNER = 250;

/** An example scenario from static/scenarios, validated. */
function exampleScenario(file: string) {
  const v = validateScenario(JSON.parse(readFileSync(new URL(`static/scenarios/${file}`, root), 'utf8')));
  assert(v.ok, `${file} validates`);
  return v.scenario;
}

/**
 * A scenario's mean nominal difference per family over the horizon, for one payer (null: all
 * payers together), from the engine in Node, with its Monte Carlo standard error from 10
 * independent batches of 2000 families.
 */
function nodeReference(
  file: string,
  payerId: string | null,
): { mean: number; se: number; horizonMonths: number } {
  const s = exampleScenario(file);
  const means: number[] = [];
  for (let b = 0; b < 10; b++) {
    const seed = s.settings.seed + 1000 + b;
    const data = runInline(s, { iterations: 2000, seed, outputs: { monthly: false, bands: false } });
    const payers = summarizeRun(s, data, seed).payers.filter((p) => payerId === null || p.id === payerId);
    assert(payers.length > 0, `${file} has the payer ${payerId}`);
    means.push(payers.reduce((a, p) => a + p.difference.horizonUndiscounted, 0));
  }
  const mean = means.reduce((a, x) => a + x, 0) / means.length;
  const sd = Math.sqrt(means.reduce((a, x) => a + (x - mean) ** 2, 0) / (means.length - 1));
  return { mean, se: sd / Math.sqrt(means.length), horizonMonths: s.settings.horizonMonths };
}

/** Open the Funding tab and set the precision (Advanced) to keep a test quick. */
async function openFunding(page: Page, outer: number, inner: number): Promise<void> {
  await page.getByTestId('tab-funding').click();
  await page.getByTestId('funding-view').waitFor();
  await page.locator('[data-testid="cohort-form"] details summary').click();
  await page.getByTestId('cohort-outer').fill(String(outer));
  await page.getByTestId('cohort-inner').fill(String(inner));
}

/** The total difference of the budget table (all payers or the one shown): mean, 5th and 95th percentile. */
async function totalDifference(page: Page): Promise<{ mean: number; low: number; high: number }> {
  const cell = page
    .getByTestId('budget-table')
    .getByTestId('budget-total')
    .first()
    .locator('[data-col="difference"]');
  const read = async (attr: string) => Number(await cell.getAttribute(attr));
  return { mean: await read('data-value'), low: await read('data-low'), high: await read('data-high') };
}

const fundingTests: BrowserTest[] = [
  {
    name: 'funding: 40 families a year for 3 years, per payer, matches 120 x the per-family mean in Node',
    async fn({ page, url }) {
      await openApp(page, url);
      await openFunding(page, OUTER, INNER);
      await page.getByTestId('cohort-families').fill(String(FAMILIES));
      await page.getByTestId('cohort-years').fill(String(YEARS));
      await page.getByTestId('funding-payer').selectOption(PAYER);
      await page.getByTestId('funding-compute').click();
      await page.getByTestId('budget-table').waitFor({ timeout: 120_000 });

      const ref = nodeReference('case-1.json', PAYER);
      const table = page.getByTestId('budget-table');
      const rows = table.getByTestId('budget-row');
      const years = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-year'))));
      const payers = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-payer')));
      const calendarYears = YEARS + ref.horizonMonths / 12;
      assert(
        years.join() === Array.from({ length: calendarYears }, (_, k) => k + 1).join(),
        `the table has years 1 to ${calendarYears}, got ${years.join()}`,
      );
      assert(
        payers.every((p) => p === PAYER),
        `every row is for ${PAYER}, got ${payers.join()}`,
      );

      // The total's mean over the outer draws, with its standard error from its 90 % interval
      // over the draws (5th..95th percentile ~ +-1.645 sd of the draw totals, over OUTER draws).
      const difference = table.getByTestId('budget-total').locator('[data-col="difference"]');
      const read = async (attr: string) => Number(await difference.getAttribute(attr));
      const [total, low, high] = [await read('data-value'), await read('data-low'), await read('data-high')];
      assert((await difference.textContent())?.includes('90 %'), 'the total shows its interval');
      const seBrowser = (high - low) / (2 * 1.645) / Math.sqrt(OUTER);
      await page.getByTestId('chart-budget').getByTestId('toggle-table').click();
      const chartRows = await page
        .getByTestId('chart-budget')
        .locator('table[data-table="budget"] tbody tr')
        .count();
      assert(chartRows === calendarYears, `the chart's table has a row per year, got ${chartRows}`);
      const n = FAMILIES * YEARS;
      const expected = n * ref.mean;
      const tolerance = 4 * Math.sqrt(seBrowser ** 2 + (n * ref.se) ** 2);
      assert(Number.isFinite(total) && seBrowser > 0, `numbers were read: ${total}, ${seBrowser}`);
      assert(
        Math.abs(total - expected) <= tolerance,
        `total nominal difference ${total} should be ${n} x ${ref.mean} = ${expected} within 4 standard errors (${tolerance})`,
      );
      assert(
        tolerance < 0.25 * Math.abs(expected),
        `the check is sharp enough: tolerance ${tolerance} vs ${expected}`,
      );

      const average = await page.getByTestId('uncertainty-average').textContent();
      const single = await page.getByTestId('uncertainty-spread').textContent();
      assert(
        average?.includes('Uncertainty about the average (what a budget depends on)'),
        `the page names the uncertainty about the average, got ${average}`,
      );
      assert(
        single?.includes('Spread between single families'),
        `the page names the spread between families, got ${single}`,
      );
      const headline = await page.getByTestId('budget-headline').textContent();
      assert(
        headline?.includes('Funding 40 families a year for 3 years (Municipality (Youth Act)'),
        `the headline says the question in words, got ${headline}`,
      );
      await assertNoAxeViolations(page, 'the funding view with a budget', {
        include: '[data-testid="funding-view"]',
      });
    },
  },
  {
    name: 'funding: a lever moved by keyboard re-runs the headline numbers and the budget; Apply is undoable',
    async fn({ page, url }) {
      await openApp(page, url);
      await page.getByTestId('tab-funding').click();
      await page.getByTestId('levers-find').click();
      const lever = page.getByTestId('lever').first();
      await lever.waitFor({ timeout: 120_000 });
      const slider = lever.getByRole('slider');
      const before = await lever.getByTestId('lever-value').textContent();
      await slider.focus();
      for (let k = 0; k < 20; k++) await page.keyboard.press('ArrowRight');
      const after = await lever.getByTestId('lever-value').textContent();
      assert(after !== before, `the arrow keys move the lever: ${before} -> ${after}`);
      await page.getByTestId('levers-headline').waitFor({ timeout: 60_000 });
      await page.getByTestId('chart-lever-budget').waitFor({ timeout: 60_000 });
      const cheaper = await page.getByTestId('levers-cheaper').textContent();
      assert(
        /In .* of 10 simulated futures/.test(cheaper ?? ''),
        `the headline says it in plain words: ${cheaper}`,
      );
      const title = await page.getByTestId('chart-lever-budget').locator('h3').textContent();
      assert(title?.includes('expected values, no interval'), `the lever budget says what it is: ${title}`);
      await page.getByTestId('levers-apply').click();
      await page.getByTestId('levers-status').filter({ hasText: 'Applied' }).waitFor();
      const undo = await page.getByTestId('undo').getAttribute('title');
      assert(undo === 'Undo: Apply the levers (Ctrl+Z)', `Undo names the edit: ${undo}`);
    },
  },
  {
    name: 'funding: a mix of case 1 and case 7 at 60/40 reaches the worker and matches the weighted means in Node',
    async fn({ page, url }) {
      await openApp(page, url);
      // Case 7 must be stored first: open it (it is saved), then case 1 again.
      const load = (file: string) =>
        page.evaluate(
          async (doc) => {
            const api = (window as unknown as WithAutomation).pathcost;
            const problems = await api.load(doc);
            await api.flush();
            return problems;
          },
          JSON.parse(readFileSync(new URL(`static/scenarios/${file}`, root), 'utf8')) as unknown,
        );
      assert((await load('case-7.json')).length === 0, 'case 7 opens');
      assert((await load('case-1.json')).length === 0, 'case 1 opens again');
      await openFunding(page, 20, 250);
      await page.getByTestId('mix-load').click();
      const row = (id: string) => page.locator(`[data-testid="mix-row"][data-id="${id}"] input`);
      await row('case-7').waitFor();
      await row('case-1').fill('60');
      await row('case-7').fill('40');
      assert(
        (await page.getByTestId('mix-sum').textContent())?.includes('100%'),
        'the shares add up to 100 %',
      );
      await page.getByTestId('funding-compute').click();
      await page.waitForFunction(
        () =>
          document.querySelector('[data-testid="budget-table"]') ||
          document.querySelector('[data-testid="funding-problem"]'),
        undefined,
        { timeout: 180_000 },
      );
      const problem = page.getByTestId('funding-problem');
      assert(
        (await problem.count()) === 0,
        `no failure, got: ${await problem
          .first()
          .textContent()
          .catch(() => '')}`,
      );

      const [r1, r7] = [nodeReference('case-1.json', null), nodeReference('case-7.json', null)];
      const n = 40 * 3;
      const expected = n * (0.6 * r1.mean + 0.4 * r7.mean);
      const seNode = n * Math.sqrt((0.6 * r1.se) ** 2 + (0.4 * r7.se) ** 2);
      const total = await totalDifference(page);
      const seBrowser = (total.high - total.low) / (2 * 1.645) / Math.sqrt(20);
      const tolerance = 4 * Math.sqrt(seBrowser ** 2 + seNode ** 2);
      assert(Number.isFinite(total.mean) && seBrowser > 0, `numbers were read: ${JSON.stringify(total)}`);
      assert(
        Math.abs(total.mean - expected) <= tolerance,
        `total nominal difference ${total.mean} should be ${n} x (0.6 x ${r1.mean} + 0.4 x ${r7.mean}) = ${expected} within 4 standard errors (${tolerance})`,
      );
    },
  },
  {
    name: 'funding: at 1280x720 the budget table fits beside the side panel (en, nl) and focus lands on the results',
    async fn({ page, url }) {
      await openApp(page, url);
      await openFunding(page, 20, 100);
      for (const lang of ['en', 'nl'] as const) {
        // The view stays open: in Dutch the same budget is computed again.
        if (lang === 'nl') await page.getByTestId('lang-nl').click();
        await page.getByTestId('funding-compute').click();
        await page.waitForFunction(
          () => document.activeElement?.id === 'funding-results-heading',
          undefined,
          {
            timeout: 120_000,
          },
        );
        await page.getByTestId('budget-table').waitFor();
        const fit = await page.evaluate(() => {
          const region = document.querySelector('[data-testid="budget-scroll"]')!;
          const table = document.querySelector('[data-testid="budget-table"]')!.getBoundingClientRect();
          const view = document.querySelector('[data-testid="funding-view"]')!.getBoundingClientRect();
          const heading = document.getElementById('funding-results-heading')!.getBoundingClientRect();
          return {
            scrollWidth: region.scrollWidth,
            clientWidth: region.clientWidth,
            tableRight: table.right,
            viewRight: view.right,
            lang: document.documentElement.lang,
            headingTop: heading.top,
            innerHeight: window.innerHeight,
          };
        });
        assert(
          fit.scrollWidth <= fit.clientWidth + 1,
          `(${lang}) the table needs no sideways scrolling: ${fit.scrollWidth} px in ${fit.clientWidth} px`,
        );
        assert(
          fit.tableRight <= fit.viewRight + 1,
          `(${lang}) the table ends inside the view: ${JSON.stringify(fit)}`,
        );
        assert(
          fit.headingTop >= 0 && fit.headingTop < fit.innerHeight,
          `(${lang}) the results heading is on screen after Compute: ${JSON.stringify(fit)}`,
        );
        const nowrap = await page
          .getByTestId('budget-table')
          .locator('td.num .amount')
          .evaluateAll((els) => els.every((e) => e.getClientRects().length === 1));
        assert(nowrap, `(${lang}) no amount is broken over two lines`);
      }
    },
  },
];
export default fundingTests;
