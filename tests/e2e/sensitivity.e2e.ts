/**
 * The sensitivity panels of the Funding tab in real Chromium, against the same analyses run in
 * Node: the tornado ranks the same input first, the threshold search finds the same value, and
 * two variants of a scenario compare side by side.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { analysisInputs } from '../../src/lib/analysis/analysis-inputs';
import { threshold } from '../../src/lib/analysis/threshold';
import { tornado } from '../../src/lib/analysis/tornado';
import type { Scenario } from '../../src/lib/model/scenario';
import { validateScenario } from '../../src/lib/model/validate-scenario';
import { openApp, type WithAutomation } from './app-page';
import { assertNoAxeViolations } from './axe';
import { assert, type BrowserTest } from './harness';

const root = new URL('../../', import.meta.url);

/** Case 1 as the app opens it by default. */
function case1(): Scenario {
  const v = validateScenario(JSON.parse(readFileSync(new URL('static/scenarios/case-1.json', root), 'utf8')));
  if (!v.ok) throw new Error('case 1 does not validate');
  return v.scenario;
}

/**
 * Node and Chromium run the same engine on the same seed; their results may differ only by the
 * last bits of floating-point library functions, so compare with this relative tolerance.
 */
const RELATIVE = 1e-9;
const close = (a: number, b: number) => Math.abs(a - b) <= RELATIVE * Math.max(1, Math.abs(b));

async function openFunding(page: Page, url: string): Promise<void> {
  await openApp(page, url);
  await page.getByTestId('tab-funding').click();
  await page.getByTestId('tornado-panel').waitFor();
}

const sensitivityTests: BrowserTest[] = [
  {
    name: 'sensitivity: the tornado of case 1 draws its bars with sources, the top one the input Node ranks first',
    async fn({ page, url }) {
      await openFunding(page, url);
      await page.getByTestId('tornado-iterations').fill('200');
      await page.getByTestId('tornado-compute').click();
      await page.getByTestId('chart-tornado').waitFor({ timeout: 120_000 });

      const s = case1();
      const node = tornado(s, { iterations: 200, seed: s.settings.seed });
      const bars = page.getByTestId('tornado-bar');
      assert(
        (await bars.count()) === Math.min(10, node.bars.length),
        `10 bars drawn, got ${await bars.count()}`,
      );
      const top = await bars.first().getAttribute('data-ref');
      assert(top === node.bars[0]!.input.ref, `the top bar is ${node.bars[0]!.input.ref}, got ${top}`);
      const label = await bars.first().getByTestId('tornado-label').textContent();
      assert(label === node.bars[0]!.input.label.en, `the top bar is labelled by its input, got ${label}`);
      const source = await bars.first().getByTestId('tornado-source').textContent();
      assert(source?.startsWith('Source: '), `the top bar names its source, got ${source}`);
      const reading = await page.getByTestId('chart-tornado').getByTestId('chart-reading').textContent();
      assert(
        reading?.includes(`“${node.bars[0]!.input.label.en}”`),
        `the reading names the deciding input, got ${reading}`,
      );
      await page.getByTestId('chart-tornado').getByTestId('toggle-table').click();
      await assertNoAxeViolations(page, 'the tornado panel with its table', {
        include: '[data-testid="tornado-panel"]',
      });
    },
  },
  {
    name: 'sensitivity: a threshold search in the browser finds the value Node finds, said in a plain sentence',
    async fn({ page, url }) {
      await openFunding(page, url);
      const s = case1();
      const ref = 'parameters[35].value';
      const input = analysisInputs(s).find((i) => i.ref === ref)!;
      assert(input.label.en.startsWith('Chance of burnout'), `input ${ref} is the father's burnout chance`);

      await page.getByTestId('threshold-input').selectOption(ref);
      await page.getByTestId('threshold-payer').selectOption('employer');
      await page.locator('[data-testid="threshold-panel"] summary').click();
      await page.getByTestId('threshold-iterations').fill('500');
      await page.getByTestId('threshold-draws').fill('5');
      await page.getByTestId('threshold-compute').click();
      const result = page.getByTestId('threshold-result');
      await result.waitFor({ timeout: 120_000 });

      const node = threshold(s, {
        ref,
        lower: input.lower,
        upper: input.upper,
        target: { payerId: 'employer', byMonth: 36, discounted: true },
        iterations: 500,
        seed: s.settings.seed,
        outerDraws: 5,
      });
      assert(node.status === 'found' && node.value !== null, 'Node finds a threshold');
      assert((await result.getAttribute('data-status')) === 'found', 'the browser finds one too');
      const value = Number(await result.getAttribute('data-value'));
      assert(close(value, node.value), `threshold ${value} in the browser, ${node.value} in Node`);
      const low = Number(await result.getAttribute('data-low'));
      const high = Number(await result.getAttribute('data-high'));
      assert(
        close(low, node.interval!.low) && close(high, node.interval!.high),
        `interval ${low}..${high} in the browser, ${node.interval!.low}..${node.interval!.high} in Node`,
      );
      const sentence = await page.getByTestId('threshold-sentence').textContent();
      const per100 = Number((node.value * 100).toPrecision(3));
      assert(
        sentence ===
          `The pilot breaks even for Employer / benefits agency (sick leave) within 3 years if “${input.label.en}” is ${node.breaksEvenWhen} ${per100} in 100 families.`,
        `the sentence, got ${sentence}`,
      );
      await assertNoAxeViolations(page, 'the threshold panel with a result', {
        include: '[data-testid="threshold-panel"]',
      });
    },
  },
  {
    name: 'sensitivity: a duplicated scenario compares with the open one in one table and one chart',
    async fn({ page, url }) {
      await openApp(page, url);
      await page.waitForFunction(
        () => (window as unknown as WithAutomation).pathcost.storageStatus().kind === 'saved',
        undefined,
        { timeout: 10_000 },
      );
      await page.getByTestId('tab-library').click();
      await page.getByTestId('library-duplicate').first().click();
      await page.locator('[data-testid="library-row"]', { hasText: '(copy)' }).waitFor();

      await page.getByTestId('tab-funding').click();
      const boxes = page.getByTestId('variant-choice');
      await boxes.nth(1).waitFor();
      assert((await boxes.count()) === 2, `two scenarios to choose from, got ${await boxes.count()}`);
      assert(await boxes.first().isChecked(), 'the open scenario is ticked');
      assert(
        (await page.getByTestId('variants-compute').getAttribute('aria-disabled')) === 'true',
        'one scenario cannot be compared',
      );
      await boxes.nth(1).check();
      await page.getByTestId('variants-iterations').fill('500');
      await page.getByTestId('variants-compute').click();
      const rows = page.getByTestId('variant-row');
      await rows.nth(1).waitFor({ timeout: 120_000 });
      assert((await rows.count()) === 2, 'two rows');
      const names = await rows.locator('th').allTextContents();
      assert(names[1]!.includes('(copy)'), `the copy is the second row, got ${names.join(' | ')}`);
      // A copy with the same seed simulates the same futures: the same numbers in both rows.
      const cells = async (k: number) => rows.nth(k).locator('td').allTextContents();
      const [a, b] = [await cells(0), await cells(1)];
      assert(
        JSON.stringify(a) === JSON.stringify(b),
        `identical rows, got ${a.join(' | ')} vs ${b.join(' | ')}`,
      );
      const dots = page.locator('[data-testid="chart-variants"] [data-testid="variant-mark"] circle');
      assert((await dots.count()) === 2, 'a dot per variant');
      await assertNoAxeViolations(page, 'the variants panel with a comparison', {
        include: '[data-testid="variants-panel"]',
      });
    },
  },
];

export default sensitivityTests;
