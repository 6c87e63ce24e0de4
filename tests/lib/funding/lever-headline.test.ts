import { describe, expect, it } from 'vitest';
import { leverRun } from '../../../src/lib/analysis/lever';
import type { LeverResult } from '../../../src/lib/analysis/analysis-types';
import { leverDifference } from '../../../src/lib/funding/lever-headline';
import { example } from '../../app/funding/fake-runner';

/** Two payers over 24 months: the pilot costs 100 a month more for "a", "b" saves 30 a month. */
const made: LeverResult = {
  pilot: { mean: 0, low: 0, high: 0 },
  reference: { mean: 0, low: 0, high: 0 },
  difference: { mean: 0, low: 0, high: 0 },
  shortTermDifference: { mean: 0, low: 0, high: 0 },
  pPilotCheaper: 0.5,
  monthly: {
    payerIds: ['a', 'b'],
    horizon: 24,
    pilot: [Array(24).fill(150), Array(24).fill(0)],
    reference: [Array(24).fill(50), Array(24).fill(30)],
  },
};

describe('leverDifference', () => {
  it('sums the expected monthly difference as paid, per payer or for all payers, up to the month asked', () => {
    expect(leverDifference(made, 12, 'a', null)).toBe(-1200);
    expect(leverDifference(made, 12, 'b', null)).toBe(360);
    expect(leverDifference(made, 24, null, null)).toBe(-70 * 24);
    expect(leverDifference(made, 99, null, null)).toBe(-70 * 24); // not beyond the horizon
    expect(leverDifference(made, 12, 'nobody', null)).toBe(0);
  });

  it('discounts month t by (1 + rate)^(-t/12)', () => {
    const v = 1.03 ** (-1 / 12);
    let expected = 0;
    for (let t = 0; t < 24; t++) expected += 30 * v ** t;
    expect(leverDifference(made, 24, 'b', 0.03)).toBeCloseTo(expected, 9);
  });

  it('for all payers, discounted, equals the lever run’s own discounted difference (same convention as the engine)', () => {
    const s = example('case-1.json');
    const r = leverRun(s, { values: {}, iterations: 300, seed: 7 });
    const rate = s.settings.discountRate;
    expect(leverDifference(r, s.settings.horizonMonths, null, rate)).toBeCloseTo(r.difference.mean, 6);
    expect(leverDifference(r, s.settings.shortTermMonths, null, rate)).toBeCloseTo(
      r.shortTermDifference.mean,
      6,
    );
  });
});
