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
      // 0 or at least 20 draws (fewer give no 90 % interval worth showing): 5 is refused.
      await page.getByTestId('threshold-draws').fill('5');
      // Compute is aria-disabled (Playwright will not click it): press it from the keyboard.
      await page.getByTestId('threshold-compute').focus();
      await page.keyboard.press('Enter');
      const refused = await page.getByTestId('threshold-blocked').textContent();
      assert(
        refused?.includes('Fewer than 20 draws are too few for a 90 % interval'),
        `5 draws are refused with the reason, got ${refused}`,
      );
      assert(
        await page.getByTestId('threshold-draws').evaluate((el) => el === document.activeElement),
        'the refused click takes the keyboard to the draws field',
      );
      await page.getByTestId('threshold-draws').fill('20');
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
        outerDraws: 20,
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
      const more = (await page.getByTestId('threshold-more').allTextContents()).join(' ');
      const per100 = (x: number) => String(Number((x * 100).toPrecision(3)));
      const lowText = `${per100(node.interval!.low)}${node.interval!.lowBeyondRange ? ' or lower' : ''}`;
      const highText = `${per100(node.interval!.high)}${node.interval!.highBeyondRange ? ' or higher' : ''}`;
      assert(
        more.includes(`${lowText} to ${highText}`) || more.includes('entirely'),
        `the interval in words (${lowText} to ${highText}), got ${more}`,
      );
      const sentence = await page.getByTestId('threshold-sentence').textContent();
      assert(
        sentence ===
          `The pilot breaks even for Employer / benefits agency (sick leave) within 3 years if “${input.label.en}” is ${node.breaksEvenWhen} ${per100(node.value)} in 100 families.`,
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
  {
    name: 'sensitivity: the variants table fits 1280x720 beside the side panel, amounts on one line, names in the language chosen',
    viewport: { width: 1280, height: 720 },
    async fn({ page, url }) {
      await duplicateAndCompare(page, url);
      for (const language of ['en', 'nl'] as const) {
        if (language === 'nl') {
          await page.getByTestId('lang-nl').click();
          await page.waitForFunction(() => document.documentElement.lang === 'nl');
        }
        const fit = await page.getByTestId('variants-table').evaluate((table) => {
          const region = table.parentElement!;
          const box = region.getBoundingClientRect();
          const lastHeader = table.querySelector('thead th:last-child')!.getBoundingClientRect();
          const broken = [...table.querySelectorAll('.amount')]
            .filter((a) => a.getClientRects().length !== 1)
            .map((a) => a.textContent);
          return {
            overflow: region.scrollWidth - region.clientWidth,
            lastHeaderInside: lastHeader.right <= box.right + 0.5 && lastHeader.right <= innerWidth,
            broken,
            amounts: table.querySelectorAll('.amount').length,
          };
        });
        assert(fit.overflow <= 0, `${language}: the table is ${fit.overflow} px wider than its place`);
        assert(fit.lastHeaderInside, `${language}: the Break-even column is cut off`);
        assert(fit.amounts >= 10, `${language}: amounts are marked (${fit.amounts})`);
        assert(fit.broken.length === 0, `${language}: amounts broken over lines: ${fit.broken.join(' | ')}`);
      }
      const names = await page.getByTestId('variant-row').locator('th').allTextContents();
      assert(
        names[0]!.startsWith('Casus 1 – Aandacht voor ouderschap') && names[1]!.includes('(copy)'),
        `the open scenario's row is named in Dutch after switching (the copy keeps the one name it was given), got ${names.join(' | ')}`,
      );
    },
  },
  {
    name: 'sensitivity: a tornado of one scenario is marked as that scenario’s when another is opened, and current again on return',
    async fn({ page, url }) {
      await openApp(page, url);
      await waitSaved(page);
      await page.getByTestId('tab-funding').click();
      await page.getByTestId('tornado-iterations').fill('100');
      await page.getByTestId('tornado-compute').click();
      await page.getByTestId('chart-tornado').waitFor({ timeout: 120_000 });
      assert((await page.getByTestId('tornado-stale').count()) === 0, 'a fresh result is not stale');

      // Open a copy (another scenario, same content but for its id and name).
      await page.getByTestId('tab-library').click();
      await page.getByTestId('library-duplicate').first().click();
      const copyRow = page.locator('[data-testid="library-row"]', { hasText: '(copy)' });
      await copyRow.getByTestId('library-open').click();
      await page.getByTestId('tab-funding').click();
      const stale = page.getByTestId('tornado-stale');
      await stale.waitFor();
      const text = await stale.textContent();
      assert(
        text?.startsWith('These results are for the scenario “Case 1') && !text.includes('(copy)'),
        `the result is marked as the first scenario's, got ${text}`,
      );
      assert((await page.getByTestId('chart-tornado').count()) === 1, 'the result stays on screen, marked');

      // Back to the first scenario: the result is current again (compared by content).
      await page.getByTestId('tab-library').click();
      await page
        .locator('[data-testid="library-row"]', { hasNotText: '(copy)' })
        .getByTestId('library-open')
        .click();
      await page.getByTestId('tab-funding').click();
      await page.getByTestId('tornado-panel').waitFor();
      await page.waitForFunction(() => !document.querySelector('[data-testid="tornado-stale"]'));
    },
  },
];

async function waitSaved(page: Page): Promise<void> {
  await page.waitForFunction(
    () => (window as unknown as WithAutomation).pathcost.storageStatus().kind === 'saved',
    undefined,
    { timeout: 10_000 },
  );
}

/** Duplicate the open scenario (case 1) and compare the two with 300 families each. */
async function duplicateAndCompare(page: Page, url: string): Promise<void> {
  await openApp(page, url);
  await waitSaved(page);
  await page.getByTestId('tab-library').click();
  await page.getByTestId('library-duplicate').first().click();
  await page.locator('[data-testid="library-row"]', { hasText: '(copy)' }).waitFor();
  await page.getByTestId('tab-funding').click();
  const boxes = page.getByTestId('variant-choice');
  await boxes.nth(1).waitFor();
  await boxes.nth(1).check();
  await page.getByTestId('variants-iterations').fill('300');
  await page.getByTestId('variants-compute').click();
  await page.getByTestId('variant-row').nth(1).waitFor({ timeout: 120_000 });
}

export default sensitivityTests;
