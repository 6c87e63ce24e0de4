/** The result charts in real Chromium: drawn for case 1, tables, exports that are safe and exact. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { validateScenario } from '../../src/lib/model/validate-scenario';
import type { Scenario } from '../../src/lib/model/scenario';
import { iterationsCsv } from '../../src/lib/io/iterations-csv';
import { runInline } from '../../src/lib/sim/run-inline';
import { summarizeRun, type RunSummary } from '../../src/lib/sim/summarize';
import { assert, type BrowserTest } from './harness';
import { openApp, runAndWait, type WithAutomation } from './app-page';
import { readCsv } from '../lib/export/read-csv';

const root = new URL('../../', import.meta.url);
const CHARTS = [
  'cost-distribution',
  'difference',
  'cost-over-time',
  'payers',
  'events',
  'convergence',
  'family',
];
const HOSTILE = '<img src=x onerror=alert(1)>';

function case1Document(): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL('static/scenarios/case-1.json', root), 'utf8')) as Record<
    string,
    unknown
  >;
}

/** Open the app, load a scenario document, press Run and wait for the charts of that run. */
async function runDocument(page: Page, url: string, doc: unknown): Promise<void> {
  await openApp(page, url);
  const problems = await page.evaluate(
    (d) => (globalThis as unknown as WithAutomation).pathcost.load(d),
    doc,
  );
  assert(problems.length === 0, `the document loads: ${problems.join('; ')}`);
  await runAndWait(page, 120_000);
  await page.getByTestId('charts').waitFor({ timeout: 30_000 });
}

/** Case 1 with fewer iterations (quick), and the same scenario and run in Node. */
function smallCase1(iterations = 2000): {
  doc: Record<string, unknown>;
  scenario: Scenario;
  summary: RunSummary;
} {
  const doc = case1Document();
  doc.settings = { ...(doc.settings as object), iterations };
  const v = validateScenario(doc);
  assert(v.ok, 'case 1 validates');
  const data = runInline(v.scenario, { iterations, seed: v.scenario.settings.seed });
  return { doc, scenario: v.scenario, summary: summarizeRun(v.scenario, data, v.scenario.settings.seed) };
}

/** The text of a file the page offers for download when `click` runs. */
async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const download = page.waitForEvent('download');
  await click();
  const file = await download;
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

/** Equal to 1e-9 relative (Node and Chromium may differ in the last bit of Math.pow). */
function close(a: number, b: number, what: string): void {
  assert(Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)), `${what}: ${a} in the export, ${b} in the run`);
}

const chartTests: BrowserTest[] = [
  {
    name: 'charts: after Run, all charts of case 1 are drawn at 1280x720 with marks, axes, titles and readings; text >= 14 px, lines >= 2 px',
    async fn({ page, url }) {
      await openApp(page, url);
      await runAndWait(page, 120_000);
      await page.getByTestId('charts').waitFor({ timeout: 30_000 });
      for (const id of CHARTS) {
        const c = page.getByTestId(`chart-${id}`);
        await c.scrollIntoViewIfNeeded();
        const facts = await c.evaluate((el) => {
          const svg = el.querySelector('svg');
          if (!svg) return null;
          const marks = [...svg.querySelectorAll('[data-testid="marks"] path, [data-testid="marks"] rect')];
          const drawn = marks.filter((m) => {
            const b = (m as SVGGraphicsElement).getBBox();
            return b.width > 0 || b.height > 0;
          }).length;
          const texts = [...svg.querySelectorAll('text')].filter((t) => t.textContent!.trim());
          const smallest = Math.min(...texts.map((t) => parseFloat(getComputedStyle(t).fontSize)));
          const lines = [
            ...svg.querySelectorAll('[data-testid="marks"] path[fill="none"], [data-testid="marks"] line'),
          ];
          const thinnest = Math.min(...lines.map((l) => parseFloat(getComputedStyle(l).strokeWidth)), 99);
          return {
            drawn,
            axisTexts: svg.querySelectorAll('[data-testid="axis"] text').length,
            smallest,
            thinnest,
            width: svg.getBoundingClientRect().width,
            title: el.querySelector('h3')?.textContent?.trim() ?? '',
            reading: el.querySelector('[data-testid="chart-reading"]')?.textContent?.trim() ?? '',
          };
        });
        assert(facts, `${id}: has a drawing`);
        assert(facts.drawn > 0, `${id}: has visible marks`);
        assert(facts.axisTexts > 1, `${id}: has an axis with labels`);
        assert(facts.smallest >= 14, `${id}: text is at least 14 px (smallest ${facts.smallest})`);
        assert(facts.thinnest >= 2, `${id}: data lines are at least 2 px (thinnest ${facts.thinnest})`);
        assert(facts.width <= 1280 - 200, `${id}: fits beside the side panel at 1280 px (${facts.width})`);
        assert(facts.title.length > 5 && facts.reading.length > 30, `${id}: has a title and a reading`);
      }
      // Keyboard: the period switch is a radio group, operable without a mouse.
      const short = page.getByTestId('chart-difference').getByTestId('period-short');
      await short.focus();
      await page.keyboard.press('Space');
      await page
        .getByTestId('chart-difference')
        .getByText(/over 1 year/)
        .first()
        .waitFor();
    },
  },
  {
    name: 'charts: "show as table" shows the same numbers as the chart',
    async fn({ page, url }) {
      await openApp(page, url);
      await runAndWait(page, 120_000);
      const payers = page.getByTestId('chart-payers');
      // The charts appear just after the run ends: wait for the labels before reading them.
      await payers.locator('[data-testid="payer-pilot"]').first().waitFor({ timeout: 30_000 });
      const labels = await payers.locator('[data-testid="payer-pilot"]').allTextContents();
      const diffs = await payers.locator('[data-testid="payer-difference"]').allTextContents();
      await payers.getByTestId('toggle-table').click();
      const table = payers.locator('table[data-table="payers"]');
      await table.waitFor();
      const column = async (key: string) => {
        const keys = await table
          .locator('th')
          .evaluateAll((ths) => ths.map((th) => (th as HTMLElement).dataset.key));
        const k = keys.indexOf(key);
        return table
          .locator('tbody tr')
          .evaluateAll((trs, k) => trs.map((tr) => tr.children[k]!.textContent!.trim()), k);
      };
      const cells = await column('pilotMean');
      assert(
        cells.length > 0 && JSON.stringify(cells) === JSON.stringify(labels),
        `pilot means: ${cells} vs ${labels}`,
      );
      const differences = await column('difference');
      differences.forEach((d, k) => {
        const amount = d.replace(/^-/, '');
        assert(diffs[k]!.includes(amount), `difference ${d} is in the chart's label ${diffs[k]}`);
      });
      assert(!(await payers.locator('svg').isVisible()), 'the table replaces the chart');

      const dist = page.getByTestId('chart-cost-distribution');
      const interval = await dist.getByTestId('interval-pilot').textContent();
      await dist.getByTestId('toggle-table').click();
      const row = await dist
        .locator('table[data-table="summary"] tbody tr')
        .first()
        .locator('td')
        .allTextContents();
      for (const cell of row.slice(1)) assert(interval!.includes(cell.trim()), `${cell} is in "${interval}"`);
      await dist.getByTestId('toggle-table').click();
      assert(await dist.locator('svg').isVisible(), 'the chart comes back');
    },
  },
  {
    name: 'charts: a scenario named <img src=x onerror=alert(1)> exports an SVG with the name escaped, no script or handler, that opens on its own; PNG too',
    async fn({ page, url, context }) {
      const doc = case1Document();
      doc.name = HOSTILE;
      doc.settings = { ...(doc.settings as object), iterations: 1000 };
      let dialogs = 0;
      page.on('dialog', (d) => {
        dialogs++;
        void d.dismiss();
      });
      await runDocument(page, url, doc);
      const chart = page.getByTestId('chart-cost-distribution');
      const svg = await downloaded(page, () => chart.getByTestId('export-svg').click());
      assert(
        /^pathcost-case-1-cost-distribution-seed-\d+-\d{4}-\d\d-\d\d\.svg$/.test(svg.name),
        `file name ${svg.name}`,
      );
      const text = svg.bytes.toString('utf8');
      assert(text.includes('&lt;img src=x onerror=alert(1)&gt;'), 'the name is in the file, escaped');
      assert(
        !/<img|<script|<foreignObject|<iframe/i.test(text),
        'no image, script or foreign object element',
      );
      assert(!/<[^>]*\son\w+\s*=/i.test(text), 'no event handler attribute');
      assert(!/href\s*=|url\((?!#)/i.test(text), 'no link or outside reference');
      assert(text.includes('xmlns="http://www.w3.org/2000/svg"'), 'the SVG namespace');

      // Open the file on its own (same origin, no CSP on it): it shows, and nothing runs.
      const fileUrl = `${url}exported-chart.svg`;
      await context.route(fileUrl, (route) =>
        route.fulfill({ status: 200, contentType: 'image/svg+xml', body: text }),
      );
      const alone = await context.newPage();
      alone.on('dialog', (d) => {
        dialogs++;
        void d.dismiss();
      });
      await alone.goto(fileUrl);
      await alone.waitForTimeout(300);
      const shown = await alone.evaluate(() => ({
        root: document.documentElement.localName,
        desc: document.querySelector('desc')?.textContent ?? '',
        elements: document.querySelectorAll('img, script, foreignObject').length,
        paths: document.querySelectorAll('path').length,
      }));
      assert(shown.root === 'svg', `it opens as an SVG document, got ${shown.root}`);
      assert(shown.desc.includes(HOSTILE), 'the name reads as text');
      assert(shown.elements === 0 && shown.paths > 0, 'drawn, with no active element');
      assert(dialogs === 0, 'no script ran');
      await alone.close();

      const png = await downloaded(page, () => chart.getByTestId('export-png').click());
      assert(png.name === svg.name.replace(/\.svg$/, '.png'), `file name ${png.name}`);
      assert(png.bytes.subarray(1, 4).toString('latin1') === 'PNG' && png.bytes.length > 5000, 'a PNG image');
    },
  },
  {
    name: 'charts: exported CSVs read back to the run’s numbers (charts and every simulated future)',
    async fn({ page, url }) {
      const { doc, scenario, summary } = smallCase1(2000);
      await runDocument(page, url, doc);

      const payers = readCsv(
        (
          await downloaded(page, () => page.getByTestId('chart-payers').getByTestId('export-csv').click())
        ).bytes.toString('utf8'),
      );
      assert(payers.length > 0, 'payer rows');
      for (const r of payers) {
        const p = summary.payers.find((x) => x.id === r.payer)!;
        assert(p, `payer ${r.payer} is in the run`);
        close(Number(r.pilotMean), p.pilot.horizon, `${r.payer} pilot`);
        close(Number(r.referenceMean), p.reference.horizon, `${r.payer} reference`);
        close(Number(r.difference), p.difference.horizon, `${r.payer} difference`);
      }

      const dist = readCsv(
        (
          await downloaded(page, () =>
            page.getByTestId('chart-cost-distribution').getByTestId('export-csv').click(),
          )
        ).bytes.toString('utf8'),
      );
      for (const path of ['pilot', 'reference'] as const) {
        const r = dist.find((x) => x.table === 'summary' && x.path === path)!;
        const s = summary.measures.horizon[path];
        close(Number(r.mean), s.mean, `${path} mean`);
        close(Number(r.p5), s.p5, `${path} p5`);
        close(Number(r.p95), s.p95, `${path} p95`);
        const counted = dist
          .filter((x) => x.table === 'bins')
          .reduce((a, x) => a + Number(x[`${path}Count`]), 0);
        assert(counted === 2000, `${path}: the bins hold every future (${counted})`);
      }

      const time = readCsv(
        (
          await downloaded(page, () =>
            page.getByTestId('chart-cost-over-time').getByTestId('export-csv').click(),
          )
        ).bytes.toString('utf8'),
      );
      const be = time
        .filter((x) => x.table === 'breakEven' && x.withinHorizon === '1')
        .map((x) => Number(x.count));
      assert(
        JSON.stringify(be) === JSON.stringify(summary.breakEven.countsByMonth),
        'break-even counts per month',
      );
      time
        .filter((x) => x.table === 'cumulative')
        .forEach((x, t) =>
          close(Number(x.pilotMean), summary.monthly!.pilot.cumulativeMean[t]!, `month ${t + 1}`),
        );

      const all = await downloaded(page, () => page.getByTestId('export-iterations').click());
      assert(/^pathcost-case-1-run-seed-\d+-\d{4}-\d\d-\d\d\.csv$/.test(all.name), `file name ${all.name}`);
      // The run's CSV: its reproducibility rows (path "run", no iteration) come before the iterations.
      assert(
        all.bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])),
        'the file starts with a UTF-8 BOM',
      );
      const lines = all.bytes
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\n');
      assert(lines.includes(`,run,iterations,2000`), 'the reproducibility rows');
      const browserRows = lines.filter((r) => !r.startsWith(',run,'));
      const data = runInline(scenario, { iterations: 2000, seed: scenario.settings.seed });
      const nodeRows = [...iterationsCsv(scenario, data)]
        .join('')
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\n');
      assert(
        browserRows.length === nodeRows.length,
        `${browserRows.length} rows, ${nodeRows.length} in Node`,
      );
      assert(browserRows[0] === 'iteration,path,variable,value', 'the long-format header');
      for (let k = 1; k < nodeRows.length; k++) {
        const [a, b] = [browserRows[k]!.split(','), nodeRows[k]!.split(',')];
        assert(
          a.slice(0, 3).join() === b.slice(0, 3).join(),
          `row ${k}: ${browserRows[k]} vs ${nodeRows[k]}`,
        );
        if (a[3] !== b[3]) close(Number(a[3]), Number(b[3]), `row ${k} (${b.slice(0, 3).join()})`);
      }
    },
  },
];
export default chartTests;
