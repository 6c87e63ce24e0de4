import { describe, expect, it } from 'vitest';
import { binIndex, countInBins, niceEdges } from '../../../src/lib/chart/histogram-bins';

describe('niceEdges', () => {
  it('covers the range with round, equal bins', () => {
    expect(niceEdges(3, 97, 10)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(niceEdges(12_345, 56_789, 5)).toEqual([10_000, 20_000, 30_000, 40_000, 50_000, 60_000]);
  });

  it('has an edge at zero when the range spans zero, so no bin straddles it', () => {
    const e = niceEdges(-23_400, 17_100, 8);
    expect(e).toContain(0);
    expect(e[0]).toBeLessThanOrEqual(-23_400);
    expect(e[e.length - 1]).toBeGreaterThanOrEqual(17_100);
  });

  it('gives decimal edges without floating leftovers', () => {
    expect(niceEdges(0.1, 0.7, 6)).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
  });

  it('gives one bin around a single value', () => {
    expect(niceEdges(15_000, 15_000)).toEqual([14_000, 16_000]);
    expect(niceEdges(0, 0)).toEqual([-0.5, 0.5]);
  });

  it('refuses a range that is not one', () => {
    expect(() => niceEdges(2, 1)).toThrow(RangeError);
    expect(() => niceEdges(0, Infinity)).toThrow(RangeError);
  });
});

describe('binIndex and countInBins', () => {
  const edges = [0, 0.1, 0.2, 0.3];

  it('puts a value on an edge into the bin to its right, the top edge into the last bin, and nothing outside', () => {
    expect(binIndex(edges, 0)).toBe(0);
    expect(binIndex(edges, 0.1)).toBe(1);
    expect(binIndex(edges, 0.2)).toBe(2);
    expect(binIndex(edges, 0.1 + 0.2)).toBe(-1); // 0.30000000000000004 is past the top edge
    expect(binIndex(edges, 0.3)).toBe(2);
    expect(binIndex(edges, 0.29999999999999993)).toBe(2);
    expect(binIndex(edges, -0.01)).toBe(-1);
    expect(binIndex(edges, 0.31)).toBe(-1);
    expect(binIndex(edges, NaN)).toBe(-1);
  });

  it('counts strided values (one column of per-iteration rows)', () => {
    // rows of [a, b]: count column b
    const values = Float64Array.from([9, 0.05, 9, 0.15, 9, 0.15, 9, 0.25, 9, 0.3]);
    expect(countInBins(edges, values, 1, 2, 5)).toEqual([1, 2, 2]);
    expect(countInBins([0, 10], values, 0, 2, 5)).toEqual([5]);
  });
});
