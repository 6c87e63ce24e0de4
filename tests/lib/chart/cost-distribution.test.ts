import { describe, expect, it } from 'vitest';
import {
  costDistribution,
  distributionGeometry,
  distributionTables,
  type CostDistribution,
} from '../../../src/lib/chart/cost-distribution';
import { fixture } from './fixture';

describe('costDistribution', () => {
  const { data, summary } = fixture();

  it('bins every future of both paths into the same round bins, with the summary marks', () => {
    for (const measure of ['horizon', 'shortTermUndiscounted'] as const) {
      const d = costDistribution(data, summary, measure);
      const total = (k: 'pilot' | 'reference') => d.bins.reduce((a, b) => a + b[k], 0);
      expect(total('pilot')).toBe(2000);
      expect(total('reference')).toBe(2000);
      for (let k = 1; k < d.bins.length; k++) expect(d.bins[k]!.x0).toBe(d.bins[k - 1]!.x1);
      expect(d.marks.pilot).toEqual({
        mean: summary.measures[measure].pilot.mean,
        p5: summary.measures[measure].pilot.p5,
        p95: summary.measures[measure].pilot.p95,
      });
    }
  });

  it('puts the pilot’s fixed 15,000 (plus rare OTS costs) where it belongs', () => {
    const d = costDistribution(data, summary, 'shortTermUndiscounted');
    const bin = d.bins.find((b) => b.x0 <= 15_000 && 15_000 < b.x1)!;
    // The pilot is 15,000 short term unless the OTS struck early (10 % within 24 months).
    expect(bin.pilot / 2000).toBeGreaterThan(0.9);
  });

  it('gives tables with the marks and the bins (shares and counts)', () => {
    const d = costDistribution(data, summary, 'horizon');
    const [marks, bins] = distributionTables(d);
    expect(marks!.rows[0]).toEqual(['pilot', d.marks.pilot.mean, d.marks.pilot.p5, d.marks.pilot.p95]);
    expect(bins!.rows.length).toBe(d.bins.length);
    expect(bins!.rows[0]).toEqual([
      d.bins[0]!.x0,
      d.bins[0]!.x1,
      d.bins[0]!.pilot / 2000,
      d.bins[0]!.reference / 2000,
      d.bins[0]!.pilot,
      d.bins[0]!.reference,
    ]);
  });
});

describe('distributionGeometry', () => {
  const d: CostDistribution = {
    measure: 'horizon',
    iterations: 10,
    bins: [
      { x0: 0, x1: 100, pilot: 2, reference: 5 },
      { x0: 100, x1: 200, pilot: 8, reference: 5 },
    ],
    marks: { pilot: { mean: 150, p5: 50, p95: 200 }, reference: { mean: 100, p5: 0, p95: 190 } },
  };
  const box = { width: 300, height: 200, margin: { top: 60, right: 0, bottom: 40, left: 100 } };

  it('draws each histogram as a closed step outline (exact path)', () => {
    const g = distributionGeometry(d, box);
    // x: 0..200 -> 100..300; y: 0..0.8 -> 160..60
    expect(g.outline.pilot).toBe(
      'M100,135L200,135L200,60L300,60L300,60L300,160L300,160L200,160L200,160L100,160Z',
    );
    expect(g.outline.reference).toBe(
      'M100,97.5L200,97.5L200,97.5L300,97.5L300,97.5L300,160L300,160L200,160L200,160L100,160Z',
    );
  });

  it('marks the means and intervals at their positions, in two rows above the plot', () => {
    const g = distributionGeometry(d, box);
    expect(g.meanX).toEqual({ pilot: 250, reference: 200 });
    expect(g.intervals.map((i) => [i.path, i.x5, i.xMean, i.x95])).toEqual([
      ['pilot', 150, 250, 300],
      ['reference', 100, 200, 290],
    ]);
    expect(g.intervals[0]!.lineY).toBeLessThan(g.intervals[1]!.lineY);
    expect(g.intervals[1]!.lineY).toBeLessThan(g.plot.top);
    expect(g.yTicks.map((t) => t.value)).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
  });
});
