import { describe, expect, it } from 'vitest';
import { gammaConstants, standardGamma } from '../../../../src/lib/sim/samplers/gamma';
import {
  draw,
  erfc,
  expectMoments,
  expectRelClose,
  gammaMoments,
  ksStatistic,
  KS_CRITICAL,
  sampleMoments,
  streamAt,
  trueSkewness,
} from '../sample-stats';

const N = 40_000;

const sampleGamma = (shape: number, seed: number): Float64Array => {
  const { d, c, boost } = gammaConstants(shape);
  const rng = streamAt(seed, Math.round(shape * 1000));
  return draw(N, () => standardGamma(rng, d, c, boost));
};

describe('gammaConstants', () => {
  it('gammaConstants(shape) gives d = shape - 1/3 and c = 1/sqrt(9d) for shape >= 1', () => {
    const g = gammaConstants(2.5);
    expectRelClose(g.d, 2.5 - 1 / 3, 1e-15);
    expectRelClose(g.c, 1 / Math.sqrt(9 * (2.5 - 1 / 3)), 1e-15);
    expect(g.boost).toBe(0);
    expect(gammaConstants(1).boost).toBe(0);
  });

  it('gammaConstants(shape) uses shape + 1 and a 1/shape boost for shape < 1', () => {
    const g = gammaConstants(0.25);
    expectRelClose(g.d, 1.25 - 1 / 3, 1e-15);
    expectRelClose(g.c, 1 / Math.sqrt(9 * (1.25 - 1 / 3)), 1e-15);
    expect(g.boost).toBe(4);
  });

  it('gammaConstants(shape) rejects shapes that are not above 0', () => {
    for (const shape of [0, -1, NaN]) expect(() => gammaConstants(shape)).toThrow(RangeError);
  });
});

describe('standardGamma', () => {
  for (const [shape, seed] of [
    [0.5, 1],
    [1, 2],
    [2.5, 3],
    [9, 4],
  ] as const) {
    it(`standardGamma with shape ${shape} returns numbers with mean ${shape}, variance ${shape} and skewness 2/sqrt(${shape})`, () => {
      const xs = sampleGamma(shape, seed);
      const truth = gammaMoments(shape);
      // Sanity of the reference moments: Gamma(k, 1) has mean k, variance k, skewness 2/sqrt(k).
      expectRelClose(truth.mean, shape, 1e-12);
      expectRelClose(truth.c2, shape, 1e-12);
      expectRelClose(trueSkewness(truth), 2 / Math.sqrt(shape), 1e-12);
      expectMoments(xs, truth, { skewness: true });
      expect(sampleMoments(xs).min).toBeGreaterThan(0);
    });
  }

  it('standardGamma with shape 1 is exponential (Kolmogorov-Smirnov test against 1 - e^-x)', () => {
    const xs = sampleGamma(1, 5);
    expect(ksStatistic(xs, (x) => 1 - Math.exp(-x))).toBeLessThan(KS_CRITICAL);
  });

  it('standardGamma with shape 1/2 is Z^2/2 (Kolmogorov-Smirnov test against erf(sqrt(x)))', () => {
    // This exercises the u^(1/shape) boost used for shapes below 1.
    const xs = sampleGamma(0.5, 6);
    expect(ksStatistic(xs, (x) => 1 - erfc(Math.sqrt(x)))).toBeLessThan(KS_CRITICAL);
  });

  it('standardGamma with shape 3 is the sum of three exponentials (Kolmogorov-Smirnov test)', () => {
    // P(G <= x) = 1 - e^-x (1 + x + x^2/2) for shape 3.
    const xs = sampleGamma(3, 7);
    expect(ksStatistic(xs, (x) => 1 - Math.exp(-x) * (1 + x + (x * x) / 2))).toBeLessThan(KS_CRITICAL);
  });

  it('standardGamma with a small shape (0.1) keeps mean and variance equal to the shape', () => {
    expectMoments(sampleGamma(0.1, 8), gammaMoments(0.1));
  });
});
