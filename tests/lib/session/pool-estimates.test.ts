import { describe, expect, it } from 'vitest';
import { describeDistribution } from '../../../src/lib/model/distribution-facts';
import type { Distribution } from '../../../src/lib/model/quantity';
import type { EstimateAnswer } from '../../../src/lib/model/session';
import { streamKeyOf } from '../../../src/lib/sim/random';
import { DistributionTable, drawFrom } from '../../../src/lib/sim/samplers/distribution-table';
import {
  answerDistribution,
  answerMoments,
  fitBeta,
  MAX_VARIANCE_SHARE,
  mixtureMoments,
  poolAnswers,
} from '../../../src/lib/session/pool-estimates';
import {
  betaMoments,
  draw,
  expectMoments,
  expectWithin,
  sampleMoments,
  streamAt,
  Z,
} from '../sim/sample-stats';

const count = (participantId: string, n: number): EstimateAnswer => ({
  participantId,
  kind: 'count',
  count: n,
});
const range = (participantId: string, low: number, likely: number, high: number): EstimateAnswer => ({
  participantId,
  kind: 'range',
  low,
  likely,
  high,
});

const factsOf = (q: unknown) => {
  const d = describeDistribution(q as Distribution);
  if (!d.ok) throw new Error(d.problems.join('; '));
  return d.facts;
};

describe('one answer as a distribution on the probability', () => {
  it('"k of 100 families" is a point at k / 100', () => {
    expect(answerDistribution(count('a', 35))).toBe(0.35);
    expect(answerMoments(count('a', 35))).toEqual({ mean: 0.35, variance: 0 });
  });

  it('low / most likely / high is PERT(low, likely, high) / 100 with the PERT’s own mean and variance', () => {
    const a = range('a', 10, 30, 60);
    expect(answerDistribution(a)).toEqual({ dist: 'pert', min: 0.1, mode: 0.3, max: 0.6 });
    const facts = factsOf(answerDistribution(a));
    const m = answerMoments(a);
    expect(m.mean).toBeCloseTo(facts.mean, 14);
    expect(m.variance).toBeCloseTo(facts.variance, 14);
    // By hand: mean (0.1 + 4 * 0.3 + 0.6) / 6 = 19/60, variance (13/60)(17/60)/7 = 221/25200.
    expect(m.mean).toBeCloseTo(19 / 60, 15);
    expect(m.variance).toBeCloseTo(221 / 25200, 15);
  });

  it('a range with low = high is a point', () => {
    expect(answerDistribution(range('a', 40, 40, 40))).toBe(0.4);
    expect(answerMoments(range('a', 40, 40, 40))).toEqual({ mean: 0.4, variance: 0 });
  });
});

describe('the linear opinion pool (equal weights)', () => {
  const answers = [count('a', 20), range('b', 10, 30, 60), range('c', 40, 40, 40)];

  it('has the exact mean and variance of the equal-weight mixture (worked by hand)', () => {
    const pooled = poolAnswers(answers)!;
    // Mean: (12/60 + 19/60 + 24/60) / 3 = 11/36.
    expect(pooled.mixture.mean).toBeCloseTo(11 / 36, 15);
    // E[X^2] of the parts: 0.04, 221/25200 + (19/60)^2 = 2748/25200, 0.16; variance = E[X^2] - mean^2.
    expect(pooled.mixture.variance).toBeCloseTo((0.04 + 2748 / 25200 + 0.16) / 3 - (11 / 36) ** 2, 14);
    expect(pooled.answers).toBe(3);
  });

  it('the fitted beta has the pooled mean and sd (read back by describeDistribution)', () => {
    const pooled = poolAnswers(answers)!;
    const facts = factsOf(pooled.quantity);
    expect(facts.canonical.family).toBe('beta');
    expect(facts.mean).toBeCloseTo(pooled.mixture.mean, 6);
    expect(Math.sqrt(facts.variance) / Math.sqrt(pooled.mixture.variance)).toBeCloseTo(1, 6);
    expect(pooled.capped).toBe(false);
  });

  it('a mixture of draws with the engine’s samplers has these moments (seed 2026, 60,000 draws)', () => {
    const table = new DistributionTable();
    const parts = answers.map((a) => {
      const d = answerDistribution(a);
      return table.add(typeof d === 'number' ? { family: 'constant', value: d } : factsOf(d).canonical);
    });
    const P = table.freeze();
    const rng = streamAt(2026, streamKeyOf('pool-test'));
    const n = 60_000;
    const xs = draw(n, () => {
      const [code, off] = parts[Math.floor(rng.uniform() * parts.length)]!;
      return drawFrom(rng, P, code, off);
    });
    const exact = poolAnswers(answers)!.mixture;
    const s = sampleMoments(xs);
    // X lies in 0..1, so (X - mean)^2 <= |X - mean| <= 1 and Var[(X - mean)^2] <= variance: the
    // standard error of the sample variance is at most sqrt(variance / n), like the mean's.
    const se = Math.sqrt(exact.variance / n);
    expectWithin(s.mean, exact.mean, Z * se, 'mean');
    expectWithin(s.variance, exact.variance, Z * se, 'variance');
  });

  it('draws from the fitted beta with the engine’s sampler have its mean and sd (seed 7, 40,000 draws)', () => {
    const facts = factsOf(poolAnswers(answers)!.quantity);
    const table = new DistributionTable();
    const [code, off] = table.add(facts.canonical);
    const P = table.freeze();
    const rng = streamAt(7, streamKeyOf('beta-test'));
    const c = facts.canonical as { alpha: number; beta: number };
    expectMoments(
      draw(40_000, () => drawFrom(rng, P, code, off)),
      betaMoments(c.alpha, c.beta),
    );
  });

  it('gives a plain number when everyone gave the same single number', () => {
    const pooled = poolAnswers([count('a', 35), count('b', 35), range('c', 35, 35, 35)])!;
    expect(pooled.quantity).toBe(0.35);
    expect(pooled.mixture.variance).toBeCloseTo(0, 15);
  });

  it('gives nothing without answers', () => {
    expect(poolAnswers([])).toBeNull();
  });

  it('two different single numbers become a beta (the disagreement is the spread)', () => {
    const pooled = poolAnswers([count('a', 20), count('b', 40)])!;
    expect(pooled.mixture.mean).toBeCloseTo(0.3, 15);
    expect(pooled.mixture.variance).toBeCloseTo(0.01, 15);
    expect(pooled.quantity).toEqual({ dist: 'beta', mean: 0.3, sd: 0.1 });
  });

  it('caps a spread wider than a usable beta, and says so', () => {
    // 0 and 100 of 100: the widest mixture there is, variance mean (1 - mean) = 0.25.
    const pooled = poolAnswers([count('a', 0), count('b', 100)])!;
    expect(pooled.mixture.variance).toBeCloseTo(0.25, 15);
    expect(pooled.capped).toBe(true);
    const facts = factsOf(pooled.quantity);
    expect(facts.mean).toBeCloseTo(0.5, 12);
    expect(facts.variance).toBeCloseTo(MAX_VARIANCE_SHARE * 0.25, 6);
    const c = facts.canonical as { alpha: number; beta: number };
    expect(c.alpha + c.beta).toBeCloseTo(1, 5);
  });

  it('keeps a spread just inside the cap as it is', () => {
    const m = { mean: 0.2, variance: 0.16 * MAX_VARIANCE_SHARE * 0.99 };
    const fit = fitBeta(m);
    expect(fit.capped).toBe(false);
    expect(Math.sqrt(factsOf(fit.quantity).variance)).toBeCloseTo(Math.sqrt(m.variance), 6);
  });

  it('mixture moments refuse an empty mixture', () => {
    expect(() => mixtureMoments([])).toThrow();
  });
});
