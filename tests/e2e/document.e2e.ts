/** The document around the editor: views, undo/redo over the whole scenario, live results. */
import { assert, type BrowserTest } from './harness';
import { headlineTexts, openApp, runAndWait, shownRunId, type WithAutomation } from './app-page';

const draftSettings = (page: import('playwright-core').Page) =>
  page.evaluate(
    () => (window as unknown as WithAutomation).pathcost.draft() as { settings: Record<string, number> },
  );

const documentTests: BrowserTest[] = [
  {
    name: 'the views are tabs that the arrow keys move between; Run shows the results',
    async fn({ page, url }) {
      await openApp(page, url);
      const selected = () => page.locator('[role="tab"][aria-selected="true"]').getAttribute('data-testid');
      assert((await selected()) === 'tab-paths', 'the app opens on the paths');
      await page.getByTestId('tab-paths').focus();
      await page.keyboard.press('ArrowRight');
      assert((await selected()) === 'tab-results', 'ArrowRight opens the results tab');
      assert(
        (await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))) === 'tab-results',
        'focus follows the selected tab',
      );
      await page.keyboard.press('End');
      assert((await selected()) === 'tab-sources', 'End opens the last tab');
      assert(await page.locator('#panel-sources').isVisible(), 'its panel shows');
      assert(!(await page.locator('#panel-paths').isVisible()), 'the others are hidden');
      await page.getByTestId('tab-paths').click();
      await runAndWait(page);
      assert((await selected()) === 'tab-results', 'Run shows the results tab');
    },
  },
  {
    name: 'Ctrl+Z and Ctrl+Shift+Z / Ctrl+Y undo and redo a change of settings; the fields follow',
    async fn({ page, url }) {
      await openApp(page, url);
      const horizon = page.getByTestId('horizonMonths');
      const before = (await draftSettings(page)).settings.horizonMonths;
      await horizon.fill('84');
      await horizon.press('Enter');
      assert((await draftSettings(page)).settings.horizonMonths === 84, 'the horizon is changed');
      assert((await page.getByTestId('undo').isEnabled()) === true, 'Undo is offered');
      await page.locator('h1').click(); // focus outside text fields
      await page.keyboard.press('Control+z');
      assert((await draftSettings(page)).settings.horizonMonths === before, 'Ctrl+Z restores the horizon');
      assert((await horizon.inputValue()) === String(before), 'the field shows the restored value');
      await page.keyboard.press('Control+Shift+z');
      assert((await draftSettings(page)).settings.horizonMonths === 84, 'Ctrl+Shift+Z redoes it');
      await page.keyboard.press('Control+z');
      await page.keyboard.press('Control+y');
      assert((await horizon.inputValue()) === '84', 'Ctrl+Y redoes it too, and the field follows');
      await page.getByTestId('undo').click();
      assert((await draftSettings(page)).settings.horizonMonths === before, 'the Undo button undoes');
    },
  },
  {
    name: 'after a run, a change re-runs the simulation by itself (live results); switched off, it does not',
    async fn({ page, url }) {
      await openApp(page, url);
      await runAndWait(page);
      const first = await shownRunId(page);
      const firstTexts = await headlineTexts(page);
      const seed = page.getByTestId('seed');
      await seed.fill('12345');
      await seed.press('Enter');
      await page.waitForFunction(
        (prev) => {
          const el = document.querySelector('[data-testid="headline"]');
          return !!el && el.getAttribute('data-run-id') !== prev;
        },
        first,
        { timeout: 30_000 },
      );
      const second = await headlineTexts(page);
      assert(
        second['pilot-mean'] !== firstTexts['pilot-mean'] ||
          second['saving-mean'] !== firstTexts['saving-mean'],
        'the new seed’s numbers are shown',
      );
      await page.getByTestId('live-results').uncheck();
      const shown = await shownRunId(page);
      await seed.fill('777');
      await seed.press('Enter');
      await page.waitForTimeout(1200);
      assert((await shownRunId(page)) === shown, 'no run without live results');
      assert(
        /before the last change/.test((await page.getByTestId('run-status').textContent()) ?? ''),
        'the results say they are stale',
      );
    },
  },
  {
    name: 'the timeline draws both paths of case 1; the keyboard moves a step and Ctrl+Z puts it back',
    async fn({ page, url }) {
      await openApp(page, url);
      const bars = page.locator('[data-testid="timeline-pilot"] [data-key^="step:"]');
      assert((await bars.count()) > 2, 'the pilot timeline has bars');
      assert(
        (await page.locator('[data-testid="timeline-reference"] [data-key]').count()) > 0,
        'the reference too',
      );
      const label = (await bars.first().getAttribute('aria-label')) ?? '';
      assert(/month/i.test(label), `a bar says its months: ${label}`);
      const first = page.locator('[data-testid="timeline-pilot"] [tabindex="0"]');
      await first.focus();
      const key = (await first.getAttribute('data-key')) ?? '';
      const before = await page.evaluate(() =>
        JSON.stringify((window as unknown as WithAutomation).pathcost.draft()),
      );
      if (key.startsWith('step:')) {
        await page.keyboard.press('Shift+ArrowRight');
      } else {
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('Shift+ArrowRight');
      }
      const after = await page.evaluate(() =>
        JSON.stringify((window as unknown as WithAutomation).pathcost.draft()),
      );
      assert(after !== before, 'Shift+ArrowRight changed the scenario');
      assert(
        /month/i.test((await page.getByTestId('timeline-status').textContent()) ?? ''),
        'the change is announced',
      );
      await page.locator('h1').click();
      await page.keyboard.press('Control+z');
      const undone = await page.evaluate(() =>
        JSON.stringify((window as unknown as WithAutomation).pathcost.draft()),
      );
      assert(undone === before, 'Ctrl+Z restores the scenario exactly');
    },
  },
  {
    name: 'Enter on a timeline bar opens that step in the editor, on its own path, with the cursor in its name',
    async fn({ page, url }) {
      await openApp(page, url);
      const bar = page.locator('[data-testid="timeline-reference"] [tabindex="0"]');
      await bar.focus();
      let key = (await bar.getAttribute('data-key')) ?? '';
      for (let i = 0; i < 10 && !key.startsWith('step:'); i++) {
        await page.keyboard.press('ArrowDown');
        key = (await page.evaluate(() => document.activeElement?.getAttribute('data-key'))) ?? '';
      }
      assert(key.startsWith('step:'), `found a step bar on the reference timeline (${key})`);
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        () => (document.activeElement?.id ?? '').startsWith('ed-paths-reference'),
        null,
        {
          timeout: 5000,
        },
      );
      const id = await page.evaluate(() => document.activeElement?.id ?? '');
      assert(id.endsWith('-label'), `the cursor is in the step's name field (${id})`);
    },
  },
];
export default documentTests;
