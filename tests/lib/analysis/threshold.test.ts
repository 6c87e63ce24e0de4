import { describe, expect, it } from 'vitest';
import { bracketedRoot } from '../../../src/lib/analysis/bracketed-root';
import { withValues } from '../../../src/lib/analysis/scenario-override';
import { SCAN_POINTS, targetDifference, threshold } from '../../../src/lib/analysis/threshold';
import { drawParameters } from '../../../src/lib/analysis/parameter-draws';
import { discountFactors } from '../../../src/lib/sim/program';
import { runInline } from '../../../src/lib/sim/run-inline';
import { quantileSorted } from '../../../src/lib/sim/statistics';
import { branchAndCrisis } from './branch-and-crisis';
import { crisisCase, scenario, step } from './fixtures';

const ALL = { payerId: null, byMonth: 12, discounted: false };

describe('bracketedRoot', () => {
  it('finds the root of a smooth function to tolerance in few evaluations', () => {
    const f = (x: number) => x * x * x - 2;
    const r = bracketedRoot(f, 0, 2, f(0), f(2), 1e-9, 100);
    expect(r.value).toBeCloseTo(Math.cbrt(2), 8);
    expect(r.evaluations).toBeLessThan(20);
  });

  it('brackets the jump of a step function to tolerance', () => {
    const f = (x: number) => (x < 0.37 ? -1 : 1);
    const r = bracketedRoot(f, 0, 1, -1, 1, 1e-6, 100);
    expect(Math.abs(r.value - 0.37)).toBeLessThan(1e-6);
    expect(r.evaluations).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(1e6)));
  });
});

describe('threshold', () => {
  it('finds the analytic break-even probability c / K, within the sampling error of the families', () => {
    // f(p) = K * (share of families whose fixed uniform draw is below p) - c: a step function (CRN).
    // Its root is the empirical (c/K)-quantile of n uniforms: SE sqrt(p*(1 - p)/n) = 0.0102 for n = 2000.
    const s = crisisCase({ pilotCost: 3000, crisisCost: 10_000 });
    const n = 2000;
    const r = threshold(s, {
      ref: 'parameters[0].value',
      lower: 0,
      upper: 1,
      target: ALL,
      iterations: n,
      seed: 5,
      outerDraws: 0,
    });
    expect(r.status).toBe('found');
    expect(r.breaksEvenWhen).toBe('above');
    expect(r.atLower).toBeCloseTo(-3000, 9);
    expect(r.atUpper).toBeCloseTo(7000, 9);
    expect(Math.abs(r.value! - 0.3)).toBeLessThan(4 * Math.sqrt((0.3 * 0.7) / n));
    // The search itself is exact to its tolerance (1e-4 of the range): f changes sign across it.
    const f = (p: number) => targetDifference(withValues(s, { 'parameters[0].value': p }), ALL, n, 5);
    expect(f(r.value! - 1e-4)).toBeLessThan(0);
    expect(f(r.value! + 1e-4)).toBeGreaterThanOrEqual(0);
    expect(r.evaluations).toBeLessThanOrEqual(60);
    expect(r.interval).toBeNull();
  });

  it('finds an exact break-even cost for a linear input (deterministic scenario)', () => {
    // Pilot: m a month for 12 months; reference: 24,000 once -> break-even m = 2000.
    const s = scenario(
      {
        pilot: { steps: [step('coach', { monthlyCost: 1500, duration: 12 })] },
        reference: { steps: [step('care', { oneOffCost: 24_000 })] },
      },
      { settings: { horizonMonths: 24 } },
    );
    const r = threshold(s, {
      ref: 'paths.pilot.steps[0].monthlyCost',
      lower: 0,
      upper: 5000,
      target: { payerId: null, byMonth: 24, discounted: false },
      iterations: 20,
      seed: 1,
      outerDraws: 0,
    });
    expect(r.status).toBe('found');
    expect(r.breaksEvenWhen).toBe('below');
    expect(Math.abs(r.value! - 2000)).toBeLessThan(5000 * 1e-4);
    // The 9-point scan, then one interpolation step and two probes at +- tolerance / 2.
    expect(r.evaluations).toBeLessThanOrEqual(SCAN_POINTS + 3);
    expect(r).toMatchObject({ multipleCrossings: false, capped: false, byMonthClamped: false });
  });

  it('counts only one payer, up to a month, discounted when asked', () => {
    // Municipality: pilot 12,000 once in month 0; reference x a month for 36 months.
    // Insurer: the reference also pays 500 a month (must not count for the municipality).
    const s = scenario(
      {
        pilot: { steps: [step('team', { oneOffCost: 12_000 })] },
        reference: {
          steps: [
            step('youth', { monthlyCost: 100, duration: 36 }),
            step('ggz', { monthlyCost: 500, duration: 36, payer: 'health-insurer' }),
          ],
        },
      },
      { settings: { horizonMonths: 48, discountRate: 0.03, discountPreset: 'zin-2024' } },
    );
    const run = (byMonth: number, discounted: boolean) =>
      threshold(s, {
        ref: 'paths.reference.steps[0].monthlyCost',
        lower: 0,
        upper: 5000,
        target: { payerId: 'municipality-youth', byMonth, discounted },
        iterations: 10,
        seed: 3,
        outerDraws: 0,
      });
    const tol = 5000 * 1e-4;
    expect(Math.abs(run(12, false).value! - 1000)).toBeLessThan(tol);
    expect(Math.abs(run(36, false).value! - 12_000 / 36)).toBeLessThan(tol);
    const { CDF } = discountFactors(0.03, 48);
    expect(Math.abs(run(12, true).value! - 12_000 / CDF[12]!)).toBeLessThan(tol);
    // byMonth beyond the horizon counts to the horizon (flagged); the reference cost stops at 36 months.
    expect(Math.abs(run(600, false).value! - 12_000 / 36)).toBeLessThan(tol);
    expect(run(600, false).byMonthClamped).toBe(true);
    expect(run(48, false).byMonthClamped).toBe(false);
    // All payers together: 36 (x + 500) = 12,000 has no root in 0..5000: always breaks even.
    const all = threshold(s, {
      ref: 'paths.reference.steps[0].monthlyCost',
      lower: 0,
      upper: 5000,
      target: { payerId: null, byMonth: 36, discounted: false },
      iterations: 10,
      seed: 3,
      outerDraws: 0,
    });
    expect(all).toMatchObject({ status: 'always', value: null, breaksEvenWhen: null });
  });

  it("says 'never' when the pilot does not break even anywhere in the range", () => {
    const s = crisisCase({ pilotCost: 30_000, crisisCost: 10_000 });
    const r = threshold(s, {
      ref: 'parameters[0].value',
      lower: 0,
      upper: 1,
      target: ALL,
      iterations: 200,
      seed: 5,
      outerDraws: 0,
    });
    expect(r).toMatchObject({
      status: 'never',
      value: null,
      breaksEvenWhen: null,
      evaluations: SCAN_POINTS,
      multipleCrossings: false,
    });
  });

  it('gives the parameter uncertainty of the threshold over outer draws, formulas following', () => {
    // Pilot: pilot_cost = c x (1 + markup) once (a formula parameter over the input and a drawn
    // parameter: it must follow both), markup ~ uniform(0, 0.2);
    // reference: k once, k ~ uniform(8000, 12000). With the other parameters at outer draw j the
    // difference k_j - c (1 + markup_j) is linear in c: the root is exactly k_j / (1 + markup_j).
    const s = scenario(
      {
        pilot: { steps: [step('team', { oneOffCost: { formula: 'pilot_cost' } })] },
        reference: { steps: [step('care', { oneOffCost: { formula: 'k' } })] },
      },
      {
        parameters: [
          { id: 'c', value: 3000 },
          { id: 'k', value: { dist: 'uniform', min: 8000, max: 12_000 } },
          { id: 'markup', value: { dist: 'uniform', min: 0, max: 0.2 } },
          { id: 'pilot_cost', value: { formula: 'c * (1 + markup)' } },
        ],
        settings: { horizonMonths: 12 },
      },
    );
    const draws = 30;
    const r = threshold(s, {
      ref: 'parameters[0].value',
      lower: 0,
      upper: 20_000,
      target: ALL,
      iterations: 50,
      seed: 11,
      outerDraws: draws,
    });
    const roots = Array.from({ length: draws }, (_, j) => {
      const d = drawParameters(s, 11, j);
      return d.get('parameters[1].value')! / (1 + d.get('parameters[2].value')!);
    });
    const sorted = Float64Array.from(roots).sort();
    expect(r.interval).toMatchObject({ drawsWithValue: draws, draws });
    expect(Math.abs(r.interval!.low - quantileSorted(sorted, 0.05))).toBeLessThan(20_000 * 1e-4);
    expect(Math.abs(r.interval!.high - quantileSorted(sorted, 0.95))).toBeLessThan(20_000 * 1e-4);
    // The 5..95 % range of k / (1 + markup) over parameter draws is about 7400 .. 11,400.
    expect(r.interval!.low).toBeLessThan(r.value!);
    expect(r.interval!.high).toBeGreaterThan(r.value!);
  });

  it('rejects an unknown ref, an unknown payer and an empty range', () => {
    const s = crisisCase();
    const o = { lower: 0, upper: 1, target: ALL, iterations: 10, seed: 1, outerDraws: 0 };
    expect(() => threshold(s, { ...o, ref: 'parameters[9].value' })).toThrow(/unknown quantity/);
    expect(() =>
      threshold(s, { ...o, ref: 'parameters[0].value', target: { ...ALL, payerId: 'nobody' } }),
    ).toThrow(/unknown payer/);
    expect(() => threshold(s, { ...o, ref: 'parameters[0].value', lower: 1, upper: 1 })).toThrow(RangeError);
  });

  it('rejects a target month below 1, a tolerance that is not above 0 and one outer draw', () => {
    const s = crisisCase();
    const o = {
      ref: 'parameters[0].value',
      lower: 0,
      upper: 1,
      target: ALL,
      iterations: 10,
      seed: 1,
      outerDraws: 0,
    };
    expect(() => threshold(s, { ...o, target: { ...ALL, byMonth: 0 } })).toThrow(/at least 1/);
    expect(() => threshold(s, { ...o, target: { ...ALL, byMonth: -3 } })).toThrow(RangeError);
    expect(() => threshold(s, { ...o, tolerance: 0 })).toThrow(/tolerance/);
    expect(() => threshold(s, { ...o, tolerance: -1e-3 })).toThrow(/tolerance/);
    expect(() => threshold(s, { ...o, outerDraws: 1 })).toThrow(/at least 2 outer draws/);
  });

  it('finds the first of two crossings and says there are more', () => {
    // Pilot: 100 (x - 5)^2 once; reference: 900 once. f(x) = 900 - 100 (x - 5)^2 is >= 0 for
    // 2 <= x <= 8 and negative at both ends of 0..10: two crossings the ends alone do not show.
    const s = scenario(
      {
        pilot: { steps: [step('team', { oneOffCost: { formula: '100 * (x - 5) ^ 2' } })] },
        reference: { steps: [step('care', { oneOffCost: 900 })] },
      },
      { parameters: [{ id: 'x', value: 5 }], settings: { horizonMonths: 12 } },
    );
    const r = threshold(s, {
      ref: 'parameters[0].value',
      lower: 0,
      upper: 10,
      target: ALL,
      iterations: 5,
      seed: 1,
      outerDraws: 0,
    });
    expect(r).toMatchObject({ status: 'found', breaksEvenWhen: 'above', multipleCrossings: true });
    expect(Math.abs(r.value! - 2)).toBeLessThan(10 * 1e-4);
  });

  it('keeps draws without a break-even value in the interval, beyond the end of the range', () => {
    // Pilot: m a month for 12 months (the input); reference: k once, k ~ uniform(0, 30,000).
    // Draw j breaks even below m = k_j / 12. In 500..2000, draws with k_j < 6000 never break even
    // (threshold below 500) and draws with k_j > 24,000 always do (threshold above 2000): about
    // 20 % each, so both ends of the 90 % interval lie beyond the range.
    const s = scenario(
      {
        pilot: { steps: [step('coach', { monthlyCost: 1000, duration: 12 })] },
        reference: { steps: [step('care', { oneOffCost: { formula: 'k' } })] },
      },
      {
        parameters: [{ id: 'k', value: { dist: 'uniform', min: 0, max: 30_000 } }],
        settings: { horizonMonths: 12 },
      },
    );
    const draws = 40;
    const o = {
      ref: 'paths.pilot.steps[0].monthlyCost',
      target: ALL,
      iterations: 3,
      seed: 2,
      outerDraws: draws,
    };
    const thresholds = Array.from(
      { length: draws },
      (_, j) => drawParameters(s, 2, j).get('parameters[0].value')! / 12,
    );
    const both = threshold(s, { ...o, lower: 500, upper: 2000 });
    expect(both.breaksEvenWhen).toBe('below');
    expect(both.interval).toMatchObject({
      low: 500,
      high: 2000,
      lowBeyondRange: true,
      highBeyondRange: true,
      draws,
      drawsWithValue: thresholds.filter((x) => x > 500 && x < 2000).length,
    });
    expect(both.intervalReliable).toBe(true);
    // Range 0..2000: only the high end is censored; the low end is the 5th percentile of all draws.
    const one = threshold(s, { ...o, lower: 0, upper: 2000 });
    const sorted = Float64Array.from(thresholds, (x) => (x < 2000 ? x : Infinity)).sort();
    expect(one.interval!.lowBeyondRange).toBe(false);
    expect(Math.abs(one.interval!.low - quantileSorted(sorted, 0.05))).toBeLessThan(2000 * 1e-4);
    expect(one.interval).toMatchObject({ high: 2000, highBeyondRange: true });
    // Fewer than 20 draws: flagged.
    expect(threshold(s, { ...o, lower: 0, upper: 2000, outerDraws: 5 }).intervalReliable).toBe(false);
  });

  it('moves a range end the scenario cannot be simulated at towards the input value', () => {
    // The event's probability is 1 - p with p = 0.6: at p = 1.2 it would be -0.2.
    const s = scenario(
      {
        pilot: { steps: [step('team', { oneOffCost: 3000 })] },
        reference: {
          events: [
            {
              id: 'crisis',
              label: 'Crisis',
              probability: { formula: '1 - p' },
              consequences: [step('care', { oneOffCost: 10_000 })],
            },
          ],
        },
      },
      { parameters: [{ id: 'p', value: 0.6 }], settings: { horizonMonths: 12 } },
    );
    const r = threshold(s, {
      ref: 'parameters[0].value',
      lower: 0,
      upper: 1.2,
      target: ALL,
      iterations: 400,
      seed: 3,
      outerDraws: 0,
    });
    // 1.2 fails, 0.6 + 0.6 / 2 = 0.9 works.
    expect(r.searchedRange!.lower).toBe(0);
    expect(r.searchedRange!.upper).toBeCloseTo(0.9, 12);
    expect(r.status).toBe('found');
    expect(r.breaksEvenWhen).toBe('below');
    // Break-even where 1 - p = 0.3 (within the sampling error of 400 families: SE 0.023).
    expect(Math.abs(r.value! - 0.7)).toBeLessThan(4 * 0.023);
    // A range the scenario cannot be simulated anywhere in (the model value 0.6 lies outside
    // it, so the ends move towards its middle) gives a clear error.
    expect(() =>
      threshold(s, {
        ref: 'parameters[0].value',
        lower: 1.1,
        upper: 1.3,
        target: ALL,
        iterations: 5,
        seed: 1,
        outerDraws: 0,
      }),
    ).toThrow(/cannot be simulated/);
  });

  it('searches a consequence field and a branch step field', () => {
    // Pilot 3000 once. Reference: branch A (share 0.25) has care at x a month for 12 months; a
    // crisis (probability 0.5) has a consequence costing y once. With common random numbers the
    // roots are exact for the simulated families: 12 x a x shareA = 3000 - (crisis cost).
    const s = branchAndCrisis({
      pilot: [step('team', { oneOffCost: 3000 })],
      shareA: 0.25,
      care: { monthlyCost: 400, duration: 12 },
      crisis: 0.5,
      consequence: { oneOffCost: 2000 },
    });
    const n = 400;
    const data = runInline(s, { iterations: n, seed: 7, outputs: { monthly: false, bands: false } });
    let inA = 0;
    for (let i = 0; i < n; i++) if (data.branches[i * 2 + 1] === 0) inA++;
    const crises = data.eventSums[0]!;
    const o = { target: ALL, iterations: n, seed: 7, outerDraws: 0 };
    const branch = threshold(s, {
      ...o,
      ref: 'paths.reference.branches[0].steps[0].monthlyCost',
      lower: 0,
      upper: 2000,
    });
    const x = (3000 * n - 2000 * crises) / (12 * inA);
    expect(Math.abs(branch.value! - x)).toBeLessThan(2000 * 1e-4);
    const consequence = threshold(s, {
      ...o,
      ref: 'paths.reference.events[0].consequences[0].oneOffCost',
      lower: 0,
      upper: 20_000,
    });
    const y = (3000 * n - 400 * 12 * inA) / crises;
    expect(Math.abs(consequence.value! - y)).toBeLessThan(20_000 * 1e-4);
    expect(consequence.breaksEvenWhen).toBe('above');
  });
});

describe('bracketedRoot evaluation cap', () => {
  it('says when it stopped at the cap before reaching the tolerance', () => {
    const f = (x: number) => x - 0.3;
    expect(bracketedRoot(f, 0, 1, f(0), f(1), 1e-9, 100).capped).toBe(false);
    const step = (x: number) => (x < 0.37 ? -1 : 1);
    expect(bracketedRoot(step, 0, 1, -1, 1, 1e-9, 5).capped).toBe(true);
  });
});
