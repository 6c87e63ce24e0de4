import { describe, expect, it } from 'vitest';
import { triangular } from '../../../../src/lib/sim/samplers/triangular';
import {
  draw,
  expectMoments,
  expectRelClose,
  ksStatistic,
  KS_CRITICAL,
  sampleMoments,
  streamAt,
  triangularMoments,
  trueKurtosis,
  trueSkewness,
} from '../sample-stats';

const N = 40_000;

/** CDF of Triangular(a, c, b). */
const triangularCdf =
  (a: number, c: number, b: number) =>
  (x: number): number =>
    x <= a
      ? 0
      : x >= b
        ? 1
        : x <= c
          ? (x - a) ** 2 / ((b - a) * (c - a))
          : 1 - (b - x) ** 2 / ((b - a) * (b - c));

describe('triangular', () => {
  it('the reference moments match the closed forms for a triangular distribution', () => {
    const [a, c, b] = [2, 3, 10];
    const t = triangularMoments(a, c, b);
    const q = a * a + b * b + c * c - a * b - a * c - b * c;
    expectRelClose(t.mean, (a + b + c) / 3, 1e-12);
    expectRelClose(t.c2, q / 18, 1e-12);
    expectRelClose(
      trueSkewness(t),
      (Math.SQRT2 * (a + b - 2 * c) * (2 * a - b - c) * (a - 2 * b + c)) / (5 * q ** 1.5),
      1e-12,
    );
    // Every triangular distribution has kurtosis 12/5.
    expectRelClose(trueKurtosis(t), 2.4, 1e-12);
  });

  for (const [min, mode, max, seed] of [
    [2, 3, 10, 1],
    [-5, 0, 5, 2],
    [0, 0, 4, 3],
    [0, 4, 4, 4],
  ] as const) {
    it(`triangular(${min}, ${mode}, ${max}) returns numbers with the mean, variance and skewness of that distribution`, () => {
      const rng = streamAt(seed, 100);
      const xs = draw(N, () => triangular(rng, min, mode, max));
      expectMoments(xs, triangularMoments(min, mode, max), { skewness: true });
      const s = sampleMoments(xs);
      expect(s.min).toBeGreaterThanOrEqual(min);
      expect(s.max).toBeLessThanOrEqual(max);
    });

    it(`triangular(${min}, ${mode}, ${max}) passes a Kolmogorov-Smirnov test against its CDF`, () => {
      const rng = streamAt(seed, 200);
      const xs = draw(N, () => triangular(rng, min, mode, max));
      expect(ksStatistic(xs, triangularCdf(min, mode, max))).toBeLessThan(KS_CRITICAL);
    });
  }
});
