import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import FundingView from '../../../src/app/funding/FundingView.svelte';
import { AnalysisFailure } from '../../../src/lib/analysis/analysis-client';
import { analysisInputs } from '../../../src/lib/analysis/analysis-inputs';
import type { CohortResult, TornadoResult } from '../../../src/lib/analysis/analysis-types';
import { formatEuroRounded } from '../../../src/lib/i18n/format';
import { localText } from '../../../src/lib/model/local-text';
import type { Scenario } from '../../../src/lib/model/scenario';
import { LocaleState } from '../../../src/lib/state/locale.svelte';
import type { Persistence } from '../../../src/lib/state/persistence.svelte';
import { ScenarioState } from '../../../src/lib/state/scenario.svelte';
import { cohortFixture } from '../../lib/funding/cohort-fixture';
import { example, FakeRunner } from './fake-runner';
import { getAt } from './get-at';

beforeEach(() => {
  // jsdom has no layout: bind:clientWidth needs a ResizeObserver (which never reports here).
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
});

const case1 = example('case-1.json');
const case2 = example('case-2.json');
const case7 = example('case-7.json');
/** Text with runs of white space as one space (Svelte keeps the template's line breaks). */
const text = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();

async function settle() {
  for (let i = 0; i < 5; i++) await tick();
  await new Promise((r) => setTimeout(r, 0));
  for (let i = 0; i < 5; i++) await tick();
}

function show(options: { scenario?: Scenario; others?: Scenario[]; locale?: 'en' | 'nl' } = {}) {
  const i18n = new LocaleState(null, [options.locale === 'nl' ? 'nl-NL' : 'en-GB']);
  const doc = new ScenarioState();
  doc.load(options.scenario ?? case1);
  const runner = new FakeRunner();
  const persistence = {
    allScenarios: () => Promise.resolve([options.scenario ?? case1, ...(options.others ?? [])]),
  } as unknown as Persistence;
  render(FundingView, { props: { i18n, doc, persistence, runner } });
  return { doc, runner, i18n };
}

async function computeWith(runner: FakeRunner, result: CohortResult) {
  await fireEvent.click(screen.getByTestId('funding-compute'));
  const call = runner.of('cohort').at(-1)!;
  call.resolve({ kind: 'cohort', result });
  await settle();
  return call;
}

const euro = (x: number) => formatEuroRounded(x, 'en');

describe('FundingView', () => {
  it('starts at 40 families a year for 3 years, marked as an illustrative default, and says what to do', () => {
    show();
    expect((screen.getByTestId('cohort-families') as HTMLInputElement).value).toBe('40');
    expect((screen.getByTestId('cohort-years') as HTMLInputElement).value).toBe('3');
    expect(document.getElementById('cohort-families-help')!.textContent).toContain(
      'an illustrative assumption',
    );
    expect(screen.getByText(/press “Compute the budget”/)).toBeTruthy();
    expect(screen.getByTestId('mix-sum').textContent).toContain('100%');
  });

  it('computes the cohort of the open scenario with the form’s numbers and the scenario’s seed', async () => {
    const { runner, doc } = show();
    await fireEvent.input(screen.getByTestId('cohort-families'), { target: { value: '25' } });
    await fireEvent.click(screen.getByTestId('funding-compute'));
    const call = runner.of('cohort')[0]!;
    expect(call.job.kind).toBe('cohort');
    const spec = call.job.kind === 'cohort' ? call.job.spec : null;
    expect(spec).toMatchObject({
      familiesPerYear: 25,
      years: 3,
      entry: 'spread',
      outerDraws: 200,
      innerFamilies: 500,
      seed: case1.settings.seed,
      discountRate: case1.settings.discountRate,
    });
    expect(spec!.mix).toHaveLength(1);
    expect(spec!.mix[0]!.scenario).toBe(doc.scenario);
    expect(spec!.mix[0]!.weight).toBe(1);
  });

  it('shows a progress bar with its value while computing, and Cancel aborts the job', async () => {
    const { runner } = show();
    screen.getByTestId('funding-compute').focus();
    await fireEvent.click(screen.getByTestId('funding-compute'));
    const call = runner.of('cohort')[0]!;
    await settle();
    expect(document.activeElement).toBe(screen.getByTestId('funding-cancel')); // focus is not dropped
    call.onProgress!(50, 200);
    await settle();
    const bar = screen.getByRole('progressbar');
    expect(bar.getAttribute('aria-valuenow')).toBe('25');
    expect(call.signal!.aborted).toBe(false);
    await fireEvent.click(screen.getByTestId('funding-cancel'));
    await settle();
    expect(call.signal!.aborted).toBe(true);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByTestId('funding-status').textContent).toContain('stopped');
    expect(document.activeElement).toBe(screen.getByTestId('funding-compute'));
  });

  it('draws the budget chart with bars for every calendar year', async () => {
    const { runner } = show();
    const result = cohortFixture();
    await computeWith(runner, result);
    const chart = screen.getByTestId('chart-budget');
    const years = within(chart).getAllByTestId('budget-year');
    expect(years.map((g) => g.getAttribute('data-year'))).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    for (const g of years) {
      expect(within(g).getByTestId('bar-pilot')).toBeTruthy();
      expect(within(g).getByTestId('bar-reference')).toBeTruthy();
      expect(within(g).getByTestId('bar-difference')).toBeTruthy();
    }
    // all payers, nominal: the bars carry the result's numbers
    const all = result.rows.filter((r) => r.payerId === null).sort((a, b) => a.year - b.year);
    expect(
      years.map((g) => Number(within(g).getByTestId('bar-difference').getAttribute('data-value'))),
    ).toEqual(all.map((r) => r.nominal.difference.mean));
    expect(within(chart).getAllByTestId('whisker').length).toBe(8 * 3);
    expect(within(chart).getByTestId('chart-reading').textContent).toBe(
      `The pilot costs most extra in year 1 (${euro(80_000)}) and saves most in year 8 (${euro(165_000)}).`,
    );
  });

  it('has a table per year and payer whose numbers are the result’s, with a totals row', async () => {
    const { runner } = show();
    const result = cohortFixture();
    await computeWith(runner, result);
    const table = screen.getByTestId('budget-table');
    const rows = within(table).getAllByTestId('budget-row');
    // all payers: per year the sum and the two payers with costs
    expect(rows).toHaveLength(8 * 3);
    for (const tr of rows) {
      const year = Number(tr.getAttribute('data-year'));
      const payer = tr.getAttribute('data-payer');
      const r = result.rows.find((x) => x.year === year && (x.payerId ?? 'all') === payer)!;
      const cells = (col: string) =>
        Number(tr.querySelector(`[data-col="${col}"]`)!.getAttribute('data-value'));
      expect(cells('pilot')).toBe(r.nominal.pilot.mean);
      expect(cells('reference')).toBe(r.nominal.reference.mean);
      expect(cells('difference')).toBe(r.nominal.difference.mean);
    }
    const first = rows[0]!;
    const r1 = result.rows.find((x) => x.year === 1 && x.payerId === null)!;
    expect(first.textContent).toContain(euro(r1.nominal.pilot.mean));
    expect(text(first)).toContain(`90 %: ${euro(r1.nominal.pilot.low)} to ${euro(r1.nominal.pilot.high)}`);
    // the answer first: Year, Payer, Difference, then the two paths
    const heads = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(heads).toEqual([
      'Year',
      'Payer',
      'Difference (reference minus pilot)',
      'Pilot path',
      'Reference path',
    ]);
    expect([...first.querySelectorAll('[data-col]')].map((td) => td.getAttribute('data-col'))).toEqual([
      'difference',
      'pilot',
      'reference',
    ]);
    expect(within(table).getByText(/90 % interval of what we do not know about the averages/)).toBeTruthy();
    const totals = within(table).getAllByTestId('budget-total');
    expect(totals[0]!.textContent).toContain('Total');
    const total = result.totals.find((x) => x.payerId === null)!;
    expect(Number(totals[0]!.querySelector('[data-col="difference"]')!.getAttribute('data-value'))).toBe(
      total.nominal.difference.mean,
    );
  });

  it('follows the chosen payer and basis in the headline, chart and table', async () => {
    const { runner } = show();
    const result = cohortFixture();
    await computeWith(runner, result);
    await fireEvent.change(screen.getByTestId('funding-payer'), { target: { value: 'municipality-youth' } });
    await settle();
    const rows = within(screen.getByTestId('budget-table')).getAllByTestId('budget-row');
    expect(rows.map((r) => r.getAttribute('data-payer'))).toEqual(Array(8).fill('municipality-youth'));
    const headline = screen.getByTestId('budget-headline').textContent!.replace(/\s+/g, ' ');
    expect(headline).toContain(
      'Funding 40 families a year for 3 years (Municipality (Youth Act), as paid, 0%):',
    );
    expect(headline).toContain(`in year 1 the pilot costs ${euro(75_000)} more`);
    expect(headline).toContain('it pays back in year 6.');
    expect(screen.getByTestId('chart-budget').querySelector('h3')!.textContent).toContain(
      'Municipality (Youth Act)',
    );

    await fireEvent.click(screen.getByTestId('basis-discounted'));
    await settle();
    const r1 = result.rows.find((x) => x.year === 1 && x.payerId === 'municipality-youth')!;
    const first = within(screen.getByTestId('budget-table')).getAllByTestId('budget-row')[0]!;
    expect(Number(first.querySelector('[data-col="pilot"]')!.getAttribute('data-value'))).toBe(
      r1.discounted.pilot.mean,
    );
    expect(screen.getByTestId('budget-headline').textContent).toContain('discounted at 3% a year');
    expect(screen.getByText(/Discounted: converted to what it is worth today \(3% a year\)/)).toBeTruthy();
  });

  it('shows both kinds of uncertainty under different headings, each explained', async () => {
    const { runner } = show();
    await computeWith(runner, cohortFixture());
    const average = screen.getByTestId('uncertainty-average');
    const spread = screen.getByTestId('uncertainty-spread');
    expect(within(average).getByRole('heading').textContent).toContain(
      'Uncertainty about the average (what a budget depends on)',
    );
    expect(within(spread).getByRole('heading').textContent).toContain('Spread between single families');
    expect(average.textContent).toContain(
      `${euro(2_500)} per family (90 %: ${euro(-4_000)} to ${euro(9_000)})`,
    );
    expect(average.textContent).toContain('from 200 draws of the averages × 500 families');
    expect(spread.textContent).toContain(`9 in 10 families between ${euro(-41_000)} and ${euro(38_000)}`);
    expect(screen.queryByTestId('noise-warning')).toBeNull();
  });

  it('warns to increase the families per draw when inner noise is more than a fifth of the spread', async () => {
    const { runner } = show();
    await computeWith(runner, cohortFixture({ innerNoiseShare: 0.35 }));
    expect(screen.getByTestId('noise-warning').textContent).toContain('Increase the families per draw');
  });

  it('says there is no interval without draws of the averages, and draws no whiskers', async () => {
    const { runner } = show();
    const flat = cohortFixture({ outerDraws: 0 });
    for (const r of [...flat.rows, ...flat.totals]) {
      for (const b of [r.nominal, r.discounted]) {
        for (const e of [b.pilot, b.reference, b.difference]) e.low = e.high = e.mean;
      }
    }
    await computeWith(runner, flat);
    expect(screen.getByTestId('uncertainty-average').textContent).toContain('without draws of the averages');
    expect(within(screen.getByTestId('chart-budget')).queryAllByTestId('whisker')).toHaveLength(0);
  });

  it('refuses weights that do not add up to 100 %, saying so, and computes nothing', async () => {
    const { runner } = show({ others: [case2] });
    await fireEvent.click(screen.getByTestId('mix-load'));
    await settle();
    const weights = screen.getAllByTestId('mix-weight') as HTMLInputElement[];
    expect(weights).toHaveLength(2);
    await fireEvent.input(weights[0]!, { target: { value: '60' } });
    await fireEvent.input(weights[1]!, { target: { value: '30' } });
    await settle();
    expect(screen.getByTestId('mix-problem').textContent).toBe(
      'The shares add up to 90%, not 100 %. Change them so that they add up to exactly 100 %.',
    );
    await fireEvent.click(screen.getByTestId('funding-compute'));
    expect(runner.of('cohort')).toHaveLength(0);

    await fireEvent.input(weights[1]!, { target: { value: '40' } });
    await settle();
    expect(screen.getByTestId('mix-problem').textContent).toBe('');
    await fireEvent.click(screen.getByTestId('funding-compute'));
    const spec = runner.of('cohort')[0]!.job;
    expect(spec.kind === 'cohort' && spec.spec.mix.map((m) => [m.scenario.id, m.weight])).toEqual([
      [case1.id, 0.6],
      [case2.id, 0.4],
    ]);
  });

  it('says why a scenario with problems cannot be computed', async () => {
    const broken = { ...case1, settings: { ...case1.settings, horizonMonths: -5 } };
    const { runner } = show({ scenario: broken });
    expect(screen.getByTestId('funding-blocked').textContent).toMatch(
      /cannot be computed: the scenario has \d+ problem/,
    );
    await fireEvent.click(screen.getByTestId('funding-compute'));
    expect(runner.calls).toHaveLength(0);
  });

  it('reports a failed computation in words with a next step, the detail folded away, and keeps the form', async () => {
    const { runner } = show();
    await fireEvent.click(screen.getByTestId('funding-compute'));
    runner.of('cohort')[0]!.reject(new AnalysisFailure('workerStopped', 'the analysis worker stopped'));
    await settle();
    const problem = screen.getByTestId('funding-problem');
    expect(problem.getAttribute('role')).toBe('alert');
    expect(problem.querySelector('p')!.textContent).toBe(
      'The budget could not be computed. The calculation stopped unexpectedly, perhaps for lack of memory. Try again; if it happens again, use fewer draws or fewer families.',
    );
    expect(problem.querySelector('details summary')!.textContent).toBe('Technical details');
    expect(problem.querySelector('details code')!.textContent).toBe('the analysis worker stopped');
    expect(screen.getByTestId('cohort-form')).toBeTruthy();
  });

  it('says a failure in Dutch in the Dutch UI, once, without English in the sentence', async () => {
    const { runner } = show({ locale: 'nl' });
    await fireEvent.click(screen.getByTestId('funding-compute'));
    runner.of('cohort')[0]!.reject(new AnalysisFailure('refused', 'outer draws must be a whole number >= 0'));
    await settle();
    const sentence = screen.getByTestId('funding-problem').querySelector('p')!.textContent!;
    expect(sentence).toBe(
      'Het budget kon niet worden berekend. Het model kan niet rekenen met deze getallen. Controleer de getallen die u koos en die in het scenario. Probeer het dan opnieuw.',
    );
    expect(sentence).not.toMatch(/failed|mislukt.*mislukt/);
  });

  it('an error that is not the client’s own (an odd answer) still reads as a failure with a next step', async () => {
    const { runner } = show();
    await fireEvent.click(screen.getByTestId('funding-compute'));
    runner.of('cohort')[0]!.reject(new Error('unexpected tornado result'));
    await settle();
    expect(screen.getByTestId('funding-problem').getAttribute('data-kind')).toBe('other');
    expect(screen.getByTestId('funding-problem').textContent).toContain(
      'Something went wrong in the calculation. Try again.',
    );
  });

  it('applying the levers is one undoable edit of the scenario', async () => {
    const { runner, doc } = show();
    await fireEvent.click(screen.getByTestId('levers-find'));
    const input = analysisInputs(case1).find((i) => i.uncertain)!;
    const bar = {
      input,
      low: { value: input.p10, shortTerm: 0, horizon: 0 },
      high: { value: input.p90, shortTerm: 0, horizon: 1 },
      swing: { shortTerm: 0, horizon: 1 },
    };
    const tornado: TornadoResult = {
      base: { shortTerm: 0, horizon: 0 },
      bars: [bar],
      iterations: 1000,
      seed: 1,
    };
    runner.of('tornado').at(-1)!.resolve({ kind: 'tornado', result: tornado });
    await settle();
    const slider = within(screen.getByTestId('levers')).getByRole('slider');
    await fireEvent.input(slider, { target: { value: '2' } });
    await fireEvent.click(screen.getByTestId('levers-apply'));
    await settle();
    expect(getAt(doc.draft, input.ref)).toBe(2);
    expect(doc.undoLabel).toBe('Apply the levers');
    // the lever stays, now starting from the value in force
    const lever = screen.getByTestId('lever');
    expect(lever.textContent).toContain('value in the model: 2');
    expect(screen.getByTestId('levers-status').textContent).toContain('Applied');
    doc.undo();
    expect(getAt(doc.draft, input.ref)).toEqual(getAt(case1, input.ref));
  });

  it('speaks Dutch in Dutch', async () => {
    const { runner } = show({ locale: 'nl' });
    await computeWith(runner, cohortFixture());
    expect(screen.getByTestId('budget-headline').textContent).toContain(
      'Als 40 gezinnen per jaar, 3 jaar lang',
    );
    expect(screen.getByTestId('payback').textContent).toBe('terugverdiend in jaar 6.');
    expect(screen.getByText(/Omgerekend naar wat het nu waard is \(3% per jaar\)/)).toBeTruthy();
  });
});

describe('FundingView: a mix of saved scenarios', () => {
  /** Load the other saved scenarios and set the shares (row 0 is the open scenario). */
  async function mix(weights: string[]) {
    await fireEvent.click(screen.getByTestId('mix-load'));
    await settle();
    const inputs = screen.getAllByTestId('mix-weight') as HTMLInputElement[];
    for (const [k, w] of weights.entries()) await fireEvent.input(inputs[k]!, { target: { value: w } });
    await settle();
  }

  it('sends a job the worker can receive: case 1 and case 7 at 60/40 (postMessage clones the job)', async () => {
    const { runner } = show({ others: [case7] });
    await mix(['60', '40']);
    await fireEvent.click(screen.getByTestId('funding-compute'));
    await settle();
    expect(screen.queryByTestId('funding-problem')).toBeNull();
    const call = runner.of('cohort')[0]!;
    const spec = call.job.kind === 'cohort' ? call.job.spec : null;
    expect(spec!.mix.map((m) => [m.scenario.id, m.weight])).toEqual([
      [case1.id, 0.6],
      [case7.id, 0.4],
    ]);
    expect(structuredClone(call.job)).toEqual(call.job);
  });

  it('shows the mix’s names in the language of the moment', async () => {
    const { i18n } = show({ others: [case7] });
    await mix(['60', '40']);
    const label = () => document.querySelector('label[for="mix-weight-1"]')!.textContent!;
    expect(label()).toContain('Case 7 – Mother');
    i18n.set('nl');
    await settle();
    expect(label()).toContain('Casus 7 – Moeder');
  });

  it('does not count the open scenario twice when a scenario of the mix is opened', async () => {
    const { doc } = show({ others: [case7] });
    await mix(['60', '40']);
    doc.load(case7);
    await settle();
    expect(screen.getAllByTestId('mix-row').map((r) => r.getAttribute('data-id'))).toEqual([case7.id]);
  });
});

describe('FundingView: when the figures no longer match', () => {
  it('marks the figures stale after a change in the form, and current again when it is changed back', async () => {
    const { runner } = show();
    await computeWith(runner, cohortFixture());
    expect(screen.queryByTestId('funding-stale')).toBeNull();
    await fireEvent.input(screen.getByTestId('cohort-families'), { target: { value: '80' } });
    await settle();
    expect(screen.getByTestId('funding-stale').textContent).toContain('no longer match');
    await fireEvent.input(screen.getByTestId('cohort-families'), { target: { value: '40' } });
    await settle();
    expect(screen.queryByTestId('funding-stale')).toBeNull();
  });

  it('marks them stale after an edit of the scenario, and current again after undo', async () => {
    const { runner, doc } = show();
    await computeWith(runner, cohortFixture());
    doc.edit('horizon', (s) => ({ ...s, settings: { ...s.settings, horizonMonths: 72 } }));
    await settle();
    expect(screen.getByTestId('funding-stale')).toBeTruthy();
    doc.undo();
    await settle();
    expect(screen.queryByTestId('funding-stale')).toBeNull();
  });

  it('group-session notes do not make them stale (the scenario hash leaves them out)', async () => {
    const { runner, doc } = show();
    await computeWith(runner, cohortFixture());
    doc.edit(
      'notes',
      (s) => ({ ...s, session: { participants: [], estimates: [], parkingLot: [] } }) as typeof s,
    );
    await settle();
    expect(screen.queryByTestId('funding-stale')).toBeNull();
  });

  it('marks them stale when the scenario now has problems, next to the reason', async () => {
    const { runner, doc } = show();
    await computeWith(runner, cohortFixture());
    doc.edit('break', (s) => ({ ...s, settings: { ...s.settings, horizonMonths: -5 } }));
    await settle();
    expect(screen.getByTestId('funding-blocked')).toBeTruthy();
    expect(screen.getByTestId('funding-stale')).toBeTruthy();
    expect(screen.getByTestId('budget-table')).toBeTruthy(); // the old figures stay, marked
  });

  it('names the scenario they are for when another one is opened (the view stays mounted)', async () => {
    const { runner, doc } = show();
    await computeWith(runner, cohortFixture());
    doc.load(case7);
    await settle();
    const [one, seven] = [localText(case1.name, 'en'), localText(case7.name, 'en')];
    expect(screen.getByTestId('funding-stale').textContent).toBe(
      `These figures are for “${one}”, not for “${seven}”, which is open now. Press “Compute the budget” to compute them for “${seven}”.`,
    );
    // Compute works for the scenario open now, and its figures are current
    await computeWith(runner, cohortFixture());
    expect(screen.queryByTestId('funding-stale')).toBeNull();
    const spec = runner.of('cohort').at(-1)!.job;
    expect(spec.kind === 'cohort' && spec.spec.mix.map((m) => m.scenario.id)).toEqual([case7.id]);
  });
});

describe('FundingView: the headline and its interval', () => {
  /** A result whose all-payer nominal total difference is `d`. */
  function withTotal(d: { mean: number; low: number; high: number }, outerDraws = 200): CohortResult {
    const r = cohortFixture({ outerDraws });
    const total = r.totals.find((x) => x.payerId === null)!;
    total.nominal.difference = d;
    return r;
  }
  const interval = () => text(screen.getByTestId('headline-interval'));

  it('words a straddling interval in the sentence’s direction: costs more, from extra to saved', async () => {
    const { runner } = show();
    await computeWith(runner, withTotal({ mean: -392_000, low: -1_950_000, high: 1_200_000 }));
    const headline = text(screen.getByTestId('budget-headline'));
    expect(headline).toContain(`it costs ${euro(392_000)} more in total`);
    expect(interval()).toBe(
      `(90 % interval of what we do not know about the averages: from ${euro(1_950_000)} extra to ${euro(1_200_000)} saved)`,
    );
    expect(headline).not.toContain('-€');
  });

  it('words an interval of a cost as amounts extra and of a saving as amounts saved', async () => {
    const { runner } = show();
    await computeWith(runner, withTotal({ mean: -400_000, low: -900_000, high: -100_000 }));
    expect(interval()).toContain(`: ${euro(100_000)} to ${euro(900_000)} extra)`);
    await computeWith(runner, withTotal({ mean: 300_000, low: 100_000, high: 500_000 }));
    expect(text(screen.getByTestId('budget-headline'))).toContain(`it saves ${euro(300_000)} in total`);
    expect(interval()).toContain(`: ${euro(100_000)} to ${euro(500_000)} saved)`);
  });

  it('links the interval’s kind to the block that explains the two kinds of uncertainty', async () => {
    const { runner } = show();
    await computeWith(runner, cohortFixture());
    const link = within(screen.getByTestId('budget-headline')).getByRole('link');
    expect(link.textContent).toBe('what we do not know about the averages');
    expect(link.getAttribute('href')).toBe('#uncertainty-heading');
    expect(document.getElementById('uncertainty-heading')).toBeTruthy();
  });

  it('shows an interval from fewer than 20 draws as rough, and leaves it out of the chart and the table', async () => {
    const { runner } = show();
    await computeWith(runner, withTotal({ mean: -392_000, low: -500_000, high: -300_000 }, 5));
    expect(interval()).toMatch(/^\(rough: fewer than 20 draws; 90 % interval of/);
    expect(within(screen.getByTestId('chart-budget')).queryAllByTestId('whisker')).toHaveLength(0);
    expect(screen.queryAllByTestId('cell-interval')).toHaveLength(0);
    expect(screen.getByTestId('budget-table').querySelector('caption')!.textContent).toContain(
      'no intervals: from fewer than 20 draws',
    );
    expect(screen.getByTestId('rough-warning').textContent).toContain('mostly chance');
  });

  it('says the two answers below do not follow the payer and amounts chosen', async () => {
    const { runner } = show();
    await computeWith(runner, cohortFixture());
    expect(screen.getByTestId('uncertainty-fixed').textContent).toContain('always for all payers together');
    await fireEvent.click(screen.getByTestId('basis-discounted'));
    await settle();
    expect(screen.queryByTestId('uncertainty-fixed')).toBeNull();
  });
});

describe('FundingView: the form', () => {
  it('refuses 1 to 19 draws of the averages, saying why, and the help line says it first', async () => {
    const { runner } = show();
    expect(document.getElementById('cohort-outer-help')!.textContent).toContain('at least 20');
    await fireEvent.input(screen.getByTestId('cohort-outer'), { target: { value: '5' } });
    await settle();
    expect(document.getElementById('cohort-outer-problem')!.textContent).toBe(
      'Use 0 (expected values only) or at least 20 draws: from fewer draws a 90 % interval is mostly chance.',
    );
    await fireEvent.click(screen.getByTestId('funding-compute'));
    expect(runner.of('cohort')).toHaveLength(0);
  });

  it('an invalid form: Compute says why, is described by the reason, and a click goes to the field', async () => {
    const { runner } = show();
    await fireEvent.input(screen.getByTestId('cohort-outer'), { target: { value: '1' } });
    await settle();
    const button = screen.getByTestId('funding-compute');
    const why = screen.getByTestId('funding-compute-why');
    expect(why.textContent).toBe(
      'The budget cannot be computed yet: a field above has a problem. Correct the marked field first.',
    );
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(button.getAttribute('aria-describedby')).toBe(why.id);
    await fireEvent.click(button);
    await settle();
    expect(document.activeElement).toBe(screen.getByTestId('cohort-outer'));
    expect((document.querySelector('details.advanced') as HTMLDetailsElement).open).toBe(true);
    expect(runner.calls).toHaveLength(0);
  });

  it('keeps “1.000” typed in Dutch a thousand families when the UI switches to English', async () => {
    const { runner, i18n } = show({ locale: 'nl' });
    await fireEvent.input(screen.getByTestId('cohort-families'), { target: { value: '1.000' } });
    i18n.set('en');
    await settle();
    expect((screen.getByTestId('cohort-families') as HTMLInputElement).value).toBe('1000');
    await fireEvent.click(screen.getByTestId('funding-compute'));
    const job = runner.of('cohort')[0]!.job;
    expect(job.kind === 'cohort' && job.spec.familiesPerYear).toBe(1000);
  });

  it('writes 0 % in the locale’s style (formatPercent), in both languages', async () => {
    const { i18n } = show();
    expect(screen.getByText(/As paid \(nominal, 0%\)/)).toBeTruthy();
    i18n.set('nl');
    await settle();
    expect(screen.getByText(/Zoals betaald \(nominaal, 0%\)/)).toBeTruthy();
  });
});

describe('FundingView: order and focus', () => {
  it('puts the form and Compute first, then the budget, then the levers, then the sensitivity panels', async () => {
    const { runner } = show();
    await computeWith(runner, cohortFixture());
    const order = [
      screen.getByTestId('cohort-form'),
      screen.getByTestId('funding-compute'),
      screen.getByTestId('budget-headline'),
      screen.getByTestId('chart-budget'),
      screen.getByTestId('budget-table'),
      screen.getByTestId('two-uncertainties'),
      screen.getByTestId('levers'),
    ];
    for (let k = 1; k < order.length; k++) {
      expect(
        order[k - 1]!.compareDocumentPosition(order[k]!) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).toBeTruthy();
    }
    const levers = screen.getByTestId('levers');
    const after = [...document.querySelectorAll('section h3')].filter(
      (h) => levers.compareDocumentPosition(h) & Node.DOCUMENT_POSITION_FOLLOWING && !levers.contains(h),
    );
    expect(after.length).toBeGreaterThan(0); // the sensitivity panels come after the levers
  });

  it('when the budget is ready, keyboard focus lands on the results heading', async () => {
    const { runner } = show();
    screen.getByTestId('funding-compute').focus();
    await fireEvent.click(screen.getByTestId('funding-compute'));
    await settle();
    runner.of('cohort')[0]!.resolve({ kind: 'cohort', result: cohortFixture() });
    await settle();
    expect(document.activeElement).toBe(document.getElementById('funding-results-heading'));
    expect(document.activeElement!.textContent).toBe('The budget');
  });
});
