import { describe, expect, it } from 'vitest';
import { headlineOf } from '../../../src/lib/report/headline';
import { ENGINE_VERSION } from '../../../src/lib/sim/engine-version';
import { run, scenario, step } from '../../helpers/scenario';

const HORIZON = 36;

/** A reference path paying `monthly` every month of the horizon, with a probability. */
const referenceCare = (monthly: number, probability = 1) => ({
  steps: [step('care', { monthlyCost: monthly, duration: HORIZON, probability })],
});

/** A pilot that pays `oneOff` in month 0, varying a little so the percentiles are real. */
const pilotStart = (oneOff: number) => ({
  steps: [step('pilot', { oneOffCost: { dist: 'uniform', min: oneOff - 100, max: oneOff + 100 } })],
});

const settings = (extra = {}) => ({
  settings: { horizonMonths: HORIZON, shortTermMonths: 12, iterations: 2000, seed: 9, ...extra },
});

describe('headlineOf', () => {
  it('says the saving is reference minus pilot, from the difference per simulated future', () => {
    const s = scenario(
      {
        pilot: {
          steps: [step('coach', { monthlyCost: { dist: 'gamma', mean: 300, sd: 100 }, duration: 12 })],
        },
        reference: referenceCare(200, 0.6),
      },
      settings({ discountRate: 0.03, discountPreset: 'zin-2024' }),
    );
    const summary = run(s);
    const h = headlineOf(summary);
    const d = summary.measures.horizon.difference;

    expect(h.saving).toEqual({ mean: d.mean, low: d.p5, high: d.p95 });
    expect(h.saving.mean).toBeCloseTo(h.reference.mean - h.pilot.mean, 6);
    expect(h.pilot).toEqual({
      mean: summary.measures.horizon.pilot.mean,
      low: summary.measures.horizon.pilot.p5,
      high: summary.measures.horizon.pilot.p95,
    });
    expect(h.savingMcse).toBe(d.mcse);
    expect(h.undiscounted.saving).toBeCloseTo(h.undiscounted.reference - h.undiscounted.pilot, 6);
    // Discounting makes later costs smaller: the discounted reference is below the undiscounted one.
    expect(h.reference.mean).toBeLessThan(h.undiscounted.reference);
    expect(h).toMatchObject({
      horizonMonths: HORIZON,
      shortTermMonths: 12,
      discountRate: 0.03,
      priceYear: 2024,
      seed: 9,
      iterations: 2000,
      engineVersion: ENGINE_VERSION,
      scenarioHash: summary.reproducibility.scenarioHash,
    });
    expect(h.scenarioHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('breaks even in month 0 in every future when the pilot is always cheaper from the start', () => {
    const s = scenario({ pilot: {}, reference: referenceCare(500) }, settings());
    const h = headlineOf(run(s));
    expect(h.breakEven).toEqual({
      kind: 'month',
      median: 0,
      low: 0,
      high: 0,
      share: 1,
      shareOutOfTen: { kind: 'exact', count: 10 },
    });
    expect(h.cheaperHorizon).toEqual({ kind: 'exact', count: 10 });
    expect(h.cheaperShortTerm).toEqual({ kind: 'exact', count: 10 });
    expect(h.saving.mean).toBe(500 * HORIZON);
  });

  it('says "not within the horizon" when the pilot is never cheaper', () => {
    const s = scenario(
      {
        pilot: { steps: [step('pilot', { monthlyCost: 600, duration: HORIZON })] },
        reference: referenceCare(500),
      },
      settings(),
    );
    const h = headlineOf(run(s));
    expect(h.breakEven).toEqual({
      kind: 'notWithinHorizon',
      share: 0,
      shareOutOfTen: { kind: 'exact', count: 0 },
    });
    expect(h.cheaperHorizon).toEqual({ kind: 'exact', count: 0 });
    expect(h.cheaperShortTerm).toEqual({ kind: 'exact', count: 0 });
    expect(h.saving.mean).toBe(-100 * HORIZON);
  });

  it('gives the median break-even month when the pilot earns its start back within the horizon', () => {
    // 5,000 up front against 500 a month: even after 10 months (month index 9 or 10 by the draw).
    const s = scenario({ pilot: pilotStart(5000), reference: referenceCare(500) }, settings());
    const h = headlineOf(run(s));
    expect(h.breakEven.kind).toBe('month');
    if (h.breakEven.kind !== 'month') return;
    expect(h.breakEven.share).toBe(1);
    expect(h.breakEven.low).toBeGreaterThanOrEqual(9);
    expect(h.breakEven.high).toBeLessThanOrEqual(10);
    expect(h.breakEven.median).toBeGreaterThanOrEqual(h.breakEven.low);
    expect(h.breakEven.median).toBeLessThanOrEqual(h.breakEven.high!);
    // After 12 months the pilot (~5,000) is cheaper than the reference (6,000) in every future.
    expect(h.cheaperShortTerm).toEqual({ kind: 'exact', count: 10 });
  });

  it('leaves the upper end open when the median is within the horizon but the 95th percentile is not', () => {
    // The reference care happens in 80 % of futures; in the others the pilot never breaks even.
    const s = scenario({ pilot: pilotStart(5000), reference: referenceCare(500, 0.8) }, settings());
    const h = headlineOf(run(s));
    expect(h.breakEven).toMatchObject({ kind: 'month', high: null });
    expect(h.breakEven.share).toBeGreaterThan(0.75);
    expect(h.breakEven.share).toBeLessThan(0.85);
    expect(h.cheaperHorizon).toEqual({ kind: 'exact', count: 8 });
  });

  it('says "not within the horizon" when the median is beyond it, even if some futures break even', () => {
    const s = scenario({ pilot: pilotStart(5000), reference: referenceCare(500, 0.3) }, settings());
    const h = headlineOf(run(s));
    expect(h.breakEven.kind).toBe('notWithinHorizon');
    expect(h.breakEven.share).toBeGreaterThan(0.25);
    expect(h.breakEven.share).toBeLessThan(0.35);
    expect(h.cheaperHorizon).toEqual({ kind: 'exact', count: 3 });
    // On average the pilot still saves (0.3 x 18,000 > 5,000), though in most futures it costs more.
    expect(h.saving.low).toBeLessThan(0);
    expect(h.saving.mean).toBeGreaterThan(0);
  });
});
