import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import LeversPanel from '../../../src/app/funding/LeversPanel.svelte';
import { analysisInputs } from '../../../src/lib/analysis/analysis-inputs';
import { AnalysisFailure } from '../../../src/lib/analysis/analysis-client';
import type { AnalysisInput, LeverResult, TornadoResult } from '../../../src/lib/analysis/analysis-types';
import { getAt } from './get-at';
import { LEVER_BUDGET_FAMILIES, LEVER_ITERATIONS, LEVER_THROTTLE_MS } from '../../../src/lib/funding/levers';
import type { Basis } from '../../../src/lib/funding/budget-rows';
import type { LeverCohort } from '../../../src/lib/funding/levers';
import type { Scenario } from '../../../src/lib/model/scenario';
import { LocaleState } from '../../../src/lib/state/locale.svelte';
import { cohortFixture } from '../../lib/funding/cohort-fixture';
import { example, FakeRunner } from './fake-runner';

const case1 = example('case-1.json');
const case7 = example('case-7.json');
const uncertain = analysisInputs(case1).filter((i) => i.uncertain);

/** A tornado over the given inputs, the first swinging least and the last most. */
function tornadoOf(inputs: AnalysisInput[]): TornadoResult {
  return {
    base: { shortTerm: -1000, horizon: 2000 },
    bars: inputs.map((input, k) => ({
      input,
      low: { value: input.p10, shortTerm: 0, horizon: 0 },
      high: { value: input.p90, shortTerm: 0, horizon: [10, 40, 30, 20, 50][k] ?? 1 },
      swing: { shortTerm: 0, horizon: [10, 40, 30, 20, 50][k] ?? 1 },
    })),
    iterations: 1000,
    seed: 1,
  };
}
/** The first five uncertain inputs of case 1, the fifth swinging most. */
const tornado = tornadoOf(uncertain.slice(0, 5));

/**
 * Per family over 60 months: the municipality pays 4,000 more in month 0 on the pilot path; the
 * insurer 7,000 less in month 30. As paid: -4,000 after 1 year, +3,000 after 5 years.
 */
const monthly = (first: number, later: number) =>
  Array.from({ length: 60 }, (_, m) => (m === 0 ? first : m === 30 ? later : 0));
const leverResult: LeverResult = {
  pilot: { mean: 20_000, low: 5_000, high: 40_000 },
  reference: { mean: 23_000, low: 2_000, high: 60_000 },
  difference: { mean: 2_900, low: -20_000, high: 30_000 },
  shortTermDifference: { mean: -4_000, low: -9_000, high: 0 },
  pPilotCheaper: 0.7,
  monthly: {
    payerIds: ['municipality-youth', 'health-insurer'],
    horizon: 60,
    pilot: [monthly(4_000, 0), monthly(0, 0)],
    reference: [monthly(0, 0), monthly(0, 7_000)],
  },
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

async function settle() {
  for (let i = 0; i < 10; i++) await tick();
}

const cohortOf = (mix: LeverCohort['mix']): LeverCohort => ({
  familiesPerYear: 40,
  years: 3,
  entry: 'spread',
  mix,
});

function show(
  options: {
    tornado?: TornadoResult | null;
    onapply?: (v: Record<string, number>) => void;
    cohort?: LeverCohort;
    payerId?: string | null;
    basis?: Basis;
    locale?: 'en' | 'nl';
  } = {},
) {
  const i18n = new LocaleState(null, [options.locale === 'nl' ? 'nl-NL' : 'en-GB']);
  const runner = new FakeRunner();
  const props = {
    i18n,
    scenario: case1 as Scenario | null,
    tornado: options.tornado === undefined ? tornado : options.tornado,
    runner,
    cohort: options.cohort ?? cohortOf([{ name: 'Case 1', scenario: case1, weight: 1 }]),
    payerId: options.payerId ?? null,
    basis: options.basis ?? ('nominal' as const),
    basisText: options.basis === 'discounted' ? 'discounted at 3% a year' : 'as paid, 0%',
    who: 'all payers together',
    context: { scenarioId: 'case-1', seed: 1, subtitle: '', save: () => {}, now: () => new Date() },
    onapply: options.onapply,
  };
  const view = render(LeversPanel, { props });
  return { runner, i18n, props, rerender: view.rerender };
}

/** Move a slider and let the throttle's interval pass. */
async function slide(el: HTMLElement, value: number) {
  await fireEvent.input(el, { target: { value: String(value) } });
  await settle();
  vi.advanceTimersByTime(LEVER_THROTTLE_MS + 10);
  await settle();
}

/** Settle every open job of the fake runner with a result. */
async function finishAll(runner: FakeRunner) {
  for (const c of runner.calls.splice(0)) {
    if (c.job.kind === 'lever') c.resolve({ kind: 'lever', result: leverResult });
    else if (c.job.kind === 'cohort') c.resolve({ kind: 'cohort', result: cohortFixture({ outerDraws: 0 }) });
  }
  await settle();
}

describe('LeversPanel', () => {
  it('has a slider for each of the four inputs that matter most, over the input’s range', () => {
    show();
    const levers = screen.getAllByTestId('lever');
    const order = [4, 1, 2, 3].map((k) => uncertain[k]!);
    expect(levers.map((l) => l.getAttribute('data-ref'))).toEqual(order.map((i) => i.ref));
    const slider = within(levers[0]!).getByRole('slider') as HTMLInputElement;
    expect(Number(slider.min)).toBe(order[0]!.lower);
    expect(Number(slider.max)).toBe(order[0]!.upper);
    expect(within(levers[0]!).getByText(order[0]!.label.en)).toBeTruthy();
    expect(levers[0]!.textContent).toMatch(/value in the model/);
  });

  it('moving a slider runs a lever job with the value and a budget of the changed scenario at once', async () => {
    const { runner } = show();
    const lever = screen.getAllByTestId('lever')[0]!;
    const ref = lever.getAttribute('data-ref')!;
    const slider = within(lever).getByRole('slider');
    await fireEvent.input(slider, { target: { value: '7' } });
    await settle();
    const [lj] = runner.of('lever');
    expect(lj!.job).toEqual({
      kind: 'lever',
      scenario: case1,
      options: { values: { [ref]: 7 }, iterations: LEVER_ITERATIONS, seed: case1.settings.seed },
    });
    const [cj] = runner.of('cohort');
    expect(cj!.job.kind === 'cohort' && cj!.job.spec).toMatchObject({
      familiesPerYear: 40,
      years: 3,
      outerDraws: 0,
      innerFamilies: LEVER_BUDGET_FAMILIES,
    });
    const changed = cj!.job.kind === 'cohort' ? cj!.job.spec.mix[0]!.scenario : null;
    expect(getAt(changed, ref)).toBe(7);
    expect(getAt(case1, ref)).not.toBe(7); // the open scenario itself is not changed
  });

  it('while a drag goes on, the running jobs are not aborted; the latest value runs when they end', async () => {
    const { runner } = show();
    const slider = within(screen.getAllByTestId('lever')[0]!).getByRole('slider');
    await slide(slider, 5);
    for (const v of [6, 7, 8]) await slide(slider, v); // the slider keeps moving
    expect(runner.of('lever')).toHaveLength(1);
    expect(runner.of('lever')[0]!.signal!.aborted).toBe(false);
    expect(screen.getByTestId('levers-status').textContent).toContain('Computing');
    // the first result shows during the drag, and the last value runs next
    runner.of('lever')[0]!.resolve({ kind: 'lever', result: leverResult });
    runner.of('cohort')[0]!.resolve({ kind: 'cohort', result: cohortFixture({ outerDraws: 0 }) });
    await settle();
    vi.advanceTimersByTime(LEVER_THROTTLE_MS + 10);
    await settle();
    expect(screen.getByTestId('levers-headline')).toBeTruthy();
    const levers = runner.of('lever');
    expect(levers).toHaveLength(2);
    expect(levers[1]!.job.kind === 'lever' && Object.values(levers[1]!.job.options.values)).toEqual([8]);
  });

  it('shows the headline numbers, naming who and the basis, and the lever budget when the jobs finish', async () => {
    const { runner } = show();
    await slide(within(screen.getAllByTestId('lever')[0]!).getByRole('slider'), 5);
    await finishAll(runner);
    expect(screen.getByRole('heading', { name: /With the levers as set: all payers together/ })).toBeTruthy();
    expect(screen.getByTestId('levers-short').textContent).toBe(
      'Expected extra cost per family after 1 year (as paid, 0%): €4,000',
    );
    expect(screen.getByTestId('levers-horizon').textContent).toBe(
      'Expected saving per family after 5 years (as paid, 0%): €3,000',
    );
    expect(screen.getByTestId('levers-cheaper').textContent).toBe(
      'In 7 of 10 simulated futures the pilot is cheaper after 5 years.',
    );
    const chart = screen.getByTestId('chart-lever-budget');
    expect(chart.querySelector('h3')!.textContent).toContain(
      'With the levers as set (expected values, no interval)',
    );
    expect(within(chart).getAllByTestId('budget-year')).toHaveLength(8);
    expect(within(chart).queryAllByTestId('whisker')).toHaveLength(0);
  });

  it('the headline follows the payer and the Amounts choice', async () => {
    const { runner } = show({ payerId: 'municipality-youth', basis: 'discounted' });
    await slide(within(screen.getAllByTestId('lever')[0]!).getByRole('slider'), 5);
    await finishAll(runner);
    // the municipality: 4,000 extra in month 0 (not discounted: month 0), nothing saved later
    expect(screen.getByTestId('levers-horizon').textContent).toBe(
      'Expected extra cost per family after 5 years (discounted at 3% a year): €4,000',
    );
    expect(screen.queryByTestId('levers-cheaper')).toBeNull(); // that sentence is for all payers
  });

  it('applies the levers to every scenario of the mix that has the input (a parameter by its id)', async () => {
    const shared = analysisInputs(case1).find(
      (i) => i.kind === 'parameter' && i.uncertain && case7.parameters.some((p) => p.id === i.parameterId),
    )!;
    const { runner } = show({
      tornado: tornadoOf([shared]),
      cohort: cohortOf([
        { name: 'Case 1', scenario: case1, weight: 0.6 },
        { name: 'Case 7', scenario: case7, weight: 0.4 },
      ]),
    });
    await slide(within(screen.getByTestId('lever')).getByRole('slider'), shared.upper);
    const job = runner.of('cohort')[0]!.job;
    const mix = job.kind === 'cohort' ? job.spec.mix : [];
    expect(mix.map((m) => [m.scenario.id, m.weight])).toEqual([
      ['case-1', 0.6],
      ['case-7', 0.4],
    ]);
    const j = case7.parameters.findIndex((p) => p.id === shared.parameterId);
    expect(getAt(mix[0]!.scenario, shared.ref)).toBe(shared.upper);
    expect(mix[1]!.scenario.parameters[j]!.value).toBe(shared.upper);
  });

  it('reads probabilities and euros in plain words, on screen and for screen readers', async () => {
    const p = analysisInputs(case1).find((i) => i.unit?.startsWith('probability') && i.uncertain)!;
    const e = analysisInputs(case1).find((i) => i.unit?.startsWith('EUR') && i.uncertain)!;
    show({ tornado: tornadoOf([p, e]), locale: 'nl' });
    const [first, second] = screen.getAllByTestId('lever');
    const byRef = (ref: string) => [first!, second!].find((l) => l.getAttribute('data-ref') === ref)!;
    const prob = byRef(p.ref);
    const shown = within(prob).getByTestId('lever-value').textContent!;
    expect(shown).toMatch(/^\d+(,\d)?%$/);
    expect(within(prob).getByRole('slider').getAttribute('aria-valuetext')).toBe(shown);
    expect(prob.textContent).not.toContain('probability');
    expect(within(byRef(e.ref)).getByTestId('lever-value').textContent).toMatch(/^€\s?[\d.]+$/);
  });

  it('says a failure in words with the detail folded away', async () => {
    const { runner } = show({ locale: 'nl' });
    await slide(within(screen.getAllByTestId('lever')[0]!).getByRole('slider'), 5);
    runner.of('lever')[0]!.reject(new AnalysisFailure('workerStopped', 'the analysis worker stopped'));
    runner.of('cohort')[0]!.resolve({ kind: 'cohort', result: cohortFixture({ outerDraws: 0 }) });
    await settle();
    const problem = screen.getByTestId('levers-problem');
    expect(problem.querySelector('p')!.textContent).toMatch(
      /^De schuifjes konden niet worden doorgerekend\. De berekening stopte onverwacht.*Probeer het opnieuw\./,
    );
    expect(problem.querySelector('code')!.textContent).toBe('the analysis worker stopped');
  });

  it('starts afresh when another scenario is opened (the view stays mounted)', async () => {
    const { runner, props, rerender } = show();
    const slider = within(screen.getAllByTestId('lever')[0]!).getByRole('slider');
    await slide(slider, 5);
    await finishAll(runner);
    expect(screen.getByTestId('levers-headline')).toBeTruthy();
    await rerender({ ...props, scenario: case7, tornado: null });
    await settle();
    expect(screen.queryByTestId('levers-headline')).toBeNull();
    expect(screen.queryByTestId('chart-lever-budget')).toBeNull();
    expect(screen.queryAllByTestId('lever')).toHaveLength(0); // case 7's inputs are not known yet
    expect(runner.calls).toHaveLength(0); // nothing runs with case 1's values
  });

  it('re-runs the figures on screen when the scenario is edited', async () => {
    const { runner, props, rerender } = show();
    await slide(within(screen.getAllByTestId('lever')[0]!).getByRole('slider'), 5);
    await finishAll(runner);
    const edited = { ...case1, settings: { ...case1.settings, horizonMonths: 72 } };
    await rerender({ ...props, scenario: edited });
    await settle();
    vi.advanceTimersByTime(LEVER_THROTTLE_MS + 10);
    await settle();
    const last = runner.of('lever').at(-1)!;
    expect(last.job.kind === 'lever' && last.job.scenario.settings.horizonMonths).toBe(72);
  });

  it('Reset puts one lever back to the model’s value and re-runs', async () => {
    const { runner } = show();
    const lever = screen.getAllByTestId('lever')[0]!;
    await slide(within(lever).getByRole('slider'), 5);
    const reset = within(lever).getByTestId('lever-reset') as HTMLButtonElement;
    expect(reset.disabled).toBe(false);
    await finishAll(runner);
    await fireEvent.click(reset);
    vi.advanceTimersByTime(LEVER_THROTTLE_MS + 10);
    await settle();
    const last = runner.of('lever').at(-1)!;
    expect(last.job.kind === 'lever' && last.job.options.values).toEqual({});
    expect(reset.disabled).toBe(true);
  });

  it('Apply hands the values over as an edit and clears the levers', async () => {
    const applied: Array<Record<string, number>> = [];
    show({ onapply: (v) => applied.push(v) });
    const lever = screen.getAllByTestId('lever')[0]!;
    await slide(within(lever).getByRole('slider'), 5);
    await fireEvent.click(screen.getByTestId('levers-apply'));
    expect(applied).toEqual([{ [lever.getAttribute('data-ref')!]: 5 }]);
    expect(screen.getByTestId('levers-status').textContent).toContain('Applied');
  });

  it('without a tornado, finds the inputs that matter most itself', async () => {
    const { runner } = show({ tornado: null });
    expect(screen.queryAllByTestId('lever')).toHaveLength(0);
    await fireEvent.click(screen.getByTestId('levers-find'));
    const [tj] = runner.of('tornado');
    expect(tj!.job).toEqual({
      kind: 'tornado',
      scenario: case1,
      options: { iterations: 1000, seed: case1.settings.seed },
    });
    tj!.resolve({ kind: 'tornado', result: tornado });
    await settle();
    expect(screen.getAllByTestId('lever')).toHaveLength(4);
  });
});
