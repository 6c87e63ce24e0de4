import { describe, expect, it } from 'vitest';
import { payerDifferenceGeometry } from '../../../src/lib/present/payer-difference';

describe('payerDifferenceGeometry', () => {
  it('puts zero where the biggest bar on each side fits, with room for the labels beyond them', () => {
    // Labels of 10 characters in 100: 0.1 of the area on each side; 0.8 for 3,000 + 1,000 euros.
    const g = payerDifferenceGeometry(
      [
        { id: 'municipality', difference: -3000 },
        { id: 'insurer', difference: 1000 },
        { id: 'employer', difference: 500 },
      ],
      10,
      100,
    );
    expect(g.zero).toBe(0.7);
    expect(g.bars).toEqual([
      { id: 'municipality', difference: -3000, start: 0.1, end: 0.7, saves: false },
      { id: 'insurer', difference: 1000, start: 0.7, end: 0.9, saves: true },
      { id: 'employer', difference: 500, start: 0.7, end: 0.8, saves: true },
    ]);
  });

  it('keeps no room on a side without bars', () => {
    const g = payerDifferenceGeometry([{ id: 'a', difference: 200 }], 20, 100);
    expect(g.zero).toBe(0);
    expect(g.bars[0]).toMatchObject({ start: 0, end: 0.8, saves: true });
    const more = payerDifferenceGeometry([{ id: 'a', difference: -200 }], 20, 100);
    expect(more.zero).toBe(1);
    expect(more.bars[0]).toMatchObject({ start: 0.2, end: 1, saves: false });
  });

  it('draws no bar for less than a euro either way', () => {
    const g = payerDifferenceGeometry(
      [
        { id: 'a', difference: 0.4 },
        { id: 'b', difference: -0.9 },
      ],
      10,
      100,
    );
    expect(g.bars.map((b) => b.end - b.start)).toEqual([0, 0]);
    // Their "no difference" labels go right of zero: zero sits in the middle of the rest.
    expect(g.zero).toBe(0.45);
  });
});
