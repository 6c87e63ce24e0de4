import { describe, expect, it } from 'vitest';
import { bracketedRoot } from '../../../src/lib/analysis/bracketed-root';
import { withValues } from '../../../src/lib/analysis/scenario-override';
import { targetDifference, threshold } from '../../../src/lib/analysis/threshold';
import { drawParameters } from '../../../src/lib/analysis/parameter-draws';
import { discountFactors } from '../../../src/lib/sim/program';
import { quantileSorted } from '../../../src/lib/sim/statistics';
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
    expect(r.evaluations).toBeLessThan(10);
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
    // byMonth beyond the horizon counts to the horizon; the reference cost stops at 36 months.
    expect(Math.abs(run(600, false).value! - 12_000 / 36)).toBeLessThan(tol);
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
    expect(r).toMatchObject({ status: 'never', value: null, breaksEvenWhen: null, evaluations: 2 });
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
});
