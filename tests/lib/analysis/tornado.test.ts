import { describe, expect, it } from 'vitest';
import { tornado } from '../../../src/lib/analysis/tornado';
import { discountFactors } from '../../../src/lib/sim/program';
import { scenario, step } from './fixtures';

describe('tornado', () => {
  it('puts the input with a huge range on top', () => {
    const s = scenario(
      {
        pilot: {
          steps: [
            step('coach', { oneOffCost: { formula: 'coach_cost' } }),
            step('extra', { oneOffCost: { dist: 'uniform', min: 400, max: 600 } }),
          ],
        },
        reference: {
          events: [
            {
              id: 'crisis',
              label: 'Crisis',
              probability: { formula: 'p_crisis' },
              consequences: [step('care', { oneOffCost: { formula: 'care_cost' } })],
            },
          ],
        },
      },
      {
        parameters: [
          { id: 'coach_cost', value: { dist: 'uniform', min: 2900, max: 3100 }, source: 'Pilot budget 2024' },
          { id: 'p_crisis', value: { dist: 'beta', mean: 0.5, sd: 0.05 } },
          {
            id: 'care_cost',
            value: { dist: 'uniform', min: 0, max: 100_000 },
            source: 'Guess, 2024',
            assumption: true,
          },
        ],
        settings: { horizonMonths: 12 },
      },
    );
    const r = tornado(s, { iterations: 500, seed: 2 });
    expect(r.bars.map((b) => b.input.ref)).toContain('paths.pilot.steps[1].oneOffCost');
    expect(r.bars[0]!.input.parameterId).toBe('care_cost');
    expect(r.bars[0]!.input.source).toBe('Guess, 2024');
    // Sorted by the swing at the horizon, largest first.
    for (let i = 1; i < r.bars.length; i++)
      expect(r.bars[i - 1]!.swing.horizon).toBeGreaterThanOrEqual(r.bars[i]!.swing.horizon);
    // Only uncertain inputs (the plain start months and probabilities of the steps are left out).
    expect(r.bars.every((b) => b.input.uncertain)).toBe(true);
    expect(r.bars).toHaveLength(4);
  });

  it('gives the exact expected difference at the 10th and 90th percentile of a linear cost', () => {
    // Pilot: m a month for 12 months, m ~ uniform(800, 1200) (p10 840, p90 1160, mean 1000);
    // reference: 15,000 once in month 0. Discounted at 3 %: difference = 15,000 - m * CDF[k].
    const s = scenario(
      {
        pilot: { steps: [step('coach', { monthlyCost: { formula: 'm' }, duration: 12 })] },
        reference: { steps: [step('care', { oneOffCost: 15_000 })] },
      },
      {
        parameters: [{ id: 'm', value: { dist: 'uniform', min: 800, max: 1200 } }],
        settings: { horizonMonths: 24, shortTermMonths: 6, discountRate: 0.03, discountPreset: 'zin-2024' },
      },
    );
    const { CDF } = discountFactors(0.03, 24);
    const r = tornado(s, { iterations: 50, seed: 9 });
    expect(r.bars).toHaveLength(1);
    const bar = r.bars[0]!;
    expect(bar.low.value).toBeCloseTo(840, 9);
    expect(bar.high.value).toBeCloseTo(1160, 9);
    expect(bar.low.horizon).toBeCloseTo(15_000 - 840 * CDF[12]!, 6);
    expect(bar.high.horizon).toBeCloseTo(15_000 - 1160 * CDF[12]!, 6);
    expect(bar.low.shortTerm).toBeCloseTo(15_000 - 840 * CDF[6]!, 6);
    expect(bar.swing.horizon).toBeCloseTo(320 * CDF[12]!, 6);
    expect(bar.swing.shortTerm).toBeCloseTo(320 * CDF[6]!, 6);
    expect(r.base.horizon).toBeCloseTo(15_000 - 1000 * CDF[12]!, 6);
  });

  it('moves a field input on the means scenario and takes only the refs asked for', () => {
    const s = scenario(
      {
        pilot: {
          steps: [step('coach', { oneOffCost: { dist: 'triangular', min: 0, mode: 500, max: 1000 } })],
        },
        reference: { steps: [step('care', { oneOffCost: { formula: 'k' } })] },
      },
      { parameters: [{ id: 'k', value: { dist: 'normal', mean: 2000, sd: 100 } }] },
    );
    const ref = 'paths.pilot.steps[0].oneOffCost';
    const r = tornado(s, { iterations: 100, seed: 1, refs: [ref] });
    expect(r.bars).toHaveLength(1);
    const p10 = Math.sqrt(0.1 * 1000 * 500);
    // With k at its mean 2000 and the field fixed at its percentile: exact.
    expect(r.bars[0]!.low.horizon).toBeCloseTo(2000 - p10, 6);
    expect(r.bars[0]!.high.horizon).toBeCloseTo(2000 - (1000 - p10), 6);
    expect(() => tornado(s, { iterations: 10, seed: 1, refs: ['parameters[5].value'] })).toThrow(
      /unknown input/,
    );
  });

  it('has every uncertain input at its mean in the base, inline field distributions too', () => {
    // Pilot: m a month (m ~ uniform(800, 1200)) for d months, d ~ uniform(0, 24) inline on the
    // step; horizon 12, so the cost is m x min(d, 12). Reference: 20,000 once. At the means
    // (m = 1000, d = 12) the difference is exactly 20,000 - 12,000; with d still random per
    // family it would be about 20,000 - 1000 x 9.
    const s = scenario(
      {
        pilot: {
          steps: [
            step('coach', { monthlyCost: { formula: 'm' }, duration: { dist: 'uniform', min: 0, max: 24 } }),
          ],
        },
        reference: { steps: [step('care', { oneOffCost: 20_000 })] },
      },
      {
        parameters: [{ id: 'm', value: { dist: 'uniform', min: 800, max: 1200 } }],
        settings: { horizonMonths: 12 },
      },
    );
    const r = tornado(s, { iterations: 200, seed: 4 });
    expect(r.base.horizon).toBeCloseTo(8000, 9);
    const m = r.bars.find((b) => b.input.parameterId === 'm')!;
    expect(m.low.horizon).toBeCloseTo(20_000 - 840 * 12, 9);
    expect(m.high.horizon).toBeCloseTo(20_000 - 1160 * 12, 9);
    // The duration's bar: 10th percentile 2.4 months (rounded to 2), 90th 21.6 (the horizon caps it at 12).
    const d = r.bars.find((b) => b.input.ref === 'paths.pilot.steps[0].duration')!;
    expect(d.low.horizon).toBeCloseTo(20_000 - 1000 * 2, 9);
    expect(d.high.horizon).toBeCloseTo(20_000 - 1000 * 12, 9);
  });

  it('reports progress up to the total work', () => {
    const s = scenario(
      { pilot: { steps: [step('a', { oneOffCost: { dist: 'uniform', min: 1, max: 2 } })] } },
      {},
    );
    const seen: Array<[number, number]> = [];
    tornado(s, { iterations: 30, seed: 1 }, (d, t) => seen.push([d, t]));
    expect(seen.at(-1)).toEqual([90, 90]);
    for (let i = 1; i < seen.length; i++) expect(seen[i]![0]).toBeGreaterThanOrEqual(seen[i - 1]![0]);
  });
});
