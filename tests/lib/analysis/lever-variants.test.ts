import { describe, expect, it } from 'vitest';
import { leverRun } from '../../../src/lib/analysis/lever';
import { withValues } from '../../../src/lib/analysis/scenario-override';
import { compareVariants } from '../../../src/lib/analysis/variants';
import { runInline } from '../../../src/lib/sim/run-inline';
import { summarizeRun } from '../../../src/lib/sim/summarize';
import { crisisCase, scenario, step } from './fixtures';

const s = crisisCase({
  p: { dist: 'beta', mean: 0.4, sd: 0.1 },
  crisisCost: { dist: 'gamma', mean: 9000, sd: 3000 },
  settings: { horizonMonths: 24, discountRate: 0.03, discountPreset: 'zin-2024' },
});

describe('leverRun', () => {
  it('equals a direct run of the overridden scenario', () => {
    const values = { 'parameters[0].value': 0.6, 'paths.pilot.steps[0].oneOffCost': 2500 };
    const r = leverRun(s, { values, iterations: 700, seed: 4 });
    const t = withValues(s, values);
    const data = runInline(t, { iterations: 700, seed: 4 });
    const d = summarizeRun(t, data, 4);
    const h = d.measures.horizon;
    expect(r.pilot).toEqual({ mean: h.pilot.mean, low: h.pilot.p5, high: h.pilot.p95 });
    expect(r.reference).toEqual({ mean: h.reference.mean, low: h.reference.p5, high: h.reference.p95 });
    expect(r.difference).toEqual({ mean: h.difference.mean, low: h.difference.p5, high: h.difference.p95 });
    expect(r.shortTermDifference.mean).toBe(d.measures.shortTerm.difference.mean);
    expect(r.pPilotCheaper).toBe(h.pPilotCheaper);
    expect(r.pilot.mean).toBe(2500);
    // Monthly: expected undiscounted cost per family, per payer; the insurer pays the crisis.
    expect(r.monthly.horizon).toBe(24);
    const q = r.monthly.payerIds.indexOf('health-insurer');
    const L = data.layout;
    expect(r.monthly.reference[q]![0]).toBe(data.sums[L.monthlyOffset + (L.nPayers + q) * 24]! / 700);
    expect(r.monthly.pilot[r.monthly.payerIds.indexOf('municipality-youth')]![0]).toBe(2500);
    const total = r.monthly.reference.reduce((a, row) => a + row.reduce((x, y) => x + y, 0), 0);
    expect(total).toBeCloseTo(d.measures.horizonUndiscounted.reference.mean, 6);
  });
});

describe('compareVariants', () => {
  it('gives each variant the numbers of its own run with the shared seed', () => {
    const cheaper = withValues(s, { 'paths.pilot.steps[0].oneOffCost': 1000 });
    const other = scenario(
      {
        pilot: { steps: [step('a', { monthlyCost: 100, duration: 12 })] },
        reference: { steps: [step('b', { monthlyCost: 200, duration: 24 })] },
      },
      { id: 'other', settings: { horizonMonths: 36 } },
    );
    const r = compareVariants(
      [
        { name: 'base', scenario: s },
        { name: 'cheaper', scenario: cheaper },
        { name: 'other', scenario: other },
      ],
      600,
      12,
    );
    expect(r.rows.map((x) => x.name)).toEqual(['base', 'cheaper', 'other']);
    [s, cheaper, other].forEach((v, i) => {
      const d = summarizeRun(v, runInline(v, { iterations: 600, seed: 12 }), 12);
      const row = r.rows[i]!;
      expect(row.difference).toEqual({
        mean: d.measures.horizon.difference.mean,
        low: d.measures.horizon.difference.p5,
        high: d.measures.horizon.difference.p95,
      });
      expect(row.pilot.mean).toBe(d.measures.horizon.pilot.mean);
      expect(row.shortTermDifference.mean).toBe(d.measures.shortTerm.difference.mean);
      expect(row.mcse).toBe(d.measures.horizon.difference.mcse);
      expect(row.pPilotCheaper).toBe(d.measures.horizon.pPilotCheaper);
      expect(row.breakEvenMonth).toBe(d.breakEven.p50);
      expect(row.horizonMonths).toBe(v.settings.horizonMonths);
    });
    // Common random numbers: the cheaper pilot saves exactly 2000 per family (undiscounted month 0).
    expect(r.rows[1]!.difference.mean - r.rows[0]!.difference.mean).toBeCloseTo(2000, 6);
    // Pilot 100 a month, reference 200 a month: the pilot is never dearer, so it breaks even in month 0.
    expect(r.rows[2]!.breakEvenMonth).toBe(0);
    expect(r.rows[2]!.scenarioId).toBe('other');
  });
});
