/** The app in real Chromium: opening, running, languages, cancel, failures, reproducibility. */
import { readFileSync } from 'node:fs';
import { validateScenario } from '../../src/lib/model/validate-scenario';
import { runDigests } from '../../src/lib/sim/run-digest';
import { runInline } from '../../src/lib/sim/run-inline';
import { assert, type BrowserTest } from './harness';
import { euros, headlineTexts, openApp, runAndWait, shownRunId, type WithAutomation } from './app-page';

const root = new URL('../../', import.meta.url);

const appTests: BrowserTest[] = [
  {
    name: 'the app opens on case 1 in English for an English browser, with no results before Run',
    async fn({ page, url }) {
      await openApp(page, url);
      const name = await page.getByTestId('scenario-name').textContent();
      assert(name?.startsWith('Case 1'), `the header names case 1, got ${name}`);
      assert((await page.locator('html').getAttribute('lang')) === 'en', 'the page says it is in English');
      assert((await page.getByTestId('headline').count()) === 0, 'no results before Run');
      assert(
        (await page.getByTestId('run-status').textContent())?.includes('10,000'),
        'the run panel says how many futures a run simulates',
      );
    },
  },
  {
    name: 'the app opens in Dutch for a Dutch browser',
    locale: 'nl-NL',
    async fn({ page, url }) {
      await openApp(page, url);
      const name = await page.getByTestId('scenario-name').textContent();
      assert(name?.startsWith('Casus 1'), `the header names casus 1, got ${name}`);
      assert(
        (await page.getByTestId('run').textContent())?.trim() === 'Doorrekenen',
        'the Run button is Dutch',
      );
      assert((await page.locator('html').getAttribute('lang')) === 'nl', 'the page says it is in Dutch');
    },
  },
  {
    name: 'Run shows a progress bar, then the headline numbers; in Dutch the same numbers in Dutch format; the choice is remembered',
    async fn({ page, url }) {
      await openApp(page, url);
      await page.getByTestId('run').click();
      await page.getByTestId('progress').waitFor({ timeout: 10_000 });
      await page.getByTestId('headline').waitFor({ timeout: 60_000 });
      const en = await headlineTexts(page);
      assert(/^-?€[\d,]+$/.test(en['pilot-mean']!), `en-GB euros, got ${en['pilot-mean']}`);
      assert(/of 10$/.test(en['cheaper-horizon']!), `"X of 10", got ${en['cheaper-horizon']}`);
      const sentence = await page.getByTestId('saving-sentence').textContent();
      assert(
        /Over 5 years the pilot (saves|costs)/.test(sentence ?? ''),
        `a plain-words sentence, got ${sentence}`,
      );

      await page.getByTestId('lang-nl').click();
      await page.getByText('Wat de simulatie laat zien').waitFor();
      const nl = await headlineTexts(page);
      assert(/^€\s-?[\d.]+$/.test(nl['pilot-mean']!), `nl-NL euros, got ${nl['pilot-mean']}`);
      for (const k of ['pilot-mean', 'reference-mean', 'saving-mean']) {
        assert(euros(nl[k]!) === euros(en[k]!), `${k}: ${nl[k]} in Dutch is ${en[k]} in English`);
      }
      assert(nl['run-seed'] === en['run-seed'], 'the same seed');
      assert(
        nl['run-iterations'] === '10.000' && en['run-iterations'] === '10,000',
        'iterations in each format',
      );
      assert(/van 10$/.test(nl['cheaper-horizon']!), `"X van 10", got ${nl['cheaper-horizon']}`);
      assert(
        nl['cheaper-horizon']!.split(' ')[0] === en['cheaper-horizon']!.split(' ')[0],
        'the same count of futures',
      );

      await page.reload();
      await page.getByTestId('run').waitFor();
      assert((await page.getByTestId('run').textContent())?.trim() === 'Doorrekenen', 'Dutch is remembered');
    },
  },
  {
    name: 'a second run with the same seed shows identical numbers; a new seed changes them',
    async fn({ page, url }) {
      await openApp(page, url);
      await runAndWait(page);
      const first = await headlineTexts(page);
      const d1 = await page.evaluate(() => (globalThis as unknown as WithAutomation).pathcost.lastDigest());
      await runAndWait(page);
      const second = await headlineTexts(page);
      const d2 = await page.evaluate(() => (globalThis as unknown as WithAutomation).pathcost.lastDigest());
      assert(JSON.stringify(first) === JSON.stringify(second), 'identical headline text');
      assert(d1 !== null && d1 === d2, 'bit-identical results');
      await page.getByTestId('new-seed').click();
      await page.getByTestId('run-status').getByText('before the last change').waitFor();
      await runAndWait(page);
      const d3 = await page.evaluate(() => (globalThis as unknown as WithAutomation).pathcost.lastDigest());
      assert(d3 !== d1, 'a new seed gives other draws');
      assert((await headlineTexts(page))['run-seed'] !== first['run-seed'], 'the new seed is shown');
    },
  },
  {
    name: 'Cancel stops a long run, shows it was cancelled, and keeps the scenario; progress updates stay under ~10 a second',
    async fn({ page, url }) {
      await openApp(page, url);
      await page.getByTestId('iterations').fill('1000000');
      await page.getByTestId('iterations').press('Enter');
      await page.getByTestId('run').click();
      await page.getByTestId('progress').waitFor();
      const updates = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const bar = document.querySelector('progress')!;
            let n = 0;
            // Svelte sets the value property (no attribute to observe): poll it every frame.
            let last = bar.value;
            const t0 = performance.now();
            const tick = () => {
              if (bar.value !== last) {
                last = bar.value;
                n++;
              }
              if (performance.now() - t0 < 2000 && document.contains(bar)) requestAnimationFrame(tick);
              else resolve(n);
            };
            requestAnimationFrame(tick);
          }),
      );
      assert(updates <= 25, `at most ~10 progress updates a second, saw ${updates} in 2 s`);
      await page.getByTestId('cancel').click();
      await page.getByTestId('run-status').getByText('cancelled').waitFor({ timeout: 5_000 });
      assert((await page.getByTestId('progress').count()) === 0, 'the progress bar is gone');
      assert((await page.getByTestId('headline').count()) === 0, 'no results from a cancelled run');
      assert(await page.getByTestId('run').isEnabled(), 'Run is available again');
      assert((await page.getByTestId('iterations').inputValue()) === '1000000', 'the settings are kept');
    },
  },
  {
    name: 'a worker failure says "The simulation failed: ...", keeps the scenario, and Run again works',
    async fn({ page, context, url, expectConsoleErrors }) {
      expectConsoleErrors('worker failure injected by the test');
      await context.route(/\/assets\/worker-[^/]+\.js$/, (route) =>
        route.fulfill({
          status: 200,
          contentType: 'text/javascript',
          body: 'throw new Error("worker failure injected by the test");',
        }),
      );
      await openApp(page, url);
      await page.getByTestId('run').click();
      const alert = page.getByTestId('run-problem');
      await alert.waitFor({ timeout: 20_000 });
      const text = (await alert.textContent()) ?? '';
      assert(text.startsWith('The simulation failed: '), `says the simulation failed, got ${text}`);
      assert(text.includes('worker failure injected by the test'), `gives the worker's words, got ${text}`);
      assert(
        (await page.getByTestId('scenario-name').textContent())?.startsWith('Case 1'),
        'scenario intact',
      );
      await context.unroute(/\/assets\/worker-[^/]+\.js$/);
      await runAndWait(page);
      assert((await page.getByTestId('run-problem').count()) === 0, 'the failure message is gone');
    },
  },
  {
    name: 'the keyboard runs a simulation: Enter on Run, focus on Cancel while it runs, back on Run after',
    async fn({ page, url }) {
      await openApp(page, url);
      await page.getByTestId('iterations').fill('200000');
      await page.getByTestId('iterations').press('Enter');
      await page.getByTestId('run').focus();
      await page.keyboard.press('Enter');
      await page.getByTestId('progress').waitFor();
      const during = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
      assert(during === 'cancel', `focus is on Cancel during the run, got ${during}`);
      await page.getByTestId('headline').waitFor({ timeout: 60_000 });
      await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'run');
      assert(
        (await page.getByTestId('run-status').textContent())?.includes('The results are ready.'),
        'the status region says the results are ready',
      );
    },
  },
  {
    name: 'a setting out of range is refused with a message and the scenario keeps its value',
    async fn({ page, url }) {
      await openApp(page, url);
      await page.getByTestId('horizonMonths').fill('700');
      await page.getByTestId('horizonMonths').press('Enter');
      await page.getByText('Enter a whole number from 1 to 600.').waitFor();
      await page.getByTestId('shortTermMonths').fill('72');
      await page.getByTestId('shortTermMonths').press('Enter');
      await page.getByText('The short term cannot be longer than the horizon.').waitFor();
      await runAndWait(page);
      const sentence = await page.getByTestId('saving-sentence').textContent();
      assert(sentence?.includes('Over 5 years'), `the run used the 60-month horizon, got ${sentence}`);
      await page.getByTestId('horizonMonths').fill('120');
      await page.getByTestId('horizonMonths').press('Enter');
      await runAndWait(page);
      const after = await page.getByTestId('saving-sentence').textContent();
      assert(after?.includes('Over 10 years'), `a valid horizon is used, got ${after}`);
    },
  },
  {
    name: 'the layout fits a 1280x720 projector and a 1024x768 laptop without sideways scrolling',
    viewport: { width: 1024, height: 768 },
    async fn({ page, url }) {
      for (const size of [
        { width: 1280, height: 720 },
        { width: 1024, height: 768 },
      ]) {
        await page.setViewportSize(size);
        await openApp(page, url);
        await runAndWait(page);
        const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert(wide <= 0, `no sideways scroll at ${size.width}x${size.height} (${wide} px too wide)`);
      }
    },
  },
  {
    name: 'the example library opens another case; its numbers show source, year and status, assumptions marked',
    async fn({ page, url }) {
      await openApp(page, url);
      await runAndWait(page);
      await page.getByTestId('example').selectOption('case-2');
      await page.getByTestId('open-example').click();
      await page
        .getByTestId('scenario-name')
        .getByText(/^Case 2/)
        .waitFor({ timeout: 10_000 });
      assert(
        (await page.getByTestId('headline').count()) === 0,
        'case 1’s results are not shown under case 2',
      );
      assert((await page.getByTestId('example').inputValue()) === 'case-2', 'the picker shows the open case');
      await page.getByTestId('tab-sources').click();
      await page.getByTestId('provenance').locator('summary').click();
      const assumptions = page.locator('[data-testid="provenance"] tr[data-status="assumption"]');
      assert((await assumptions.count()) > 0, 'case 2 has assumptions, and they are listed');
      const mark = await assumptions.first().locator('.status').textContent();
      assert(
        mark?.includes('⚑') && mark.includes('assumption'),
        `assumptions carry a visible mark, got ${mark}`,
      );
      const discount = await page.locator('[data-testid="provenance"] tr').last().textContent();
      assert(discount?.includes('Zorginstituut'), `the discount rate names its source, got ${discount}`);
      await runAndWait(page);
    },
  },
  {
    name: '1 and 3 Web Workers give bit-identical results',
    async fn({ page, url }) {
      await openApp(page, url);
      const one = await page.evaluate(() => (globalThis as unknown as WithAutomation).pathcost.digest(1));
      const three = await page.evaluate(() => (globalThis as unknown as WithAutomation).pathcost.digest(3));
      assert(one !== null && one === three, `1 worker ${one} != 3 workers ${three}`);
      assert((await shownRunId(page)) !== null, 'the runs show their results');
    },
  },
  {
    name: 'the browser run matches a run in Node: same events, branches and break-even; totals to 1e-12',
    async fn({ page, url }) {
      // Node 20's V8 and Chromium's differ in the last bit of Math.exp/log/pow for some inputs,
      // so floating totals may differ by an ulp; everything discrete must be identical.
      await openApp(page, url);
      const v = validateScenario(
        JSON.parse(readFileSync(new URL('static/scenarios/case-1.json', root), 'utf8')),
      );
      assert(v.ok, 'case 1 validates');
      const s = v.scenario;
      const data = runInline(s, { iterations: s.settings.iterations, seed: s.settings.seed });
      const node = runDigests(data);
      const browser = await page.evaluate(() =>
        (globalThis as unknown as WithAutomation).pathcost.digests(2),
      );
      assert(browser, 'the browser run completed');
      for (const k of ['breakEven', 'eventOnsets', 'branches', 'eventSums', 'hist'] as const) {
        assert(browser.digests[k] === node[k], `${k} differs between browser and Node`);
      }
      let worst = 0;
      data.totals.forEach((x, i) => {
        worst = Math.max(worst, Math.abs(x - browser.totals[i]!) / Math.max(1, Math.abs(x)));
      });
      assert(worst < 1e-12, `totals differ by up to ${worst} (relative)`);
    },
  },
];
export default appTests;
