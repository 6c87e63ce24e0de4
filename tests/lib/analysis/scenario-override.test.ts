import { describe, expect, it } from 'vitest';
import {
  withInputsAtMeans,
  withParametersAtMeans,
  withValues,
} from '../../../src/lib/analysis/scenario-override';
import { runInline } from '../../../src/lib/sim/run-inline';
import { branchAndCrisis } from './branch-and-crisis';
import { scenario, step } from './fixtures';

const base = () =>
  scenario(
    {
      pilot: { steps: [step('coach', { monthlyCost: { formula: 'rate * 2' }, duration: 12 })] },
      reference: { steps: [step('care', { oneOffCost: { dist: 'uniform', min: 100, max: 300 } })] },
    },
    {
      parameters: [
        { id: 'rate', value: { dist: 'gamma', mean: 500, sd: 100 } },
        { id: 'double_rate', value: { formula: 'rate * 2' } },
      ],
      settings: { horizonMonths: 24 },
    },
  );

describe('withValues', () => {
  it('replaces the quantity at each ref by the number and leaves the original untouched', () => {
    const s = base();
    const before = structuredClone(s);
    const t = withValues(s, { 'paths.reference.steps[0].oneOffCost': 250, 'parameters[0].value': 400 });
    expect(t.paths.reference.steps[0]!.oneOffCost).toBe(250);
    expect(t.parameters[0]!.value).toBe(400);
    expect(s).toEqual(before);
    expect(t).not.toBe(s);
  });

  it('accepts a Map as well as a record', () => {
    const t = withValues(base(), new Map([['paths.pilot.steps[0].duration', 6]]));
    expect(t.paths.pilot.steps[0]!.duration).toBe(6);
  });

  it('throws a clear error on an unknown ref', () => {
    expect(() => withValues(base(), { 'paths.pilot.steps[7].monthlyCost': 1 })).toThrow(
      /unknown quantity reference/,
    );
    expect(() => withValues(base(), { 'parameters[0].label': 1 })).toThrow(/unknown quantity reference/);
    // A field the step does not have is not a quantity of the scenario.
    expect(() => withValues(base(), { 'paths.reference.steps[0].duration': 3 })).toThrow(/unknown/);
  });

  it('refuses a value that is not a finite number', () => {
    expect(() => withValues(base(), { 'parameters[0].value': Number.NaN })).toThrow(/finite/);
  });

  it('lets formulas over an overridden parameter follow its new value', () => {
    const t = withValues(base(), { 'parameters[0].value': 400 });
    const d = runInline(t, { iterations: 10, outputs: { monthly: false, bands: false } });
    // pilot: 12 months x (2 x 400), undiscounted horizon measure.
    expect(d.totals[1]).toBe(12 * 800);
  });
});

describe('withParametersAtMeans', () => {
  it('puts every distribution-valued parameter at its mean and keeps formulas', () => {
    const t = withParametersAtMeans(base());
    expect(t.parameters[0]!.value).toBe(500);
    expect(t.parameters[1]!.value).toEqual({ formula: 'rate * 2' });
    // Field distributions stay (they are family-level variation).
    expect(t.paths.reference.steps[0]!.oneOffCost).toEqual({ dist: 'uniform', min: 100, max: 300 });
    const d = runInline(t, { iterations: 5, outputs: { monthly: false, bands: false } });
    expect(d.totals[1]).toBe(12 * 1000);
  });
});

describe('withValues on branch and consequence fields', () => {
  it('sets a branch step field and a consequence field at their document paths', () => {
    const s = branchAndCrisis({
      shareA: 0.5,
      care: { monthlyCost: 100, duration: 3 },
      crisis: 0.2,
      consequence: { oneOffCost: { dist: 'uniform', min: 1, max: 3 } },
    });
    const t = withValues(s, {
      'paths.reference.branches[0].steps[0].monthlyCost': 250,
      'paths.reference.events[0].consequences[0].oneOffCost': 7,
      'paths.reference.events[0].probability': 0.9,
    });
    expect(t.paths.reference.branches[0]!.steps[0]!.monthlyCost).toBe(250);
    expect(t.paths.reference.events[0]!.consequences[0]!.oneOffCost).toBe(7);
    expect(t.paths.reference.events[0]!.probability).toBe(0.9);
    expect(s.paths.reference.branches[0]!.steps[0]!.monthlyCost).toBe(100);
    expect(() => withValues(s, { 'paths.reference.branches[1].steps[0].monthlyCost': 1 })).toThrow(/unknown/);
  });
});

describe('withInputsAtMeans', () => {
  it('puts parameters and step and event fields given as distributions at their means', () => {
    const t = withInputsAtMeans(base());
    expect(t.parameters[0]!.value).toBe(500);
    expect(t.parameters[1]!.value).toEqual({ formula: 'rate * 2' });
    expect(t.paths.reference.steps[0]!.oneOffCost).toBe(200);
    expect(t.paths.pilot.steps[0]!.monthlyCost).toEqual({ formula: 'rate * 2' });
    const d = runInline(t, { iterations: 5, outputs: { monthly: false, bands: false } });
    expect(d.totals[1]).toBe(12 * 1000);
    expect(d.totals[4 + 1]).toBe(200);
  });
});
