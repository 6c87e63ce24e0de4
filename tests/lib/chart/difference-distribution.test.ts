import { describe, expect, it } from 'vitest';
import {
  differenceDistribution,
  differenceGeometry,
  differenceTables,
  sideLabels,
} from '../../../src/lib/chart/difference-distribution';
import { N_MEASURES, N_PATHS } from '../../../src/lib/sim/run-layout';
import { summarizeRun } from '../../../src/lib/sim/summarize';
import { fixture } from './fixture';

describe('differenceDistribution', () => {
  const { data, summary } = fixture();

  it('bins reference minus pilot per future; the bins right of zero hold the futures where the pilot is cheaper', () => {
    const d = differenceDistribution(data, summary, 'horizon');
    expect(d.bins.reduce((a, b) => a + b.count, 0)).toBe(2000);
    expect(d.bins.some((b) => b.x0 === 0)).toBe(true);
    const cheaper = d.bins.filter((b) => b.pilotCheaper).reduce((a, b) => a + b.count, 0);
    // No future has a difference of exactly zero here, so the shaded bins are exactly the share.
    expect(cheaper / 2000).toBe(summary.measures.horizon.pPilotCheaper);
    expect(d.pPilotCheaper).toBe(summary.measures.horizon.pPilotCheaper);
    for (const b of d.bins) expect(b.pilotCheaper).toBe(b.x0 >= 0);
  });

  it('finds the pilot cheaper in about 7 of 10 futures over 5 years and in none after 1 year', () => {
    // The reference costs 30,000 in 70 % of futures, the pilot 15,000 (OTS costs aside).
    const d = differenceDistribution(data, summary, 'horizonUndiscounted');
    expect(d.pPilotCheaper).toBeGreaterThan(0.64);
    expect(d.pPilotCheaper).toBeLessThan(0.76);
    expect(differenceDistribution(data, summary, 'shortTermUndiscounted').pPilotCheaper).toBeLessThan(0.05);
  });

  it('gives a table with the mean, interval and share, and one with the bins', () => {
    const d = differenceDistribution(data, summary, 'horizon');
    const [head, bins] = differenceTables(d);
    expect(head!.rows).toEqual([[d.marks.mean, d.marks.p5, d.marks.p95, d.pPilotCheaper, 0]]);
    expect(bins!.rows.filter((r) => r[4] === 1).length).toBe(d.bins.filter((b) => b.pilotCheaper).length);
  });
});

describe('differenceDistribution with ties (both paths cost the same in some futures)', () => {
  // The fixture's run, with the reference made to cost exactly what the pilot costs in 300 of
  // the 2,000 futures (every 5th up to 1,500): a difference of exactly 0 there.
  const { scenario, data: run } = fixture();
  const totals = Float64Array.from(run.totals);
  const stride = N_PATHS * N_MEASURES;
  for (let i = 0; i < 1500; i += 5) {
    for (let m = 0; m < N_MEASURES; m++) totals[i * stride + N_MEASURES + m] = totals[i * stride + m]!;
  }
  const data = { ...run, totals };
  const summary = summarizeRun(scenario, data, 5);
  const d = differenceDistribution(data, summary, 'horizon');

  it('shades exactly the futures where the pilot is cheaper: ties are not in the bin [0, w)', () => {
    const shaded = d.bins.filter((b) => b.pilotCheaper).reduce((a, b) => a + b.count, 0);
    expect(shaded / 2000).toBe(summary.measures.horizon.pPilotCheaper);
    expect(d.pPilotCheaper).toBe(summary.measures.horizon.pPilotCheaper);
  });

  it('counts the ties on their own, and every future once', () => {
    expect(d.equal).toBe(300);
    expect(d.bins.reduce((a, b) => a + b.count, 0) + d.equal).toBe(2000);
  });

  it('shows the ties as their own row of the tables (from 0 to 0, not shaded)', () => {
    const [head, bins] = differenceTables(d);
    expect(head!.rows[0]![4]).toBe(300 / 2000);
    const tie = bins!.rows.find((r) => r[0] === 0 && r[1] === 0)!;
    expect(tie).toEqual([0, 0, 300 / 2000, 300, 0]);
    const k = bins!.rows.indexOf(tie);
    expect(bins!.rows[k - 1]![1]).toBe(0);
    expect(bins!.rows[k + 1]![0]).toBe(0);
    expect(bins!.rows.reduce((a, r) => a + (r[3] as number), 0)).toBe(2000);
  });

  it('draws the ties as a narrow bar on zero, as tall as their share', () => {
    const box = { width: 800, height: 400, margin: { top: 60, right: 20, bottom: 40, left: 80 } };
    const g = differenceGeometry(d, box);
    expect(g.equalBar).not.toBeNull();
    expect(g.equalBar!.x + g.equalBar!.width / 2).toBeCloseTo(g.zeroX!, 0);
    const tallest = g.bars.reduce((a, b) => Math.max(a, b.height), 0);
    const tallestCount = Math.max(...d.bins.map((b) => b.count));
    expect(g.equalBar!.height / tallest).toBeCloseTo(300 / tallestCount, 1);
  });
});

describe('differenceGeometry', () => {
  const d = {
    measure: 'horizon' as const,
    iterations: 4,
    bins: [
      { x0: -100, x1: 0, count: 1, pilotCheaper: false },
      { x0: 0, x1: 100, count: 3, pilotCheaper: true },
    ],
    marks: { mean: 25, p5: -90, p95: 95 },
    pPilotCheaper: 0.75,
    equal: 0,
  };
  const box = { width: 300, height: 200, margin: { top: 60, right: 0, bottom: 40, left: 100 } };

  it('draws bars at exact positions, the zero line, and the mean', () => {
    const g = differenceGeometry(d, box);
    expect(g.bars).toEqual([
      // shares 0.25 and 0.75 on a y axis rounded up to 0.8 (160 px down to 60 px)
      { x: 100, y: 128.8, width: 99, height: 31.2, pilotCheaper: false },
      { x: 200, y: 66.3, width: 99, height: 93.7, pilotCheaper: true },
    ]);
    expect(g.zeroX).toBe(200);
    expect(g.equalBar).toBeNull();
    expect(g.meanX).toBe(225);
    expect(g.interval).toEqual({ x5: 110, x95: 295, y: 46 });
  });

  it('puts each side label on its side when there is room, else inside the other side', () => {
    const plot = { left: 0, right: 1000, top: 50, bottom: 300, width: 1000, height: 250 };
    expect(sideLabels(500, plot)).toEqual({
      cheaper: { x: 508, y: 68, anchor: 'start' },
      notCheaper: { x: 492, y: 68, anchor: 'end' },
    });
    expect(sideLabels(900, plot).cheaper).toEqual({ x: 996, y: 92, anchor: 'end' });
    expect(sideLabels(100, plot).notCheaper).toEqual({ x: 4, y: 92, anchor: 'start' });
  });
});
