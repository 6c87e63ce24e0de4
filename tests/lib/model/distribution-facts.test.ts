import { describe, expect, it } from 'vitest';
import { describeDistribution, type DistributionFacts } from '../../../src/lib/model/distribution-facts';
import type { Distribution } from '../../../src/lib/model/quantity';

function factsOf(d: Distribution): DistributionFacts {
  const check = describeDistribution(d);
  if (!check.ok) throw new Error(`unexpected problems: ${check.problems.join('; ')}`);
  return check.facts;
}

function problemsOf(d: Distribution): string[] {
  const check = describeDistribution(d);
  if (check.ok) throw new Error(`expected problems for ${JSON.stringify(d)}`);
  return check.problems;
}

/** Relative closeness, for values computed by different formulas. */
const close = (actual: number, expected: number, rel = 1e-12): void => {
  expect(Math.abs(actual - expected), `got ${actual}, expected ${expected}`).toBeLessThanOrEqual(
    rel * Math.max(1, Math.abs(expected)),
  );
};

describe('describeDistribution: invalid parameters', () => {
  const invalid: [string, Distribution, RegExp][] = [
    ['a normal with sd 0', { dist: 'normal', mean: 1, sd: 0 }, /sd must be above 0/],
    ['a normal with a negative sd', { dist: 'normal', mean: 1, sd: -2 }, /sd must be above 0/],
    ['a lognormal with sd 0', { dist: 'lognormal', mean: 1, sd: 0 }, /sd must be above 0/],
    ['a lognormal with mean 0', { dist: 'lognormal', mean: 0, sd: 1 }, /mean must be above 0/],
    ['a lognormal with a negative mean', { dist: 'lognormal', mean: -3, sd: 1 }, /mean must be above 0/],
    ['a gamma with a negative sd', { dist: 'gamma', mean: 1, sd: -1 }, /sd must be above 0/],
    ['a gamma with mean 0', { dist: 'gamma', mean: 0, sd: 1 }, /mean must be above 0/],
    ['a uniform with min above max', { dist: 'uniform', min: 2, max: 1 }, /min must not be above max/],
    [
      'a triangular with min above max',
      { dist: 'triangular', min: 5, mode: 4, max: 3 },
      /min must not be above max/,
    ],
    [
      'a triangular with the mode below min',
      { dist: 'triangular', min: 0, mode: -1, max: 3 },
      /mode must lie between min and max/,
    ],
    [
      'a triangular with the mode above max',
      { dist: 'triangular', min: 0, mode: 4, max: 3 },
      /mode must lie between min and max/,
    ],
    ['a pert with min above max', { dist: 'pert', min: 5, mode: 5, max: 3 }, /min must not be above max/],
    [
      'a pert with the mode outside',
      { dist: 'pert', min: 0, mode: 12.5, max: 12 },
      /mode must lie between min and max/,
    ],
    ['a beta with mean 0', { dist: 'beta', mean: 0, sd: 0.1 }, /mean must lie strictly between 0 and 1/],
    ['a beta with mean 1', { dist: 'beta', mean: 1, sd: 0.1 }, /mean must lie strictly between 0 and 1/],
    [
      'a beta with a negative mean',
      { dist: 'beta', mean: -0.2, sd: 0.1 },
      /mean must lie strictly between 0 and 1/,
    ],
    [
      'a beta with mean above 1',
      { dist: 'beta', mean: 1.5, sd: 0.1 },
      /mean must lie strictly between 0 and 1/,
    ],
    ['a beta with sd 0', { dist: 'beta', mean: 0.5, sd: 0 }, /sd must be above 0/],
    [
      'a beta whose sd equals sqrt(mean (1 - mean))',
      { dist: 'beta', mean: 0.5, sd: 0.5 },
      /sd must be below 0\.500 for this mean/,
    ],
    [
      'a beta whose sd is too large for its mean',
      { dist: 'beta', mean: 0.1, sd: 0.31 },
      /sd must be below 0\.300 for this mean/,
    ],
    [
      'a beta with k above n',
      { dist: 'beta', k: 6, n: 5 },
      /k must lie between 0 and n, and n must be at least 1/,
    ],
    ['a beta with a negative k', { dist: 'beta', k: -1, n: 5 }, /k must lie between 0 and n/],
    ['a beta with n = 0', { dist: 'beta', k: 0, n: 0 }, /n must be at least 1/],
    ['a beta with a fractional k', { dist: 'beta', k: 1.5, n: 5 }, /k and n must be whole numbers/],
    ['a beta with a fractional n', { dist: 'beta', k: 1, n: 5.5 }, /k and n must be whole numbers/],
    ['a beta with alpha 0', { dist: 'beta', alpha: 0, beta: 1 }, /alpha and beta must be above 0/],
    ['a beta with a negative beta', { dist: 'beta', alpha: 1, beta: -1 }, /alpha and beta must be above 0/],
    [
      'a discrete with a negative weight',
      { dist: 'discrete', values: [1, 2], weights: [1, -0.5] },
      /weights must not be negative/,
    ],
    [
      'a discrete whose lengths differ',
      { dist: 'discrete', values: [1, 2, 3], weights: [1, 1] },
      /values and weights must have the same length/,
    ],
    [
      'a discrete whose weights are all 0',
      { dist: 'discrete', values: [1, 2], weights: [0, 0] },
      /weights must add up to more than 0/,
    ],
  ];

  for (const [what, d, message] of invalid) {
    it(`describeDistribution reports ${what}`, () => {
      const problems = problemsOf(d);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(message);
    });
  }

  it('describeDistribution accepts a beta sd just below the limit for its mean', () => {
    const f = factsOf({ dist: 'beta', mean: 0.1, sd: 0.29 });
    close(f.mean, 0.1);
    close(f.variance, 0.29 ** 2);
  });

  it('describeDistribution accepts a discrete distribution with some zero weights', () => {
    const f = factsOf({ dist: 'discrete', values: [1, 2], weights: [0, 3] });
    expect(f.mean).toBe(2);
    expect(f.variance).toBe(0);
  });
});

describe('describeDistribution: analytic facts', () => {
  it('a uniform(2, 8) has mean 5, variance 3 and support [2, 8]', () => {
    const f = factsOf({ dist: 'uniform', min: 2, max: 8 });
    expect(f.canonical).toEqual({ family: 'uniform', min: 2, max: 8 });
    expect(f.mean).toBe(5);
    expect(f.variance).toBe(3);
    expect(f.support).toEqual([2, 8]);
  });

  it('a uniform, triangular or pert whose min equals max is the constant min', () => {
    for (const d of [
      { dist: 'uniform', min: -3, max: -3 },
      { dist: 'triangular', min: -3, mode: -3, max: -3 },
      { dist: 'pert', min: -3, mode: -3, max: -3 },
    ] as const) {
      expect(factsOf(d)).toEqual({
        canonical: { family: 'constant', value: -3 },
        mean: -3,
        variance: 0,
        support: [-3, -3],
      });
    }
  });

  it('a triangular(0, 3, 12) has mean (0 + 3 + 12)/3 = 5 and variance 117/18', () => {
    const f = factsOf({ dist: 'triangular', min: 0, mode: 3, max: 12 });
    expect(f.canonical).toEqual({ family: 'triangular', min: 0, mode: 3, max: 12 });
    close(f.mean, 5);
    // (a^2 + b^2 + c^2 - ab - ac - bc) / 18 = (144 + 9 - 36) / 18
    close(f.variance, 117 / 18);
    expect(f.support).toEqual([0, 12]);
  });

  it('a triangular(0, 0, 6) with the mode at the minimum has mean 2 and variance 2', () => {
    const f = factsOf({ dist: 'triangular', min: 0, mode: 0, max: 6 });
    close(f.mean, 2);
    close(f.variance, 36 / 18);
  });

  it('a pert(0, 3, 12) has mean (0 + 4*3 + 12)/6 = 4 and is Beta(2, 4) on [0, 12]', () => {
    const f = factsOf({ dist: 'pert', min: 0, mode: 3, max: 12 });
    expect(f.canonical).toEqual({ family: 'beta', alpha: 2, beta: 4, min: 0, range: 12 });
    close(f.mean, 4);
    // range^2 * alpha beta / ((alpha + beta)^2 (alpha + beta + 1)) = 144 * 8 / (36 * 7)
    close(f.variance, (144 * 8) / (36 * 7));
    expect(f.support).toEqual([0, 12]);
  });

  it('a pert has mean (min + 4 mode + max)/6 for any mode', () => {
    for (const [min, mode, max] of [
      [10, 10, 20],
      [10, 20, 20],
      [-4, 1, 7],
      [1000, 1500, 4000],
    ] as const) {
      const f = factsOf({ dist: 'pert', min, mode, max });
      close(f.mean, (min + 4 * mode + max) / 6);
      // PERT's alpha + beta is always 6.
      if (f.canonical.family !== 'beta') throw new Error('expected beta');
      close(f.canonical.alpha + f.canonical.beta, 6);
    }
  });

  it('a normal(100, 15) has mean 100, variance 225 and unbounded support', () => {
    const f = factsOf({ dist: 'normal', mean: 100, sd: 15 });
    expect(f.canonical).toEqual({ family: 'normal', mean: 100, sd: 15 });
    expect(f.mean).toBe(100);
    expect(f.variance).toBe(225);
    expect(f.support).toEqual([-Infinity, Infinity]);
  });

  for (const [mean, sd] of [
    [10, 4],
    [1, 0.01],
    [0.002, 0.5],
    [25000, 40000],
  ] as const) {
    it(`a lognormal by mean ${mean} and sd ${sd} has mu and sigma that reproduce that mean and sd`, () => {
      const f = factsOf({ dist: 'lognormal', mean, sd });
      if (f.canonical.family !== 'lognormal') throw new Error('expected lognormal');
      const { mu, sigma } = f.canonical;
      close(Math.exp(mu + (sigma * sigma) / 2), mean, 1e-12);
      close(Math.sqrt((Math.exp(sigma * sigma) - 1) * Math.exp(2 * mu + sigma * sigma)), sd, 1e-9);
      expect(f.mean).toBe(mean);
      close(f.variance, sd * sd);
      expect(f.support).toEqual([0, Infinity]);
    });
  }

  it('a gamma by mean 5 and sd 2 has shape 6.25 and scale 0.8', () => {
    const f = factsOf({ dist: 'gamma', mean: 5, sd: 2 });
    expect(f.canonical).toEqual({ family: 'gamma', shape: 6.25, scale: 0.8 });
    // shape * scale = mean, shape * scale^2 = variance
    close(6.25 * 0.8, f.mean);
    close(6.25 * 0.8 ** 2, f.variance);
    expect(f.support).toEqual([0, Infinity]);
  });

  for (const [mean, sd] of [
    [0.3, 0.1],
    [0.5, 0.2],
    [0.01, 0.005],
    [0.97, 0.02],
  ] as const) {
    it(`a beta by mean ${mean} and sd ${sd} has alpha and beta that reproduce that mean and sd`, () => {
      const f = factsOf({ dist: 'beta', mean, sd });
      if (f.canonical.family !== 'beta') throw new Error('expected beta');
      const { alpha: a, beta: b, min, range } = f.canonical;
      expect([min, range]).toEqual([0, 1]);
      close(a / (a + b), mean);
      close((a * b) / ((a + b) ** 2 * (a + b + 1)), sd * sd);
      close(f.mean, mean);
      close(f.variance, sd * sd);
      expect(f.support).toEqual([0, 1]);
    });
  }

  it('a beta by mean 0.3 and sd 0.1 is Beta(6, 14)', () => {
    const f = factsOf({ dist: 'beta', mean: 0.3, sd: 0.1 });
    if (f.canonical.family !== 'beta') throw new Error('expected beta');
    close(f.canonical.alpha, 6);
    close(f.canonical.beta, 14);
  });

  it('a beta by k of n is Beta(k + 1, n - k + 1)', () => {
    for (const [k, n] of [
      [3, 20],
      [0, 1],
      [5, 5],
      [0, 1000],
    ] as const) {
      const f = factsOf({ dist: 'beta', k, n });
      expect(f.canonical).toEqual({ family: 'beta', alpha: k + 1, beta: n - k + 1, min: 0, range: 1 });
      close(f.mean, (k + 1) / (n + 2));
      close(f.variance, ((k + 1) * (n - k + 1)) / ((n + 2) ** 2 * (n + 3)));
    }
  });

  it('a beta by alpha 2 and beta 5 has mean 2/7 and variance 10/392', () => {
    const f = factsOf({ dist: 'beta', alpha: 2, beta: 5 });
    expect(f.canonical).toEqual({ family: 'beta', alpha: 2, beta: 5, min: 0, range: 1 });
    close(f.mean, 2 / 7);
    close(f.variance, 10 / (49 * 8));
    expect(f.support).toEqual([0, 1]);
  });

  it('a discrete distribution normalises its weights and gives the weighted mean and variance', () => {
    const values = [1, 2, 3];
    const weights = [1, 1, 2];
    const f = factsOf({ dist: 'discrete', values, weights });
    expect(f.canonical).toEqual({ family: 'discrete', values: [1, 2, 3], weights: [0.25, 0.25, 0.5] });
    close(f.mean, 2.25);
    // (1.25^2 + 0.25^2 + 2 * 0.75^2) / 4
    close(f.variance, 0.6875);
    expect(f.support).toEqual([1, 3]);
    // The canonical form does not share the caller's arrays.
    values[0] = 100;
    weights[0] = 100;
    expect(f.canonical).toEqual({ family: 'discrete', values: [1, 2, 3], weights: [0.25, 0.25, 0.5] });
  });

  it('a discrete distribution has the support of its values in any order', () => {
    const f = factsOf({ dist: 'discrete', values: [5, -2, 9, 0], weights: [1, 1, 1, 1] });
    expect(f.support).toEqual([-2, 9]);
    close(f.mean, 3);
  });
});
