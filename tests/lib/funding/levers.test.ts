import { describe, expect, it } from 'vitest';
import type { AnalysisInput, TornadoBar, TornadoResult } from '../../../src/lib/analysis/analysis-types';
import type { Scenario } from '../../../src/lib/model/scenario';
import {
  LEVER_BUDGET_FAMILIES,
  LEVER_ITERATIONS,
  leverBudgetJob,
  leverInputs,
  leverJob,
  leverValue,
  markerShare,
  sliderStep,
} from '../../../src/lib/funding/levers';

const input = (ref: string, patch: Partial<AnalysisInput> = {}): AnalysisInput => ({
  ref,
  kind: 'parameter',
  label: { nl: ref, en: ref },
  role: 'cost',
  uncertain: true,
  mean: 100,
  p10: 80,
  p90: 120,
  lower: 0,
  upper: 400,
  ...patch,
});
const bar = (ref: string, swing: number): TornadoBar => ({
  input: input(ref),
  low: { value: 80, shortTerm: 0, horizon: 0 },
  high: { value: 120, shortTerm: 0, horizon: swing },
  swing: { shortTerm: 0, horizon: swing },
});
const scenario = { id: 's', settings: { seed: 77, discountRate: 0.03 } } as unknown as Scenario;

describe('leverInputs', () => {
  it('takes the four inputs with the largest horizon swing, largest first', () => {
    const t: TornadoResult = {
      base: { shortTerm: 0, horizon: 0 },
      bars: [bar('a', 5), bar('b', 50), bar('c', 1), bar('d', 20), bar('e', 30)],
      iterations: 1000,
      seed: 1,
    };
    expect(leverInputs(t).map((i) => i.ref)).toEqual(['b', 'e', 'd', 'a']);
    expect(leverInputs(null)).toEqual([]);
  });
});

describe('sliderStep', () => {
  it('is a round number splitting the range into about 200 steps', () => {
    expect(sliderStep(0, 1)).toBe(0.005);
    expect(sliderStep(0, 400)).toBe(2);
    expect(sliderStep(0, 30_000)).toBe(200);
    expect(sliderStep(5, 5)).toBe(1);
  });
});

describe('markerShare and leverValue', () => {
  it('place the model value along the range and show it until the lever moves', () => {
    const i = input('p');
    expect(markerShare(i)).toBeCloseTo(0.25, 12);
    expect(leverValue(i, {})).toBe(100);
    expect(leverValue(i, { p: 250 })).toBe(250);
  });
});

describe('lever jobs', () => {
  it('the headline job carries the values, 2000 families and the scenario’s seed', () => {
    const job = leverJob(scenario, { p: 250 });
    expect(job).toEqual({
      kind: 'lever',
      scenario,
      options: { values: { p: 250 }, iterations: LEVER_ITERATIONS, seed: 77 },
    });
  });

  it('the budget job is a cohort of the changed scenario without outer draws', () => {
    const job = leverBudgetJob(scenario, 'Case 1', { familiesPerYear: 40, years: 3, entry: 'start' });
    expect(job.kind === 'cohort' && job.spec).toEqual({
      familiesPerYear: 40,
      years: 3,
      entry: 'start',
      mix: [{ name: 'Case 1', scenario, weight: 1 }],
      discountRate: 0.03,
      outerDraws: 0,
      innerFamilies: LEVER_BUDGET_FAMILIES,
      seed: 77,
    });
  });
});
