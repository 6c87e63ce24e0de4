import { describe, expect, it } from 'vitest';
import { describeDistribution } from '../../../src/lib/model/distribution-facts';
import type { Distribution } from '../../../src/lib/model/quantity';
import { Representatives, spread90 } from '../../../src/lib/timeline/representative-value';

const spread = (d: Distribution) => {
  const f = describeDistribution(d);
  if (!f.ok) throw new Error(f.problems.join());
  return spread90(f.facts.canonical);
};

describe('spread90', () => {
  it('gives the exact 5th and 95th percentiles of the uniform, triangular and normal', () => {
    expect(spread({ dist: 'uniform', min: 0, max: 10 })).toEqual([0.5, 9.5]);
    // Triangular(0, 0, 10): F(x) = 1 - (1 - x/10)^2, so x = 10 (1 - sqrt(1 - p)).
    const [lo, hi] = spread({ dist: 'triangular', min: 0, mode: 0, max: 10 });
    expect(lo).toBeCloseTo(10 * (1 - Math.sqrt(0.95)), 9);
    expect(hi).toBeCloseTo(10 * (1 - Math.sqrt(0.05)), 9);
    const [a, b] = spread({ dist: 'normal', mean: 10, sd: 2 });
    expect([a, b]).toEqual([expect.closeTo(6.7103, 3), expect.closeTo(13.2897, 3)]);
  });

  it('gives a PERT’s exact percentiles (from its beta distribution function)', () => {
    // PERT(0, 1, 2) is 2 x Beta(3, 3), whose 5th percentile is 0.18926 (R: qbeta(0.05, 3, 3)).
    const [lo, hi] = spread({ dist: 'pert', min: 0, mode: 1, max: 2 });
    expect(lo).toBeCloseTo(2 * 0.18926, 4);
    expect(hi).toBeCloseTo(2 * (1 - 0.18926), 4);
  });

  it('gives the gamma’s exact percentiles, and reads the discrete distribution from its weights', () => {
    // Gamma(shape 4, scale 2): qgamma(c(0.05, 0.95), 4, scale = 2) = 2.7326, 15.5073.
    const [lo, hi] = spread({ dist: 'gamma', mean: 8, sd: 4 });
    expect(lo).toBeCloseTo(2.7326, 3);
    expect(hi).toBeCloseTo(15.5073, 3);
    expect(spread({ dist: 'discrete', values: [3, 1, 2], weights: [0.5, 0.04, 0.46] })).toEqual([2, 3]);
  });
});

describe('Representatives', () => {
  const reps = new Representatives([
    { id: 'a', value: { dist: 'uniform', min: 2, max: 6 } },
    { id: 'b', value: { formula: 'a * 2' } },
    { id: 'c', value: 3 },
    { id: 'loop1', value: { formula: 'loop2 + 1' } },
    { id: 'loop2', value: { formula: 'loop1 + 1' } },
  ]);

  it('takes a number as it is and a distribution at its mean', () => {
    expect(reps.of(7)).toEqual({ value: 7, known: true, spread: [7, 7] });
    expect(reps.of({ dist: 'uniform', min: 2, max: 6 })).toMatchObject({ value: 4, known: true });
    expect(reps.of(undefined, 1)).toEqual({ value: 1, known: true, spread: null });
  });

  it('evaluates a formula at its parameters’ means, through formula parameters', () => {
    expect(reps.of({ formula: 'b + c' }).value).toBe(11);
  });

  it('spreads a formula of one uncertain parameter over that parameter’s percentiles, and not one of two', () => {
    expect(reps.of({ formula: 'b + c' }).spread).toEqual([expect.closeTo(7.4, 9), expect.closeTo(14.6, 9)]);
    expect(reps.of({ formula: 'c - a' }).spread).toEqual([expect.closeTo(-2.8, 9), expect.closeTo(0.8, 9)]);
    expect(reps.of({ formula: 'c * 2' }).spread).toEqual([6, 6]);
    expect(reps.of({ formula: 'a + b' }).spread).toEqual([expect.closeTo(6.6, 9), expect.closeTo(17.4, 9)]);
    const two = new Representatives([
      { id: 'x', value: { dist: 'uniform', min: 0, max: 1 } },
      { id: 'y', value: { dist: 'uniform', min: 0, max: 1 } },
    ]);
    expect(two.of({ formula: 'x + y' })).toEqual({ value: 1, known: true, spread: null });
  });

  it('cannot value an unknown name, a cycle or a bad distribution', () => {
    expect(reps.of({ formula: 'nothing + 1' })).toEqual({ value: 0, known: false, spread: null });
    expect(reps.of({ formula: 'loop1' }).known).toBe(false);
    expect(reps.of({ dist: 'uniform', min: 5, max: 1 }).known).toBe(false);
  });
});
