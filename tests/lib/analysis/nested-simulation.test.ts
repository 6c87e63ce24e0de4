import { describe, expect, it } from 'vitest';
import { cohortBudget } from '../../../src/lib/analysis/cohort-budget';
import { simulateNested } from '../../../src/lib/analysis/nested-simulation';
import { sampleVariance } from '../../../src/lib/analysis/estimate';
import type { Quantity } from '../../../src/lib/model/quantity';
import { scenario, step } from './fixtures';

/**
 * Pilot: a cost c once (a parameter, c ~ normal(5000, tau)); reference: a crisis with fixed
 * probability 0.5 costing 6000 once. One family's difference: 6000 B - c, B ~ Bernoulli(0.5):
 * inner SD sigma = 6000 x 0.5 = 3000 given the draw; the mean over M families of draw k has
 * variance tau^2 + sigma^2 / M (independent families per draw).
 */
function caseWith(c: Quantity) {
  return scenario(
    {
      pilot: { steps: [step('coach', { oneOffCost: { formula: 'c' } })] },
      reference: {
        events: [
          {
            id: 'crisis',
            label: 'Crisis',
            probability: 0.5,
            consequences: [step('care', { oneOffCost: 6000 })],
          },
        ],
      },
    },
    { parameters: [{ id: 'c', value: c }], settings: { horizonMonths: 12 } },
  );
}

function drawMeans(s: ReturnType<typeof caseWith>, outerDraws: number, innerFamilies: number, seed: number) {
  const means: number[] = [];
  simulateNested(s, { outerDraws, innerFamilies, seed }, (_, d) => means.push(d.meanDifference));
  return means;
}

const spec = (s: ReturnType<typeof caseWith>, outerDraws: number, innerFamilies: number, seed = 4) => ({
  familiesPerYear: 10,
  years: 1,
  mix: [{ name: 'case', scenario: s, weight: 1 }],
  entry: 'start' as const,
  outerDraws,
  innerFamilies,
  seed,
});

describe('nested simulation', () => {
  it('gives draw means with SD sqrt(tau^2 + sigma^2 / M), not the parameter SD alone', () => {
    // tau = 300, sigma^2 / M = 3000^2 / 100 = 300^2: expected SD sqrt(2) x 300 = 424.3.
    // The SD of K = 400 near-normal draw means has a relative SE of 1 / sqrt(2 (K - 1)) = 3.5 %;
    // allowed: 4 SE = 14 % (tau alone, 300, is 29 % below).
    const means = drawMeans(caseWith({ dist: 'normal', mean: 5000, sd: 300 }), 400, 100, 7);
    const sd = Math.sqrt(sampleVariance(means));
    expect(Math.abs(sd / 424.26 - 1)).toBeLessThan(0.14);
  });

  it('labels the interval of the mean and the spread between families apart, the first much narrower', () => {
    const r = cohortBudget(spec(caseWith({ dist: 'normal', mean: 5000, sd: 300 }), 400, 100));
    const { meanDifference, familySpread, innerNoiseShare, mcse } = r.perFamily;
    // Mean: 0.5 x 6000 - 5000 = -2000 within 4 MCSE (MCSE = 424 / sqrt(400) = 21).
    expect(Math.abs(meanDifference.mean + 2000)).toBeLessThan(4 * 21.2);
    expect(mcse).toBeGreaterThan(0.8 * 21.2);
    expect(mcse).toBeLessThan(1.2 * 21.2);
    // 90 % interval of the mean: 2 x 1.645 x 424 = 1396 wide (quantile noise with 400 draws: about 5 %).
    expect(Math.abs((meanDifference.high - meanDifference.low) / 1396 - 1)).toBeLessThan(0.2);
    // One family: -c or 6000 - c, so the 5..95 % spread is about -5500 .. 1500.
    expect(familySpread.low).toBeLessThan(-5000);
    expect(familySpread.high).toBeGreaterThan(1000);
    expect(meanDifference.high - meanDifference.low).toBeLessThan(
      0.3 * (familySpread.high - familySpread.low),
    );
    // Inner noise: (sigma^2 / M) / (tau^2 + sigma^2 / M) = 0.5.
    expect(innerNoiseShare).toBeGreaterThan(0.35);
    expect(innerNoiseShare).toBeLessThan(0.65);
  });

  it('narrows the interval of the mean as 1 / sqrt(M) when the parameters are known', () => {
    // No parameter uncertainty: width = 2 x 1.645 x 3000 / sqrt(M): 987 for M = 100, 493 for M = 400.
    const s = caseWith(5000);
    const width = (m: number) => {
      const e = cohortBudget(spec(s, 200, m)).perFamily.meanDifference;
      return e.high - e.low;
    };
    const w100 = width(100);
    const w400 = width(400);
    expect(Math.abs(w100 / 987 - 1)).toBeLessThan(0.25);
    expect(Math.abs(w400 / 493.5 - 1)).toBeLessThan(0.25);
    expect(w100 / w400).toBeGreaterThan(1.5);
    expect(w100 / w400).toBeLessThan(2.6);
  });

  it('shrinks the MCSE as 1 / sqrt(K) with more outer draws', () => {
    const s = caseWith({ dist: 'normal', mean: 5000, sd: 300 });
    const m100 = cohortBudget(spec(s, 100, 50)).perFamily.mcse;
    const m400 = cohortBudget(spec(s, 400, 50, 9)).perFamily.mcse;
    // SD of the draw means: sqrt(300^2 + 3000^2 / 50) = 520; MCSE 52 and 26.
    expect(Math.abs(m100 / 52 - 1)).toBeLessThan(0.3);
    expect(Math.abs(m400 / 26 - 1)).toBeLessThan(0.15);
    expect(m100 / m400).toBeGreaterThan(1.5);
    expect(m100 / m400).toBeLessThan(2.6);
  });

  it('refuses one outer draw and one family per draw', () => {
    const s = caseWith({ dist: 'normal', mean: 5000, sd: 300 });
    expect(() => drawMeans(s, 1, 100, 1)).toThrow(/at least 2 outer draws/);
    expect(() => drawMeans(s, 10, 1, 1)).toThrow(/at least 2 simulated families/);
    expect(() => drawMeans(s, 2.5, 10, 1)).toThrow(RangeError);
    expect(drawMeans(s, 0, 1, 1)).toHaveLength(1);
    expect(drawMeans(s, 2, 2, 1)).toHaveLength(2);
  });

  it('gives the inner-noise share from real inner variance (two families per draw at least)', () => {
    // No parameter uncertainty: all the variance between draw means is inner noise (share 1).
    const r = cohortBudget(spec(caseWith(5000), 50, 2));
    expect(r.perFamily.innerNoiseShare).toBeGreaterThan(0.5);
  });

  it('with no outer draws runs once with parameters drawn per family and gives no interval', () => {
    const r = cohortBudget(spec(caseWith({ dist: 'normal', mean: 5000, sd: 300 }), 0, 4000));
    const e = r.perFamily.meanDifference;
    expect(e.low).toBe(e.mean);
    expect(e.high).toBe(e.mean);
    // Plain SE: sqrt(3000^2 + 300^2) / sqrt(4000) = 47.7.
    expect(Math.abs(r.perFamily.mcse / 47.7 - 1)).toBeLessThan(0.1);
    expect(r.perFamily.innerNoiseShare).toBe(0);
    expect(r.totals.at(-1)!.nominal.difference.low).toBe(r.totals.at(-1)!.nominal.difference.mean);
  });
});
