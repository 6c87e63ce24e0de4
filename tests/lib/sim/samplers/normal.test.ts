import { describe, expect, it } from 'vitest';
import { standardNormal } from '../../../../src/lib/sim/samplers/normal';
import {
  draw,
  erfc,
  expectMoments,
  expectWithin,
  ksStatistic,
  KS_CRITICAL,
  normalCdf,
  normalMoments,
  sampleMoments,
  streamAt,
  Z,
} from '../sample-stats';

const N = 50_000;
/** The ziggurat's base-strip boundary: draws beyond it come from the exact tail algorithm. */
const R = 3.442619855899;

describe('standardNormal', () => {
  it('standardNormal(rng) returns numbers with mean 0 and variance 1', () => {
    const rng = streamAt(1, 2);
    expectMoments(
      draw(N, () => standardNormal(rng)),
      normalMoments(0, 1),
    );
  });

  it('standardNormal(rng) has skewness 0 and kurtosis 3', () => {
    const rng = streamAt(3, 4);
    const s = sampleMoments(draw(N, () => standardNormal(rng)));
    // Standard errors of sample skewness and kurtosis for a normal: sqrt(6/n) and sqrt(24/n).
    expectWithin(s.skewness, 0, Z * Math.sqrt(6 / N), 'skewness');
    expectWithin(s.kurtosis, 3, Z * Math.sqrt(24 / N), 'kurtosis');
  });

  it('standardNormal(rng) passes a Kolmogorov-Smirnov test against the normal CDF', () => {
    const rng = streamAt(5, 6);
    expect(
      ksStatistic(
        draw(N, () => standardNormal(rng)),
        normalCdf,
      ),
    ).toBeLessThan(KS_CRITICAL);
  });

  it('standardNormal(rng) puts the right share of draws in each of 37 bins (chi-square)', () => {
    const rng = streamAt(13, 14);
    // 35 bins of width 0.2 on [-3.5, 3.5] plus the two tails (expected ~12 draws each).
    const bins = 35;
    const lo = -3.5;
    const width = 0.2;
    const edges = [-Infinity, ...Array.from({ length: bins + 1 }, (_, i) => lo + width * i), Infinity];
    const counts = new Array<number>(edges.length - 1).fill(0);
    for (let i = 0; i < N; i++) {
      const x = standardNormal(rng);
      const k = x < lo ? 0 : Math.min(bins + 1, 1 + Math.floor((x - lo) / width));
      counts[k]!++;
    }
    let chi2 = 0;
    for (let k = 0; k < counts.length; k++) {
      const expected = N * (normalCdf(edges[k + 1]!) - normalCdf(edges[k]!));
      chi2 += (counts[k]! - expected) ** 2 / expected;
    }
    // Under the null chi2 has mean df and sd sqrt(2 df).
    const df = counts.length - 1;
    expect(chi2).toBeLessThan(df + Z * Math.sqrt(2 * df));
  });

  it('standardNormal(rng) draws the tail beyond the ziggurat base (|x| > 3.4426) at the right rate, on both sides', () => {
    const rng = streamAt(7, 8);
    const n = 400_000;
    const p = erfc(R / Math.SQRT2) / 2; // P(x > R) = 2.88e-4
    let above = 0;
    let below = 0;
    let beyond4 = 0;
    for (let i = 0; i < n; i++) {
      const x = standardNormal(rng);
      if (x > R) above++;
      else if (x < -R) below++;
      if (Math.abs(x) > 4) beyond4++;
    }
    const sd = Math.sqrt(n * p * (1 - p));
    expectWithin(above, n * p, Z * sd, 'draws above R');
    expectWithin(below, n * p, Z * sd, 'draws below -R');
    const p4 = erfc(4 / Math.SQRT2);
    expectWithin(beyond4, n * p4, Z * Math.sqrt(n * p4), 'draws beyond |4|');
  });

  it('standardNormal(rng) is deterministic for a stream', () => {
    const a = streamAt(9, 10, 11);
    const b = streamAt(9, 10, 11);
    expect(draw(100, () => standardNormal(a))).toEqual(draw(100, () => standardNormal(b)));
  });

  it('standardNormal(rng) returns finite numbers', () => {
    const rng = streamAt(12, 12);
    const s = sampleMoments(draw(N, () => standardNormal(rng)));
    expect(Number.isFinite(s.min) && Number.isFinite(s.max)).toBe(true);
    expect(s.min).toBeLessThan(-3);
    expect(s.max).toBeGreaterThan(3);
  });
});
