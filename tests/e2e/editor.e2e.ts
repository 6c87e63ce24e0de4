/**
 * The path editor in real Chromium, by keyboard only: building the study's case 1 from an empty
 * scenario and running it, and undo/redo over ten edits of the whole scenario.
 */
import type { Page } from 'playwright-core';
import { CATALOGUES } from '../../src/lib/i18n/messages';
import { formatEuroRounded } from '../../src/lib/i18n/format';
import type { Scenario } from '../../src/lib/model/scenario';
import { validateScenario } from '../../src/lib/model/validate-scenario';
import { headlineOf } from '../../src/lib/report/headline';
import { runInline } from '../../src/lib/sim/run-inline';
import { summarizeRun } from '../../src/lib/sim/summarize';
import { headlineTexts, openApp, type WithAutomation } from './app-page';
import { assert, type BrowserTest } from './harness';
import { activeId, addNamed, choose, tabTo, tabToMatch, typeNumber } from './keyboard';

const EMPTY = { schemaVersion: 1, id: 'journey', name: 'Case 1', paths: { pilot: {}, reference: {} } };

async function load(page: Page, doc: unknown): Promise<void> {
  const problems = await page.evaluate(
    (d) => (globalThis as unknown as WithAutomation).pathcost.load(d),
    doc as Record<string, unknown>,
  );
  assert(problems.length === 0, `the scenario loads: ${problems.join('; ')}`);
}

const draft = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as WithAutomation).pathcost.draft()) as Promise<Scenario>;

const editorTests: BrowserTest[] = [
  {
    name: 'editor: builds case 1 from an empty scenario by keyboard only, runs it, and shows the engine’s numbers',
    async fn({ page, url }) {
      await openApp(page, url);
      await load(page, EMPTY);
      await page.getByTestId('editor').waitFor();
      await page.focus('#ed-members-new'); // the editor's first control, once, to start

      await addNamed(page, 'ed-members-new', 'Mother');
      await addNamed(page, 'ed-members-new', 'Father');

      // Pilot: Beter Thuis 0-6, about EUR 20,000 over a year (1,667 a month for 12 months).
      await addNamed(page, 'ed-paths-pilot-steps-new', 'Beter Thuis 0-6 team');
      assert((await activeId(page)) === 'ed-paths-pilot-steps-0-label', 'the new step’s form has focus');
      await tabTo(page, 'ed-paths-pilot-steps-0-members-0');
      await page.keyboard.press('Space');
      await typeNumber(page, 'ed-paths-pilot-steps-0-duration', '12');
      await choose(page, 'ed-paths-pilot-steps-0-costKind', 'monthly');
      await typeNumber(page, 'ed-paths-pilot-steps-0-monthlyCost', '1667');

      // Reference: Stevig Ouderschap and an attachment intervention, about EUR 3,000.
      await addNamed(page, 'ed-paths-reference-steps-new', 'Stevig Ouderschap and attachment');
      await typeNumber(page, 'ed-paths-reference-steps-0-duration', '6');
      await choose(page, 'ed-paths-reference-steps-0-costKind', 'monthly');
      await typeNumber(page, 'ed-paths-reference-steps-0-monthlyCost', '500');

      // A risk on the reference path: the father drops out, and his sick leave costs the employer.
      await addNamed(page, 'ed-paths-reference-events-new', 'Father burnout');
      await typeNumber(page, 'ed-paths-reference-events-0-probability', '0.3');
      await typeNumber(page, 'ed-paths-reference-events-0-onset', '10');
      await addNamed(page, 'ed-paths-reference-events-0-consequences-new', 'Sick leave');
      await choose(page, 'ed-paths-reference-events-0-consequences-0-payer', 'employer');
      await typeNumber(page, 'ed-paths-reference-events-0-consequences-0-duration', '6');
      await choose(page, 'ed-paths-reference-events-0-consequences-0-costKind', 'monthly');
      await typeNumber(page, 'ed-paths-reference-events-0-consequences-0-monthlyCost', '4000');

      const s = await draft(page);
      const pilot = s.paths.pilot.steps[0]!;
      assert(
        JSON.stringify(pilot.label) === JSON.stringify({ en: 'Beter Thuis 0-6 team' }),
        'the pilot step has its name',
      );
      assert(pilot.id === 'beter-thuis-0-6-team', `readable id: ${pilot.id}`);
      assert(
        pilot.monthlyCost === 1667 && pilot.duration === 12,
        'the pilot step costs 1,667 a month for 12 months',
      );
      assert(JSON.stringify(pilot.members) === '["mother"]', 'the pilot step targets the mother');
      assert(s.members.map((m) => m.id).join() === 'mother,father', 'two members');
      const ref = s.paths.reference.steps[0]!;
      assert(
        ref.monthlyCost === 500 && ref.duration === 6,
        'the reference step costs 500 a month for 6 months',
      );
      const ev = s.paths.reference.events[0]!;
      assert(ev.id === 'father-burnout' && ev.probability === 0.3 && ev.onset === 10, 'the event as typed');
      const c = ev.consequences[0]!;
      assert(
        c.payer === 'employer' && c.monthlyCost === 4000 && c.duration === 6,
        `the consequence as typed: ${JSON.stringify(c)}`,
      );
      const problems = await page.evaluate(() =>
        (globalThis as unknown as WithAutomation).pathcost.problems(),
      );
      assert(problems.length === 0, `no problems: ${problems.join('; ')}`);

      // Run, by keyboard: back to the Run button and Enter.
      await tabToMatch(page, '[data-testid="run"]', true);
      await page.keyboard.press('Enter');
      await page.getByTestId('headline').waitFor({ timeout: 60_000 });
      const shown = await headlineTexts(page);

      const v = validateScenario(s);
      assert(v.ok, 'the built scenario validates in Node');
      const { iterations, seed } = v.scenario.settings;
      const h = headlineOf(summarizeRun(v.scenario, runInline(v.scenario, { iterations, seed }), seed));
      const en = CATALOGUES.en;
      const expected: Record<string, string> = {
        'pilot-mean': formatEuroRounded(h.pilot.mean, 'en'),
        'reference-mean': formatEuroRounded(h.reference.mean, 'en'),
        'saving-mean': formatEuroRounded(h.saving.mean, 'en'),
        'cheaper-horizon': en.outOfTen(h.cheaperHorizon),
        'cheaper-short': en.outOfTen(h.cheaperShortTerm),
        'run-seed': String(seed),
      };
      for (const [k, want] of Object.entries(expected)) {
        assert(shown[k] === want, `${k}: the browser shows ${shown[k]}, the engine gives ${want}`);
      }
      assert(h.pilot.mean > 15_000 && h.pilot.mean < 25_000, `pilot about EUR 20,000: ${h.pilot.mean}`);
    },
  },
  {
    name: 'editor: undo and redo across ten edits restore the scenario exactly (Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y)',
    async fn({ page, url }) {
      await openApp(page, url);
      await load(page, EMPTY);
      await page.getByTestId('editor').waitFor();
      await page.focus('#ed-members-new');
      const snapshots: string[] = [JSON.stringify(await draft(page))];
      const snap = async (what: string) => {
        const now = JSON.stringify(await draft(page));
        assert(now !== snapshots.at(-1), `${what} changed the scenario`);
        snapshots.push(now);
        await page.waitForTimeout(1100); // edits of the same field more than a second apart are separate steps
      };

      await addNamed(page, 'ed-members-new', 'Mother');
      await snap('adding a member');
      await addNamed(page, 'ed-paths-pilot-steps-new', 'Coach');
      await snap('adding a step');
      await page.keyboard.press('End');
      await page.keyboard.type(' team');
      await snap('typing in the label');
      await tabTo(page, 'ed-paths-pilot-steps-0-members-0');
      await page.keyboard.press('Space');
      await snap('ticking a member');
      await typeNumber(page, 'ed-paths-pilot-steps-0-duration', '6');
      await snap('the duration');
      await choose(page, 'ed-paths-pilot-steps-0-costKind', 'monthly');
      await snap('the cost kind');
      await typeNumber(page, 'ed-paths-pilot-steps-0-monthlyCost', '900');
      await snap('the monthly cost');
      await addNamed(page, 'ed-paths-reference-steps-new', 'Regular care');
      await snap('adding a reference step');
      await addNamed(page, 'ed-paths-reference-events-new', 'OTS');
      await snap('adding an event');
      await typeNumber(page, 'ed-paths-reference-events-0-probability', '0.2');
      await snap('the event probability');
      assert(snapshots.length === 11, 'ten edits');

      // Focus outside text fields: a step's disclosure button.
      await tabTo(page, 'ed-paths-pilot-steps-0-toggle', true);
      for (let i = 9; i >= 0; i--) {
        await page.keyboard.press('Control+Z');
        const now = JSON.stringify(await draft(page));
        assert(now === snapshots[i], `Ctrl+Z number ${10 - i} restores the scenario after edit ${i}`);
      }
      for (let i = 1; i <= 10; i++) {
        await page.keyboard.press(i % 2 ? 'Control+Shift+Z' : 'Control+Y');
        const now = JSON.stringify(await draft(page));
        assert(now === snapshots[i], `redo number ${i} restores the scenario after edit ${i}`);
      }
    },
  },
];
export default editorTests;
