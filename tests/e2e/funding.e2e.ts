/**
 * The Funding view in real Chromium: a policymaker's question ("40 families a year for 3 years,
 * what does it cost the municipality?") answered by the analysis worker, checked against the
 * engine run in Node.
 */
import { readFileSync } from 'node:fs';
import { validateScenario } from '../../src/lib/model/validate-scenario';
import { runInline } from '../../src/lib/sim/run-inline';
import { summarizeRun } from '../../src/lib/sim/summarize';
import { openApp } from './app-page';
import { assertNoAxeViolations } from './axe';
import { assert, type BrowserTest } from './harness';

const root = new URL('../../', import.meta.url);
const PAYER = 'municipality-youth';
const FAMILIES = 40;
const YEARS = 3;
/** Small enough for a quick test: 40 draws of the averages x 250 families each. */
const OUTER = 40;
const INNER = 250;

/**
 * Case 1's mean nominal difference per family for one payer over the horizon, from the engine in
 * Node, with its Monte Carlo standard error from 10 independent batches of 2000 families.
 */
function nodeReference(): { mean: number; se: number; horizonMonths: number } {
  const v = validateScenario(JSON.parse(readFileSync(new URL('static/scenarios/case-1.json', root), 'utf8')));
  assert(v.ok, 'case 1 validates');
  const s = v.scenario;
  const means: number[] = [];
  for (let b = 0; b < 10; b++) {
    const seed = s.settings.seed + 1000 + b;
    const data = runInline(s, { iterations: 2000, seed, outputs: { monthly: false, bands: false } });
    const payer = summarizeRun(s, data, seed).payers.find((p) => p.id === PAYER);
    assert(payer, `case 1 has the payer ${PAYER}`);
    means.push(payer.difference.horizonUndiscounted);
  }
  const mean = means.reduce((a, x) => a + x, 0) / means.length;
  const sd = Math.sqrt(means.reduce((a, x) => a + (x - mean) ** 2, 0) / (means.length - 1));
  return { mean, se: sd / Math.sqrt(means.length), horizonMonths: s.settings.horizonMonths };
}

const fundingTests: BrowserTest[] = [
  {
    name: 'funding: 40 families a year for 3 years, per payer, matches 120 x the per-family mean in Node',
    async fn({ page, url }) {
      await openApp(page, url);
      await page.getByTestId('tab-funding').click();
      await page.getByTestId('funding-view').waitFor();
      await page.getByTestId('cohort-families').fill(String(FAMILIES));
      await page.getByTestId('cohort-years').fill(String(YEARS));
      await page.getByTestId('funding-payer').selectOption(PAYER);
      await page.locator('[data-testid="cohort-form"] details summary').click();
      await page.getByTestId('cohort-outer').fill(String(OUTER));
      await page.getByTestId('cohort-inner').fill(String(INNER));
      await page.getByTestId('funding-compute').click();
      await page.getByTestId('budget-table').waitFor({ timeout: 120_000 });

      const ref = nodeReference();
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
];
export default fundingTests;
