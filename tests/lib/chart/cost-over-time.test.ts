import { describe, expect, it } from 'vitest';
import {
  costOverTime,
  monthsPerBar,
  overTimeGeometry,
  overTimeTables,
  type CostOverTime,
} from '../../../src/lib/chart/cost-over-time';
import { fixture } from './fixture';

describe('costOverTime', () => {
  const { summary } = fixture();

  it('takes the monthly means and bands and the break-even counts from the summary', () => {
    const d = costOverTime(summary)!;
    expect(d.pilot.mean).toBe(summary.monthly!.pilot.cumulativeMean);
    expect(d.reference.bands).toBe(summary.monthly!.reference.bands);
    expect(d.never + d.countsByMonth.reduce((a, c) => a + c, 0)).toBe(2000);
    expect(d.breakEvenMedian).toBe(summary.breakEven.p50);
  });

  it('is null for a run without monthly bands', () => {
    expect(costOverTime({ ...summary, monthly: null })).toBeNull();
  });

  it('gives the cumulative table (months from 1) and the break-even table with "never" last', () => {
    const d = costOverTime(summary)!;
    const [cum, be] = overTimeTables(d);
    expect(cum!.rows.length).toBe(60);
    expect(cum!.rows[59]![0]).toBe(60);
    expect(cum!.rows[59]![1]).toBe(d.pilot.mean[59]);
    expect(cum!.columns.map((c) => c.key).slice(0, 7)).toEqual([
      'month',
      'pilotMean',
      'pilotP5',
      'pilotP25',
      'pilotP50',
      'pilotP75',
      'pilotP95',
    ]);
    expect(be!.rows.length).toBe(61);
    expect(be!.rows[60]).toEqual([null, null, 0, d.never, d.never / 2000]);
    expect(be!.rows.reduce((a, r) => a + (r[3] as number), 0)).toBe(2000);
  });
});

describe('overTimeGeometry', () => {
  const d: CostOverTime = {
    horizon: 4,
    iterations: 10,
    pilot: {
      mean: [100, 100, 100, 100],
      bands: {
        p5: [100, 100, 100, 100],
        p25: [100, 100, 100, 100],
        p50: [100, 100, 100, 100],
        p75: [100, 100, 100, 100],
        p95: [100, 100, 100, 100],
      },
    },
    reference: {
      mean: [25, 50, 75, 100],
      bands: {
        p5: [0, 0, 0, 0],
        p25: [20, 40, 60, 80],
        p50: [25, 50, 75, 100],
        p75: [30, 60, 90, 120],
        p95: [50, 100, 150, 200],
      },
    },
    breakEvenMedian: 3,
    countsByMonth: [0, 0, 1, 6],
    never: 3,
  };

  it('draws the mean lines from (0, 0) with the value after month t at t + 1', () => {
    const g = overTimeGeometry(
      d,
      { width: 500, height: 300 },
      { top: 50, bottom: 50, left: 100, right: 0, gap: 0 },
    );
    // fan: x 0..4 -> 100..356; y 0..200 -> 250..50
    expect(g.fan).toMatchObject({ left: 100, right: 356, top: 50, bottom: 250 });
    expect(g.paths[0]!.meanLine).toBe('M100,250L164,150L228,150L292,150L356,150');
    expect(g.paths[1]!.meanLine).toBe('M100,250L164,225L228,200L292,175L356,150');
    expect(g.breakEvenX).toBe(356);
    expect(g.xTicks.map((t) => t.value)).toEqual([0, 1, 2, 3, 4]);
  });

  it('keeps the two line labels apart when the lines end together', () => {
    const g = overTimeGeometry(
      d,
      { width: 500, height: 300 },
      { top: 50, bottom: 50, left: 100, right: 0, gap: 0 },
    );
    expect(Math.abs(g.paths[0]!.labelY - g.paths[1]!.labelY)).toBeGreaterThanOrEqual(22);
  });

  it('draws one break-even bar per month and a "never" bar apart, heights in proportion', () => {
    const g = overTimeGeometry(
      d,
      { width: 500, height: 300 },
      { top: 50, bottom: 50, left: 100, right: 0, gap: 0 },
    );
    expect(g.bars.map((b) => [b.from, b.to, b.count])).toEqual([
      [1, 1, 0],
      [2, 2, 0],
      [3, 3, 1],
      [4, 4, 6],
      [null, null, 3],
    ]);
    const h = (k: number) => g.bars[k]!.height;
    expect(h(3) / h(2)).toBeCloseTo(6, 1);
    expect(h(4) / h(2)).toBeCloseTo(3, 1);
    expect(g.bars[4]!.x).toBeGreaterThan(g.bars[3]!.x + g.bars[3]!.width);
    expect(monthsPerBar(60)).toBe(1);
    expect(monthsPerBar(120)).toBe(2);
  });
});
