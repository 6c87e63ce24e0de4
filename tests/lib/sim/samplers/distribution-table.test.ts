import { describe, expect, it } from 'vitest';
import {
  describeDistribution,
  type Canonical,
  type DistributionFacts,
} from '../../../../src/lib/model/distribution-facts';
import type { Distribution } from '../../../../src/lib/model/quantity';
import {
  D_BETA,
  D_CONSTANT,
  D_DISCRETE,
  D_GAMMA,
  D_LOGNORMAL,
  D_NORMAL,
  D_TRIANGULAR,
  D_UNIFORM,
  DistributionTable,
  drawFrom,
} from '../../../../src/lib/sim/samplers/distribution-table';
import { streamKeyOf } from '../../../../src/lib/sim/random';
import {
  betaMoments,
  discreteMoments,
  draw,
  expectMoments,
  expectRelClose,
  gammaMoments,
  lognormalMoments,
  normalMoments,
  sampleMoments,
  streamAt,
  triangularMoments,
  uniformMoments,
  type TrueMoments,
} from '../sample-stats';

const N = 40_000;

function factsOf(d: Distribution): DistributionFacts {
  const check = describeDistribution(d);
  if (!check.ok) throw new Error(`invalid test distribution: ${check.problems.join('; ')}`);
  return check.facts;
}

/** Compile one distribution into a fresh table and draw n numbers from its own stream. */
function sample(c: Canonical, key: string, n = N): { xs: Float64Array; code: number } {
  const table = new DistributionTable();
  const [code, off] = table.add(c);
  const P = table.freeze();
  const rng = streamAt(2024, streamKeyOf(key));
  return { xs: draw(n, () => drawFrom(rng, P, code, off)), code };
}

interface Case {
  name: string;
  dist: Distribution;
  code: number;
  /** True moments computed in the test from the distribution's definition. */
  truth: (facts: DistributionFacts) => TrueMoments;
  skewness: boolean;
}

/** PERT(min, mode, max) is Beta(1 + 4 (mode - min)/r, 1 + 4 (max - mode)/r) on [min, max]. */
const pertMoments = (min: number, mode: number, max: number): TrueMoments => {
  const r = max - min;
  return betaMoments(1 + (4 * (mode - min)) / r, 1 + (4 * (max - mode)) / r, min, r);
};

const cases: Case[] = [
  {
    name: 'uniform(-3, 7)',
    dist: { dist: 'uniform', min: -3, max: 7 },
    code: D_UNIFORM,
    truth: () => uniformMoments(-3, 7),
    skewness: true,
  },
  {
    name: 'triangular(2, 3, 10)',
    dist: { dist: 'triangular', min: 2, mode: 3, max: 10 },
    code: D_TRIANGULAR,
    truth: () => triangularMoments(2, 3, 10),
    skewness: true,
  },
  {
    name: 'triangular(0, 0, 5) with the mode at the minimum',
    dist: { dist: 'triangular', min: 0, mode: 0, max: 5 },
    code: D_TRIANGULAR,
    truth: () => triangularMoments(0, 0, 5),
    skewness: true,
  },
  {
    name: 'pert(0, 3, 12)',
    dist: { dist: 'pert', min: 0, mode: 3, max: 12 },
    code: D_BETA,
    truth: () => pertMoments(0, 3, 12),
    skewness: true,
  },
  {
    name: 'pert(10, 20, 20) with the mode at the maximum',
    dist: { dist: 'pert', min: 10, mode: 20, max: 20 },
    code: D_BETA,
    truth: () => pertMoments(10, 20, 20),
    skewness: true,
  },
  {
    name: 'normal(100, 15)',
    dist: { dist: 'normal', mean: 100, sd: 15 },
    code: D_NORMAL,
    truth: () => normalMoments(100, 15),
    skewness: true,
  },
  {
    name: 'lognormal by mean 10 and sd 4',
    dist: { dist: 'lognormal', mean: 10, sd: 4 },
    code: D_LOGNORMAL,
    truth: (f) => {
      if (f.canonical.family !== 'lognormal') throw new Error('expected lognormal');
      return lognormalMoments(f.canonical.mu, f.canonical.sigma);
    },
    skewness: true,
  },
  {
    name: 'gamma by mean 5 and sd 2 (shape 6.25)',
    dist: { dist: 'gamma', mean: 5, sd: 2 },
    code: D_GAMMA,
    truth: () => gammaMoments(6.25, 0.8),
    skewness: true,
  },
  {
    name: 'gamma by mean 2 and sd 3 (shape 4/9, below 1)',
    dist: { dist: 'gamma', mean: 2, sd: 3 },
    code: D_GAMMA,
    truth: () => gammaMoments(4 / 9, 4.5),
    skewness: false,
  },
  {
    name: 'beta by mean 0.3 and sd 0.1 (Beta(6, 14))',
    dist: { dist: 'beta', mean: 0.3, sd: 0.1 },
    code: D_BETA,
    truth: () => betaMoments(6, 14),
    skewness: true,
  },
  {
    name: 'beta by 3 of 20 (Beta(4, 18))',
    dist: { dist: 'beta', k: 3, n: 20 },
    code: D_BETA,
    truth: () => betaMoments(4, 18),
    skewness: true,
  },
  {
    name: 'beta by 0 of 5 (Beta(1, 6))',
    dist: { dist: 'beta', k: 0, n: 5 },
    code: D_BETA,
    truth: () => betaMoments(1, 6),
    skewness: true,
  },
  {
    name: 'beta by alpha 2 and beta 5',
    dist: { dist: 'beta', alpha: 2, beta: 5 },
    code: D_BETA,
    truth: () => betaMoments(2, 5),
    skewness: true,
  },
  {
    name: 'beta by alpha 0.5 and beta 0.5 (arcsine, shapes below 1)',
    dist: { dist: 'beta', alpha: 0.5, beta: 0.5 },
    code: D_BETA,
    truth: () => betaMoments(0.5, 0.5),
    skewness: true,
  },
  {
    name: 'discrete [0, 1, 5, 20] with weights [5, 3, 1.5, 0.5]',
    dist: { dist: 'discrete', values: [0, 1, 5, 20], weights: [5, 3, 1.5, 0.5] },
    code: D_DISCRETE,
    truth: () => discreteMoments([0, 1, 5, 20], [5, 3, 1.5, 0.5]),
    skewness: true,
  },
];

describe('drawFrom', () => {
  for (const c of cases) {
    it(`drawFrom a ${c.name} gives the mean and variance that describeDistribution states`, () => {
      const facts = factsOf(c.dist);
      const truth = c.truth(facts);
      // The facts agree with the moments computed here from the definition...
      expectRelClose(facts.mean, truth.mean, 1e-9);
      expectRelClose(facts.variance, truth.c2, 1e-9);
      // ...and the draws agree with the facts, within 4 Monte Carlo standard errors.
      const { xs, code } = sample(facts.canonical, c.name);
      expect(code).toBe(c.code);
      expectMoments(xs, { ...truth, mean: facts.mean, c2: facts.variance }, { skewness: c.skewness });
    });

    it(`drawFrom a ${c.name} stays within the support`, () => {
      const facts = factsOf(c.dist);
      const s = sampleMoments(sample(facts.canonical, `${c.name}/support`, 10_000).xs);
      expect(s.min).toBeGreaterThanOrEqual(facts.support[0]);
      expect(s.max).toBeLessThanOrEqual(facts.support[1]);
      expect(Number.isFinite(s.mean)).toBe(true);
    });
  }

  it('drawFrom a discrete distribution returns only its values, in proportion to the weights', () => {
    const values = [-1, 2, 3, 99];
    const weights = [0, 1, 3, 0];
    const { xs } = sample(factsOf({ dist: 'discrete', values, weights }).canonical, 'discrete-counts');
    const counts = new Map<number, number>();
    for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
    expect([...counts.keys()].sort((a, b) => a - b)).toEqual([2, 3]);
    // Share of 2 is binomial with p = 1/4.
    const share = counts.get(2)! / N;
    expect(Math.abs(share - 0.25)).toBeLessThan(4 * Math.sqrt((0.25 * 0.75) / N));
  });

  it('drawFrom a discrete distribution with one value always returns it', () => {
    const { xs } = sample(factsOf({ dist: 'discrete', values: [7], weights: [2] }).canonical, 'one', 1000);
    expect(new Set(xs)).toEqual(new Set([7]));
  });

  it('drawFrom a constant returns it without drawing', () => {
    for (const d of [
      { dist: 'uniform', min: 4, max: 4 },
      { dist: 'triangular', min: 4, mode: 4, max: 4 },
      { dist: 'pert', min: 4, mode: 4, max: 4 },
    ] as const) {
      const facts = factsOf(d);
      expect(facts.canonical).toEqual({ family: 'constant', value: 4 });
      const table = new DistributionTable();
      const [code, off] = table.add(facts.canonical);
      expect(code).toBe(D_CONSTANT);
      const rng = streamAt(1, 1);
      const before = Array.from(rng.s);
      expect(drawFrom(rng, table.freeze(), code, off)).toBe(4);
      expect(Array.from(rng.s)).toEqual(before);
    }
  });

  it('drawFrom reads each distribution at its own offset in a shared table', () => {
    const table = new DistributionTable();
    const entries = [
      table.add({ family: 'constant', value: 1.5 }),
      table.add({ family: 'discrete', values: [10, 20], weights: [0.5, 0.5] }),
      table.add({ family: 'uniform', min: 100, max: 101 }),
      table.add({ family: 'constant', value: -2 }),
    ];
    const P = table.freeze();
    expect(table.freeze()).toBe(P);
    const rng = streamAt(3, 3);
    const [c0, o0] = entries[0]!;
    const [c1, o1] = entries[1]!;
    const [c2, o2] = entries[2]!;
    const [c3, o3] = entries[3]!;
    expect(drawFrom(rng, P, c0, o0)).toBe(1.5);
    expect([10, 20]).toContain(drawFrom(rng, P, c1, o1));
    const u = drawFrom(rng, P, c2, o2);
    expect(u).toBeGreaterThan(100);
    expect(u).toBeLessThan(101);
    expect(drawFrom(rng, P, c3, o3)).toBe(-2);
  });

  it('drawFrom an unknown code returns NaN', () => {
    expect(drawFrom(streamAt(1, 1), new Float64Array(4), 99, 0)).toBeNaN();
  });

  it('drawFrom is deterministic for a stream', () => {
    const facts = factsOf({ dist: 'pert', min: 1, mode: 2, max: 9 });
    expect(sample(facts.canonical, 'same', 500).xs).toEqual(sample(facts.canonical, 'same', 500).xs);
    expect(sample(facts.canonical, 'same', 500).xs).not.toEqual(sample(facts.canonical, 'other', 500).xs);
  });
});
