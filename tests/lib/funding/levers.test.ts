import { describe, expect, it } from 'vitest';
import type { AnalysisInput, TornadoBar, TornadoResult } from '../../../src/lib/analysis/analysis-types';
import { analysisInputs } from '../../../src/lib/analysis/analysis-inputs';
import type { Scenario } from '../../../src/lib/model/scenario';
import {
  LEVER_BUDGET_FAMILIES,
  LEVER_ITERATIONS,
  leverBudgetJob,
  leverInputs,
  leverJob,
  leverValue,
  markerShare,
  sameInput,
  sliderStep,
  valuesFor,
} from '../../../src/lib/funding/levers';
import { example } from '../../app/funding/fake-runner';
import { getAt } from '../../app/funding/get-at';

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

  it('the budget job is the form’s cohort and mix without outer draws, with the open scenario’s seed and rate', () => {
    const open = example('case-1.json');
    const job = leverBudgetJob(open, {}, [], {
      familiesPerYear: 40,
      years: 3,
      entry: 'start',
      mix: [{ name: 'Case 1', scenario: open, weight: 1 }],
    });
    expect(job.kind === 'cohort' && job.spec).toEqual({
      familiesPerYear: 40,
      years: 3,
      entry: 'start',
      mix: [{ name: 'Case 1', scenario: open, weight: 1 }],
      discountRate: open.settings.discountRate,
      outerDraws: 0,
      innerFamilies: LEVER_BUDGET_FAMILIES,
      seed: open.settings.seed,
    });
  });
});

describe('levers across the mix', () => {
  const case1 = example('case-1.json');
  const case7 = example('case-7.json');
  const inputs1 = analysisInputs(case1);
  /** A parameter both cases have (by id) at different positions, and a field of case 1 only. */
  const shared = inputs1.find(
    (i) =>
      i.kind === 'parameter' &&
      case7.parameters.some((p) => p.id === i.parameterId) &&
      case7.parameters.findIndex((p) => p.id === i.parameterId) !==
        case1.parameters.findIndex((p) => p.id === i.parameterId),
  )!;
  const field = inputs1.find((i) => i.kind === 'field')!;
  const only1 = inputs1.find(
    (i) => i.kind === 'parameter' && !case7.parameters.some((p) => p.id === i.parameterId),
  )!;

  it('has the inputs the test needs', () => {
    expect([shared, field, only1].every(Boolean)).toBe(true);
  });

  it('gives the open scenario every value, another scenario only the parameters it shares, at its own position', () => {
    const values = { [shared.ref]: 123, [field.ref]: 7, [only1.ref]: 9 };
    expect(valuesFor(case1, case1, values, inputs1)).toEqual(values);
    const j = case7.parameters.findIndex((p) => p.id === shared.parameterId);
    expect(valuesFor(case7, case1, values, inputs1)).toEqual({ [`parameters[${j}].value`]: 123 });
  });

  it('the budget job of a 60/40 mix applies the levers to both scenarios', () => {
    const values = { [shared.ref]: 123, [field.ref]: 7 };
    const job = leverBudgetJob(case1, values, inputs1, {
      familiesPerYear: 40,
      years: 3,
      entry: 'spread',
      mix: [
        { name: 'Case 1', scenario: case1, weight: 0.6 },
        { name: 'Case 7', scenario: case7, weight: 0.4 },
      ],
    });
    const mix = job.kind === 'cohort' ? job.spec.mix : [];
    expect(mix.map((m) => [m.name, m.scenario.id, m.weight])).toEqual([
      ['Case 1', 'case-1', 0.6],
      ['Case 7', 'case-7', 0.4],
    ]);
    expect(getAt(mix[0]!.scenario, shared.ref)).toBe(123);
    expect(getAt(mix[0]!.scenario, field.ref)).toBe(7);
    const j = case7.parameters.findIndex((p) => p.id === shared.parameterId);
    expect(mix[1]!.scenario.parameters[j]!.value).toBe(123);
    expect(getAt(case1, shared.ref)).not.toBe(123); // the scenarios themselves are not changed
    expect(structuredClone(job)).toEqual(job); // it can be posted to a worker
  });
});

describe('sameInput', () => {
  it('matches a parameter by id and a field by its label, so a shifted ref is not taken for another input', () => {
    const p = input('parameters[3].value', { parameterId: 'a' });
    expect(sameInput(p, input('parameters[3].value', { parameterId: 'a' }))).toBe(true);
    expect(sameInput(p, input('parameters[3].value', { parameterId: 'b' }))).toBe(false);
    const f = input('paths.pilot.steps[0].price.units', {
      kind: 'field',
      label: { nl: 'x', en: 'Coach: units' },
    });
    expect(sameInput(f, { ...f })).toBe(true);
    expect(sameInput(f, { ...f, label: { nl: 'y', en: 'Other: units' } })).toBe(false);
    expect(sameInput(f, { ...f, kind: 'parameter' })).toBe(false);
  });
});
