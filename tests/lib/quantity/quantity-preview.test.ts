import { describe, expect, it } from 'vitest';
import { describeDistribution } from '../../../src/lib/model/distribution-facts';
import type { Distribution } from '../../../src/lib/model/quantity';
import {
  CURVE_POINTS,
  previewOfDistribution,
  previewOfQuantity,
} from '../../../src/lib/quantity/quantity-preview';
import { DistributionTable, drawFrom } from '../../../src/lib/sim/samplers/distribution-table';
import { Random } from '../../../src/lib/sim/random';

/** Reference values from scipy.stats 1.17 (ppf at 0.05 and 0.95). */
function spread(d: Distribution) {
  const p = previewOfDistribution(d);
  if (!p || (p.kind !== 'curve' && p.kind !== 'bars')) throw new Error(`no spread for ${JSON.stringify(d)}`);
  return p;
}

describe('previewOfDistribution gives the exact mean and 90 % interval', () => {
  it('uniform(0, 10): mean 5, interval 0.5 to 9.5', () => {
    const p = spread({ dist: 'uniform', min: 0, max: 10 });
    expect(p.mean).toBe(5);
    expect(p.low).toBeCloseTo(0.5, 12);
    expect(p.high).toBeCloseTo(9.5, 12);
    expect([p.from, p.to]).toEqual([0, 10]);
  });

  it('normal(100, 10): mean 100, interval 83.55 to 116.45 (to 1e-9)', () => {
    const p = spread({ dist: 'normal', mean: 100, sd: 10 });
    expect(p.mean).toBe(100);
    expect(Math.abs(p.low - 83.55146373)).toBeLessThan(1e-7);
    expect(Math.abs(p.high - 116.44853627)).toBeLessThan(1e-7);
  });

  it('PERT(0, 3, 12): mean (0 + 4*3 + 12)/6 = 4, interval 0.917 to 7.889', () => {
    const p = spread({ dist: 'pert', min: 0, mode: 3, max: 12 });
    expect(p.mean).toBeCloseTo(4, 12);
    expect(p.low).toBeCloseTo(0.9172847, 6);
    expect(p.high).toBeCloseTo(7.88889982, 6);
    expect([p.from, p.to]).toEqual([0, 12]);
  });

  it('beta "3 of 10" (Beta(4, 8)): mean 1/3, interval 0.1351 to 0.5644', () => {
    const p = spread({ dist: 'beta', k: 3, n: 10 });
    expect(p.mean).toBeCloseTo(1 / 3, 12);
    expect(p.low).toBeCloseTo(0.13507547, 7);
    expect(p.high).toBeCloseTo(0.56437419, 7);
  });

  it('beta "0 of 20" (Beta(1, 21)): mean 1/22, interval 0.00244 to 0.1329', () => {
    const p = spread({ dist: 'beta', k: 0, n: 20 });
    expect(p.mean).toBeCloseTo(1 / 22, 12);
    expect(p.low).toBeCloseTo(0.00243956, 7);
    expect(p.high).toBeCloseTo(0.13294591, 7);
  });

  it('beta by mean and sd, also with a shape below 1', () => {
    const a = spread({ dist: 'beta', mean: 0.3, sd: 0.1 });
    expect(a.low).toBeCloseTo(0.14746957, 7);
    expect(a.high).toBeCloseTo(0.47579711, 7);
    const b = spread({ dist: 'beta', mean: 0.05, sd: 0.1 });
    expect(b.high).toBeCloseTo(0.265759597, 7);
    expect(b.low).toBeLessThan(1e-6);
    expect(b.points.every((pt) => Number.isFinite(pt.y) && pt.y >= 0 && pt.y <= 1)).toBe(true);
  });

  it('gamma and lognormal by mean and sd', () => {
    const g = spread({ dist: 'gamma', mean: 100, sd: 20 });
    expect(g.low).toBeCloseTo(69.52850337, 6);
    expect(g.high).toBeCloseTo(135.0096131, 6);
    const skew = spread({ dist: 'gamma', mean: 10, sd: 20 });
    expect(skew.high).toBeCloseTo(48.4046455, 5);
    const l = spread({ dist: 'lognormal', mean: 100, sd: 30 });
    expect(l.mean).toBe(100);
    expect(l.low).toBeCloseTo(59.09920564, 6);
    expect(l.high).toBeCloseTo(155.23579085, 6);
  });

  it('triangular(0, 2, 10): mean 4, interval 1 to 8', () => {
    const p = spread({ dist: 'triangular', min: 0, mode: 2, max: 10 });
    expect(p.mean).toBeCloseTo(4, 12);
    expect(p.low).toBeCloseTo(1, 12);
    expect(p.high).toBeCloseTo(8, 12);
  });

  it('discrete: bars at the values, quantiles from the cumulative weights', () => {
    const p = spread({ dist: 'discrete', values: [3, 1, 2], weights: [0.05, 0.05, 0.9] });
    expect(p.kind).toBe('bars');
    expect(p.points).toEqual([
      { x: 1, y: 0.05 / 0.9 },
      { x: 2, y: 1 },
      { x: 3, y: 0.05 / 0.9 },
    ]);
    expect(p.low).toBe(1);
    expect(p.high).toBe(2);
    expect(p.mean).toBeCloseTo(2, 12);
  });

  it('agrees with 100,000 draws of the engine sampler (PERT, gamma, k of n)', () => {
    const cases: Distribution[] = [
      { dist: 'pert', min: 0, mode: 3, max: 12 },
      { dist: 'gamma', mean: 10, sd: 6 },
      { dist: 'beta', k: 7, n: 40 },
    ];
    for (const d of cases) {
      const check = describeDistribution(d);
      if (!check.ok) throw new Error('bad case');
      const table = new DistributionTable();
      const [code, off] = table.add(check.facts.canonical);
      const P = table.freeze();
      const rng = new Random(11);
      rng.setStream(1);
      const n = 100_000;
      const xs = new Float64Array(n);
      for (let i = 0; i < n; i++) xs[i] = drawFrom(rng, P, code, off);
      xs.sort();
      const p = spread(d);
      const sd = Math.sqrt(check.facts.variance);
      // The sample quantile's standard error is about sd/100 here; allow 4 of them.
      expect(Math.abs(xs[Math.floor(0.05 * n)]! - p.low)).toBeLessThan(0.04 * sd);
      expect(Math.abs(xs[Math.floor(0.95 * n)]! - p.high)).toBeLessThan(0.04 * sd);
    }
  });

  it('draws the density over the support or 99.8 % of it, highest point 1', () => {
    const p = spread({ dist: 'normal', mean: 0, sd: 1 });
    expect(p.points).toHaveLength(CURVE_POINTS);
    expect(p.from).toBeCloseTo(-3.0902323, 6);
    expect(p.to).toBeCloseTo(3.0902323, 6);
    expect(Math.max(...p.points.map((q) => q.y))).toBe(1);
    // Symmetric: the first and last heights agree.
    expect(p.points[0]!.y).toBeCloseTo(p.points[CURVE_POINTS - 1]!.y, 10);
  });

  it('shows a distribution without spread as its value, and none for impossible parameters', () => {
    expect(previewOfDistribution({ dist: 'pert', min: 5, mode: 5, max: 5 })).toEqual({
      kind: 'value',
      value: 5,
    });
    expect(previewOfDistribution({ dist: 'normal', mean: 5, sd: 0 })).toBeNull();
    expect(previewOfDistribution({ dist: 'beta', mean: 0.5, sd: 0.6 })).toBeNull();
  });
});

describe('previewOfQuantity', () => {
  it('shows a plain number as it is', () => {
    expect(previewOfQuantity(1234.5, [])).toEqual({ kind: 'value', value: 1234.5 });
  });

  it('says a formula over parameters depends on them, and evaluates a formula of numbers', () => {
    expect(previewOfQuantity({ formula: 'rate * 2 + rate' }, ['rate'])).toEqual({
      kind: 'formula',
      symbols: ['rate'],
    });
    expect(previewOfQuantity({ formula: '12 * 30 + 2^3' }, [])).toEqual({ kind: 'value', value: 368 });
    expect(previewOfQuantity({ formula: 'unknown + 1' }, ['rate'])).toBeNull();
  });
});
