import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import LeversPanel from '../../../src/app/funding/LeversPanel.svelte';
import { analysisInputs } from '../../../src/lib/analysis/analysis-inputs';
import type { LeverResult, TornadoResult } from '../../../src/lib/analysis/analysis-types';
import { getAt } from './get-at';
import { LEVER_BUDGET_FAMILIES, LEVER_DEBOUNCE_MS, LEVER_ITERATIONS } from '../../../src/lib/funding/levers';
import { LocaleState } from '../../../src/lib/state/locale.svelte';
import { cohortFixture } from '../../lib/funding/cohort-fixture';
import { example, FakeRunner } from './fake-runner';

const case1 = example('case-1.json');
const uncertain = analysisInputs(case1).filter((i) => i.uncertain);

/** A tornado over the first five uncertain inputs of case 1, the fifth swinging most. */
const tornado: TornadoResult = {
  base: { shortTerm: -1000, horizon: 2000 },
  bars: uncertain.slice(0, 5).map((input, k) => ({
    input,
    low: { value: input.p10, shortTerm: 0, horizon: 0 },
    high: { value: input.p90, shortTerm: 0, horizon: [10, 40, 30, 20, 50][k]! },
    swing: { shortTerm: 0, horizon: [10, 40, 30, 20, 50][k]! },
  })),
  iterations: 1000,
  seed: 1,
};

const leverResult: LeverResult = {
  pilot: { mean: 20_000, low: 5_000, high: 40_000 },
  reference: { mean: 23_000, low: 2_000, high: 60_000 },
  difference: { mean: 3_000, low: -20_000, high: 30_000 },
  shortTermDifference: { mean: -4_000, low: -9_000, high: 0 },
  pPilotCheaper: 0.7,
  monthly: { payerIds: [], horizon: 60, pilot: [], reference: [] },
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
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

function show(
  options: { tornado?: TornadoResult | null; onapply?: (v: Record<string, number>) => void } = {},
) {
  const i18n = new LocaleState(null, ['en-GB']);
  const runner = new FakeRunner();
  render(LeversPanel, {
    props: {
      i18n,
      scenario: case1,
      scenarioName: 'Case 1',
      tornado: options.tornado === undefined ? tornado : options.tornado,
      runner,
      cohort: { familiesPerYear: 40, years: 3, entry: 'spread' as const },
      payerId: null,
      basis: 'nominal' as const,
      basisText: 'as paid, 0 %',
      who: 'all payers together',
      context: { scenarioId: 'case-1', seed: 1, subtitle: '', save: () => {}, now: () => new Date() },
      onapply: options.onapply,
    },
  });
  return { runner };
}

async function slide(el: HTMLElement, value: number) {
  await fireEvent.input(el, { target: { value: String(value) } });
  vi.advanceTimersByTime(LEVER_DEBOUNCE_MS + 10);
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

  it('moving a slider runs a lever job with the value and a budget of the changed scenario', async () => {
    const { runner } = show();
    const lever = screen.getAllByTestId('lever')[0]!;
    const ref = lever.getAttribute('data-ref')!;
    const slider = within(lever).getByRole('slider');
    await fireEvent.input(slider, { target: { value: '7' } });
    expect(runner.calls).toHaveLength(0); // debounced
    vi.advanceTimersByTime(LEVER_DEBOUNCE_MS + 10);
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

  it('a newer move aborts the jobs of the previous one', async () => {
    const { runner } = show();
    const slider = within(screen.getAllByTestId('lever')[0]!).getByRole('slider');
    await slide(slider, 5);
    await slide(slider, 6);
    const levers = runner.of('lever');
    const budgets = runner.of('cohort');
    expect(levers).toHaveLength(2);
    expect(levers[0]!.signal!.aborted).toBe(true);
    expect(budgets[0]!.signal!.aborted).toBe(true);
    expect(levers[1]!.signal!.aborted).toBe(false);
    expect(levers[1]!.job.kind === 'lever' && Object.values(levers[1]!.job.options.values)).toEqual([6]);
  });

  it('shows the headline numbers and the lever budget when the jobs finish', async () => {
    const { runner } = show();
    await slide(within(screen.getAllByTestId('lever')[0]!).getByRole('slider'), 5);
    runner.of('lever')[0]!.resolve({ kind: 'lever', result: leverResult });
    runner.of('cohort')[0]!.resolve({ kind: 'cohort', result: cohortFixture({ outerDraws: 0 }) });
    await settle();
    expect(screen.getByTestId('levers-short').textContent).toContain(
      'Expected extra cost per family after 1 year: €4,000',
    );
    expect(screen.getByTestId('levers-horizon').textContent).toContain(
      'Expected saving per family after 5 years: €3,000',
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

  it('Reset puts one lever back to the model’s value and re-runs', async () => {
    const { runner } = show();
    const lever = screen.getAllByTestId('lever')[0]!;
    await slide(within(lever).getByRole('slider'), 5);
    const reset = within(lever).getByTestId('lever-reset') as HTMLButtonElement;
    expect(reset.disabled).toBe(false);
    await fireEvent.click(reset);
    vi.advanceTimersByTime(LEVER_DEBOUNCE_MS + 10);
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
