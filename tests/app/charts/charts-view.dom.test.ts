import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ChartsView from '../../../src/app/charts/ChartsView.svelte';
import { cellNamesOf } from '../../../src/lib/chart/cell-names';
import { formatCell } from '../../../src/lib/chart/format-cell';
import { payerRows, payerTables } from '../../../src/lib/chart/payer-bars';
import { runExportCsv } from '../../../src/lib/exchange/run-export';
import { tablesCsv } from '../../../src/lib/export/chart-csv';
import { CATALOGUES } from '../../../src/lib/i18n/messages';
import { traceIteration } from '../../../src/lib/sim/trace-iteration';
import { LocaleState } from '../../../src/lib/state/locale.svelte';
import type { RunResult } from '../../../src/lib/state/simulation.svelte';
import { fixture } from '../../lib/chart/fixture';

const { scenario, data, summary } = fixture(1000, 3);
const result: RunResult = { runId: 4, scenario, summary, data };
const at = new Date('2026-11-23T10:00:00Z');
const CHARTS = [
  'cost-distribution',
  'difference',
  'cost-over-time',
  'payers',
  'events',
  'convergence',
  'family',
];

/** Files offered for download (the <a download> clicks), with their contents. */
let saved: Array<{ name: string; blob: Blob }> = [];
beforeEach(() => {
  saved = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  // jsdom has neither blob: URLs nor ResizeObserver (which Svelte's bind:clientWidth uses).
  URL.createObjectURL = (b: Blob) => {
    const url = `blob:test/${n++}`;
    blobs.set(url, b);
    return url;
  };
  URL.revokeObjectURL = () => {};
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: blobs.get(this.href)! });
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function show(locale: 'en' | 'nl' = 'en', r: RunResult = result) {
  const i18n = new LocaleState(null, ['en-GB']);
  if (locale !== 'en') i18n.set(locale);
  render(ChartsView, { props: { i18n, result: r, now: () => at } });
  return i18n;
}

const chart = (id: string) => screen.getByTestId(`chart-${id}`);

/** A blob's text (jsdom's Blob has no text()). */
const read = (b: Blob) =>
  new Promise<string>((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(r.result as string);
    r.onerror = () => reject(new Error('unreadable'));
    r.readAsText(b);
  });

/** A blob's bytes (a BOM included, which FileReader's readAsText drops). */
const bytesOf = (b: Blob) =>
  new Promise<Uint8Array>((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(new Uint8Array(r.result as ArrayBuffer));
    r.onerror = () => reject(new Error('unreadable'));
    r.readAsArrayBuffer(b);
  });
const BOM = [0xef, 0xbb, 0xbf];

describe('ChartsView', () => {
  it('shows every chart with a title, a reading sentence, marks and axes', () => {
    show();
    expect(screen.getByTestId('charts').dataset.runId).toBe('4');
    for (const id of CHARTS) {
      const c = chart(id);
      expect(within(c).getByRole('heading', { level: 3 }).textContent?.trim()).not.toBe('');
      expect(within(c).getByTestId('chart-reading').textContent?.length).toBeGreaterThan(30);
      const svg = c.querySelector('svg')!;
      expect(svg.getAttribute('width')).toBe('760');
      expect(svg.getAttribute('aria-label')).toContain(within(c).getByTestId('chart-reading').textContent!);
      const marks = svg.querySelectorAll('[data-testid="marks"] path, [data-testid="marks"] rect');
      expect(marks.length, id).toBeGreaterThan(0);
      expect(svg.querySelectorAll('[data-testid="axis"] text').length, id).toBeGreaterThan(1);
    }
  });

  it('draws one bar per row of the chart’s table (difference: per bin; payers: three per payer)', async () => {
    show();
    /** The rows of a chart's table `id`, as "show as table" shows them. */
    const tableRows = async (c: HTMLElement, id: string) => {
      await fireEvent.click(within(c).getByTestId('toggle-table'));
      const n = c.querySelectorAll(`table[data-table="${id}"] tbody tr`).length;
      await fireEvent.click(within(c).getByTestId('toggle-table'));
      return n;
    };
    const rects = (c: HTMLElement) => c.querySelectorAll('svg [data-testid="marks"] rect').length;

    const difference = chart('difference');
    const bins = await tableRows(difference, 'bins');
    expect(bins).toBeGreaterThan(10);
    expect(difference.querySelector('[data-testid="equal-bar"]')).toBeNull(); // no ties in this run
    expect(rects(difference)).toBe(bins);

    const payers = chart('payers');
    const rows = await tableRows(payers, 'payers');
    expect(rows).toBe(3);
    // pilot, reference and difference per payer
    expect(rects(payers)).toBe(3 * rows);
    expect(payers.querySelectorAll('[data-testid="payer-pilot"]').length).toBe(rows);
  });

  it('says in plain words what each chart shows, with the run’s numbers', () => {
    show();
    const eur = (x: number) => formatCell(x, 'euro', 'en', cellNamesOf(CATALOGUES.en));
    const m = summary.measures.horizon;
    expect(within(chart('cost-distribution')).getByTestId('chart-reading').textContent).toBe(
      `Over 5 years (discounted), a family costs on average ${eur(m.pilot.mean)} on the pilot path and ${eur(m.reference.mean)} on the reference path; each bracket above the chart spans 9 in 10 simulated futures.`,
    );
    expect(within(chart('cost-distribution')).getByTestId('interval-pilot').textContent).toBe(
      `Pilot path: mean ${eur(m.pilot.mean)}; 9 in 10 futures ${eur(m.pilot.p5)} to ${eur(m.pilot.p95)}`,
    );
    expect(within(chart('payers')).getByTestId('chart-reading').textContent).toMatch(
      /^With the pilot, Health insurer \(Health Insurance Act\) saves most \(€[\d,]+ per family\) and Municipality \(Youth Act\) pays most extra \(€[\d,]+ per family\)\.$/,
    );
    expect(within(chart('events')).getByTestId('chart-reading').textContent).toMatch(
      /^Supervision order happens in [\d.]+% of simulated futures on the reference path and in [\d.]+% on the pilot path\.$/,
    );
  });

  it('speaks Dutch with Dutch number formats', () => {
    show('nl');
    expect(within(chart('cost-distribution')).getByRole('heading').textContent).toBe(
      'Kosten per gezin op beide paden',
    );
    expect(within(chart('cost-distribution')).getByTestId('chart-reading').textContent).toMatch(
      /^Over 5 jaar \(gedisconteerd\) kost een gezin gemiddeld €\s[\d.]+ op het pilotpad/,
    );
    expect(within(chart('difference')).getByTestId('cheaper-label').textContent).toMatch(
      /^Pilot goedkoper: \d+(,\d)?%$/,
    );
    expect(screen.getAllByRole('button', { name: 'Toon als tabel' }).length).toBe(CHARTS.length);
  });

  it('switches between the short term and the horizon, and between discounted and not', async () => {
    show();
    const c = chart('difference');
    const axisText = () =>
      [...c.querySelectorAll('[data-testid="axis"] text')].map((x) => x.textContent).join('|');
    expect(axisText()).toContain('Reference minus pilot over 5 years (€, discounted)');
    await fireEvent.click(within(c).getByLabelText('Short term (1 year)'));
    expect(axisText()).toContain('Reference minus pilot over 1 year (€, discounted)');
    expect(within(c).getByTestId('chart-reading').textContent).toContain('over 1 year it costs on average');
    await fireEvent.click(within(c).getByLabelText('undiscounted'));
    expect(axisText()).toContain('Reference minus pilot over 1 year (€, undiscounted)');
  });

  it('shows as a table the same numbers the chart labels show, and back', async () => {
    show();
    const c = chart('payers');
    const labels = [...c.querySelectorAll('[data-testid="payer-pilot"]')].map((x) => x.textContent);
    const toggle = within(c).getByRole('button', { name: 'Show as table' });
    await fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(toggle.textContent).toBe('Show as chart');
    const table = within(c).getByRole('table');
    const col = [...table.querySelectorAll('th')].findIndex((th) => th.dataset.key === 'pilotMean');
    const cells = [...table.querySelectorAll('tbody tr')].map((tr) => tr.children[col]!.textContent);
    expect(cells).toEqual(labels);
    expect(cells.length).toBe(3);
    expect(c.querySelector('.figure')!.hasAttribute('hidden')).toBe(true);
    await fireEvent.click(toggle);
    expect(within(c).queryByRole('table')).toBeNull();
  });

  it('steps through single families; their totals are the run’s', async () => {
    show();
    const c = chart('family');
    const reading = () => within(c).getByTestId('chart-reading').textContent;
    expect(reading()).toContain('In simulated future 1,');
    expect(within(c).getByTestId('family-previous').getAttribute('aria-disabled')).toBe('true');
    await fireEvent.click(within(c).getByTestId('family-next'));
    await fireEvent.click(within(c).getByTestId('family-next'));
    expect(reading()).toContain('In simulated future 3,');
    const input = within(c).getByLabelText('Simulated future number') as HTMLInputElement;
    input.value = '250';
    await fireEvent.change(input);
    const t = traceIteration(scenario, summary.reproducibility.seed, 249);
    expect(t.pilot.totals.horizon).toBe(data.totals[249 * 8]);
    const eur = (x: number) => formatCell(x, 'euro', 'en', cellNamesOf(CATALOGUES.en));
    expect(reading()).toBe(
      `In simulated future 250, this family costs ${eur(t.pilot.totals.horizon)} on the pilot path and ${eur(t.reference.totals.horizon)} on the reference path (discounted, over the horizon).`,
    );
    input.value = '99999';
    await fireEvent.change(input);
    expect(reading()).toContain('In simulated future 1,000,');
    expect(within(c).getByTestId('family-next').getAttribute('aria-disabled')).toBe('true');
  });

  it('keeps the focus on Next at the last family and on Previous at the first (no jump to the page start)', async () => {
    show();
    const c = chart('family');
    const reading = () => within(c).getByTestId('chart-reading').textContent;
    const input = within(c).getByLabelText('Simulated future number') as HTMLInputElement;
    input.value = '999';
    await fireEvent.change(input);
    const next = within(c).getByTestId('family-next') as HTMLButtonElement;
    next.focus();
    await fireEvent.click(next);
    expect(reading()).toContain('In simulated future 1,000,');
    expect(next.getAttribute('aria-disabled')).toBe('true');
    expect(next.disabled).toBe(false);
    expect(document.activeElement).toBe(next);
    await fireEvent.click(next); // at the end: nothing happens, the focus stays
    expect(reading()).toContain('In simulated future 1,000,');
    expect(document.activeElement).toBe(next);

    input.value = '2';
    await fireEvent.change(input);
    const previous = within(c).getByTestId('family-previous') as HTMLButtonElement;
    expect(previous.getAttribute('aria-disabled')).toBe('false');
    previous.focus();
    await fireEvent.click(previous);
    expect(reading()).toContain('In simulated future 1,');
    expect(previous.disabled).toBe(false);
    expect(document.activeElement).toBe(previous);
    await fireEvent.click(previous);
    expect(reading()).toContain('In simulated future 1,');
    expect(document.activeElement).toBe(previous);
  });

  it('downloads a chart’s data as CSV with the table’s numbers, unformatted', async () => {
    show();
    await fireEvent.click(within(chart('payers')).getByTestId('export-csv'));
    expect(saved.map((s) => s.name)).toEqual(['pathcost-test-payers-seed-3-2026-11-23.csv']);
    const names: Record<string, string> = {
      'municipality-youth': 'Municipality (Youth Act)',
      'health-insurer': 'Health insurer (Health Insurance Act)',
      justice: 'Justice',
    };
    const csv = tablesCsv(payerTables(payerRows(summary, 'horizon'), (id) => names[id]!));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect([...(await bytesOf(saved[0]!.blob)).slice(0, 3)]).toEqual(BOM);
    expect(await read(saved[0]!.blob)).toBe(csv.slice(1));
  });

  it('downloads a chart as a standalone SVG that keeps a hostile scenario name as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    show('en', { ...result, scenario: { ...scenario, name: hostile } });
    await tick();
    await fireEvent.click(within(chart('difference')).getByTestId('export-svg'));
    expect(saved[0]!.name).toBe('pathcost-test-difference-seed-3-2026-11-23.svg');
    expect(saved[0]!.blob.type).toBe('image/svg+xml');
    const svg = await read(saved[0]!.blob);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain('<title>Difference per family: reference minus pilot</title>');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt; · seed 3 · 1,000 simulated futures');
    expect(svg).not.toMatch(/<img|<script|<foreignObject|data-testid|class=/);
    expect(svg).not.toMatch(/<[^>]*\son\w+=/i);
    // It parses as XML on its own, with the drawing's bars in it.
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelectorAll('rect').length).toBeGreaterThan(5);
  });

  it('downloads every simulated future as the run’s long CSV (the Export file: reproducibility rows first)', async () => {
    show();
    const button = screen.getByTestId('export-iterations');
    await fireEvent.click(button);
    expect(button.getAttribute('aria-busy')).toBe('true');
    expect(button.textContent).toMatch(/^Preparing the file… \d+%$/);
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(button.textContent).toBe('Download every simulated future (CSV)');
    expect(saved[0]!.name).toBe('pathcost-test-run-seed-3-2026-11-23.csv');
    expect(saved[0]!.blob.type).toBe('text/csv;charset=utf-8');
    expect([...(await bytesOf(saved[0]!.blob)).slice(0, 3)]).toEqual(BOM);
    const text = await read(saved[0]!.blob);
    expect(text).toBe([...runExportCsv(result, { exportedAt: at })].join('').replace(/^\uFEFF/, ''));
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('iteration,path,variable,value');
    expect(lines).toContain(',run,seed,3');
    const rows = lines.slice(1).filter((l) => !l.startsWith(',run,'));
    expect(rows[0]).toBe(`0,pilot,total_discounted,${data.totals[0]}`);
    // 4 totals + 7 payers per path, 2 event onsets, 1 break-even month per future
    expect(rows.length).toBe(1000 * (2 * (4 + 7) + 2 + 1));
  });
});
