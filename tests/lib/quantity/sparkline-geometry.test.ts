import { describe, expect, it } from 'vitest';
import { previewOfDistribution } from '../../../src/lib/quantity/quantity-preview';
import { sparklineGeometry } from '../../../src/lib/quantity/sparkline-geometry';

describe('sparklineGeometry', () => {
  it('draws a uniform density as a flat area over the whole width, with the interval and mean below', () => {
    const p = previewOfDistribution({ dist: 'uniform', min: 0, max: 10 });
    if (!p || p.kind !== 'curve') throw new Error('a curve');
    const g = sparklineGeometry(p, 144, 36);
    expect(g.area.startsWith('M5,28L')).toBe(true);
    expect(g.area.endsWith('L139,28Z')).toBe(true);
    // Every point of a uniform density is at the top (y = 2).
    const ys = [...g.area.matchAll(/L[\d.]+,([\d.]+)/g)].map((m) => Number(m[1]));
    expect(ys.slice(0, -1).every((y) => y === 2)).toBe(true);
    expect(g.interval).toEqual({ x1: 11.7, x2: 132.3, y: 32 });
    expect(g.meanTick).toEqual({ x: 72, y1: 26, y2: 36 });
    expect(g.bars).toEqual([]);
  });

  it('draws a discrete distribution as bars as high as their weights', () => {
    const p = previewOfDistribution({ dist: 'discrete', values: [0, 10], weights: [1, 3] });
    if (!p || p.kind !== 'bars') throw new Error('bars');
    const g = sparklineGeometry(p, 144, 36);
    expect(g.area).toBe('');
    expect(g.bars.map((b) => b.height)).toEqual([8.67, 26]);
    expect(g.bars[0]!.x).toBeGreaterThanOrEqual(0);
    expect(g.bars[1]!.x + g.bars[1]!.width).toBeLessThanOrEqual(144);
  });
});
