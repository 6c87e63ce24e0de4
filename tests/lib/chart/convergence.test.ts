import { describe, expect, it } from 'vitest';
import { convergenceGeometry, convergenceTables, runningMean, Z95 } from '../../../src/lib/chart/convergence';
import { fixture } from './fixture';

describe('runningMean', () => {
  it('ends at the run’s mean difference and standard error, with at most ~500 points', () => {
    const { data, summary } = fixture(3001);
    const pts = runningMean(data, 'horizon');
    const last = pts[pts.length - 1]!;
    expect(last.n).toBe(3001);
    expect(last.mean).toBe(summary.measures.horizon.difference.mean);
    expect(last.mcse).toBeCloseTo(summary.measures.horizon.difference.mcse, 9);
    expect(pts.length).toBeLessThanOrEqual(501);
    expect(pts.length).toBeGreaterThan(400);
    for (let k = 1; k < pts.length; k++) expect(pts[k]!.n).toBeGreaterThan(pts[k - 1]!.n);
  });

  it('narrows like 1 / sqrt(n), and its 95 % band holds the expected difference (fixed seed)', () => {
    const { data } = fixture(20_000, 11);
    const pts = runningMean(data, 'horizonUndiscounted');
    const at = (n: number) => pts.find((p) => p.n >= n)!;
    // The standard error at 20,000 is about half that at 5,000.
    expect(at(20_000).mcse / at(5_000).mcse).toBeGreaterThan(0.45);
    expect(at(20_000).mcse / at(5_000).mcse).toBeLessThan(0.55);
    // E[reference - pilot] undiscounted: 0.7 * 30,000 - 15,000 + (0.4 - 0.1) * 6,000 = 7,800.
    const last = pts[pts.length - 1]!;
    expect(Math.abs(last.mean - 7800)).toBeLessThan(Z95 * last.mcse * 1.5);
  });

  it('draws the band and line, and a table of every point', () => {
    const pts = [
      { n: 2, mean: 10, mcse: 5 },
      { n: 4, mean: 20, mcse: 2 },
    ];
    const g = convergenceGeometry(pts, {
      width: 300,
      height: 200,
      margin: { top: 0, right: 0, bottom: 0, left: 100 },
    });
    expect(g.line.startsWith('M200,')).toBe(true);
    expect(g.line).toMatch(/^M200,[\d.]+L300,[\d.]+$/);
    expect(g.band.startsWith('M200,')).toBe(true);
    const [t] = convergenceTables(pts);
    expect(t!.rows[1]).toEqual([4, 20, 2, 20 - Z95 * 2, 20 + Z95 * 2]);
  });
});
